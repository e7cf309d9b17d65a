"""Every server-side export is itself a processing of personal data: the audit trail records it.

One event per export: who, when, which kind, and for an access export the person's id; never
what was exported. The events stay on the server (devices never pull them) and an erasure
folds the ones about the erased person into its own single event.
"""

import getpass

from sqlalchemy import Engine

from app.domain.enums import AuditAction
from sync.server.storage.db import transaction
from sync.server.storage.server_audit import add_server_event

ACCESS = "access export (Art. 15)"
CASES = "pseudonymised case export"
INDICATORS = "indicator report"


def server_actor() -> str:
    """Who ran the command on the server: the operating-system account (no name is stored)."""
    try:
        return f"{getpass.getuser()} (fallakte-server)"
    except (KeyError, OSError):
        return "fallakte-server"


def api_actor(username: str) -> str:
    """Who asked through the admin API: the signed-in admin's user name."""
    return f"{username} (admin API)"


def record_export(
    engine: Engine,
    *,
    actor: str,
    detail: str,
    entity: str = "export",
    record_id: str | None = None,
) -> None:
    """Recorded once the output exists: a failed export handed nothing out."""
    with transaction(engine) as conn:
        add_server_event(
            conn,
            actor=actor,
            action=AuditAction.exported,
            entity=entity,
            record_id=record_id,
            detail=detail,
        )


def record_access_export(engine: Engine, *, person_id: str, actor: str) -> None:
    record_export(engine, actor=actor, detail=ACCESS, entity="person", record_id=person_id)


def indicators_detail(period_from: object, period_to: object, fmt: str) -> str:
    return f"{INDICATORS} {period_from} to {period_to} ({fmt})"


def cases_detail(counts: dict[str, int], fmt: str) -> str:
    """The detail names how many rows left, never which."""
    rows = ", ".join(f"{n} {name}" for name, n in counts.items())
    return f"{CASES} ({fmt}): {rows}"
