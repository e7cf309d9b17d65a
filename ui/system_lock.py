"""Lock Fallakte when the computer goes to sleep or its screen or session is locked.

A counsellor who closes the lid or presses Win+L expects the case files to be locked too, not
only the desktop: someone who wakes the laptop and unlocks the session (or reads a memory image
of a suspended machine) must find Fallakte's lock screen, with the key out of memory.

Linux: logind on the system bus (`PrepareForSleep(true)` before suspend or hibernation, `Lock`
of this login session, e.g. `loginctl lock-session`), and the desktop's screen saver on the
session bus (`ActiveChanged(true)` of org.freedesktop.ScreenSaver or org.gnome.ScreenSaver).
Windows: WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK (registered with
WTSRegisterSessionNotification) and WM_POWERBROADCAST with PBT_APMSUSPEND. Elsewhere, or
without a bus, nothing is watched and the idle lock still applies.
"""

import contextlib
import logging
import os
import sys

from ui.qt import QObject, QtCore, QtDBus, QtWidgets, Signal, Slot

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
SCREEN_SAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver"),
)

# Windows messages and codes (WinUser.h, WtsApi32.h).
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


class SystemLockWatcher(QObject):
    """Emits `lock_requested(reason)` with "sleep", "session_locked" or "screen_locked"."""

    lock_requested = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        system_bus: "QtDBus.QDBusConnection | None" = None,
        session_bus: "QtDBus.QDBusConnection | None" = None,
        session_path: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.watching: list[str] = []
        self._filter: _WindowsFilter | None = None
        linux = sys.platform.startswith("linux") or system_bus is not None
        if linux and QtDBus is not None:
            self._watch_dbus(
                system_bus or QtDBus.QDBusConnection.systemBus(),
                session_bus or QtDBus.QDBusConnection.sessionBus(),
                session_path,
            )

    # -- Linux (D-Bus) --------------------------------------------------------------

    def _watch_dbus(
        self,
        system: "QtDBus.QDBusConnection",
        session: "QtDBus.QDBusConnection",
        session_path: str | None,
    ) -> None:
        if system.isConnected():
            if system.connect(
                LOGIN1,
                LOGIN1_PATH,
                f"{LOGIN1}.Manager",
                "PrepareForSleep",
                self,
                QtCore.SLOT("on_prepare_for_sleep(bool)"),
            ):
                self.watching.append("logind sleep")
            path = session_path or _login_session_path(system)
            if path and system.connect(
                LOGIN1, path, f"{LOGIN1}.Session", "Lock", self, QtCore.SLOT("on_session_lock()")
            ):
                self.watching.append("logind session lock")
        if session.isConnected():
            for interface, path in SCREEN_SAVERS:
                if session.connect(
                    "",
                    path,
                    interface,
                    "ActiveChanged",
                    self,
                    QtCore.SLOT("on_screen_saver_active_changed(bool)"),
                ):
                    self.watching.append(interface)
        log.info("locking with the system on: %s", ", ".join(self.watching) or "nothing")

    @Slot(bool)
    def on_prepare_for_sleep(self, going_to_sleep: bool) -> None:
        if going_to_sleep:
            self.lock_requested.emit("sleep")

    @Slot()
    def on_session_lock(self) -> None:
        self.lock_requested.emit("session_locked")

    @Slot(bool)
    def on_screen_saver_active_changed(self, active: bool) -> None:
        if active:
            self.lock_requested.emit("screen_locked")

    # -- Windows --------------------------------------------------------------------

    def watch_window(self, window: QtWidgets.QWidget) -> None:
        """On Windows, ask for session notifications for this top-level window."""
        if sys.platform != "win32" or self._filter is not None:
            return
        import ctypes

        try:
            hwnd = int(window.winId())
            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(  # type: ignore[attr-defined]
                hwnd, NOTIFY_FOR_THIS_SESSION
            )
        except (OSError, AttributeError):
            log.warning("no session notifications: the lock follows only the idle timer")
            return
        self._filter = _WindowsFilter(self)
        app = QtCore.QCoreApplication.instance()
        if app is not None:
            app.installNativeEventFilter(self._filter)
            self.watching.append("windows session")


class _WindowsFilter(QtCore.QAbstractNativeEventFilter):
    def __init__(self, watcher: SystemLockWatcher) -> None:
        super().__init__()
        self.watcher = watcher

    def nativeEventFilter(
        self, event_type: object, message: object
    ) -> tuple[bool, int]:  # Qt override
        name = event_type.data() if hasattr(event_type, "data") else event_type
        if name == b"windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))  # type: ignore[call-overload]
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self.watcher.lock_requested.emit("session_locked")
            elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self.watcher.lock_requested.emit("sleep")
        return False, 0


def _login_session_path(system: "QtDBus.QDBusConnection") -> str | None:
    """The object path of this process's login session at logind, if there is one."""
    manager = QtDBus.QDBusInterface(LOGIN1, LOGIN1_PATH, f"{LOGIN1}.Manager", system)
    if manager.isValid():
        # "auto" is the caller's own session (logind resolves it from our process).
        reply = manager.call("GetSession", "auto")
        with contextlib.suppress(TypeError, IndexError):
            if reply.type() == QtDBus.QDBusMessage.MessageType.ReplyMessage:
                path = reply.arguments()[0]
                return str(path.path() if hasattr(path, "path") else path)
    session_id = os.environ.get("XDG_SESSION_ID", "")
    if session_id:
        return f"{LOGIN1_PATH}/session/{_escape(session_id)}"
    return None


def _escape(text: str) -> str:
    """sd-bus object path escaping: anything but [A-Za-z0-9] (and a leading digit) as _xx."""
    out = []
    for i, ch in enumerate(text):
        if ch.isascii() and (ch.isalpha() or (ch.isdigit() and i > 0)):
            out.append(ch)
        else:
            out.append(f"_{ord(ch):02x}")
    return "".join(out)
