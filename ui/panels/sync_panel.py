"""The Sync screen: which server and who we are there, the state, this session's syncs, or a way to connect."""

import platform

from sync.enrolment import Enrolment, enroll
from ui import i18n
from ui.context import Context
from ui.panels.base import Panel
from ui.qt import QT_TRANSLATE_NOOP, Qt, QtWidgets, Signal
from ui.session import Changed
from ui.sync_controller import SyncController, SyncRun, SyncState
from ui.sync_status import state_text
from ui.tasks import Failure

_ROLES = {
    "counsellor": QT_TRANSLATE_NOOP("SyncPanel", "counsellor"),
    "lead": QT_TRANSLATE_NOOP("SyncPanel", "team lead"),
    "admin": QT_TRANSLATE_NOOP("SyncPanel", "administrator"),
}


def _value_label(parent: QtWidgets.QWidget) -> QtWidgets.QLabel:
    label = QtWidgets.QLabel(parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SyncPanel(Panel):
    name = "sync"

    enrolled = Signal(object)  # Enrolment, after "Connect" succeeded

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.controller: SyncController | None = None
        self.message_box: QtWidgets.QMessageBox | None = None
        self._build_server_box()
        self._build_state_box()
        self._build_connect_box()
        self._build_log()
        layout = QtWidgets.QVBoxLayout(self)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.server_box, 1)
        top.addWidget(self.state_box, 1)
        layout.addWidget(self.connect_box)
        layout.addLayout(top)
        layout.addWidget(self.log_label)
        layout.addWidget(self.log, 1)
        self.render(SyncState())

    # -- building ------------------------------------------------------------------------

    def _build_server_box(self) -> None:
        self.server_box = QtWidgets.QGroupBox(self.tr("Server"), self)
        form = QtWidgets.QFormLayout(self.server_box)
        self.url_value = _value_label(self.server_box)
        self.user_value = _value_label(self.server_box)
        self.team_value = _value_label(self.server_box)
        self.role_value = _value_label(self.server_box)
        self.prefix_value = _value_label(self.server_box)
        form.addRow(self.tr("Address:"), self.url_value)
        form.addRow(self.tr("User:"), self.user_value)
        form.addRow(self.tr("Team:"), self.team_value)
        form.addRow(self.tr("Role:"), self.role_value)
        form.addRow(self.tr("Device prefix:"), self.prefix_value)

    def _build_state_box(self) -> None:
        self.state_box = QtWidgets.QGroupBox(self.tr("State"), self)
        form = QtWidgets.QFormLayout(self.state_box)
        self.state_value = _value_label(self.state_box)
        self.last_value = _value_label(self.state_box)
        self.unsynced_value = _value_label(self.state_box)
        self.conflicts_value = _value_label(self.state_box)
        self.conflicts_button = QtWidgets.QPushButton(self.tr("Show c&onflicts"), self.state_box)
        self.conflicts_button.clicked.connect(self.on_conflicts_button_clicked)
        conflicts_row = QtWidgets.QHBoxLayout()
        conflicts_row.addWidget(self.conflicts_value)
        conflicts_row.addWidget(self.conflicts_button)
        conflicts_row.addStretch(1)
        self.error_value = _value_label(self.state_box)
        self.error_value.setWordWrap(True)
        self.error_value.setProperty("role", "error")
        self.details_button = QtWidgets.QPushButton(self.tr("&Details…"), self.state_box)
        self.details_button.clicked.connect(self.on_details_button_clicked)
        self.sync_button = QtWidgets.QPushButton(self.tr("&Sync now"), self.state_box)
        self.sync_button.setToolTip(self.tr("Synchronise now (Ctrl+Shift+S or F5)"))
        self.sync_button.clicked.connect(self.on_sync_button_clicked)
        form.addRow(self.tr("Status:"), self.state_value)
        form.addRow(self.tr("Last successful sync:"), self.last_value)
        form.addRow(self.tr("Unsynced changes:"), self.unsynced_value)
        form.addRow(self.tr("Open conflicts:"), conflicts_row)
        form.addRow(self.error_value)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sync_button)
        form.addRow(buttons)

    def _build_connect_box(self) -> None:
        self.connect_box = QtWidgets.QGroupBox(self.tr("Connect to server…"), self)
        intro = QtWidgets.QLabel(
            self.tr(
                "This device works offline. To share cases with your team, connect it to your "
                "organisation's Fallakte server with the user name and password you were given."
            ),
            self.connect_box,
        )
        intro.setWordWrap(True)
        intro.setObjectName("summary")
        self.url_edit = QtWidgets.QLineEdit(self.connect_box)
        self.url_edit.setPlaceholderText("https://fallakte.example.org")
        self.user_edit = QtWidgets.QLineEdit(self.connect_box)
        self.password_edit = QtWidgets.QLineEdit(self.connect_box)
        self.password_edit.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.device_edit = QtWidgets.QLineEdit(self.connect_box)
        self.device_edit.setText(platform.node()[:200])
        self.connect_button = QtWidgets.QPushButton(self.tr("&Connect"), self.connect_box)
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.on_connect_button_clicked)
        self.password_edit.returnPressed.connect(self.on_connect_button_clicked)
        self.connect_error = QtWidgets.QLabel(self.connect_box)
        self.connect_error.setProperty("role", "error")
        self.connect_error.setWordWrap(True)
        self.connect_error.hide()
        form = QtWidgets.QFormLayout(self.connect_box)
        form.addRow(intro)
        for text, edit in (
            (self.tr("Server &address:"), self.url_edit),
            (self.tr("&User name:"), self.user_edit),
            (self.tr("&Password:"), self.password_edit),
            (self.tr("Device &name:"), self.device_edit),
        ):
            label = QtWidgets.QLabel(text, self.connect_box)
            label.setBuddy(edit)
            form.addRow(label, edit)
        form.addRow(self.connect_error)
        button_row = QtWidgets.QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.connect_button)
        form.addRow(button_row)
        self.setTabOrder(self.url_edit, self.user_edit)
        self.setTabOrder(self.user_edit, self.password_edit)
        self.setTabOrder(self.password_edit, self.device_edit)
        self.setTabOrder(self.device_edit, self.connect_button)

    def _build_log(self) -> None:
        self.log_label = QtWidgets.QLabel(self.tr("Syncs since unlocking"), self)
        self.log = QtWidgets.QTableWidget(0, 6, self)
        self.log.setAccessibleName(self.tr("Syncs since unlocking"))
        self.log.setHorizontalHeaderLabels(
            [
                self.tr("Time"),
                self.tr("Sent"),
                self.tr("Received"),
                self.tr("Conflicts"),
                self.tr("Duration"),
                self.tr("Result"),
            ]
        )
        self.log.verticalHeader().hide()
        self.log.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.log.setWordWrap(False)
        header = self.log.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)

    # -- the controller ------------------------------------------------------------------

    def attach_sync(self, controller: SyncController) -> None:
        """Called by the workspace once the session's controller exists."""
        self.controller = controller
        controller.state_changed.connect(self.render)
        controller.sync_finished.connect(self.add_run)
        self.log.setRowCount(0)
        for run in controller.history:
            self.add_run(run)
        self.render(controller.state)

    def title(self) -> str:
        return self.tr("Sync")

    def reload(self) -> None:
        if self.controller is not None:
            self.controller.refresh()

    def on_session_changed(self, changed: Changed) -> None:
        pass  # the controller recounts after changes and reports through state_changed

    def render(self, state: SyncState) -> None:
        enrolment = state.enrolment
        self.connect_box.setVisible(enrolment is None and self.controller is not None)
        self.server_box.setVisible(enrolment is not None)
        self.log_label.setVisible(enrolment is not None)
        self.log.setVisible(enrolment is not None)
        if enrolment is not None:
            self._show_enrolment(enrolment, state.user)
        self.state_value.setText(state_text(state))
        self.last_value.setText(
            i18n.format_datetime(state.last_success) if state.last_success else self.tr("never")
        )
        self.unsynced_value.setText(i18n.format_number(state.unsynced))
        self.conflicts_value.setText(i18n.format_number(state.conflicts))
        self.conflicts_button.setVisible(state.conflicts > 0)
        self.error_value.setText(state.error or "")
        self.error_value.setVisible(bool(state.error))
        self.details_button.setVisible(bool(state.detail))
        revoked = self.controller is not None and self.controller.revoked_here
        self.sync_button.setEnabled(state.enrolled and not state.running and not revoked)

    def _show_enrolment(self, enrolment: Enrolment, user: str) -> None:
        self.url_value.setText(enrolment.server_url)
        self.user_value.setText(user)
        self.team_value.setText(enrolment.team)
        role = _ROLES.get(enrolment.role)
        self.role_value.setText(self.tr(role) if role else enrolment.role)
        self.prefix_value.setText(enrolment.device_prefix)

    def add_run(self, run: SyncRun) -> None:
        self.log.insertRow(0)  # newest first
        cells = (
            i18n.format_datetime(run.finished_at),
            i18n.format_number(run.pushed),
            i18n.format_number(run.pulled),
            i18n.format_number(run.conflicts),
            self.tr("{0} s").format(i18n.format_number(run.seconds, 1)),
            run.error or self.tr("done"),
        )
        for column, text in enumerate(cells):
            item = QtWidgets.QTableWidgetItem(text)
            if 0 < column < 5:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.log.setItem(0, column, item)

    # -- actions -------------------------------------------------------------------------------

    def on_sync_button_clicked(self) -> None:
        if self.controller is not None:
            self.controller.sync_now()

    def on_conflicts_button_clicked(self) -> None:
        self.ctx.navigator.show_panel("conflicts")

    def on_details_button_clicked(self) -> None:
        if self.controller is None or not self.controller.state.error:
            return
        state = self.controller.state
        box = QtWidgets.QMessageBox(self.window())
        box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Sync problem"))
        box.setText(state.error or "")
        box.setDetailedText(state.detail or "")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    def on_connect_button_clicked(self) -> None:
        url, user = self.url_edit.text().strip(), self.user_edit.text().strip()
        password, device = self.password_edit.text(), self.device_edit.text().strip()
        missing = [
            text
            for text, value in (
                (self.tr("the server address"), url),
                (self.tr("the user name"), user),
                (self.tr("the password"), password),
            )
            if not value
        ]
        if missing:
            self._connect_failed_with(self.tr("Please enter {0}.").format(", ".join(missing)))
            return
        self.connect_error.hide()
        self.connect_button.setEnabled(False)
        self.connect_button.setText(self.tr("Connecting…"))
        self.ctx.session.query(
            lambda store: enroll(
                store, server_url=url, username=user, password=password, device_name=device
            ),
            done=self.on_enrol_done,
            failed=self.on_enrol_failed,
        )

    def on_enrol_done(self, enrolment: Enrolment) -> None:
        self._reset_connect_button()
        self.password_edit.clear()
        self.enrolled.emit(enrolment)
        if self.controller is not None:
            self.controller.reconnect()

    def on_enrol_failed(self, failure: Failure) -> None:
        self._reset_connect_button()
        self.password_edit.clear()
        self._connect_failed_with(
            self.tr("Connecting failed because of an internal error.")
            if failure.is_bug
            else failure.message
        )
        self.password_edit.setFocus()

    def _connect_failed_with(self, message: str) -> None:
        self.connect_error.setText(message)
        self.connect_error.show()

    def _reset_connect_button(self) -> None:
        self.connect_button.setEnabled(True)
        self.connect_button.setText(self.tr("&Connect"))
