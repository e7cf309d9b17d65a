"""The Cases screen: cases by status group, mine or everyone's; Enter opens the case."""

from ui.context import Context
from ui.models.case_list import STATUS_GROUPS, WATCHES, CaseListModel
from ui.panels.base import Panel
from ui.qt import Qt, QtCore, QtGui, QtWidgets
from ui.tasks import Failure
from ui.widgets import columns
from ui.widgets.fields import localized


class CasesPanel(Panel):
    name = "cases"
    watches = WATCHES

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = CaseListModel(ctx.session, follow_changes=False, parent=self)
        self._keep: str | None = None
        self._build()
        self.model.ids_loaded.connect(self.on_model_ids_loaded)
        self.model.load_failed.connect(self.on_model_load_failed)

    def title(self) -> str:
        return self.tr("Cases")

    def _build(self) -> None:
        self.group = QtWidgets.QComboBox(self)
        for code, text in (
            ("active", self.tr("Active cases")),
            ("paused", self.tr("Paused cases")),
            ("closed", self.tr("Closed or withdrawn cases")),
            ("all", self.tr("All cases")),
        ):
            self.group.addItem(text, code)
        assert set(STATUS_GROUPS) == {self.group.itemData(i) for i in range(self.group.count())}
        show = QtWidgets.QLabel(self.tr("Sho&w"), self)
        show.setBuddy(self.group)
        self.mine = QtWidgets.QCheckBox(self.tr("&My cases only"), self)
        self.mine.setChecked(True)
        self.count = QtWidgets.QLabel(self)
        self.count.setObjectName("case_count")

        self.table = QtWidgets.QTableView(self)
        self.table.setObjectName("case_table")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        columns.set_widths(self.table, (185, 190, 180, 160, 90, 100))

        self.open_button = QtWidgets.QPushButton(self.tr("&Open"), self)
        self.consult_button = QtWidgets.QPushButton(self.tr("New &consultation…"), self)
        self.status_button = QtWidgets.QPushButton(self.tr("Change &status…"), self)
        self.error = QtWidgets.QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        top = QtWidgets.QHBoxLayout()
        top.addWidget(show)
        top.addWidget(self.group)
        top.addWidget(self.mine)
        top.addStretch(1)
        top.addWidget(self.count)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.consult_button)
        buttons.addWidget(self.status_button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.group.currentIndexChanged.connect(self.on_filter_changed)
        self.mine.toggled.connect(self.on_filter_changed)
        # Enter and double-click open; `activated` would depend on the platform's click style.
        self.table.doubleClicked.connect(self.on_table_activated)
        for keys in ("Return", "Enter"):
            opener = QtGui.QShortcut(QtGui.QKeySequence(keys), self.table)
            opener.setContext(Qt.ShortcutContext.WidgetShortcut)
            opener.activated.connect(self.on_open_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.consult_button.clicked.connect(self.on_consult_button_clicked)
        self.status_button.clicked.connect(self.on_status_button_clicked)
        consult = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+N"), self)
        consult.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        consult.activated.connect(self.on_consult_button_clicked)
        self.on_table_selection_changed()

    # -- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        self._keep = self.selected_case_id() or self._keep
        counsellor = self.ctx.session.actor if self.mine.isChecked() else None
        if not self.model.set_group(self.group.currentData(), counsellor=counsellor):
            self.model.reload()

    def on_filter_changed(self, *_: object) -> None:
        self.reload()

    def on_model_ids_loaded(self) -> None:
        self.error.hide()
        total = self.model.rowCount()
        self.count.setText(self.tr("Cases: {0}").format(total))
        row = self.model.row_of(self._keep) if self._keep else -1
        if row < 0 and total and not self.table.selectionModel().hasSelection():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._keep = None
        self.on_table_selection_changed()
        self.loaded.emit()

    def on_model_load_failed(self, failure: Failure) -> None:
        message = localized(failure.message)
        self.error.setText(self.tr("The cases could not be read: {0}").format(message))
        self.error.show()

    # -- acting on the selected case ---------------------------------------------------

    def selected_case_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.case_id(rows[0].row()) if rows else None

    def on_table_selection_changed(self, *_: object) -> None:
        has = self.selected_case_id() is not None
        for button in (self.open_button, self.consult_button, self.status_button):
            button.setEnabled(has)

    def on_table_activated(self, index: QtCore.QModelIndex) -> None:
        case_id = self.model.case_id(index.row())
        if case_id is not None:
            self.ctx.navigator.show_case(case_id)

    def on_open_button_clicked(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.ctx.navigator.show_case(case_id)

    def on_consult_button_clicked(self) -> None:
        case_id = self.selected_case_id()
        if case_id is not None:
            self.ctx.navigator.new_consultation(case_id)

    def on_status_button_clicked(self) -> None:
        case_id = self.selected_case_id()
        if case_id is None:
            return
        from ui.editors.case_status import CaseStatusDialog

        self.status_dialog = CaseStatusDialog(self.ctx, case_id, self)
        self.ctx.navigator.open_editor(self.status_dialog)  # tracked, so the lock closes it too
