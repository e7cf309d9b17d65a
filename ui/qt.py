"""The one door to the Qt binding: feature code imports Qt from here, so a binding change is one file."""

from PySide6 import QtCore, QtGui, QtPrintSupport, QtSvg, QtSvgWidgets, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal, Slot
from shiboken6 import Shiboken


def is_alive(obj: object) -> bool:
    """Whether the C++ side of a Qt object still exists (Qt may have deleted it, e.g. with its
    parent). Asked instead of connecting to `destroyed`: Python slots on a dying object crashed
    PySide 6.11 now and then (a timer fired at freed memory later)."""
    return obj is not None and Shiboken.isValid(obj)


try:  # D-Bus tells the app when a Linux desktop sleeps or locks; a build may lack it
    from PySide6 import QtDBus
except ImportError:  # pragma: no cover - the wheels for Linux, Windows and macOS carry it
    QtDBus = None  # type: ignore[assignment]

__all__ = [
    "QT_TRANSLATE_NOOP",
    "QObject",
    "QTimer",
    "Qt",
    "QtCore",
    "QtDBus",
    "QtGui",
    "QtPrintSupport",
    "QtSvg",
    "QtSvgWidgets",
    "QtWidgets",
    "Signal",
    "Slot",
    "is_alive",
]
