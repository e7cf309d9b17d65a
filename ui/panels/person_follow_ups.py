"""The follow-ups of the case chosen in the person view: marked done (with an outcome note if
wished, undone with Ctrl+Z), reassigned, added and edited there."""

from datetime import date

from app.domain.casework import FollowUp
from app.domain.enums import FollowUpStatus
from app.services.dossier import CaseFile
from ui import labels
from ui.colleagues import colleagues_of
from ui.context import Context
from ui.follow_up_actions import FollowUpActions
from ui.i18n import format_date
from ui.panels.person_sections import (
    buttons,
    fill_table,
    make_table,
    open_editor,
    selected_id,
    show_failure,
)
from ui.qt import Qt, QtGui, QtWidgets
from ui.tasks import Failure
from ui.widgets.undo_bar import UndoBar

OVERDUE = QtGui.QColor("#b00020")


def in_order(follow_ups: list[FollowUp]) -> list[FollowUp]:
    """Open ones first by due date, then the done and cancelled ones, most recent first."""
    still_open = [f for f in follow_ups if f.status == FollowUpStatus.open]
    finished = [f for f in follow_ups if f.status != FollowUpStatus.open]
    still_open.sort(key=lambda f: (f.due_on, f.id))
    finished.sort(key=lambda f: (f.due_on, f.id), reverse=True)
    return still_open + finished


class CaseFollowUps(QtWidgets.QWidget):
    """Due date, task, assignee and state of each follow-up; overdue ones in red."""

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.file: CaseFile | None = None
        self._by_id: dict[str, FollowUp] = {}
        self.colleagues = colleagues_of(ctx.session)
        self.colleagues.changed.connect(self.on_names_changed)
        title = QtWidgets.QLabel(self.tr("Follo&w-ups"), self)
        headers = [self.tr("Due on"), self.tr("Task"), self.tr("Assignee"), self.tr("Status")]
        self.table = make_table(self, "case_follow_ups", headers, (90, 220, 100))
        self.table.setAccessibleName(self.tr("Follow-ups of the selected case"))
        title.setBuddy(self.table)
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)
        self.table.activated.connect(self.on_table_activated)
        self.done_button = QtWidgets.QPushButton(self.tr("&Done"), self)
        self.done_button.setToolTip(
            self.tr("Mark the selected follow-up as done today (Space or Ctrl+D)")
        )
        self.done_button.clicked.connect(self.on_done_button_clicked)
        self.note_button = QtWidgets.QPushButton(self.tr("Don&e with note…"), self)
        self.note_button.setToolTip(
            self.tr("Mark as done with a note of what came of it (Ctrl+Shift+D)")
        )
        self.note_button.clicked.connect(self.on_note_button_clicked)
        self.reassign_button = QtWidgets.QPushButton(self.tr("Reassi&gn…"), self)
        self.reassign_button.setToolTip(self.tr("Hand the follow-up to a colleague"))
        self.reassign_button.clicked.connect(self.on_reassign_button_clicked)
        self.undo_bar = UndoBar(self)
        self.actions = FollowUpActions(ctx, self, self.undo_bar)
        self.actions.failed.connect(self.on_action_failed)
        self.actions.busy_changed.connect(self.on_table_item_selection_changed)
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
        self.new_button = QtWidgets.QPushButton(self.tr("New &follow-up…"), self)
        self.new_button.clicked.connect(self.on_new_button_clicked)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.undo_bar)
        layout.addLayout(
            buttons(self.done_button, self.note_button, self.reassign_button, self.new_button)
        )
        self.set_case(None)

    def set_case(self, file: CaseFile | None) -> None:
        if file is None or self.file is None or file.case.id != self.file.case.id:
            self.table.setCurrentCell(-1, -1)  # another case: start at its first follow-up
        self.file = file
        shown = in_order(file.follow_ups) if file else []
        self._by_id = {f.id: f for f in shown}
        fill_table(self.table, [(f.id, self.cells(f)) for f in shown])
        today = date.today()
        for row, follow_up in enumerate(shown):
            status = self.table.item(row, 3)
            if status is not None and follow_up.outcome_note:
                status.setToolTip(follow_up.outcome_note)
            if follow_up.status == FollowUpStatus.open and follow_up.due_on < today:
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    if item is not None:
                        item.setForeground(OVERDUE)
        self.new_button.setEnabled(file is not None)
        self.on_table_item_selection_changed()

    def on_action_failed(self, failure: Failure) -> None:
        show_failure(self, failure)

    def on_names_changed(self) -> None:
        self.set_case(self.file)

    def cells(self, f: FollowUp) -> tuple[str, ...]:
        overdue = f.status == FollowUpStatus.open and f.due_on < date.today()
        state = self.tr("overdue") if overdue else labels.of(f.status)
        if f.outcome_note:  # what came of it, in the case file only
            state = self.tr("{0}: {1}").format(state, " ".join(f.outcome_note.split()))
        return (format_date(f.due_on), f.title, self.colleagues.display_name(f.assignee), state)

    def selected(self) -> FollowUp | None:
        return self._by_id.get(selected_id(self.table) or "")

    def on_table_item_selection_changed(self, *_: object) -> None:
        follow_up = self.selected()
        still_open = (
            follow_up is not None
            and follow_up.status == FollowUpStatus.open
            and not self.actions.busy
        )
        for button in (self.done_button, self.note_button, self.reassign_button):
            button.setEnabled(still_open)

    def _open_selected(self) -> FollowUp | None:
        follow_up = self.selected()
        if follow_up is None or follow_up.status != FollowUpStatus.open or self.actions.busy:
            return None
        return follow_up

    def on_done_button_clicked(self) -> None:
        follow_up = self._open_selected()
        if follow_up is not None:
            self.actions.mark_done(follow_up)

    def on_note_button_clicked(self) -> None:
        follow_up = self._open_selected()
        if follow_up is not None:
            self.actions.ask_outcome(follow_up)

    def on_reassign_button_clicked(self) -> None:
        follow_up = self._open_selected()
        if follow_up is not None:
            self.actions.reassign(follow_up)

    def on_new_button_clicked(self) -> None:
        from ui.editors.follow_up import FollowUpDialog

        if self.file is not None:
            self._open(FollowUpDialog(self.ctx, case_id=self.file.case.id, parent=self))

    def on_table_activated(self, _index: object) -> None:
        from ui.editors.follow_up import FollowUpDialog

        follow_up = self.selected()
        if follow_up is not None and follow_up.status == FollowUpStatus.open:
            self._open(FollowUpDialog(self.ctx, follow_up=follow_up, parent=self))

    def _open(self, dialog: QtWidgets.QDialog) -> None:
        open_editor(self.ctx, dialog)
