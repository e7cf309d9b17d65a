"""Locking with the system: logind's sleep and session lock, the desktop's screen saver (Linux).

A private D-Bus daemon stands in for both the system and the session bus; the signals are sent
with dbus-send exactly as logind and the screen savers send them.
"""

import itertools
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.ui.conftest import settle
from ui.qt import QtDBus
from ui.system_lock import LOGIN1_PATH, SystemLockWatcher, _escape

pytestmark = pytest.mark.skipif(
    shutil.which("dbus-daemon") is None or QtDBus is None, reason="needs dbus-daemon and QtDBus"
)

SESSION_PATH = f"{LOGIN1_PATH}/session/_32"
_names = itertools.count()


def connect(address: str) -> "QtDBus.QDBusConnection":
    # Qt keeps connections by name for the life of the process: a fresh name for each.
    bus = QtDBus.QDBusConnection.connectToBus(address, f"fallakte-test-{next(_names)}")
    assert bus.isConnected()
    return bus


class FakeLogind:
    """Owns org.freedesktop.login1 on the private bus, so its signals come from logind's name."""

    def __init__(self, address: str) -> None:
        self.bus = connect(address)
        assert self.bus.registerService("org.freedesktop.login1")

    def emit(self, path: str, member: str, *args: object) -> None:
        interface, name = member.rsplit(".", 1)
        message = QtDBus.QDBusMessage.createSignal(path, interface, name)
        message.setArguments(list(args))
        assert self.bus.send(message)


@pytest.fixture
def bus_address() -> Iterator[str]:
    started = subprocess.run(
        ["dbus-daemon", "--session", "--print-address=1", "--print-pid=1", "--fork"],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
    )
    address, pid = started.stdout.split()
    yield address
    subprocess.run(["kill", pid], check=False)


def send(address: str, path: str, member: str, *args: str) -> None:
    subprocess.run(
        ["dbus-send", f"--bus={address}", "--type=signal", path, member, *args],
        check=True,
        timeout=10,
    )


@pytest.fixture
def logind(qapp, bus_address: str) -> FakeLogind:
    return FakeLogind(bus_address)


@pytest.fixture
def watcher(qapp, bus_address: str, logind: FakeLogind) -> SystemLockWatcher:
    bus = connect(bus_address)
    return SystemLockWatcher(system_bus=bus, session_bus=bus, session_path=SESSION_PATH)


def signal(logind: FakeLogind, address: str, path: str, member: str, *args: str) -> None:
    """logind's signals come from logind; a screen saver's from whoever runs it (dbus-send)."""
    if member.startswith("org.freedesktop.login1."):
        logind.emit(path, member, *(a == "boolean:true" for a in args))
    else:
        send(address, path, member, *args)


@pytest.mark.parametrize(
    ("path", "member", "args", "reason"),
    [
        (LOGIN1_PATH, "org.freedesktop.login1.Manager.PrepareForSleep", ["boolean:true"], "sleep"),
        (SESSION_PATH, "org.freedesktop.login1.Session.Lock", [], "session_locked"),
        (
            "/org/freedesktop/ScreenSaver",
            "org.freedesktop.ScreenSaver.ActiveChanged",
            ["boolean:true"],
            "screen_locked",
        ),
        (
            "/org/gnome/ScreenSaver",
            "org.gnome.ScreenSaver.ActiveChanged",
            ["boolean:true"],
            "screen_locked",
        ),
    ],
)
def test_each_system_signal_asks_for_the_lock(
    qtbot, watcher: SystemLockWatcher, logind, bus_address, path, member, args, reason
):
    with qtbot.waitSignal(watcher.lock_requested, timeout=5_000) as blocker:
        signal(logind, bus_address, path, member, *args)
    assert blocker.args == [reason]


def test_waking_up_another_session_or_the_screen_saver_ending_does_not_lock(
    qtbot, watcher: SystemLockWatcher, logind, bus_address
):
    seen: list[str] = []
    watcher.lock_requested.connect(seen.append)
    logind.emit(LOGIN1_PATH, "org.freedesktop.login1.Manager.PrepareForSleep", False)
    logind.emit(f"{LOGIN1_PATH}/session/c7", "org.freedesktop.login1.Session.Lock")
    # Someone else than logind claiming the machine sleeps is not believed.
    send(bus_address, LOGIN1_PATH, "org.freedesktop.login1.Manager.PrepareForSleep", "boolean:true")
    send(
        bus_address,
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver.ActiveChanged",
        "boolean:false",
    )
    # A signal that does lock, sent last: the bus keeps order, so the others were seen first.
    with qtbot.waitSignal(watcher.lock_requested, timeout=5_000):
        send(
            bus_address,
            "/org/gnome/ScreenSaver",
            "org.gnome.ScreenSaver.ActiveChanged",
            "boolean:true",
        )
    # And logind's own ordered stream: its lock arrives after its two harmless signals.
    with qtbot.waitSignal(watcher.lock_requested, timeout=5_000):
        logind.emit(SESSION_PATH, "org.freedesktop.login1.Session.Lock")
    assert seen == ["screen_locked", "session_locked"]


def test_the_app_locks_when_the_laptop_goes_to_sleep(
    qtbot, store_and_recovery, data_dir: Path, bus_address, logind
):
    from ui.app import Controller
    from ui.settings import DesktopSettings

    store_and_recovery[0].close()
    bus = connect(bus_address)
    ctl = Controller(
        data_dir=data_dir,
        settings=DesktopSettings(language="en"),
        system_lock=SystemLockWatcher(system_bus=bus, session_bus=bus, session_path=SESSION_PATH),
    )
    qtbot.addWidget(ctl.window)
    ctl.start()
    ctl.unlock_page.password.setText(PASSWORD)
    with qtbot.waitSignal(ctl.unlocked, timeout=10_000):
        ctl.unlock_page.unlock_button.click()
    settle(qtbot, ctl.tasks)
    with qtbot.waitSignal(ctl.locked, timeout=5_000):
        logind.emit(LOGIN1_PATH, "org.freedesktop.login1.Manager.PrepareForSleep", True)
    assert ctl.session is None
    assert ctl.window.pages.currentWidget() is ctl.unlock_page
    ctl.quit()


def test_session_ids_are_escaped_as_logind_does():
    assert _escape("2") == "_32" and _escape("c7") == "c7" and _escape("a-b") == "a_2db"
