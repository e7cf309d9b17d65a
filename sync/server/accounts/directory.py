"""The team directory: the colleagues of one team as its devices may see them.

Only the team's current members, with display name, role, whether they may still work, and
the names of the devices they enrolled for this team; a user's work contact only where the
server shares contacts. Nothing of another team: a user who moved away leaves the directory
with their devices (their old device ids then read as unknown devices).
"""

from sqlalchemy import Engine, select

from sync.protocol_directory import (
    MAX_DEVICE_NAME,
    MAX_DEVICES_PER_USER,
    DirectoryDevice,
    DirectoryUser,
    TeamDirectory,
)
from sync.server.storage import tables as t
from sync.server.storage.db import snapshot


def _printable(text: str, limit: int) -> str:
    # Device names come from the devices themselves: nothing a screen would trip over.
    return "".join(ch if ch.isprintable() else " " for ch in text).strip()[:limit]


def team_directory(engine: Engine, *, team_id: str, share_contacts: bool) -> TeamDirectory | None:
    """The directory of `team_id`, or None if there is no such team."""
    u, d = t.user.c, t.device.c
    with snapshot(engine) as conn:
        team = conn.execute(
            select(t.team.c.id, t.team.c.name).where(t.team.c.id == team_id)
        ).one_or_none()
        if team is None:
            return None
        members = conn.execute(
            select(u.id, u.username, u.display_name, u.role, u.disabled, u.contact).where(
                u.team_id == team_id
            )
        ).all()
        # The device's team, not only its user's: a device keeps the team it enrolled for.
        devices = conn.execute(
            select(d.id, d.name, d.user_id)
            .where(d.team_id == team_id, d.user_id.in_([m.id for m in members]))
            .order_by(d.created_at, d.id)
        ).all()
    by_user: dict[str, list[DirectoryDevice]] = {}
    for device in devices:
        by_user.setdefault(device.user_id, []).append(
            DirectoryDevice(id=device.id, name=_printable(device.name or "", MAX_DEVICE_NAME))
        )
    users = [
        DirectoryUser(
            username=m.username,
            display_name=m.display_name or m.username,
            role=m.role,
            active=not m.disabled,
            contact=m.contact if share_contacts else None,
            # The newest ones if someone enrolled an unusual number of devices.
            devices=by_user.get(m.id, [])[-MAX_DEVICES_PER_USER:],
        )
        for m in members
    ]
    users.sort(key=lambda user: (user.display_name.casefold(), user.username))
    return TeamDirectory(team=team.id, team_name=team.name, users=users)
