"""The case's `team` field: a code from the server's team list, never free text.

A new case always belongs to the pushing device's team, so whatever a new case says there
is replaced by that team's id (and re-stamped, so the device takes the server's value on its
next pull). Changing it on an existing case hands the case to that team, which only a lead or
an admin may, and only to a team the server knows. Exports use the record's team, not this
field (an old database may hold anything in it).
"""

from typing import Any

from sqlalchemy import Connection

from sync.merge import RecordState
from sync.server.pushpull import scope
from sync.server.pushpull.record_shape import Refused

UNKNOWN_TEAM = "team: unbekanntes Team / not a team of this server"
LEADS_ONLY = (
    "nur Teamleitungen verschieben Fälle / only a team lead can move a case to another team"
)


def settle(
    conn: Connection,
    *,
    pusher_team: str,
    role: str,
    before: RecordState | None,
    state: RecordState,
    changed: set[str],
) -> tuple[str | None, bool]:
    """(team to hand the case to, whether the team field was replaced and needs a new stamp)."""
    value: Any = state.fields.get("team")
    if before is None:
        if value is not None and value != pusher_team:
            state.fields["team"] = pusher_team
            return None, True
        return None, False
    if "team" not in changed or value is None:
        return None, False
    if value == before.fields.get("team") or value == pusher_team:
        return None, False
    if not isinstance(value, str) or not scope.team_exists(conn, value):
        raise Refused(UNKNOWN_TEAM)
    if role not in ("lead", "admin"):
        raise Refused(LEADS_ONLY)
    return value, False
