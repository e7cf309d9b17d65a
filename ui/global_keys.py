"""Keys that work in every window of the app: lock, quit, search, sync.

A QShortcut or a menu action belongs to one window, and a modal dialog blocks the main
window's; a focused line edit even claims Ctrl+K for itself (delete to the end of the line
on Linux). So these keys are caught once, for the whole application, before any widget or
window sees them: Ctrl+L locks from an editor's field as from the main window.
"""

import weakref
from collections.abc import Callable
from types import MethodType

from ui.qt import QObject, Qt, QtCore, QtGui

Action = Callable[[], None]

_CHECKED = (QtCore.QEvent.Type.ShortcutOverride, QtCore.QEvent.Type.KeyPress)


def _combination(event: QtGui.QKeyEvent) -> int:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QtCore.QKeyCombination(modifiers, Qt.Key(event.key())).toCombined()


class GlobalKeys(QObject):
    """An application-wide event filter; `bind` a key sequence (one chord) to an action."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions: dict[int, Callable[[], Action | None]] = {}

    def bind(self, keys: str, action: Action) -> None:
        """`action` is held weakly when it is a method: a strong one would tie its owner (the
        controller) into a reference cycle, and Python's cycle collector may then delete Qt
        objects on whichever thread it runs, a worker's too, which crashes Qt later."""
        sequence = QtGui.QKeySequence(keys)
        held: Callable[[], Action | None] = (
            weakref.WeakMethod(action) if isinstance(action, MethodType) else lambda: action
        )
        self._actions[sequence[0].toCombined()] = held

    def install(self) -> None:
        app = QtCore.QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def remove(self) -> None:
        app = QtCore.QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QtCore.QEvent) -> bool:  # Qt override
        if event.type() not in _CHECKED or not isinstance(event, QtGui.QKeyEvent):
            return False
        held = self._actions.get(_combination(event))
        action = held() if held is not None else None
        if action is None:
            return False
        if event.type() == QtCore.QEvent.Type.ShortcutOverride:
            # Claim the key, so that no widget and no window's shortcut takes it: it then
            # comes back here as a KeyPress, which runs the action (once).
            event.accept()
            return True
        if not event.isAutoRepeat():
            action()
        return True
