"""Auto-lock: silence fires `idle`, input restarts the countdown."""

from ui.idle import IdleWatcher
from ui.qt import QtWidgets


def test_silence_fires_idle(qtbot, qapp) -> None:
    watcher = IdleWatcher(minutes=0.001)  # 60 ms
    with qtbot.waitSignal(watcher.idle, timeout=2_000):
        watcher.start()
    watcher.stop()


def test_input_restarts_the_countdown(qtbot, qapp) -> None:
    watcher = IdleWatcher(minutes=10)
    watcher.start()
    field = QtWidgets.QLineEdit()
    qtbot.addWidget(field)
    watcher._timer.stop()  # as if the countdown had run out without firing
    qtbot.keyClick(field, "a")
    assert watcher.running
    assert watcher._timer.remainingTime() > 9 * 60_000
    watcher.stop()
    qtbot.keyClick(field, "b")
    assert not watcher.running  # stopped (locked): input no longer counts
