"""The team directory as this device last received it: colleagues' display names and devices.

The sync engine refreshes it after every successful sync (sync/directory.py) and keeps it in
the encrypted store's settings, so names and device names are there offline and after a
restart. Records keep holding user names (assignee, counsellor); screens show display names
from here, and a user name the directory does not know is shown as it is.
"""

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, insert, select, update

from app.store.store import Store
from app.store.tables import meta

KEY = "team_directory"


@dataclass(frozen=True, slots=True)
class Colleague:
    username: str
    display_name: str
    role: str = "counsellor"
    active: bool = True  # False: disabled on the server; named on old records, not offered
    contact: str | None = None  # only if the server shares contacts
    devices: tuple[tuple[str, str], ...] = ()  # (device id, device name)


@dataclass(frozen=True, slots=True)
class Directory:
    team: str = ""
    team_name: str = ""
    fetched_at: str = ""  # ISO time of the sync that brought it; "" when never received
    colleagues: tuple[Colleague, ...] = ()
    _by_name: dict[str, Colleague] = field(default_factory=dict, compare=False, repr=False)
    _by_device: dict[str, tuple[Colleague, str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        for colleague in self.colleagues:
            self._by_name[colleague.username] = colleague
            for device_id, name in colleague.devices:
                self._by_device[device_id] = (colleague, name)

    @property
    def known(self) -> bool:
        """Whether a directory was ever received (not enrolled, or never synced: False)."""
        return bool(self.fetched_at)

    def colleague(self, username: str) -> Colleague | None:
        return self._by_name.get(username)

    def display_name(self, username: str) -> str:
        """The name to show for a user name held in a record; unknown ones as they are."""
        found = self._by_name.get(username)
        return found.display_name if found else username

    def device(self, device_id: str) -> tuple[Colleague, str] | None:
        """Whose device this is and its name, if it belongs to the team."""
        return self._by_device.get(device_id)

    def choices(self) -> list[Colleague]:
        """The colleagues a task can go to: active users, by display name."""
        return [c for c in self.colleagues if c.active]


EMPTY = Directory()


def to_json(directory: Directory) -> str:
    return json.dumps(
        {
            "team": directory.team,
            "team_name": directory.team_name,
            "fetched_at": directory.fetched_at,
            "colleagues": [
                {
                    "username": c.username,
                    "display_name": c.display_name,
                    "role": c.role,
                    "active": c.active,
                    "contact": c.contact,
                    "devices": [list(pair) for pair in c.devices],
                }
                for c in directory.colleagues
            ],
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def from_json(text: str) -> Directory:
    """The stored directory; EMPTY for nothing stored or anything unreadable (it only names)."""
    try:
        data: Any = json.loads(text) if text else {}
        colleagues = tuple(
            Colleague(
                username=str(c["username"]),
                display_name=str(c.get("display_name") or c["username"]),
                role=str(c.get("role") or "counsellor"),
                active=bool(c.get("active", True)),
                contact=c.get("contact"),
                devices=tuple((str(d), str(n)) for d, n in c.get("devices") or ()),
            )
            for c in data.get("colleagues") or ()
        )
        return Directory(
            team=str(data.get("team") or ""),
            team_name=str(data.get("team_name") or ""),
            fetched_at=str(data.get("fetched_at") or ""),
            colleagues=colleagues,
        )
    except (ValueError, TypeError, KeyError, AttributeError):
        return EMPTY


def load_from(conn: Connection) -> Directory:
    return from_json(conn.execute(select(meta.c.value).where(meta.c.key == KEY)).scalar() or "")


def load(store: Store) -> Directory:
    with store.read() as conn:
        return load_from(conn)


def save_in(conn: Connection, *, directory: Directory) -> bool:
    """Keep `directory` (inside a write transaction); True if the names or devices changed."""
    before = load_from(conn)
    done = conn.execute(update(meta).where(meta.c.key == KEY).values(value=to_json(directory)))
    if done.rowcount == 0:
        conn.execute(insert(meta).values(key=KEY, value=to_json(directory)))
    return (before.team, before.team_name, before.colleagues) != (
        directory.team,
        directory.team_name,
        directory.colleagues,
    )


def forget_in(conn: Connection) -> None:
    """Drop the directory (another server, whose team may be someone else's)."""
    conn.execute(meta.delete().where(meta.c.key == KEY))


def me(directory: Directory, *, actor: str, server_user: str = "") -> Colleague | None:
    """This device's user in the directory: by the name records are written under, else by the
    name it enrolled with."""
    return directory.colleague(actor) or (directory.colleague(server_user) if server_user else None)
