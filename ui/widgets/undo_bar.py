"""A slim bar right after an action that can be taken back: what happened, and "Undo (Ctrl+Z)".

It stays for a while (or until the next action) and then goes; while it shows, Ctrl+Z within
its screen undoes. Screen readers hear the message (the label is announced as an alert).
"""

from ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal

SHOWN_MS = 30_000


class UndoBar(QtWidgets.QFrame):
    undo_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.message = QtWidgets.QLabel(self)
        self.message.setObjectName("undoMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Ignored, QtWidgets.QSizePolicy.Policy.Preferred
        )
        self.undo_button = QtWidgets.QPushButton(self.tr("Undo (Ctrl+Z)"), self)
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_requested.emit)
        self.close_button = QtWidgets.QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide"))
        self.close_button.setAccessibleName(self.tr("Hide"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MS)
        self._timer.timeout.connect(self.dismiss)
        self.hide()
        # Ctrl+Z anywhere in the screen that holds the bar, while the bar shows; a text field
        # with focus keeps Ctrl+Z for its own typing.
        self.shortcut = QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Undo, parent)
        self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.shortcut.setEnabled(False)
        self.shortcut.activated.connect(self.on_shortcut_activated)

    @property
    def can_undo(self) -> bool:
        return not self.isHidden() and self.undo_button.isEnabled()

    def offer(self, text: str) -> None:
        """Say what was done and offer to take it back."""
        self._show(text, undoable=True)

    def inform(self, text: str) -> None:
        """Say what happened (e.g. that it was undone), nothing to take back."""
        self._show(text, undoable=False)

    def _show(self, text: str, *, undoable: bool) -> None:
        self.message.setText(text)
        self.message.setToolTip(text)
        self.setAccessibleDescription(text)
        self.undo_button.setVisible(undoable)
        self.undo_button.setEnabled(undoable)
        self.shortcut.setEnabled(undoable)
        self.show()
        self._timer.start()
        QtGui.QAccessible.updateAccessibility(
            QtGui.QAccessibleEvent(self.message, QtGui.QAccessible.Event.Alert)
        )

    def dismiss(self) -> None:
        self._timer.stop()
        self.shortcut.setEnabled(False)
        self.hide()

    def hideEvent(self, event: QtGui.QHideEvent) -> None:  # Qt override keeps Qt casing
        # Hidden with its screen (lock, quit): no timer is left running on a widget that goes.
        self._timer.stop()
        super().hideEvent(event)

    def on_shortcut_activated(self) -> None:
        if self.can_undo:
            self.undo_requested.emit()
