"""Python's cycle collector runs on the GUI thread only.

Left to itself, the collector runs on whichever thread happens to allocate, often a worker
of ui/tasks.py. When it frees a cycle that holds a Qt object owned by Python (a window, a
controller), the C++ object is deleted on that worker thread: its timers are unregistered
from the wrong thread and Qt later fires one at freed memory (seen as random crashes in
QTimerInfoList::activateTimers while locking and unlocking in quick turns). So automatic
collection is off and a timer on the GUI thread collects, as often as Python would.

A full collection walks every object alive, and after unlock most of them are the workspace's
long-lived widgets and modules: 70 ms on a 20,000-person store, a hitch wherever it lands (the
first person opened, in bench/gui.py). Once the workspace stands, `settle` collects once and
freezes what is left (gc.freeze), so later full collections skip it; the lock `thaw`s it
first, so the dropped workspace and the decrypted values it held are collected as before.
"""

import gc

from ui.qt import QObject, QtCore

CHECK_MS = 500


class GuiThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()

    def collect_due(self) -> None:
        """The generations Python would have collected by now (its own thresholds)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return


_collector: list[GuiThreadCollector] = []


def settle() -> None:
    """The workspace stands: collect once, then keep what is alive out of later collections."""
    gc.collect()
    gc.freeze()


def thaw() -> None:
    """Before the workspace goes (lock, language switch): everything is collectable again."""
    gc.unfreeze()


def install() -> GuiThreadCollector:
    """Once per process, after the QApplication exists."""
    if not _collector:
        collector = GuiThreadCollector(QtCore.QCoreApplication.instance())
        collector.start()
        _collector.append(collector)
    return _collector[0]


def uninstall() -> None:
    """Automatic collection back on (tests, between one app and the next)."""
    thaw()
    while _collector:
        collector = _collector.pop()
        collector.stop()
        collector.deleteLater()
