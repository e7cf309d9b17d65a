"""Auto-lock: any keyboard or mouse input restarts the countdown; silence locks the workspace."""

from ui.qt import QObject, QtCore, Signal

_ACTIVITY = {
    QtCore.QEvent.Type.KeyPress,
    QtCore.QEvent.Type.MouseButtonPress,
    QtCore.QEvent.Type.MouseMove,
    QtCore.QEvent.Type.Wheel,
    QtCore.QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, minutes: float) -> None:
        super().__init__()
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))

    def start(self) -> None:
        app = QtCore.QCoreApplication.instance()
        assert app is not None
        app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        app = QtCore.QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QtCore.QEvent) -> bool:  # Qt override
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False
