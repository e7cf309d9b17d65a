"""Combo boxes of codes shown by their labels: enum choices and the reference lists."""

from collections.abc import Iterable
from datetime import date

from app.domain.reference import default_reference
from ui.qt import QtCore, QtWidgets, Signal
from ui.reference_labels import countries, display_language, languages

__all__ = ["CodeCombo", "countries", "languages", "programmes"]


def programmes(on: date | None = None, keep: str | None = None) -> list[tuple[str, str]]:
    """Programmes valid on `on` (default today), plus `keep` (an old record's programme)."""
    de = display_language() == "de"
    day = on or date.today()
    return [
        (p.code, p.name_de if de else p.name_en)
        for p in default_reference().programmes
        if p.valid_on(day) or p.code == keep
    ]


class CodeCombo(QtWidgets.QComboBox):
    """Shows labels, answers codes; an optional empty first entry stands for "none"."""

    code_changed = Signal()

    def __init__(
        self,
        parent: QtWidgets.QWidget | None = None,
        *,
        choices: Iterable[tuple[str, str]] = (),
        empty: str | None = None,
        searchable: bool = False,
    ) -> None:
        super().__init__(parent)
        self._empty = empty
        if searchable:
            # Long lists (languages, countries): type a part of the name to narrow them down.
            self.setEditable(True)
            self.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
            completer = self.completer()
            completer.setFilterMode(QtCore.Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QtWidgets.QCompleter.CompletionMode.PopupCompletion)
        self.set_choices(choices)
        self.currentIndexChanged.connect(lambda _: self.code_changed.emit())

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        current = self.code()
        self.blockSignals(True)
        self.clear()
        if self._empty is not None:
            self.addItem(self._empty, None)
        for code, text in choices:
            self.addItem(text, code)
        self.blockSignals(False)
        self.set_code(current)

    def codes(self) -> list[str]:
        """The codes on offer, in the order shown (without the empty entry)."""
        found = (self.itemData(i) for i in range(self.count()))
        return [str(code) for code in found if code is not None]

    def code(self) -> str | None:
        # Typed text that matches no entry means nothing was chosen.
        index = self.currentIndex()
        if self.isEditable() and index >= 0 and self.currentText() != self.itemText(index):
            return None
        value = self.currentData()
        return str(value) if value is not None else None

    def set_code(self, code: str | None) -> None:
        index = self.findData(code) if code is not None else -1
        if index < 0:
            index = 0 if self.count() else -1
        self.setCurrentIndex(index)
