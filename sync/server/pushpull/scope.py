"""Team scope: which records go with a case when a team lead moves it to another team.

A case takes along everything recorded under it, and its household with the
household's persons and their records, unless another case of that household
stays behind in the old team (then the household is shared and stays).
"""

from sqlalchemy import Connection, select

from app.domain.registry import referrers
from sync.server.storage.tables import metadata

RECORD = metadata.tables["record"]
TEAM = metadata.tables["team"]


def team_exists(conn: Connection, team_id: str) -> bool:
    return conn.execute(select(TEAM.c.id).where(TEAM.c.id == team_id)).first() is not None


def _in_team(conn: Connection, entity: str, record_id: str, team_id: str) -> bool:
    query = select(RECORD.c.id).where(
        RECORD.c.entity == entity, RECORD.c.id == record_id, RECORD.c.team_id == team_id
    )
    return conn.execute(query).first() is not None


def _children(conn: Connection, parent: str, parent_id: str, team_id: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    for entity, field in referrers(parent):
        column = RECORD.c.fields[field].as_string()
        query = select(RECORD.c.entity, RECORD.c.id).where(
            RECORD.c.team_id == team_id, RECORD.c.entity == entity, column == parent_id
        )
        found.extend((row.entity, row.id) for row in conn.execute(query))
    owned = select(RECORD.c.entity, RECORD.c.id).where(
        RECORD.c.team_id == team_id,
        RECORD.c.entity == "attachment",
        RECORD.c.fields["owner_id"].as_string() == parent_id,
    )
    found.extend((row.entity, row.id) for row in conn.execute(owned))
    return found


def records_moving_with(
    conn: Connection, *, case_id: str, household_id: str | None, old_team: str
) -> list[tuple[str, str]]:
    """(entity, id) of every record of `old_team` that leaves it together with the case."""
    moving = [key for key in _children(conn, "case", case_id, old_team) if key[0] != "case"]
    if not household_id or not _in_team(conn, "household", household_id, old_team):
        # Another team's household (named by a case from an old database) is not the old
        # team's to hand over.
        return sorted(set(moving))
    other_cases = [
        key
        for key in _children(conn, "household", household_id, old_team)
        if key[0] == "case" and key[1] != case_id
    ]
    if other_cases:
        return sorted(set(moving))
    moving.append(("household", household_id))
    for entity, record_id in _children(conn, "household", household_id, old_team):
        if entity == "person":
            moving.append((entity, record_id))
            moving.extend(_children(conn, "person", record_id, old_team))
    return sorted({key for key in moving if key[0] != "case"})
