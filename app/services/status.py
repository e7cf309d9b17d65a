"""What a store holds: record counts, unsynced changes, where it lives."""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.domain.registry import ENTITIES
from app.store.store import DB_FILE, Store
from app.store.tables import audit_event, entity_tables, outbox, tombstone


@dataclass(frozen=True)
class StoreStatus:
    data_dir: Path
    device_id: str
    device_prefix: str
    actor: str
    # What the server said at enrolment (empty when not enrolled): the user there and their role.
    server_url: str
    server_user: str
    role: str
    team: str
    counts: dict[str, int]
    erased: int
    unsynced_changes: int
    audit_events: int
    size_bytes: int


def status(store: Store) -> StoreStatus:
    store.refresh_settings()
    with store.read() as conn:
        counts = {
            entity: conn.execute(
                select(func.count()).select_from(entity_tables[entity])
            ).scalar_one()
            for entity in ENTITIES
        }
        erased = conn.execute(select(func.count()).select_from(tombstone)).scalar_one()
        pending = conn.execute(select(func.count()).select_from(outbox)).scalar_one()
        audits = conn.execute(select(func.count()).select_from(audit_event)).scalar_one()
    size = sum(p.stat().st_size for p in store.data_dir.glob(DB_FILE + "*"))
    return StoreStatus(
        data_dir=store.data_dir,
        device_id=store.device.device_id,
        device_prefix=store.device.prefix,
        actor=store.device.actor,
        server_url=store.settings.get("server_url", ""),
        server_user=store.settings.get("server_user", ""),
        role=store.settings.get("role", ""),
        team=store.settings.get("team", "") or "",
        counts=counts,
        erased=erased,
        unsynced_changes=pending,
        audit_events=audits,
        size_bytes=size,
    )


def unsynced_changes(store: Store) -> int:
    with store.read() as conn:
        return conn.execute(select(func.count()).select_from(outbox)).scalar_one()
