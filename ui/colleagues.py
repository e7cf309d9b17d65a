"""The team directory for the screens: display names for user names, names for device ids.

One per session, made on first use and read from the encrypted store off the GUI thread;
it reads again when a sync renewed the directory. Until it has arrived (or on a device that
was never enrolled) every user name shows as it is and pickers take typed names.
"""

import weakref

from app.services import team_directory
from app.services.team_directory import Colleague, Directory
from sync.merge import SERVER_DEVICE
from ui.qt import QObject, Signal
from ui.session import Changed, Session

DIRECTORY = team_directory.KEY  # the "entity" a sync announces when the directory changed

_BY_SESSION: "weakref.WeakKeyDictionary[Session, Colleagues]" = weakref.WeakKeyDictionary()


class Colleagues(QObject):
    changed = Signal()  # the directory arrived or was renewed

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        # Weakly: the session is the key this object is found under (a strong reference would
        # keep both alive for good) and its parent (it goes with the session).
        self._session = weakref.ref(session)
        self.directory: Directory = team_directory.EMPTY
        session.changed.connect(self.on_session_changed)
        self.reload()

    @property
    def session(self) -> Session:
        found = self._session()
        assert found is not None, "the session is gone"
        return found

    def reload(self) -> None:
        session = self._session()
        if session is not None and not session.closed:
            session.query(team_directory.load, done=self._arrived)

    def _arrived(self, directory: Directory) -> None:
        self.directory = directory
        self.changed.emit()

    def on_session_changed(self, changed: Changed) -> None:
        if changed.touches(DIRECTORY):
            self.reload()

    # -- what screens ask ---------------------------------------------------------------

    def display_name(self, username: str) -> str:
        return self.directory.display_name(username) if username else ""

    def me(self) -> Colleague | None:
        return team_directory.me(
            self.directory,
            actor=self.session.actor,
            server_user=self.session.setting.get("server_user", ""),
        )

    def my_name(self) -> str:
        """The greeting's name: my display name when the directory knows me, else my login."""
        found = self.me()
        return found.display_name if found else self.session.actor

    def choices(self) -> list[Colleague]:
        return self.directory.choices()


def colleagues_of(session: Session) -> Colleagues:
    """The session's directory, made (and loading) on first use."""
    found = _BY_SESSION.get(session)
    if found is None:
        found = Colleagues(session)
        _BY_SESSION[session] = found
    return found


def device_label(directory: Directory, device_id: str, *, here: str) -> tuple[str, str]:
    """(kind, text) for the device that wrote a change: ("here", ""), ("server", ""),
    ("known", "Anna Schmidt, Laptop Trier") or ("unknown", a shortened id)."""
    if device_id == here:
        return "here", ""
    if device_id == SERVER_DEVICE:
        return "server", ""
    found = directory.device(device_id)
    if found is None:
        return "unknown", device_id[:8] or "?"
    colleague, name = found
    return "known", ", ".join(part for part in (colleague.display_name, name) if part)
