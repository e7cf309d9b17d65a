"""Unsaved forms kept encrypted on the device, so typing survives the auto-lock and crashes."""

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from app.errors import Erased
from app.store.bulk import decode_json, encode_json
from app.store.store import Store
from app.store.tables import draft as draft_table
from app.store.tables import tombstone


@dataclass(frozen=True)
class Draft:
    """A form's unsaved state.

    `key` names the form instance (e.g. "consultation:new:<case id>"); `record_id` is the
    record the draft edits or belongs to (for a new consultation: its case), so that
    erasing that record discards the draft with it. Drafts are never synced or audited:
    they are the user's own unsaved typing, not records.
    """

    key: str
    form: str
    record_id: str | None
    title: str
    payload: dict[str, Any]
    saved_at: datetime


def save_draft(
    store: Store,
    *,
    key: str,
    form: str,
    payload: dict[str, Any],
    record_id: str | None = None,
    title: str = "",
) -> Draft:
    """Create or replace the draft under `key`. `payload` must be JSON-compatible (dates are
    written as ISO text and come back as text)."""
    saved_at = datetime.now(UTC)
    values = {
        "key": key,
        "form": form,
        "record_id": record_id,
        "title": title,
        "payload": payload,
        "saved_at": saved_at.isoformat(
            timespec="microseconds"
        ),  # fixed width: text order is time order
    }
    statement = insert(draft_table).values(values)
    statement = statement.on_conflict_do_update(
        index_elements=[draft_table.c.key],
        set_={k: statement.excluded[k] for k in values if k != "key"},
    )
    # Plain SQL on the writer's connection: no outbox change, no field stamps, no audit.
    with store.write() as writer:
        if record_id is not None:
            # Erasure is final: a form still open on an erased record must not bring it back.
            erased = writer.conn.execute(
                select(tombstone.c.entity).where(tombstone.c.record_id == record_id)
            ).scalar()
            if erased is not None:
                raise Erased(erased, record_id)
        writer.conn.execute(statement)
    # What a later read returns: the payload after its JSON round trip.
    return Draft(key, form, record_id, title, decode_json(encode_json(payload)), saved_at)


def drafts(store: Store) -> list[Draft]:
    """All drafts, the most recently saved first."""
    query = select(draft_table).order_by(draft_table.c.saved_at.desc(), draft_table.c.key)
    with store.read() as conn:
        return [_draft(row._mapping) for row in conn.execute(query)]


def draft(store: Store, *, key: str) -> Draft | None:
    with store.read() as conn:
        row = conn.execute(select(draft_table).where(draft_table.c.key == key)).first()
    return None if row is None else _draft(row._mapping)


def discard_draft(store: Store, *, key: str) -> None:
    """Forget a draft (saved or cancelled form); discarding one that is gone is fine."""
    with store.write() as writer:
        writer.conn.execute(delete(draft_table).where(draft_table.c.key == key))


def _draft(row: Any) -> Draft:
    return Draft(
        key=row["key"],
        form=row["form"],
        record_id=row["record_id"],
        title=row["title"],
        payload=row["payload"],
        saved_at=datetime.fromisoformat(row["saved_at"]),
    )
