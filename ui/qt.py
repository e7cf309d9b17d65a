"""The one door to the Qt binding: feature code imports Qt from here, so a binding change is one file."""

from PySide6 import QtCore, QtGui, QtPrintSupport, QtSvg, QtSvgWidgets, QtWidgets
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, Signal, Slot

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
]
