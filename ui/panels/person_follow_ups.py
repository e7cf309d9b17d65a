"""The follow-ups of the case chosen in the person view: marked done, added and edited there."""

from datetime import date

from app.domain.casework import FollowUp
from app.domain.enums import FollowUpStatus
from app.services import follow_ups as follow_up_service
from app.services.dossier import CaseFile
from ui import labels
from ui.context import Context
from ui.i18n import format_date
from ui.panels.person_sections import (
    buttons,
    fill_table,
    make_table,
    open_editor,
    selected_id,
    show_failure,
)
from ui.qt import QtGui, QtWidgets
from ui.tasks import Failure

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
        self._completing: str | None = None
        title = QtWidgets.QLabel(self.tr("Follo&w-ups"), self)
        headers = [self.tr("Due on"), self.tr("Task"), self.tr("Assignee"), self.tr("Status")]
        self.table = make_table(self, "case_follow_ups", headers, (90, 220, 100))
        self.table.setAccessibleName(self.tr("Follow-ups of the selected case"))
        title.setBuddy(self.table)
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)
        self.table.activated.connect(self.on_table_activated)
        self.done_button = QtWidgets.QPushButton(self.tr("&Done"), self)
        self.done_button.setToolTip(self.tr("Mark the selected follow-up as done today"))
        self.done_button.clicked.connect(self.on_done_button_clicked)
        self.new_button = QtWidgets.QPushButton(self.tr("New &follow-up…"), self)
        self.new_button.clicked.connect(self.on_new_button_clicked)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons(self.done_button, self.new_button))
        self.set_case(None)

    def set_case(self, file: CaseFile | None) -> None:
        if file is None or self.file is None or file.case.id != self.file.case.id:
            self.table.setCurrentCell(-1, -1)  # another case: start at its first follow-up
        self.file = file
        shown = in_order(file.follow_ups) if file else []
        self._by_id = {f.id: f for f in shown}
        self._completing = None
        fill_table(self.table, [(f.id, self.cells(f)) for f in shown])
        today = date.today()
        for row, follow_up in enumerate(shown):
            if follow_up.status == FollowUpStatus.open and follow_up.due_on < today:
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    if item is not None:
                        item.setForeground(OVERDUE)
        self.new_button.setEnabled(file is not None)
        self.on_table_item_selection_changed()

    def cells(self, f: FollowUp) -> tuple[str, ...]:
        overdue = f.status == FollowUpStatus.open and f.due_on < date.today()
        state = self.tr("overdue") if overdue else labels.of(f.status)
        return (format_date(f.due_on), f.title, f.assignee, state)

    def selected(self) -> FollowUp | None:
        return self._by_id.get(selected_id(self.table) or "")

    def on_table_item_selection_changed(self) -> None:
        follow_up = self.selected()
        self.done_button.setEnabled(
            follow_up is not None
            and follow_up.status == FollowUpStatus.open
            and self._completing is None
        )

    def on_done_button_clicked(self) -> None:
        follow_up = self.selected()
        if follow_up is None or follow_up.status != FollowUpStatus.open or self._completing:
            return
        follow_up_id = follow_up.id
        self._completing = follow_up_id
        self.done_button.setEnabled(False)
        self.ctx.session.mutate(
            lambda store: follow_up_service.complete(store, follow_up_id=follow_up_id),
            touches=("follow_up",),
            failed=self.on_done_failed,
        )

    def on_done_failed(self, failure: Failure) -> None:
        self._completing = None
        self.on_table_item_selection_changed()
        show_failure(self, failure)

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
