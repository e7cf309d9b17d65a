"""Taking the unlocked workspace down, step by step, so that no step can stop the others.

The lock once failed half-way (a form already deleted by Qt raised), left the person's file
on screen and the idle timer stopped: every step now runs whatever the one before did, and
an error is logged by its type and code only (its message may quote personal data).
"""

import logging
from collections.abc import Callable

from ui.crash import trace_of
from ui.qt import QtWidgets
from ui.tasks import Tasks

log = logging.getLogger(__name__)

DRAIN_ROUNDS = 5  # a draft written after an autosave in flight needs a second round


class Steps:
    """Runs named steps; remembers which failed (for tests and the log), never raises."""

    def __init__(self, what: str) -> None:
        self.what = what
        self.failed: list[str] = []

    def run(self, name: str, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception as exc:
            self.failed.append(name)
            log.error(
                "%s: step %s failed: %s\n%s", self.what, name, type(exc).__name__, trace_of(exc)
            )


def close_transient_windows(keep: QtWidgets.QWidget, forms: tuple[type, ...]) -> None:
    """Menus, pop-ups, message boxes and other dialogs go (their event loops end); `forms`
    are left to close through their own path, `keep` (the main window) stays."""
    for _ in range(20):
        popup = QtWidgets.QApplication.activePopupWidget()
        if popup is None:
            break
        popup.close()
    for widget in QtWidgets.QApplication.topLevelWidgets():
        if widget is keep or not widget.isVisible() or isinstance(widget, forms):
            continue
        if isinstance(widget, QtWidgets.QDialog):
            widget.reject()
        else:
            widget.close()


def drain(tasks: Tasks) -> None:
    """Let running work finish and deliver, including work started by what was delivered."""
    for _ in range(DRAIN_ROUNDS):
        tasks.wait_done()
        if not tasks.busy:
            return
