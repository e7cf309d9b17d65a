"""Records and conflicts an operator holds back from every pull (`fallakte-server records`).

Quarantine does not delete: the row stays, with the reason, for the operator to repair or
release; devices simply never receive it, and edits of a quarantined record are refused
until it is released. A record the server erases leaves quarantine as a tombstone.
"""

from collections.abc import Iterable

from sqlalchemy import Connection, select

from sync.server.storage.tables import record

Key = tuple[str, str]
HELD_BACK = (
    "Datensatz vom Betrieb zurückgehalten / the server's operator holds this record back; ask them"
)
_IN = 500


def held_back(conn: Connection, keys: Iterable[Key]) -> set[Key]:
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in keys:
        by_entity.setdefault(entity, []).append(record_id)
    found: set[Key] = set()
    for entity, ids in sorted(by_entity.items()):
        for start in range(0, len(ids), _IN):
            rows = conn.execute(
                select(record.c.id).where(
                    record.c.entity == entity,
                    record.c.id.in_(ids[start : start + _IN]),
                    record.c.quarantined_at.is_not(None),
                )
            )
            found |= {(entity, r.id) for r in rows}
    return found
