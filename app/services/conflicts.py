"""Conflicts the server decided: list them, keep the current value, or restore the one that lost."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from app.errors import NotFound
from app.services.records import update_in
from app.store.store import Store
from app.store.tables import conflict


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
        update_in(writer, row.entity, row.record_id, {row.field: row.loser_value})
        _mark(writer.conn, conflict_id)


def _mark(conn: Any, conflict_id: str) -> None:
    done = conn.execute(update(conflict).where(conflict.c.id == conflict_id).values(resolved=True))
    if done.rowcount == 0:
        raise NotFound("conflict", conflict_id)
