"""Choosing a new password: two fields and a strength meter (zxcvbn) that explains, not just colours.

The rule is app/password_policy.py's, so the desktop and the command line agree; by default the
device store's, the server's for a server user's password (the Admin area).
"""

from collections.abc import Sequence

from app import password_policy
from app.password_policy import PasswordPolicy
from ui.qt import QtWidgets


class NewPasswordFields(QtWidgets.QWidget):
    def __init__(
        self,
        parent: QtWidgets.QWidget | None = None,
        *,
        policy: PasswordPolicy = password_policy.DEVICE_STORE,
        user_inputs: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self.policy = policy
        self.user_inputs = tuple(user_inputs)
        self.first = QtWidgets.QLineEdit(self)
        self.second = QtWidgets.QLineEdit(self)
        for field, name in (
            (self.first, self.tr("New password")),
            (self.second, self.tr("Repeat new password")),
        ):
            field.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.meter = QtWidgets.QProgressBar(self)
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(8)
        self.meter.setAccessibleName(self.tr("Password strength"))
        self.hint = QtWidgets.QLabel(self)
        self.hint.setWordWrap(True)
        self.first.textChanged.connect(self.on_first_text_changed)
        self.hide()  # only a holder: the fields go into the caller's form layout

    def add_to(self, layout: QtWidgets.QFormLayout) -> None:
        layout.addRow(self.tr("&New password"), self.first)
        layout.addRow("", self.meter)
        layout.addRow("", self.hint)
        layout.addRow(self.tr("Re&peat"), self.second)

    def score(self) -> int:
        return password_policy.strength(self.first.text(), self.user_inputs)

    def on_first_text_changed(self, text: str) -> None:
        score = self.score()
        self.meter.setValue(score)
        names = [
            self.tr("very weak"),
            self.tr("weak"),
            self.tr("fair"),
            self.tr("good"),
            self.tr("strong"),
        ]
        if not text:
            self.hint.clear()
        elif len(text) < self.policy.min_length:
            self.hint.setText(self.tr("At least %n characters.", "", self.policy.min_length))
        else:
            self.hint.setText(self.tr("Strength: {0}").format(names[score]))

    def problem(self) -> str | None:
        text = self.first.text()
        found = password_policy.weakness(text, self.policy, user_inputs=self.user_inputs)
        if found is not None and found.code == "too_short":
            return self.tr("The password needs at least %n characters.", "", self.policy.min_length)
        if found is not None:
            return self.tr("This password is too easy to guess; a few unrelated words work well.")
        if text != self.second.text():
            return self.tr("The two passwords are not the same.")
        return None

    def value(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
