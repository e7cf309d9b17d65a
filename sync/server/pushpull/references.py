"""References in pushed records point only at records the pushing team holds.

Every `Ref` field (and an attachment's owner) of a change must name a record of the pushing
team, or one this batch creates. A reference into another team is refused exactly like a
reference to nothing, so the answer tells nobody which ids exist elsewhere; accepted, it
would put one team's record into another's person (their access export) or drag another
team's household along with a case handover.
"""

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, select

from app.domain.registry import ENTITIES, references
from sync.server.pushpull.record_shape import Refused
from sync.server.storage.tables import record

Key = tuple[str, str]
_IN = 500
NOT_HELD = "verweist auf einen Datensatz, den dieses Team nicht hat / refers to a record this team does not hold"


def targets(entity: str, fields: dict[str, Any], names: Iterable[str]) -> list[tuple[str, Key]]:
    """(field, target key) of every reference among `names` in these values."""
    found: list[tuple[str, Key]] = []
    refs = references(entity)
    for name in names:
        target = refs.get(name)
        if target is None:
            continue
        value = fields.get(name)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                found.append((name, (target, item)))
    if entity == "attachment" and {"owner_id", "owner_entity"} & set(names):
        owner = (str(fields.get("owner_entity") or ""), str(fields.get("owner_id") or ""))
        found.append(("owner_id", owner))
    return found


class TeamReferences:
    """Checks the references of one push: the team's records are looked up once per batch."""

    def __init__(self, conn: Connection, team_id: str, batch: set[Key], wanted: Iterable[Key]):
        self.team_id = team_id
        self.batch = batch
        self.held = self._held(conn, {k for k in wanted if k not in batch})

    def _held(self, conn: Connection, keys: set[Key]) -> set[Key]:
        by_entity: dict[str, list[str]] = {}
        for entity, record_id in keys:
            if entity in ENTITIES:
                by_entity.setdefault(entity, []).append(record_id)
        found: set[Key] = set()
        for entity, ids in sorted(by_entity.items()):
            ids = sorted(set(ids))
            for start in range(0, len(ids), _IN):
                rows = conn.execute(
                    select(record.c.id).where(
                        record.c.entity == entity,
                        record.c.team_id == self.team_id,
                        record.c.id.in_(ids[start : start + _IN]),
                    )
                )
                found |= {(entity, r.id) for r in rows}
        return found

    def check(self, entity: str, fields: dict[str, Any], changed: Iterable[str]) -> None:
        for name, key in targets(entity, fields, changed):
            if key[0] not in ENTITIES or (key not in self.held and key not in self.batch):
                raise Refused(f"{name}: {NOT_HELD}")
