"""An access export is itself a processing of the person's data: the audit trail records it."""

import getpass

from sqlalchemy import Engine, insert

from app.domain.enums import AuditAction
from app.domain.ids import new_id
from sync.merge import SERVER_DEVICE
from sync.server.db import transaction, utcnow
from sync.server.tables import audit_event

DETAIL = "access export (Art. 15)"


def server_actor() -> str:
    """Who ran the command on the server: the operating-system account (no name is stored)."""
    try:
        return f"{getpass.getuser()} (fallakte-server)"
    except (KeyError, OSError):
        return "fallakte-server"


def record_export(engine: Engine, *, person_id: str, actor: str) -> None:
    """One audit event: actor, "exported", the person's id; never what was exported."""
    now = utcnow()
    with transaction(engine) as conn:
        conn.execute(
            insert(audit_event).values(
                id=new_id(),
                device_id=SERVER_DEVICE,
                at=now,
                actor=actor,
                action=AuditAction.exported.value,
                entity="person",
                record_id=person_id,
                detail=DETAIL,
                received_at=now,
            )
        )
