"""Conflicts the server decided: list them, keep the current value, or restore the one that lost.

One kind is a notice only: a conflict of a merged record's `merged_into` says that two laptops
merged the same duplicate into two different survivors offline. The first merge the server
accepted stands (sync/server/pushpull/merged.py) and the server refuses any other, so the lost
survivor cannot be restored; the two survivors are probably one person, which a lead checks
and merges (Admin › Possible duplicates › Merge…). Keeping the current value closes it.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from app.errors import NotFound, UserError
from app.services.records import get, update_in
from app.store.store import Store
from app.store.tables import conflict

MERGED_INTO = "merged_into"


class NotRestorable(UserError):
    pass


def is_merged_twice(field: str) -> bool:
    """Whether a conflict is the notice of a duplicate merged into two survivors."""
    return field == MERGED_INTO


def survivor_names(store: Store, entity: str, ids: list[str]) -> dict[str, str]:
    """The names the two survivors of a duplicate merged twice are known by (no audit entry:
    a label on the Conflicts screen is not a look at the record); "" for one that is gone."""
    names = {}
    for record_id in ids:
        try:
            record: Any = get(store, entity=entity, record_id=record_id, audit=False)
        except UserError:
            names[record_id] = ""
            continue
        if entity == "person":
            names[record_id] = ", ".join(p for p in (record.family_name, record.given_names) if p)
        else:
            names[record_id] = str(getattr(record, "label", "") or "")
    return names


@dataclass(frozen=True)
class ConflictView:
    id: str
    entity: str
    record_id: str
    field: str
    current_value: Any
    current_stamp: str
    lost_value: Any
    lost_stamp: str
    resolved: bool


def list_conflicts(store: Store, *, include_resolved: bool = False) -> list[ConflictView]:
    query = select(conflict).order_by(conflict.c.server_seq)
    if not include_resolved:
        query = query.where(conflict.c.resolved.is_(False))
    with store.read() as conn:
        return [
            ConflictView(
                r.id,
                r.entity,
                r.record_id,
                r.field,
                r.winner_value,
                r.winner_stamp,
                r.loser_value,
                r.loser_stamp,
                r.resolved,
            )
            for r in conn.execute(query)
        ]


def keep_current(store: Store, *, conflict_id: str) -> None:
    with store.write() as writer:
        _mark(writer.conn, conflict_id)


def restore(store: Store, *, conflict_id: str) -> None:
    """Make the lost value current again: an ordinary edit, synced like any other."""
    with store.write() as writer:
        row = writer.conn.execute(select(conflict).where(conflict.c.id == conflict_id)).first()
        if row is None:
            raise NotFound("conflict", conflict_id)
        if is_merged_twice(row.field):
            raise NotRestorable(
                "Zweimal zusammengeführt: die erste Zusammenführung gilt; die beiden Personen "
                "bitte unter Mögliche Duplikate prüfen / merged twice: the first merge stands; "
                "check the two survivors in Possible duplicates"
            )
        update_in(writer, row.entity, row.record_id, {row.field: row.loser_value})
        _mark(writer.conn, conflict_id)


def _mark(conn: Any, conflict_id: str) -> None:
    done = conn.execute(update(conflict).where(conflict.c.id == conflict_id).values(resolved=True))
    if done.rowcount == 0:
        raise NotFound("conflict", conflict_id)
