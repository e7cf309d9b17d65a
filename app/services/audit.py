"""Reading the audit log: events about one record, or all of them in order."""

from sqlalchemy import select

from app.domain.audit import AuditEvent
from app.store.store import Store
from app.store.tables import audit_event


def events_for(store: Store, *, record_id: str) -> list[AuditEvent]:
    query = (
        select(audit_event).where(audit_event.c.record_id == record_id).order_by(audit_event.c.seq)
    )
    with store.read() as conn:
        return [_event(r._mapping) for r in conn.execute(query)]


def all_events(store: Store, *, after_seq: int = 0, limit: int = 1000) -> list[AuditEvent]:
    query = (
        select(audit_event)
        .where(audit_event.c.seq > after_seq)
        .order_by(audit_event.c.seq)
        .limit(limit)
    )
    with store.read() as conn:
        return [_event(r._mapping) for r in conn.execute(query)]


def _event(row: object) -> AuditEvent:
    data = dict(row)  # type: ignore[call-overload]
    data.pop("seq")
    return AuditEvent.model_validate(data)
