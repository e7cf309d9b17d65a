"""The one door to the Qt binding: feature code imports Qt from here, so a binding change is one file."""

from PySide6 import QtCore, QtGui, QtPrintSupport, QtSvg, QtSvgWidgets, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal, Slot
from shiboken6 import Shiboken


def is_alive(obj: object) -> bool:
    """Whether the C++ side of a Qt object still exists (Qt may have deleted it, e.g. with its
    parent). Asked instead of connecting to `destroyed`: Python slots on a dying object crashed
    PySide 6.11 now and then (a timer fired at freed memory later)."""
    return obj is not None and Shiboken.isValid(obj)


__all__ = [
    "QT_TRANSLATE_NOOP",
    "QObject",
    "QTimer",
    "Qt",
    "QtCore",
    "QtGui",
    "QtPrintSupport",
    "QtSvg",
    "QtSvgWidgets",
    "QtWidgets",
    "Signal",
    "Slot",
    "is_alive",
]
