"""Follow-ups a counsellor must act on: overdue first, then due soon."""

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from app.domain.casework import FollowUp
from app.domain.enums import FollowUpStatus
from app.services.records import to_record, update
from app.store.store import Store
from app.store.tables import entity_tables


@dataclass(frozen=True)
class Agenda:
    overdue: list[FollowUp]
    due: list[FollowUp]


def agenda(
    store: Store, *, assignee: str | None = None, on: date | None = None, days: int = 7
) -> Agenda:
    """Open follow-ups of `assignee` (default: this device's counsellor) due up to `days` ahead."""
    on = on or date.today()
    table = entity_tables["follow_up"]
    query = (
        select(table)
        .where(
            table.c.assignee == (assignee or store.device.actor),
            table.c.status == FollowUpStatus.open.value,
            table.c.due_on <= (on + timedelta(days=days)).isoformat(),
        )
        .order_by(table.c.due_on, table.c.id)
    )
    with store.read() as conn:
        items = [to_record("follow_up", dict(r._mapping)) for r in conn.execute(query)]
    follow_ups = [f for f in items if isinstance(f, FollowUp)]
    return Agenda(
        overdue=[f for f in follow_ups if f.due_on < on],
        due=[f for f in follow_ups if f.due_on >= on],
    )


def complete(
    store: Store, *, follow_up_id: str, on: date | None = None, outcome_note: str | None = None
) -> FollowUp:
    """Mark done today (or `on`), with what came of it if the counsellor wrote that down."""
    patch: dict[str, object] = {"status": FollowUpStatus.done, "done_on": on or date.today()}
    note = (outcome_note or "").strip()
    if note:
        patch["outcome_note"] = note
    return _changed(store, follow_up_id, patch)


def reopen(store: Store, *, follow_up_id: str, outcome_note: str | None = None) -> FollowUp:
    """Undo "done": open again, no done date, and the outcome note it had before (default none).

    An ordinary edit that syncs like any other, so a colleague's device reopens it too."""
    patch: dict[str, object] = {
        "status": FollowUpStatus.open,
        "done_on": None,
        "outcome_note": (outcome_note or "").strip() or None,
    }
    return _changed(store, follow_up_id, patch)


def reassign(store: Store, *, follow_up_id: str, assignee: str) -> FollowUp:
    """Hand the follow-up to a colleague (their user name, as the team directory knows it)."""
    return _changed(store, follow_up_id, {"assignee": assignee})


def _changed(store: Store, follow_up_id: str, patch: dict[str, object]) -> FollowUp:
    record = update(store, entity="follow_up", record_id=follow_up_id, patch=patch)
    assert isinstance(record, FollowUp)
    return record
