"""Choosing a new password: two fields and a strength meter (zxcvbn) that explains, not just colours."""

from zxcvbn import zxcvbn

from ui.qt import QtWidgets

MIN_LENGTH = 10
MIN_SCORE = 3


class NewPasswordFields(QtWidgets.QWidget):
    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
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
        text = self.first.text()
        if not text:
            return 0
        # zxcvbn looks at at most 100 characters; longer passphrases are strong anyway.
        return int(zxcvbn(text[:100], user_inputs=["fallakte", "rueckkehr"])["score"])

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
        elif len(text) < MIN_LENGTH:
            self.hint.setText(self.tr("At least %n characters.", "", MIN_LENGTH))
        else:
            self.hint.setText(self.tr("Strength: {0}").format(names[score]))

    def problem(self) -> str | None:
        text = self.first.text()
        if len(text) < MIN_LENGTH:
            return self.tr("The password needs at least %n characters.", "", MIN_LENGTH)
        if self.score() < MIN_SCORE:
            return self.tr("This password is too easy to guess; a few unrelated words work well.")
        if text != self.second.text():
            return self.tr("The two passwords are not the same.")
        return None

    def value(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
