"""Date inputs in the locale's format with a calendar popup; an optional variant that may be empty."""

from datetime import date

from ui.qt import QtCore, QtWidgets, Signal


def display_format() -> str:
    """The locale's short date format, with a four-digit year (two digits mislead on birth dates)."""
    fmt = QtCore.QLocale().dateFormat(QtCore.QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def to_qdate(value: date) -> QtCore.QDate:
    return QtCore.QDate(value.year, value.month, value.day)


def from_qdate(value: QtCore.QDate) -> date:
    return date(value.year(), value.month(), value.day())


class DateEdit(QtWidgets.QDateEdit):
    def __init__(
        self,
        parent: QtWidgets.QWidget | None = None,
        *,
        value: date | None = None,
        earliest: date | None = None,
        latest: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(display_format())
        self.setMinimumDate(to_qdate(earliest or date(1900, 1, 1)))
        if latest is not None:
            self.set_latest(latest)
        self.set_value(value or date.today())

    def value(self) -> date:
        return from_qdate(self.date())

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))

    def set_earliest(self, value: date) -> None:
        self.setMinimumDate(to_qdate(value))

    def set_latest(self, value: date) -> None:
        self.setMaximumDate(to_qdate(value))


class OptionalDateEdit(QtWidgets.QWidget):
    """A date that may be left out: a check box switches the date on."""

    changed = Signal()

    def __init__(
        self, name: str, parent: QtWidgets.QWidget | None = None, *, latest: date | None = None
    ) -> None:
        super().__init__(parent)
        self.check = QtWidgets.QCheckBox(self)
        self.check.setAccessibleName(name)
        self.edit = DateEdit(self, latest=latest)
        self.edit.setAccessibleName(name)
        self.edit.setEnabled(False)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self.on_check_toggled)
        self.edit.dateChanged.connect(lambda _: self.changed.emit())

    def on_check_toggled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        if on:
            self.edit.setFocus()
        self.changed.emit()

    def value(self) -> date | None:
        return self.edit.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.set_value(value)
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)


def iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def parse_iso(value: object) -> date | None:
    """A date from a draft's payload; anything unreadable counts as absent."""
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None
