"""Input widgets of the person form: code pickers with completion, a code list, field errors, birth dates."""

import re

from ui.qt import Qt, QtCore, QtWidgets, Signal, is_alive
from ui.widgets import combos

_PARTIAL = re.compile(r"^\d{4}(-\d{1,2}(-\d{1,2})?)?$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[./](\d{4})$")


def parse_birth_date(text: str) -> str | None:
    """ "YYYY", "YYYY-MM", "YYYY-MM-DD", "MM.YYYY" or a full date in the locale's format → stored text.

    Returns None for an empty field; raises ValueError for text that is no date at all.
    The domain checks the rest (month and day ranges, not in the future).
    """
    text = text.strip()
    if not text:
        return None
    if _PARTIAL.match(text):
        return text
    month_year = _MONTH_YEAR.match(text)
    if month_year:
        return f"{month_year.group(2)}-{int(month_year.group(1)):02d}"
    locale = QtCore.QLocale()
    formats = []
    for kind in (QtCore.QLocale.FormatType.ShortFormat, QtCore.QLocale.FormatType.LongFormat):
        fmt = locale.dateFormat(kind)
        # Birth dates need the century: "dd.MM.yy" is read as "dd.MM.yyyy".
        formats.append(re.sub(r"(?<!y)yy(?!y)", "yyyy", fmt))
        formats.append(fmt)
    formats += ["d.M.yyyy", "d/M/yyyy", "yyyy/M/d"]
    for fmt in formats:
        day = QtCore.QDate.fromString(text, fmt)
        if day.isValid() and day.year() >= 1000:
            return f"{day.year():04d}-{day.month():02d}-{day.day():02d}"
    raise ValueError(text)


class FieldError(QtWidgets.QLabel):
    """The message under a field: red, hidden while there is none, and read out with the field."""

    def __init__(self, field: QtWidgets.QWidget, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName("field_error")
        self.setWordWrap(True)
        # As wide as the form's field column, not as the (narrower) list above it: wrapped at
        # a short list's width, a message's second line was cut off.
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Preferred
        )
        self.setStyleSheet("color: #b00020;")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleName(message)
        self.field.setAccessibleDescription(message)
        self.setVisible(bool(message))

    def clear_message(self) -> None:
        self.show_message("")


class CodeCombo(combos.CodeCombo):
    """The person form's pickers: an empty entry when optional; editable ones complete on any
    part of the name or take a code, and settle typed text as every editor does."""

    def __init__(
        self,
        choices: list[tuple[str, str]],
        *,
        optional: bool,
        editable: bool,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(
            parent, choices=choices, empty="" if optional else None, searchable=editable
        )
        self.setMaxVisibleItems(15)
        # Long names ("Democratic Republic of the Congo") must not widen the whole form.
        self.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.setMinimumContentsLength(18)
        self.setCurrentIndex(0)

    def code(self) -> str | None:
        """The chosen code; None when empty; the typed text when it names nothing (see is_valid)."""
        if not self.isEditable():
            return self.currentData()
        text = self.currentText().strip()
        if not text:
            return None
        index = self.index_of_text(text)
        return self.itemData(index) if index >= 0 else text

    def set_code(self, code: str | None) -> None:
        index = self.findData(code)
        if index >= 0:
            self.setCurrentIndex(index)
        elif self.isEditable():
            self.setEditText(code or "")


class CodeList(QtWidgets.QWidget):
    """Several codes (e.g. languages): pick one to add it, Delete or "Remove" takes it out.

    The picker is an "add" field, not a choice: Enter adds what the text names (or opens the
    list of matches), Down opens the list instead of silently taking the next language, and
    after adding the field is empty again. (It once kept "Dari", so that typing went on into
    "DariPasch", and Down+Enter added a language nobody had chosen.)
    """

    changed = Signal()

    def __init__(
        self, choices: list[tuple[str, str]], parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._names = dict(choices)
        self.picker = CodeCombo(choices, optional=True, editable=True, parent=self)
        self.picker.settles = False  # leaving it does not choose: see pending_text()
        self.picker.lineEdit().setPlaceholderText(self.tr("Type to add…"))
        self.picker.activated.connect(self.on_picker_activated)
        self.picker.lineEdit().installEventFilter(self)
        self.list = QtWidgets.QListWidget(self)
        self.list.setMaximumHeight(self.list.fontMetrics().height() * 4 + 8)
        self.remove_button = QtWidgets.QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.on_remove_button_clicked)
        self.list.installEventFilter(self)
        layout = QtWidgets.QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker, 0, 0)
        layout.addWidget(self.list, 1, 0)
        layout.addWidget(self.remove_button, 1, 1, Qt.AlignmentFlag.AlignTop)

    def setAccessibleName(self, name: str) -> None:  # Qt override keeps Qt casing
        super().setAccessibleName(name)
        self.picker.setAccessibleName(name)
        self.list.setAccessibleName(name)

    def codes(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_codes(self, codes: list[str]) -> None:
        self.list.clear()
        for code in codes:
            self._append(code)

    def add_code(self, code: str) -> None:
        if code and code not in self.codes():
            self._append(code)
            self.changed.emit()

    def _append(self, code: str) -> None:
        item = QtWidgets.QListWidgetItem(self._names.get(code, code))
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.list.addItem(item)

    def pending_text(self) -> str:
        """Text typed into the picker and not added (the form refuses to save over it)."""
        return self.picker.currentText().strip()

    def on_picker_activated(self, index: int) -> None:
        self._add_from_picker(index)

    def _add_from_picker(self, index: int) -> None:
        code = self.picker.itemData(index) if index > 0 else None
        if code:
            self.add_code(str(code))
            # Later, not now: the completer writes the chosen name into the field after
            # telling the combo, and would put "Dari" back.
            QtCore.QTimer.singleShot(0, self._clear_picker)

    def _clear_picker(self) -> None:
        if is_alive(self.picker):
            self.picker.setCurrentIndex(0)
            self.picker.setEditText("")

    def _picker_key(self, event: QtCore.QEvent) -> bool:
        """Enter and Down in the picker's text; True when handled here."""
        key = event.key()  # type: ignore[attr-defined]
        completer = self.picker.completer()
        popup = completer.popup()
        if popup is not None and popup.isVisible():
            return False  # the list of matches takes its own keys
        text = self.picker.currentText().strip()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.picker.index_of_text(text) if text else -1
            if index > 0:
                self._add_from_picker(index)
            elif text:
                completer.setCompletionPrefix(text)
                completer.complete()  # several or none: show what matches
            return True
        if key == Qt.Key.Key_Down:
            completer.setCompletionPrefix(text)
            completer.complete()
            return True
        return False

    def on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # Qt casing
        if (
            watched is self.picker.lineEdit()
            and event.type() == QtCore.QEvent.Type.KeyPress
            and self._picker_key(event)
        ):
            return True
        if (
            watched is self.list
            and event.type() == QtCore.QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.on_remove_button_clicked()
            return True
        return super().eventFilter(watched, event)
