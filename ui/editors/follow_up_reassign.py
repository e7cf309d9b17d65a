"""Hand a follow-up to a colleague: picked from the team directory, or typed when there is none."""

from app.domain.casework import FollowUp
from ui.context import Context
from ui.qt import QtWidgets, Signal
from ui.widgets.colleague_picker import ColleaguePicker


class ReassignDialog(QtWidgets.QDialog):
    chosen = Signal(str)  # the colleague's user name

    def __init__(
        self, ctx: Context, follow_up: FollowUp, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.follow_up = follow_up
        self.setModal(True)
        self.setWindowTitle(self.tr("Reassign follow-up"))
        task = QtWidgets.QLabel(self.tr("Task: {0}").format(follow_up.title), self)
        task.setWordWrap(True)
        self.assignee = ColleaguePicker(ctx, follow_up.assignee, self)
        self.assignee.setObjectName("reassign_to")
        label = QtWidgets.QLabel(self.tr("Assign &to"), self)
        label.setBuddy(self.assignee)
        self.assignee.setAccessibleName(self.tr("Assign to"))
        self.error = QtWidgets.QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QtWidgets.QDialogButtonBox(self)
        self.reassign_button = self.buttons.addButton(
            self.tr("&Reassign"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reassign_button.setDefault(True)
        self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        form = QtWidgets.QFormLayout()
        form.addRow(label, self.assignee)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(task)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(420, 150)
        self.assignee.setFocus()
        self.assignee.lineEdit().selectAll()  # type: ignore[union-attr]

    def confirm(self) -> None:
        self.assignee.settle()
        username = self.assignee.text()
        if not username:
            self.error.setText(self.tr("Choose who takes the follow-up over."))
            self.error.show()
            self.assignee.setFocus()
            return
        if username != self.follow_up.assignee:
            self.chosen.emit(username)
        self.accept()
