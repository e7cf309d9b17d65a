"""What of the return process needs acting on: the Today screen's four lists.

Documents that expire within the next days, departures coming up, information requests
whose answer is overdue, and follow-up contacts after return that are due. Each list is one
indexed query; the rows carry their case reference and household so the screen can name
them.
"""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, and_, select

from app.domain.returns.codes import DocumentStatus
from app.domain.returns.information import InformationRequest
from app.domain.returns.reintegration import ReintegrationFollowUp
from app.domain.returns.travel import Departure, DocumentCheck
from app.services.records import to_record
from app.store.store import Store
from app.store.tables import entity_tables

DAYS = 14
LIMIT = 200


@dataclass(frozen=True)
class Item:
    record: Any
    case_reference: str  # "" if the case has not arrived yet (sync order)
    household_label: str = ""  # whom it concerns, as the follow-up lists name them


@dataclass(frozen=True)
class ReturnsToday:
    on: date
    documents_expiring: list[Item]  # valid until within DAYS, soonest first
    departures: list[Item]  # planned within DAYS, not yet confirmed or called off
    requests_overdue: list[Item]  # unanswered past their due date, oldest first
    follow_ups_due: list[Item]  # contacts after return not yet held, due within DAYS


def _items(conn: Connection, entity: str, where: Any, order: Any) -> list[Item]:
    table = entity_tables[entity]
    case = entity_tables["case"]
    household = entity_tables["household"]
    query = (
        select(table, case.c.reference.label("_reference"), household.c.label.label("_who"))
        .outerjoin(case, case.c.id == table.c.case_id)
        .outerjoin(household, household.c.id == case.c.household_id)
        .where(where)
        .order_by(order, table.c.id)
        .limit(LIMIT)
    )
    found = []
    for row in conn.execute(query):
        values = dict(row._mapping)
        reference = values.pop("_reference") or ""
        who = values.pop("_who") or ""
        found.append(Item(to_record(entity, values), reference, who))
    return found


def returns_today(store: Store, *, on: date, days: int = DAYS) -> ReturnsToday:
    start, end = on.isoformat(), (on + timedelta(days=days)).isoformat()
    checks = entity_tables["document_check"]
    departures = entity_tables["departure"]
    requests = entity_tables["information_request"]
    follow_ups = entity_tables["reintegration_follow_up"]
    with store.read() as conn:
        documents = _items(
            conn,
            "document_check",
            and_(
                checks.c.status == DocumentStatus.present.value,
                checks.c.valid_until >= start,
                checks.c.valid_until <= end,
            ),
            checks.c.valid_until,
        )
        leaving = _items(
            conn,
            "departure",
            and_(
                departures.c.planned_on >= start,
                departures.c.planned_on <= end,
                departures.c.confirmed_on.is_(None),
                departures.c.not_departed_reason.is_(None),
            ),
            departures.c.planned_on,
        )
        overdue = _items(
            conn,
            "information_request",
            and_(requests.c.answered_on.is_(None), requests.c.answer_due_on < start),
            requests.c.answer_due_on,
        )
        due = _items(
            conn,
            "reintegration_follow_up",
            and_(follow_ups.c.held_on.is_(None), follow_ups.c.due_on <= end),
            follow_ups.c.due_on,
        )
    assert all(isinstance(i.record, DocumentCheck) for i in documents)
    assert all(isinstance(i.record, Departure) for i in leaving)
    assert all(isinstance(i.record, InformationRequest) for i in overdue)
    assert all(isinstance(i.record, ReintegrationFollowUp) for i in due)
    return ReturnsToday(on, documents, leaving, overdue, due)
