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
    """Shows labels, answers codes; an optional empty first entry stands for "none".

    A searchable one takes typed text. When the typing ends (Enter, or leaving the field) the
    text is settled: what names an entry, by its label, its code, or as the only label that
    contains it, becomes that entry, shown in full; nothing typed is the empty entry; other
    text stays as typed and `is_valid()` is False, so the form says so at the field instead
    of saving "none" (typed "Türk" was once saved as "no interpreter").
    """

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
        self.settles = True  # typed text is settled when the typing ends (see the class doc)
        if searchable:
            # Long lists (languages, countries): type a part of the name to narrow them down.
            self.setEditable(True)
            self.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
            completer = self.completer()
            completer.setFilterMode(QtCore.Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)
            completer.setCompletionMode(QtWidgets.QCompleter.CompletionMode.PopupCompletion)
            self.lineEdit().editingFinished.connect(self.settle_typed_text)
        self.set_choices(choices)
        self.currentIndexChanged.connect(lambda _: self.code_changed.emit())

    # -- typed text ----------------------------------------------------------------------

    def index_of_text(self, text: str) -> int:
        """The entry `text` names: its label (any case), its code, or the only label
        containing it; -1 for none or several."""
        text = text.strip()
        if self._empty and text.startswith(self._empty) and text != self._empty:
            # Typed after the shown "(no interpreter)", a click having put the cursor there.
            text = text[len(self._empty) :].strip()
        if not text:
            return 0 if self._empty is not None else -1
        exact = self.findText(text, QtCore.Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            return exact
        for code in (text, text.upper(), text.lower()):
            by_code = self.findData(code)
            if by_code >= 0:
                return by_code
        folded = text.casefold()
        containing = [
            i
            for i in range(self.count())
            if self.itemData(i) is not None and folded in self.itemText(i).casefold()
        ]
        return containing[0] if len(containing) == 1 else -1

    def settle_typed_text(self) -> None:
        if not self.settles or not self.isEditable() or self.is_valid():
            return
        index = self.index_of_text(self.currentText())
        if index >= 0:
            self.setCurrentIndex(index)
            self.setEditText(self.itemText(index))  # the whole name, not the typed part
            self.code_changed.emit()

    def is_valid(self) -> bool:
        """False while the typed text names no entry."""
        if not self.isEditable():
            return True
        index = self.currentIndex()
        text = self.currentText()
        return (index >= 0 and text == self.itemText(index)) or (
            not text.strip() and self._empty is not None
        )

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
