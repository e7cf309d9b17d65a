"""What a workspace screen is: it loads lazily when shown and refreshes only for changes that concern it."""

from typing import ClassVar

from ui.context import Context
from ui.qt import QtWidgets, Signal
from ui.session import Changed


class Panel(QtWidgets.QWidget):
    name: ClassVar[str]
    # Entities whose change makes this screen stale; empty means every change.
    watches: ClassVar[frozenset[str]] = frozenset()

    badge_changed = Signal(int)
    loaded = Signal()

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.session.changed.connect(self.on_session_changed)

    def title(self) -> str:
        raise NotImplementedError

    def activate(self) -> None:
        """Called when the screen is shown; reloads only if something it watches changed."""
        if self._stale:
            self._stale = False
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def start_background(self) -> None:
        """Work a hidden screen does anyway (badge counts); started once the first screen is filled,
        so that it does not compete with what the user is waiting for."""

    def on_session_changed(self, changed: Changed) -> None:
        if self.watches and not changed.touches(*self.watches):
            return
        self._stale = True
        if self.isVisible():
            self.activate()
