"""The team setting `offline_lease_days`: read for every renewal, set by an admin.

Behind `fallakte-server team lease` (ops/cli.py) and the admin API (api/lease_routes.py). A
change is a server audit event (entity "team", the team's id, old and new length) and reaches
each device with its next sync; until then a device counts with the length it last received.
"""

from sqlalchemy import Engine, select, update

from app.domain.enums import AuditAction
from app.errors import UserError
from sync.protocol_lease import MAX_LEASE_DAYS, MIN_LEASE_DAYS, TeamLease
from sync.server.storage import tables as t
from sync.server.storage.db import snapshot, transaction
from sync.server.storage.server_audit import add_server_event

ENTITY = "team"


class UnknownTeam(UserError):
    pass


def _unknown(team_id: str) -> UnknownTeam:
    return UnknownTeam(f"there is no team {team_id!r}; see 'fallakte-server team add'")


def lease_days(engine: Engine, *, team_id: str) -> int:
    with snapshot(engine) as conn:
        days = conn.scalar(select(t.team.c.offline_lease_days).where(t.team.c.id == team_id))
    if days is None:
        raise _unknown(team_id)
    return int(days)


def set_lease_days(engine: Engine, *, team_id: str, days: int, actor: str) -> TeamLease:
    """Set the team's lease (1..365 days); an unchanged value writes nothing."""
    if not MIN_LEASE_DAYS <= days <= MAX_LEASE_DAYS:
        raise UserError(f"offline lease: {MIN_LEASE_DAYS} to {MAX_LEASE_DAYS} days")
    with transaction(engine) as conn:
        before = conn.scalar(
            select(t.team.c.offline_lease_days).where(t.team.c.id == team_id).with_for_update()
        )
        if before is None:
            raise _unknown(team_id)
        if int(before) != days:
            conn.execute(
                update(t.team).where(t.team.c.id == team_id).values(offline_lease_days=days)
            )
            add_server_event(
                conn,
                actor=actor,
                action=AuditAction.changed,
                entity=ENTITY,
                record_id=team_id,
                detail=f"offline lease {before} -> {days} days",
            )
    return TeamLease(team=team_id, lease_days=days)
