"""Audit events the server writes itself (erasure, retention, exports), stamped by the server
device: who and what kind of action, never the values touched."""

from sqlalchemy import Connection, insert

from app.domain.enums import AuditAction
from app.domain.ids import new_id
from sync.merge import SERVER_DEVICE
from sync.server.storage.db import utcnow
from sync.server.storage.tables import audit_event


def add_server_event(
    conn: Connection,
    *,
    actor: str,
    action: AuditAction,
    entity: str,
    record_id: str | None,
    detail: str,
) -> None:
    now = utcnow()
    conn.execute(
        insert(audit_event).values(
            id=new_id(),
            device_id=SERVER_DEVICE,
            at=now,
            actor=actor,
            action=action.value,
            entity=entity,
            record_id=record_id,
            detail=detail,
            received_at=now,
        )
    )
