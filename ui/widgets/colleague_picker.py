"""Pick a colleague from the team directory; records get the user name, the screen shows the name.

An editable combo: the list offers the team's active users by display name, typing a part of
a name (or of a user name) completes it, and a name the directory does not know is kept as
typed (not enrolled, offline before the first sync, a colleague not yet on the server).
It reads like the line edit it replaces: text() is the user name, setText() takes one, and
textChanged fires when the choice changes.
"""

import unicodedata

from app.store.search import fold as _fold_letters
from ui.colleagues import Colleagues, colleagues_of
from ui.context import Context
from ui.qt import QtCore, QtGui, QtWidgets, Signal

Qt = QtCore.Qt
USERNAME_ROLE = Qt.ItemDataRole.UserRole
MAX_LENGTH = 200  # as the assignee and counsellor fields hold


def fold(text: str) -> str:
    """How names compare when typed: any case, without accents, Aydin as Aydın, Mueller as Müller."""
    plain = unicodedata.normalize("NFKD", _fold_letters(text.strip()))
    return "".join(ch for ch in plain if not unicodedata.combining(ch))


class ColleaguePicker(QtWidgets.QComboBox):
    # The line edit's name, so that forms connect to it as they did to the line edit.
    textChanged = Signal(str)

    def __init__(self, ctx: Context, value: str = "", parent: QtWidgets.QWidget | None = None):
        super().__init__(parent)
        self.colleagues: Colleagues = colleagues_of(ctx.session)
        self.setEditable(True)
        self.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        edit, completer = self.lineEdit(), self.completer()
        assert edit is not None and completer is not None  # editable combos have both
        edit.setMaxLength(MAX_LENGTH)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QtWidgets.QCompleter.CompletionMode.PopupCompletion)
        self._value = ""
        self._filling = False
        edit.installEventFilter(self)
        # Leaving the field while the completion list shows: the completer swallows the
        # focus-out (no editingFinished), so the application's focus change settles it.
        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtWidgets.QApplication):
            app.focusChanged.connect(self.on_focus_changed)
        edit.textEdited.connect(self.on_text_edited)
        edit.editingFinished.connect(self.settle)
        self.activated.connect(self.on_activated)
        completer.activated[str].connect(self.on_completed)  # type: ignore[index]
        self.colleagues.changed.connect(self.fill)
        self.fill()
        self.setText(value)

    # -- the line edit's interface -----------------------------------------------------------

    def text(self) -> str:
        """The user name to store: the chosen colleague's, or what was typed."""
        return self._value

    def setText(self, username: str) -> None:
        self._set_value(username.strip(), show=True)

    def display_text(self) -> str:
        return self.currentText()

    # -- the list ------------------------------------------------------------------------------

    def fill(self) -> None:
        """(Re)build the list from the directory, keeping the current choice."""
        self._filling = True
        try:
            self.clear()
            choices = self.colleagues.choices()
            shown = [c.display_name for c in choices]
            for colleague in choices:
                label = colleague.display_name
                if shown.count(label) > 1:  # two "Anna Schmidt": tell them apart
                    label = f"{label} ({colleague.username})"
                self.addItem(label, colleague.username)
                self.setItemData(self.count() - 1, colleague.username, Qt.ItemDataRole.ToolTipRole)
        finally:
            self._filling = False
        self._set_value(self._value, show=True)

    def _index_of_user(self, username: str) -> int:
        return self.findData(username, USERNAME_ROLE) if username else -1

    def index_of_text(self, text: str) -> int:
        """The colleague `text` names: their shown name or user name (any case, accents aside),
        or the only one whose name contains it; -1 for none or several."""
        typed = fold(text)
        if not typed:
            return -1
        names = [
            (fold(self.itemText(row)), fold(str(self.itemData(row)))) for row in range(self.count())
        ]
        for row, (shown, user) in enumerate(names):
            if typed in (shown, user):
                return row
        containing = [
            row for row, (shown, user) in enumerate(names) if typed in shown or typed in user
        ]
        return containing[0] if len(containing) == 1 else -1

    def names_exactly(self, text: str, row: int) -> bool:
        return row >= 0 and fold(text) in (fold(self.itemText(row)), fold(str(self.itemData(row))))

    # -- typing and choosing ------------------------------------------------------------------

    def on_text_edited(self, text: str) -> None:
        # While typing the value is the typed text, or the colleague it names exactly; a choice
        # or the end of typing settles it (settle, on_completed).
        exact = self.index_of_text(text)
        matched = self.names_exactly(text, exact)
        self._set_value(str(self.itemData(exact)) if matched else text.strip(), show=False)

    def on_activated(self, row: int) -> None:
        if row >= 0 and not self._filling:
            self._set_value(str(self.itemData(row)), show=True)

    def on_completed(self, text: str) -> None:
        row = self.findText(text, Qt.MatchFlag.MatchExactly)
        if row >= 0:
            self._set_value(str(self.itemData(row)), show=True)

    def settle(self) -> bool:
        """Typing ended (Enter, leaving the field): a part of one colleague's name becomes that
        colleague, shown in full. True if it completed something."""
        row = self.index_of_text(self.currentText())
        if row < 0 or (self.currentIndex() == row and self.currentText() == self.itemText(row)):
            return False
        self._set_value(str(self.itemData(row)), show=True)
        return True

    def on_focus_changed(
        self, old: QtWidgets.QWidget | None, new: QtWidgets.QWidget | None
    ) -> None:
        mine = (self, self.lineEdit())
        if old in mine and new not in mine and new is not self.view():
            popup = self.completer().popup()  # type: ignore[union-attr]
            if new is not popup:
                popup.hide()  # type: ignore[union-attr]
                self.settle()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # Qt override
        # Enter that completes a half-typed name only completes it; Enter on a settled choice
        # goes on to the dialog (a one-field dialog confirms, a form ignores it).
        if (
            watched is self.lineEdit()
            and event.type() == QtCore.QEvent.Type.KeyPress
            and isinstance(event, QtGui.QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not self.view().isVisible()
            and self.settle()
        ):
            return True
        return super().eventFilter(watched, event)

    def _set_value(self, username: str, *, show: bool) -> None:
        changed = username != self._value
        self._value = username
        if show:
            row = self._index_of_user(username)
            self.blockSignals(True)
            try:
                self.setCurrentIndex(row)
                # Not offered (disabled, or unknown) but held by the record: named if known.
                shown = self.itemText(row) if row >= 0 else self.colleagues.display_name(username)
                self.setEditText(shown)
            finally:
                self.blockSignals(False)
        if changed and not self._filling:
            self.textChanged.emit(username)
