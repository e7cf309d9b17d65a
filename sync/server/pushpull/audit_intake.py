"""Audit events a device pushes, as the server keeps them: who and where from the token.

A device's own log says who did what; but the server cannot tell a counsellor's honest event
from one written to blame an admin, so it records the user and device the token belongs to,
and no event dated further ahead than the clock-skew limit (such an event gets the time it
arrived: it is kept, not lost).
"""

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, insert, select

from sync.merge import ERASED, is_server_stamp
from sync.protocol import AuditEventWire
from sync.server.ops.terminal_text import printable
from sync.server.storage.tables import audit_event, record


def store(
    conn: Connection,
    events: list[AuditEventWire],
    *,
    username: str,
    device_id: str,
    now: datetime,
    max_skew_ms: int,
) -> int:
    if not events:
        return 0
    ids = [e.id for e in events]
    known = set(conn.scalars(select(audit_event.c.id).where(audit_event.c.id.in_(ids))))
    erased = _server_erased(conn, events)
    latest = now + timedelta(milliseconds=max_skew_ms)
    rows: list[dict[str, Any]] = []
    for event in events:
        if event.id in known or event.record_id in erased:
            continue
        at = event.at if event.at.tzinfo is not None else event.at.replace(tzinfo=now.tzinfo)
        rows.append(
            {
                **event.model_dump(),
                "detail": printable(event.detail) if event.detail else event.detail,
                "actor": username,
                "device_id": device_id,
                "at": at if at <= latest else now,
                "received_at": now,
            }
        )
    if rows:
        conn.execute(insert(audit_event), rows)
    return len(events)


def _server_erased(conn: Connection, events: list[AuditEventWire]) -> set[str]:
    """Ids of records the server erased (Art. 17): events about them arriving late are not kept.

    The audit log of an erased person holds only that the erasure happened.
    """
    by_entity: dict[str, set[str]] = {}
    for event in events:
        if event.record_id:
            by_entity.setdefault(event.entity, set()).add(event.record_id)
    found: set[str] = set()
    for entity, ids in sorted(by_entity.items()):
        rows = conn.execute(
            select(record.c.id, record.c.clocks).where(
                record.c.entity == entity, record.c.id.in_(sorted(ids)), record.c.deleted.is_(True)
            )
        )
        found |= {r.id for r in rows if is_server_stamp(r.clocks.get(ERASED))}
    return found
