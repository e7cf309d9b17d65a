"""A small dialog for one follow-up on its own: add one to a case, or move, rename or reassign it."""

from datetime import date, timedelta
from typing import Any

from app.domain.casework import FollowUp
from app.services import records
from ui.context import Context
from ui.qt import QtWidgets, Signal
from ui.tasks import Failure
from ui.widgets.colleague_picker import ColleaguePicker
from ui.widgets.dates import DateEdit
from ui.widgets.fields import Field, Problems, chain_tab_order

DEFAULT_DAYS = 14
TOUCHES = ("follow_up",)


class FollowUpDialog(QtWidgets.QDialog):
    """FollowUpDialog(ctx, case_id=...) adds one; FollowUpDialog(ctx, follow_up=...) edits it."""

    follow_up_saved = Signal(object)  # the FollowUp

    def __init__(
        self,
        ctx: Context,
        *,
        case_id: str | None = None,
        follow_up: FollowUp | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if (case_id is None) == (follow_up is None):
            raise ValueError("give either case_id (new) or follow_up (edit)")
        self.ctx = ctx
        self.existing = follow_up
        self.case_id = follow_up.case_id if follow_up else case_id
        self._saving = False
        self._gone = False
        self.finished.connect(self._forget)
        self.setModal(True)
        self.setWindowTitle(self.tr("Edit follow-up") if follow_up else self.tr("New follow-up"))
        self._build()
        if follow_up is not None:
            self.due_on.set_earliest(min(follow_up.due_on, date.today()))
            self.due_on.set_value(follow_up.due_on)
            self.task.setText(follow_up.title)
            self.assignee.setText(follow_up.assignee)
        self.task.setFocus()

    def _build(self) -> None:
        self.problems = Problems(QtWidgets.QLabel(self))
        self.due_on = DateEdit(
            self, value=date.today() + timedelta(days=DEFAULT_DAYS), earliest=date.today()
        )
        self.task = QtWidgets.QLineEdit(self)
        self.task.setMaxLength(200)
        # From the team directory; the user name goes into the record, typed ones too.
        self.assignee = ColleaguePicker(self.ctx, self.ctx.session.actor, self)
        form = QtWidgets.QFormLayout()
        for text, name, widget in (
            (self.tr("Tas&k"), "title", self.task),
            (self.tr("Du&e on"), "due_on", self.due_on),
            (self.tr("Assi&gnee"), "assignee", self.assignee),
        ):
            label = QtWidgets.QLabel(text, self)
            label.setBuddy(widget)
            widget.setAccessibleName(label.text().replace("&", ""))
            form.addRow(label, self.problems.add(name, Field(widget, self)))

        self.buttons = QtWidgets.QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems.general)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        chain_tab_order([self.task, self.due_on, self.assignee, self.save_button])
        self.resize(440, 200)

    def values(self) -> dict[str, Any]:
        return {
            "due_on": self.due_on.value(),
            "title": self.task.text(),
            "assignee": self.assignee.text(),
        }

    def save(self) -> None:
        if self._saving:
            return
        self.problems.clear()
        values = self.values()
        existing, case_id = self.existing, self.case_id
        if existing is not None:

            def write(store: Any) -> object:
                return records.update(
                    store, entity="follow_up", record_id=existing.id, patch=values
                )
        else:

            def write(store: Any) -> object:
                data = {"case_id": case_id, **values}
                return records.create(store, entity="follow_up", data=data)

        self._saving = True
        self.save_button.setEnabled(False)
        self.ctx.session.mutate(
            write, touches=TOUCHES, done=self.on_save_done, failed=self.on_save_failed
        )

    def on_save_done(self, follow_up: FollowUp) -> None:
        self._saving = False
        if self._gone:
            return
        self.follow_up_saved.emit(follow_up)
        self.accept()

    def on_save_failed(self, failure: Failure) -> None:
        self._saving = False
        if self._gone:
            return
        self.save_button.setEnabled(True)
        self.problems.show_failure(
            failure, bug=self.tr("The follow-up could not be saved (internal error).")
        )

    def _forget(self) -> None:
        self._gone = True
