"""Find stored records and conflicts a device would refuse, and hold them back from pulls.

A device applies a pulled page only if every record in it passes the same checks as its own
writes (sync.device): field names of the model, a stamp for each field, values the domain
model accepts. The server now stores nothing else (record_shape), but a database written by
an earlier release may hold such rows, and one of them stops every pull of its team. This is
the operator's repair path: `fallakte-server records check [--quarantine]`.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, null, select, tuple_, update

from app.domain.registry import ENTITIES, model_for
from sync.protocol import MAX_RECORD_BYTES
from sync.server.api.refusals import problems
from sync.server.pushpull.record_shape import stored_size
from sync.server.pushpull.sync_service import _allocate
from sync.server.storage.db import snapshot, transaction, utcnow
from sync.server.storage.tables import conflict, record

_STAMP = re.compile(r"^\d{13}-\d{5}-[0-9a-f-]{36}$")
_BATCH = 500


@dataclass(frozen=True)
class Finding:
    kind: str  # "record" or "conflict"
    entity: str
    id: str
    team_id: str
    reason: str  # names fields and rules, never values


def record_problem(entity: str, record_id: str, row: Any) -> str | None:
    """Why a device would refuse this stored record, or None."""
    if entity not in ENTITIES:
        return "unknown entity"
    clocks = row.clocks if isinstance(row.clocks, dict) else None
    fields = row.fields if isinstance(row.fields, dict) else None
    if clocks is None or fields is None:
        return "fields or clocks are not JSON objects"
    if not all(isinstance(s, str) and _STAMP.match(s) for s in clocks.values()):
        return "a clock is not a stamp"
    if row.deleted:
        return None
    names = set(model_for(entity).field_names())
    if set(fields) - names:
        return f"{len(set(fields) - names)} key(s) the record has no field for"
    if set(fields) - set(clocks) or set(clocks) - names:
        return "fields and clocks do not match"
    try:
        normalised = model_for(entity).model_validate({**fields, "id": record_id}).fields()
    except ValidationError as exc:
        return f"invalid: {problems(exc)}"
    differing = sorted(n for n, v in fields.items() if normalised.get(n) != v)
    if differing:
        return f"not stored as the domain model writes it: {', '.join(differing)}"
    if stored_size(fields, clocks, row.bases) > MAX_RECORD_BYTES:
        return f"larger than {MAX_RECORD_BYTES // 1024} KiB"
    return None


def conflict_problem(row: Any) -> str | None:
    if row.entity not in ENTITIES:
        return "unknown entity"
    if row.field not in model_for(row.entity).field_names():
        return "a field the record does not have"
    if not all(isinstance(s, str) and _STAMP.match(s) for s in (row.winner_stamp, row.loser_stamp)):
        return "a stamp is not a stamp"
    if stored_size(row.winner_value, row.loser_value, None) > MAX_RECORD_BYTES:
        return f"larger than {MAX_RECORD_BYTES // 1024} KiB"
    return None


def _pages(conn: Connection, table: Any, keys: tuple[Any, ...]) -> Iterator[list[Any]]:
    after: tuple[Any, ...] | None = None
    while True:
        query = select(table).where(table.c.quarantined_at.is_(None))
        if after is not None:
            query = query.where(tuple_(*keys) > after)
        rows = list(conn.execute(query.order_by(*keys).limit(_BATCH)).all())
        if not rows:
            return
        yield rows
        after = tuple(getattr(rows[-1], k.name) for k in keys)


def check(engine: Engine) -> list[Finding]:
    """Every stored record and conflict (not held back already) a device would refuse."""
    found: list[Finding] = []
    with snapshot(engine) as conn:
        for rows in _pages(conn, record, (record.c.entity, record.c.id)):
            for row in rows:
                reason = record_problem(row.entity, row.id, row)
                if reason:
                    found.append(Finding("record", row.entity, row.id, row.team_id, reason))
        for rows in _pages(conn, conflict, (conflict.c.id,)):
            for row in rows:
                reason = conflict_problem(row)
                if reason:
                    found.append(Finding("conflict", row.entity, row.id, row.team_id, reason))
    return found


def quarantine(engine: Engine, findings: list[Finding], *, reason: str | None = None) -> int:
    with transaction(engine) as conn:
        done = 0
        for item in findings:
            table = record if item.kind == "record" else conflict
            where = [table.c.id == item.id, table.c.quarantined_at.is_(None)]
            if item.kind == "record":
                where.append(table.c.entity == item.entity)
            done += (
                conn.execute(
                    update(table)
                    .where(*where)
                    .values(quarantined_at=utcnow(), quarantine_reason=reason or item.reason)
                ).rowcount
                or 0
            )
    return done


def find(engine: Engine, record_id: str, entity: str | None = None) -> list[Finding]:
    """The record (or conflict) with this id, as a finding to quarantine or release."""
    with snapshot(engine) as conn:
        query = select(record).where(record.c.id == record_id)
        if entity:
            query = query.where(record.c.entity == entity)
        rows = conn.execute(query).all()
        found = [Finding("record", r.entity, r.id, r.team_id, "") for r in rows]
        if not found:
            rows = conn.execute(select(conflict).where(conflict.c.id == record_id)).all()
            found = [Finding("conflict", r.entity, r.id, r.team_id, "") for r in rows]
    return found


def release(engine: Engine, item: Finding) -> str | None:
    """Return a quarantined row to the pulls; refused (the reason returned) while a device
    would still refuse it. It gets a new sequence number, so devices past it receive it."""
    with transaction(engine) as conn:
        table = record if item.kind == "record" else conflict
        where = [table.c.id == item.id]
        if item.kind == "record":
            where.append(table.c.entity == item.entity)
        row = conn.execute(select(table).where(*where)).one()
        reason = (
            record_problem(row.entity, row.id, row)
            if item.kind == "record"
            else conflict_problem(row)
        )
        if reason:
            return reason
        conn.execute(
            update(table)
            .where(*where)
            .values(quarantined_at=null(), quarantine_reason=null(), server_seq=_allocate(conn, 1))
        )
    return None
