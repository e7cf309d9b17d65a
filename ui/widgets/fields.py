"""A form field with its validation message underneath, and a map from field names to fields."""

import logging
from collections.abc import Mapping, Sequence
from itertools import pairwise

from app.errors import ValidationFailed
from ui.qt import Qt, QtCore, QtWidgets
from ui.tasks import Failure

log = logging.getLogger(__name__)


def localized(message: str) -> str:
    """The domain writes messages as "deutsch / english": show the half in the UI's language."""
    german, sep, english = message.partition(" / ")
    if not sep:
        return message
    return german if QtCore.QLocale().language() == QtCore.QLocale.Language.German else english


class Field(QtWidgets.QWidget):
    """An input with a message line below it that appears only while the input has a problem."""

    def __init__(self, widget: QtWidgets.QWidget, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.error = QtWidgets.QLabel(self)
        self.error.setObjectName("field_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self.error)
        self.setFocusProxy(widget)

    def set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        # Screen readers announce the description when the input gets focus.
        self.widget.setAccessibleDescription(message)

    def message(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""


class Problems:
    """Shows a ValidationFailed's {field: message} next to the fields; the rest in a general line."""

    def __init__(self, general: QtWidgets.QLabel) -> None:
        self.general = general
        self.general.setWordWrap(True)
        self.general.setStyleSheet("color: #b00020;")
        self.general.hide()
        self._fields: dict[str, Field] = {}

    def add(self, name: str, field: Field) -> Field:
        self._fields[name] = field
        return field

    def clear(self) -> None:
        for field in self._fields.values():
            field.set_error("")
        self.general.clear()
        self.general.hide()

    def show(self, problems: Mapping[str, str], *, prefix: str = "") -> None:
        """Place each problem at its field (`prefix` + name); unknown fields go to the general line."""
        rest: list[str] = []
        first: Field | None = None
        for name, message in problems.items():
            field = self._fields.get(prefix + name)
            if field is None:
                rest.append(localized(message))
                continue
            field.set_error(localized(message))
            first = first or field
        self.show_general("\n".join(rest))
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_failure(
        self, failure: Failure, *, bug: str, prefixes: Mapping[str, str] | None = None
    ) -> None:
        """A failed save: field problems at their fields (`prefixes`: entity -> field prefix),
        a user error's message in the general line, `bug` for our own bugs (logged, no data)."""
        error = failure.exception
        if isinstance(error, ValidationFailed):
            self.show(error.problems, prefix=(prefixes or {}).get(error.entity, ""))
        elif failure.is_bug:
            log.error("saving failed: %s\n%s", failure.message, failure.trace)
            self.show_general(bug)
        else:
            self.show_general(localized(failure.message))

    def show_general(self, message: str) -> None:
        if message:
            self.general.setText(message)
            self.general.show()

    def set(self, name: str, message: str) -> None:
        self._fields[name].set_error(message)

    def message(self, name: str) -> str:
        return self._fields[name].message()

    def check_choices(self) -> bool:
        """Typed text in a searchable list that names no entry: said at its field (False).
        It would otherwise be saved as "none"."""
        from ui.widgets.combos import CodeCombo

        ok = True
        for field in self._fields.values():
            combo = field.widget
            if isinstance(combo, CodeCombo):
                combo.settle_typed_text()
                if not combo.is_valid():
                    field.set_error(
                        QtCore.QCoreApplication.translate(
                            "Problems", "Choose an entry from the list"
                        )
                    )
                    if ok:
                        combo.setFocus(Qt.FocusReason.OtherFocusReason)
                    ok = False
        return ok

    def any(self) -> bool:
        return any(f.message() for f in self._fields.values()) or not self.general.isHidden()


def chain_tab_order(widgets: Sequence[QtWidgets.QWidget]) -> None:
    """Tab moves through `widgets` in this order."""
    for first, second in pairwise(widgets):
        QtWidgets.QWidget.setTabOrder(first, second)
