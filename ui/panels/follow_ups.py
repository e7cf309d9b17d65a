"""The Follow-ups screen: overdue and upcoming tasks, marked done with the keyboard; badge = overdue.

Space or Ctrl+D marks done at once, Ctrl+Shift+D asks for an outcome note first; Ctrl+Z (or the
undo bar) takes "done" back; Reassign hands the task to a colleague from the team directory.
"""

from ui.colleagues import colleagues_of
from ui.context import Context
from ui.follow_up_actions import FollowUpActions
from ui.models.agenda import WATCHES, AgendaModel, overdue_count
from ui.panels.base import Panel
from ui.qt import Qt, QtCore, QtGui, QtWidgets
from ui.session import Changed
from ui.tasks import Failure
from ui.widgets import columns
from ui.widgets.fields import localized
from ui.widgets.undo_bar import UndoBar

# The day turns over while the app stays open: what was due yesterday is overdue now.
BADGE_REFRESH_MS = 30 * 60 * 1000


class FollowUpsPanel(Panel):
    name = "follow_ups"
    watches = WATCHES

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = AgendaModel(ctx.session, follow_changes=False, parent=self)
        self.colleagues = colleagues_of(ctx.session)
        self.model.names = self.colleagues.display_name
        self.colleagues.changed.connect(self.model.names_changed)
        self._keep: int = -1
        self._build()
        self.model.loaded.connect(self.on_model_loaded)
        self.model.load_failed.connect(self.on_model_load_failed)
        self._badge_timer = QtCore.QTimer(self)
        self._badge_timer.setInterval(BADGE_REFRESH_MS)
        self._badge_timer.timeout.connect(self.refresh_badge)
        self._badge_timer.start()

    def title(self) -> str:
        return self.tr("Follow-ups")

    def _build(self) -> None:
        self.scope = QtWidgets.QComboBox(self)
        self.scope.addItem(self.tr("My follow-ups"), False)
        self.scope.addItem(self.tr("Everyone's follow-ups"), True)
        show = QtWidgets.QLabel(self.tr("&Show"), self)
        show.setBuddy(self.scope)
        self.days = QtWidgets.QComboBox(self)
        for days in (7, 14, 30, 90):
            self.days.addItem(self.tr("the next {0} days").format(days), days)
        self.days.setCurrentIndex(self.days.findData(self.model.days))
        ahead = QtWidgets.QLabel(self.tr("Due &within"), self)
        ahead.setBuddy(self.days)
        self.summary = QtWidgets.QLabel(self)
        self.summary.setObjectName("follow_up_summary")

        self.table = QtWidgets.QTableView(self)
        self.table.setObjectName("follow_up_table")
        self.table.setAccessibleName(self.tr("Follow-ups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setStretchLastSection(True)
        columns.set_widths(self.table, (100, 320, 160, 200))

        self.done_button = QtWidgets.QPushButton(self.tr("&Done"), self)
        self.done_button.setToolTip(self.tr("Mark the follow-up as done (Space or Ctrl+D)"))
        self.note_button = QtWidgets.QPushButton(self.tr("Done with &note…"), self)
        self.note_button.setToolTip(
            self.tr("Mark as done with a note of what came of it (Ctrl+Shift+D)")
        )
        self.reassign_button = QtWidgets.QPushButton(self.tr("&Reassign…"), self)
        self.reassign_button.setToolTip(self.tr("Hand the follow-up to a colleague"))
        self.open_button = QtWidgets.QPushButton(self.tr("&Open case"), self)
        self.open_button.setToolTip(self.tr("Open the case (Enter)"))
        self.edit_button = QtWidgets.QPushButton(self.tr("&Edit…"), self)
        self.error = QtWidgets.QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.undo_bar = UndoBar(self)
        self.actions = FollowUpActions(self.ctx, self, self.undo_bar)
        self.actions.failed.connect(self.on_action_failed)
        self.actions.busy_changed.connect(self.on_table_selection_changed)

        top = QtWidgets.QHBoxLayout()
        top.addWidget(show)
        top.addWidget(self.scope)
        top.addWidget(ahead)
        top.addWidget(self.days)
        top.addStretch(1)
        top.addWidget(self.summary)
        buttons = QtWidgets.QHBoxLayout()
        for button in (
            self.done_button,
            self.note_button,
            self.reassign_button,
            self.open_button,
            self.edit_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.undo_bar)
        layout.addLayout(buttons)

        self.scope.currentIndexChanged.connect(self.on_scope_changed)
        self.days.currentIndexChanged.connect(self.on_scope_changed)
        # Enter and double-click open; `activated` would depend on the platform's click style.
        self.table.doubleClicked.connect(self.on_table_activated)
        for keys in ("Return", "Enter"):
            opener = QtGui.QShortcut(QtGui.QKeySequence(keys), self.table)
            opener.setContext(Qt.ShortcutContext.WidgetShortcut)
            opener.activated.connect(self.on_open_button_clicked)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)
        self.done_button.clicked.connect(self.on_done_button_clicked)
        self.note_button.clicked.connect(self.on_note_button_clicked)
        self.reassign_button.clicked.connect(self.on_reassign_button_clicked)
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        for keys, widget, context in (
            ("Space", self.table, Qt.ShortcutContext.WidgetShortcut),
            ("Ctrl+D", self, Qt.ShortcutContext.WidgetWithChildrenShortcut),
        ):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), widget)
            shortcut.setContext(context)
            shortcut.activated.connect(self.on_done_button_clicked)
        with_note = QtGui.QShortcut(QtGui.QKeySequence("Ctrl+Shift+D"), self)
        with_note.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        with_note.activated.connect(self.on_note_button_clicked)
        self.on_table_selection_changed()

    # -- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        if self._keep < 0:
            self._keep = self.selected_row()
        self.model.everyone = bool(self.scope.currentData())
        self.model.days = int(self.days.currentData())
        self.model.reload()

    def on_scope_changed(self, *_: object) -> None:
        self.reload()

    def on_model_loaded(self) -> None:
        self.error.hide()
        overdue, total = self.model.overdue(), self.model.rowCount()
        self.summary.setText(self.tr("{0} overdue, {1} upcoming").format(overdue, total - overdue))
        if total:
            # After "done" the next task takes the place of the finished one.
            row = min(max(self._keep, 0), total - 1)
            self.table.selectRow(row)
        self._keep = -1
        self.on_table_selection_changed()
        if self.model.everyone:
            self.refresh_badge()
        else:
            self.badge_changed.emit(overdue)
        self.loaded.emit()

    def on_model_load_failed(self, failure: Failure) -> None:
        self._show_error(self.tr("The follow-ups could not be read: {0}"), failure)

    def start_background(self) -> None:
        self.refresh_badge()

    def refresh_badge(self) -> None:
        self.ctx.session.query(overdue_count, done=self.badge_changed.emit)

    def on_session_changed(self, changed: Changed) -> None:
        super().on_session_changed(changed)
        if changed.touches(*self.watches) and not self.isVisible():
            self.refresh_badge()  # the list waits until shown; the badge is always current

    # -- acting on the selected follow-up ----------------------------------------------

    def selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def on_table_selection_changed(self, *_: object) -> None:
        has = self.selected_row() >= 0
        for button in (self.open_button, self.edit_button):
            button.setEnabled(has)
        for button in (self.done_button, self.note_button, self.reassign_button):
            button.setEnabled(has and not self.actions.busy)

    def on_done_button_clicked(self) -> None:
        row = self.selected_row()
        found = self.model.agenda_row(row)
        if found is None or self.actions.busy:
            return
        self._keep = row
        self.error.hide()
        self.actions.mark_done(found.follow_up)

    def on_note_button_clicked(self) -> None:
        row = self.selected_row()
        found = self.model.agenda_row(row)
        if found is not None and not self.actions.busy:
            self._keep = row
            self.error.hide()
            self.actions.ask_outcome(found.follow_up)

    def on_reassign_button_clicked(self) -> None:
        found = self.model.agenda_row(self.selected_row())
        if found is not None and not self.actions.busy:
            self._keep = self.selected_row()
            self.error.hide()
            self.actions.reassign(found.follow_up)

    def on_action_failed(self, failure: Failure) -> None:
        self._keep = -1
        self.on_table_selection_changed()
        self._show_error(self.tr("The follow-up could not be changed: {0}"), failure)

    def on_table_activated(self, index: QtCore.QModelIndex) -> None:
        found = self.model.agenda_row(index.row())
        if found is not None:
            self.ctx.navigator.show_case(found.follow_up.case_id)

    def on_open_button_clicked(self) -> None:
        found = self.model.agenda_row(self.selected_row())
        if found is not None:
            self.ctx.navigator.show_case(found.follow_up.case_id)

    def on_edit_button_clicked(self) -> None:
        found = self.model.agenda_row(self.selected_row())
        if found is None:
            return
        from ui.editors.follow_up import FollowUpDialog

        self.edit_dialog = FollowUpDialog(self.ctx, follow_up=found.follow_up, parent=self)
        self.ctx.navigator.open_editor(self.edit_dialog)  # tracked, so the lock closes it too

    def _show_error(self, text: str, failure: Failure) -> None:
        detail = self.tr("internal error") if failure.is_bug else localized(failure.message)
        self.error.setText(text.format(detail))
        self.error.show()
