"""The start screen: follow-ups to act on, recently changed cases, what waits for sync."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.domain.casework import FollowUp
from app.services.follow_ups import agenda
from app.services.listing import CaseRow, chunks, marks, recent_cases
from app.services.status import unsynced_changes
from app.store.store import Store
from app.store.tables import conflict

DAYS_AHEAD = 7
# Today shows the first of each list; the Follow-ups screen has them all.
ROWS = 100


@dataclass(frozen=True)
class AgendaItem:
    follow_up: FollowUp
    # "" if the case has not arrived yet (sync may deliver a follow-up before its case).
    case_reference: str
    household_label: str | None
    person_id: str | None  # the case's main contact, to open the person view


@dataclass(frozen=True)
class TodayView:
    on: date
    overdue: list[AgendaItem]  # due before `on`, oldest first, at most ROWS
    due: list[AgendaItem]  # due from `on` up to DAYS_AHEAD days later, soonest first
    recent_cases: list[CaseRow]
    unsynced_changes: int
    open_conflicts: int
    overdue_total: int = 0  # all of them, also those past ROWS
    due_total: int = 0


def today(store: Store, *, assignee: str | None, on: date) -> TodayView:
    """`assignee` None means this device's counsellor, as in follow_ups.agenda."""
    items = agenda(store, assignee=assignee, on=on, days=DAYS_AHEAD, limit=ROWS)
    cases = _case_labels(store, [f.case_id for f in (*items.overdue, *items.due)])

    def item(follow_up: FollowUp) -> AgendaItem:
        return AgendaItem(follow_up, *cases.get(follow_up.case_id, ("", None, None)))

    with store.read() as conn:
        conflicts = conn.execute(
            select(func.count()).select_from(conflict).where(conflict.c.resolved.is_(False))
        ).scalar_one()
    return TodayView(
        on=on,
        overdue=[item(f) for f in items.overdue],
        due=[item(f) for f in items.due],
        overdue_total=items.overdue_total,
        due_total=items.due_total,
        recent_cases=recent_cases(store),
        unsynced_changes=unsynced_changes(store),
        open_conflicts=conflicts,
    )


def _case_labels(
    store: Store, case_ids: Sequence[str]
) -> dict[str, tuple[str, str | None, str | None]]:
    """Case id -> (reference, household label, main contact id), for all cases at once."""
    found: dict[str, tuple[str, str | None, str | None]] = {}
    with store.read() as conn:
        for chunk in chunks(sorted(set(case_ids))):
            for case_id, reference, label, contact in conn.exec_driver_sql(
                'SELECT c.id, c.reference, h.label, c.main_contact_id FROM "case" c'
                " LEFT JOIN household h ON h.id = c.household_id"
                f" WHERE c.id IN ({marks(chunk)})",
                tuple(chunk),
            ):
                found[case_id] = (reference, label, contact)
    return found
