"""Roles act downward or level, never upward: a lead may not revoke or wipe an admin's device."""

from sqlalchemy import Engine, select

from sync.server.storage import tables as t
from sync.server.storage.db import snapshot

RANK = {"counsellor": 0, "lead": 1, "admin": 2}


def may_act_on(caller_role: str, target_role: str) -> bool:
    return RANK.get(caller_role, -1) >= RANK.get(target_role, len(RANK))


def role_of_device(engine: Engine, device_id: str) -> str | None:
    """The role of the user a device belongs to."""
    query = (
        select(t.user.c.role)
        .select_from(t.device.join(t.user, t.user.c.id == t.device.c.user_id))
        .where(t.device.c.id == device_id)
    )
    with snapshot(engine) as conn:
        role: str | None = conn.execute(query).scalar()
    return role
