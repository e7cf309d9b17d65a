"""Follow-ups a counsellor must act on: overdue first, then due soon."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, func, select

from app.domain.casework import FollowUp
from app.domain.enums import FollowUpStatus
from app.services.records import to_record, update
from app.store.store import Store
from app.store.tables import entity_tables


@dataclass(frozen=True)
class Agenda:
    overdue: list[FollowUp]
    due: list[FollowUp]
    # How many there are in all: more than the lists hold when a limit cut them.
    overdue_total: int = -1
    due_total: int = -1

    def __post_init__(self) -> None:
        if self.overdue_total < 0:
            object.__setattr__(self, "overdue_total", len(self.overdue))
        if self.due_total < 0:
            object.__setattr__(self, "due_total", len(self.due))


def _open_of(store: Store, assignee: str | None) -> Any:
    table = entity_tables["follow_up"]
    return and_(
        table.c.assignee == (assignee or store.device.actor),
        table.c.status == FollowUpStatus.open.value,
    )


def agenda(
    store: Store,
    *,
    assignee: str | None = None,
    on: date | None = None,
    days: int = 7,
    limit: int | None = None,
) -> Agenda:
    """Open follow-ups of `assignee` (default: this device's counsellor) due up to `days` ahead.

    With `limit`, each list holds at most that many (the oldest first) and the totals say how
    many there are: Today shows a screenful, not the 1,000 a long absence can leave.
    """
    on = on or date.today()
    table = entity_tables["follow_up"]
    mine = _open_of(store, assignee)
    late = table.c.due_on < on.isoformat()
    soon = and_(
        table.c.due_on >= on.isoformat(),
        table.c.due_on <= (on + timedelta(days=days)).isoformat(),
    )
    with store.read() as conn:

        def listed(when: Any) -> list[FollowUp]:
            query = select(table).where(mine, when).order_by(table.c.due_on, table.c.id)
            if limit is not None:
                query = query.limit(limit)
            rows = [to_record("follow_up", dict(r._mapping)) for r in conn.execute(query)]
            return [f for f in rows if isinstance(f, FollowUp)]

        def counted(when: Any, shown: list[FollowUp]) -> int:
            if limit is None or len(shown) < limit:
                return len(shown)
            return int(
                conn.execute(select(func.count()).select_from(table).where(mine, when)).scalar_one()
            )

        overdue, due = listed(late), listed(soon)
        return Agenda(overdue, due, counted(late, overdue), counted(soon, due))


def overdue_count(store: Store, *, assignee: str | None = None, on: date | None = None) -> int:
    """How many of `assignee`'s open follow-ups are overdue, counted in SQL (the badge)."""
    table = entity_tables["follow_up"]
    on = on or date.today()
    with store.read() as conn:
        return int(
            conn.execute(
                select(func.count())
                .select_from(table)
                .where(_open_of(store, assignee), table.c.due_on < on.isoformat())
            ).scalar_one()
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
