"""The one door to the Qt binding: feature code imports Qt from here, so a binding change is one file."""

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Property, QObject, Qt, QTimer, Signal, Slot

__all__ = ["Property", "QObject", "QTimer", "Qt", "QtCore", "QtGui", "QtWidgets", "Signal", "Slot"]
