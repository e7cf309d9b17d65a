"""The Admin area (leads and admins): the team's devices with revoke, reference data, reports;
for admins also the server's users (admin_users.py)."""

from app.domain.reference import ReferenceData, default_reference
from sync.protocol import MAX_REVOKE_REASON, DeviceEntry
from ui import i18n
from ui.context import Context
from ui.models.devices import DevicesModel
from ui.panels.admin_duplicates import WATCHES as DUPLICATES_WATCH
from ui.panels.admin_duplicates import DuplicatesPage
from ui.panels.admin_reports import REPORTED, ReportsPage
from ui.panels.admin_users import UsersPage
from ui.panels.base import Panel
from ui.qt import QT_TRANSLATE_NOOP, Qt, QtCore, QtGui, QtWidgets
from ui.session import Changed
from ui.tasks import Failure

_A = "Admin"
_HEADERS = {
    "code": QT_TRANSLATE_NOOP("Admin", "Code"),
    "short": QT_TRANSLATE_NOOP("Admin", "Short code"),
    "de": QT_TRANSLATE_NOOP("Admin", "German name"),
    "en": QT_TRANSLATE_NOOP("Admin", "English name"),
    "kind": QT_TRANSLATE_NOOP("Admin", "Kind"),
    "district": QT_TRANSLATE_NOOP("Admin", "District"),
    "from": QT_TRANSLATE_NOOP("Admin", "Valid from"),
    "to": QT_TRANSLATE_NOOP("Admin", "Valid until"),
}
_SITE_KINDS = {
    "reception_centre": QT_TRANSLATE_NOOP("Admin", "reception centre"),
    "municipality": QT_TRANSLATE_NOOP("Admin", "municipality"),
}


def _tr(source: str) -> str:
    return QtCore.QCoreApplication.translate("Admin", source)


def reference_table(ref: ReferenceData, kind: str) -> tuple[list[str], list[list[str]]]:
    """Headers and rows of one reference list ("sites", "programmes", "countries", "languages")."""
    rows: list[list[str]]
    if kind == "sites":
        columns = ["code", "de", "en", "kind", "district"]
        rows = [
            [
                s.code,
                s.name_de,
                s.name_en,
                _tr(_SITE_KINDS[s.kind]),
                ref.districts_by_ags[s.district_ags].name,
            ]
            for s in ref.sites
        ]
    elif kind == "programmes":
        columns = ["code", "de", "en", "from", "to"]
        rows = [
            [
                p.code,
                p.name_de,
                p.name_en,
                i18n.format_date(p.valid_from),
                i18n.format_date(p.valid_to),
            ]
            for p in ref.programmes
        ]
    elif kind == "countries":
        columns = ["code", "short", "de", "en"]
        rows = [[c.alpha3, c.alpha2 or "", c.name_de, c.name_en] for c in ref.countries]
    else:
        columns = ["code", "short", "de", "en"]
        rows = [[x.code, x.alpha2 or "", x.name_de, x.name_en] for x in ref.languages]
    return [_tr(_HEADERS[c]) for c in columns], rows


class RevokeDialog(QtWidgets.QDialog):
    """Asks for a reason and whether the device must erase its data; says what either means."""

    def __init__(self, device: DeviceEntry, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revoke device"))
        intro = QtWidgets.QLabel(
            self.tr(
                "Revoke “{0}” of {1}? From its next connection on the server refuses it; "
                "changes it has not synchronised yet are lost to the team."
            ).format(device.name or device.id[:8], device.username),
            self,
        )
        intro.setWordWrap(True)
        self.reason_edit = QtWidgets.QLineEdit(self)
        self.reason_edit.setMaxLength(MAX_REVOKE_REASON)
        self.reason_edit.setPlaceholderText(self.tr("e.g. laptop lost, colleague left the team"))
        reason_label = QtWidgets.QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason_edit)
        self.wipe_check = QtWidgets.QCheckBox(self.tr("&Wipe data on the device"), self)
        self.wipe_check.setToolTip(
            self.tr("The device erases its encrypted case data the next time it connects")
        )
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel, self)
        self.revoke_button = buttons.addButton(
            self.tr("Re&voke"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QtWidgets.QFormLayout()
        form.addRow(reason_label, self.reason_edit)
        form.addRow(self.wipe_check)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()

    @property
    def wipe(self) -> bool:
        return self.wipe_check.isChecked()

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()


class AdminPanel(Panel):
    name = "admin"

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.devices = DevicesModel(ctx.session, parent=self)
        self.devices.loaded.connect(self.on_devices_loaded)
        self.devices.unavailable.connect(self.on_devices_unavailable)
        self.devices.revoked.connect(self.on_devices_revoked)
        self.devices.failed.connect(self.on_devices_failed)
        self.revoke_dialog: RevokeDialog | None = None
        self.tabs = QtWidgets.QTabWidget(self)
        self.tabs.addTab(self._build_devices(), self.tr("&Devices"))
        self.tabs.addTab(self._build_reference(), self.tr("&Reference data"))
        self.reports = ReportsPage(ctx, self)
        self.tabs.addTab(self.reports, self.tr("Rep&orts"))
        self.duplicates = DuplicatesPage(ctx, self)
        self.tabs.addTab(self.duplicates, self.tr("Possible dupli&cates"))
        # Users of every team and role: the server lets only admins manage them.
        self.users: UsersPage | None = None
        if ctx.role == "admin":
            self.users = UsersPage(ctx, self)
            self.tabs.addTab(self.users, self.tr("&Users"))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def title(self) -> str:
        return self.tr("Administration")

    def reload(self) -> None:
        self.devices.reload()
        self._fill_reference()
        if self.users is not None:
            self.users.reload()

    def on_session_changed(self, changed: Changed) -> None:
        # Devices live on the server and reference data in files; only the report can age.
        if self.reports.report is not None and changed.touches(*REPORTED):
            self.reports.mark_stale()
        if changed.touches(*DUPLICATES_WATCH):
            self.duplicates.mark_stale()

    # -- devices ---------------------------------------------------------------------------

    def _build_devices(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget(self)
        self.devices_status = QtWidgets.QLabel(page)
        self.devices_status.setWordWrap(True)
        self.devices_view = QtWidgets.QTableView(page)
        self.devices_view.setModel(self.devices)
        self.devices_view.setAccessibleName(self.tr("Devices"))
        self.devices_view.setSelectionBehavior(
            QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.devices_view.setSelectionMode(
            QtWidgets.QAbstractItemView.SelectionMode.SingleSelection
        )
        self.devices_view.verticalHeader().hide()
        self.devices_view.horizontalHeader().setStretchLastSection(True)
        self.devices_view.selectionModel().currentRowChanged.connect(self._update_device_buttons)
        self.refresh_button = QtWidgets.QPushButton(self.tr("Re&fresh"), page)
        self.refresh_button.clicked.connect(self.devices.reload)
        self.revoke_button = QtWidgets.QPushButton(self.tr("Re&voke…"), page)
        self.revoke_button.clicked.connect(self.on_revoke_button_clicked)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revoke_button)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addWidget(self.devices_status)
        layout.addWidget(self.devices_view, 1)
        layout.addLayout(buttons)
        self.devices_status.setText(self.tr("Loading the device list from the server…"))
        self._update_device_buttons()
        return page

    def selected_device(self) -> DeviceEntry | None:
        return self.devices.device_at(self.devices_view.currentIndex().row())

    def _update_device_buttons(self, *_: object) -> None:
        self.revoke_button.setEnabled(self.devices.may_revoke(self.selected_device()))

    def on_devices_loaded(self, count: int) -> None:
        self.devices_status.setText(self.tr("%n device(s) enrolled with the server.", "", count))
        self.devices_view.setEnabled(True)
        self.devices_view.resizeColumnsToContents()
        self._update_device_buttons()
        self.loaded.emit()

    def on_devices_unavailable(self, why: str) -> None:
        if why == "offline":
            text = self.tr(
                "Offline: the device list needs the server. Try again when this computer "
                "is connected."
            )
        else:
            text = self.tr("This device is not connected to a server, so there is no device list.")
        self.devices_status.setText(text)
        self.devices_view.setEnabled(False)
        self._update_device_buttons()
        self.loaded.emit()

    def on_devices_failed(self, failure: Failure) -> None:
        self.devices_status.setText(
            self.tr("The server could not do that: {0}").format(
                self.tr("internal error") if failure.is_bug else failure.message
            )
        )
        self.revoke_button.setEnabled(self.devices.may_revoke(self.selected_device()))

    def on_revoke_button_clicked(self) -> None:
        device = self.selected_device()
        if not self.devices.may_revoke(device):
            return
        assert device is not None
        dialog = RevokeDialog(device, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(
            lambda: self.devices.revoke(device.id, wipe=dialog.wipe, reason=dialog.reason)
        )
        self.revoke_dialog = dialog
        dialog.open()

    def on_devices_revoked(self, device: DeviceEntry) -> None:
        self.devices_status.setText(
            self.tr("“{0}” is revoked; it will be refused from its next connection on.").format(
                device.name or device.id[:8]
            )
        )
        self._update_device_buttons()

    # -- reference data ---------------------------------------------------------------------

    def _build_reference(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget(self)
        self.reference_kind = QtWidgets.QComboBox(page)
        for key, text in (
            ("sites", self.tr("Sites")),
            ("programmes", self.tr("Programmes")),
            ("countries", self.tr("Countries")),
            ("languages", self.tr("Languages")),
        ):
            self.reference_kind.addItem(text, key)
        kind_label = QtWidgets.QLabel(self.tr("&List:"), page)
        kind_label.setBuddy(self.reference_kind)
        self.reference_search = QtWidgets.QLineEdit(page)
        self.reference_search.setClearButtonEnabled(True)
        self.reference_search.setPlaceholderText(self.tr("Code or name"))
        search_label = QtWidgets.QLabel(self.tr("&Search:"), page)
        search_label.setBuddy(self.reference_search)
        self.reference_model = QtGui.QStandardItemModel(page)
        self.reference_proxy = QtCore.QSortFilterProxyModel(page)
        self.reference_proxy.setSourceModel(self.reference_model)
        self.reference_proxy.setFilterKeyColumn(-1)
        self.reference_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.reference_view = QtWidgets.QTableView(page)
        self.reference_view.setModel(self.reference_proxy)
        self.reference_view.setAccessibleName(self.tr("Reference data"))
        self.reference_view.setSortingEnabled(True)
        self.reference_view.verticalHeader().hide()
        self.reference_view.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.reference_view.horizontalHeader().setStretchLastSection(True)
        self.reference_kind.currentIndexChanged.connect(self._fill_reference)
        self.reference_search.textChanged.connect(self.reference_proxy.setFilterFixedString)
        note = QtWidgets.QLabel(
            self.tr("Reference data comes with Fallakte and is updated with new releases."), page
        )
        note.setWordWrap(True)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.reference_kind)
        top.addSpacing(16)
        top.addWidget(search_label)
        top.addWidget(self.reference_search, 1)
        layout = QtWidgets.QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.reference_view, 1)
        layout.addWidget(note)
        return page

    def _fill_reference(self, *_: object) -> None:
        # Files read once per process (cached); small enough for the GUI thread.
        headers, rows = reference_table(default_reference(), self.reference_kind.currentData())
        self.reference_model.clear()
        self.reference_model.setHorizontalHeaderLabels(headers)
        for row in rows:
            self.reference_model.appendRow([QtGui.QStandardItem(text) for text in row])
        self.reference_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.reference_view.resizeColumnsToContents()

    # -- reports ---------------------------------------------------------------------------

    def _on_tab_changed(self, index: int) -> None:
        # Counting the first time the tab is opened, not when the Admin area is: it reads
        # every case of the device.
        if self.tabs.widget(index) is self.reports and self.reports.report is None:
            self.reports.compute()
        if self.tabs.widget(index) is self.duplicates and not self.duplicates.computed:
            self.duplicates.compute()
