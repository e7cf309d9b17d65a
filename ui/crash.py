"""Uncaught errors: drafts kept first, then a report that names code, never data.

While the lock runs, an error is only logged: a dialog there would open a nested event loop
in the middle of closing the store, with the person's file still behind it.
"""

import logging
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

from app import __version__
from ui.qt import QtCore, QtWidgets

log = logging.getLogger(__name__)

# Called first on an uncaught error (the controller keeps open forms as drafts).
before_report: list[Callable[[], None]] = []
_quiet = [0]


@contextmanager
def quiet() -> Iterator[None]:
    """Errors inside are logged, not shown (the lock, quitting)."""
    _quiet[0] += 1
    try:
        yield
    finally:
        _quiet[0] -= 1


def trace_of(exc: BaseException | None, tb: TracebackType | None = None) -> str:
    """The frames only: an exception's message may quote personal data."""
    return "".join(
        traceback.format_tb(tb if tb is not None else getattr(exc, "__traceback__", None))
    )


def show_bug(parent: QtWidgets.QWidget | None, kind: str, trace: str) -> None:
    """The crash dialog: the report names code, never data, so it can be sent as is."""
    if _quiet[0]:
        log.error("error (not shown while locking): %s\n%s", kind, trace)
        return
    box = QtWidgets.QMessageBox(parent)
    box.setIcon(QtWidgets.QMessageBox.Icon.Critical)
    box.setWindowTitle(QtCore.QCoreApplication.translate("Crash", "Unexpected error"))
    box.setText(
        QtCore.QCoreApplication.translate(
            "Crash",
            "Something went wrong inside Fallakte. Your saved data is safe. Please send the "
            "details below to your IT support; they contain no personal data.",
        )
    )
    box.setDetailedText(f"Fallakte {__version__}\n{kind}\n{trace}")
    box.exec()


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    trace = trace_of(exc, tb)
    log.error("uncaught %s\n%s", kind.__name__, trace)
    for keep in list(before_report):
        try:
            keep()
        except Exception as error:  # the report must still come
            log.error("keeping drafts failed: %s\n%s", type(error).__name__, trace_of(error))
    show_bug(None, kind.__name__, trace)


def install() -> None:
    sys.excepthook = excepthook
