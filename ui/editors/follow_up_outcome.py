"""Mark a follow-up done with a note of what came of it ("Termin bestätigt"), optional.

The note stays in the case file: it is free text, so reports and pseudonymised exports never
carry it. Ctrl+Enter marks done (Enter makes a new line in the note), Esc cancels.
"""

from app.domain.casework import FollowUp
from ui.qt import QtGui, QtWidgets, Signal

MAX_NOTE = 20_000  # as the domain's long texts


class OutcomeDialog(QtWidgets.QDialog):
    confirmed = Signal(str)  # the note, "" for none

    def __init__(self, follow_up: FollowUp, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.follow_up = follow_up
        self.setModal(True)
        self.setWindowTitle(self.tr("Mark as done"))
        task = QtWidgets.QLabel(self.tr("Task: {0}").format(follow_up.title), self)
        task.setWordWrap(True)
        task.setObjectName("outcomeTask")
        self.note = QtWidgets.QPlainTextEdit(self)
        self.note.setObjectName("outcome_note")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr("What came of it? Stays in the case file, never in reports.")
        )
        if follow_up.outcome_note:
            self.note.setPlainText(follow_up.outcome_note)
        label = QtWidgets.QLabel(self.tr("&Outcome note (optional)"), self)
        label.setBuddy(self.note)
        self.note.setAccessibleName(self.tr("Outcome note"))
        self.error = QtWidgets.QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()

        self.buttons = QtWidgets.QDialogButtonBox(self)
        self.done_button = self.buttons.addButton(
            self.tr("Mark &done"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.done_button.setToolTip(self.tr("Mark as done (Ctrl+Enter)"))
        self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QtGui.QShortcut(QtGui.QKeySequence(keys), self, self.confirm)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(task)
        layout.addWidget(label)
        layout.addWidget(self.note, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 260)
        self.note.setFocus()

    def confirm(self) -> None:
        text = self.note.toPlainText().strip()
        if len(text) > MAX_NOTE:
            self.error.setText(self.tr("At most {0} characters.").format(MAX_NOTE))
            self.error.show()
            return
        self.confirmed.emit(text)
        self.accept()
