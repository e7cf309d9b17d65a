"""The one door to the Qt binding: feature code imports Qt from here, so a binding change is one file."""

from PySide6 import QtCore, QtGui, QtPrintSupport, QtSvg, QtSvgWidgets, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal, Slot

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
]
