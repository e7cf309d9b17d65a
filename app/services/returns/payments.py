"""Support per traveller or application: planned from the programme's components, totalled.

`plan_payments` adds a planned row for every component, traveller and instalment the
programme foresees that is not there yet (stable ids: devices planning offline agree);
amounts and due dates are proposals the counsellor changes as the programme decides.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from app.domain.ids import stable_id
from app.domain.people import Person
from app.domain.programmes import Component, Instalment, default_programmes
from app.domain.returns.codes import PaymentStatus
from app.domain.returns.support import SupportPayment
from app.domain.returns.travel import Departure
from app.services.returns.ages import age_on
from app.services.returns.checklist import departure_day
from app.services.returns.common import application_in, rows, upsert_in
from app.services.returns.travellers import travellers_in, travelling
from app.store.store import Store

ENTITY = "support_payment"
# What is still to come or has happened; cancelled and reclaimed money is nobody's.
COMMITTED = frozenset({PaymentStatus.planned, PaymentStatus.approved, PaymentStatus.paid})


def payment_id(application_id: str, component: str, person_id: str | None, instalment: int) -> str:
    return stable_id(ENTITY, application_id, component, person_id or "", str(instalment))


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def due_on(instalment: Instalment, departure: Departure | None) -> date | None:
    planned = departure.planned_on if departure else None
    if instalment.due == "before_departure":
        return planned - timedelta(days=1) if planned else None
    arrival = departure_day(departure)
    return add_months(arrival, instalment.months) if arrival else None


def _amount(component: Component, person: Person | None, on: date) -> int | None:
    if person is None or component.amount_cents_minor is None:
        return component.amount_cents
    age = age_on(person.birth_date, on)
    return component.amount_cents_minor if age is not None and age < 18 else component.amount_cents


def plan_payments(store: Store, *, application_id: str) -> list[SupportPayment]:
    """Adds the planned rows the programme foresees and are not there yet; returns them."""
    with store.write() as writer:
        application = application_in(writer, application_id)
        programme = default_programmes().programme(application.programme)
        listed = travellers_in(writer.conn, [application_id]).get(application_id, [])
        persons = [
            p
            for p in rows(writer.conn, "person", "id", travelling(listed))
            if isinstance(p, Person)
        ]
        found = rows(writer.conn, "departure", "application_id", [application_id])
        departure = found[0] if found and isinstance(found[0], Departure) else None
        day = departure_day(departure) or date.today()
        made = []
        for component in programme.component:
            beneficiaries: list[Person | None] = (
                list(persons) if component.per == "traveller" else [None]
            )
            for person in beneficiaries:
                for number, instalment in enumerate(component.instalments, start=1):
                    person_id = person.id if person else None
                    record_id = payment_id(application_id, component.code, person_id, number)
                    if writer.existing(ENTITY, [record_id]) or writer.erased_ids(
                        ENTITY, [record_id]
                    ):
                        continue
                    record = upsert_in(
                        writer,
                        ENTITY,
                        record_id,
                        {
                            "case_id": application.case_id,
                            "application_id": application_id,
                            "person_id": person_id,
                            "component": component.code,
                            "instalment": number,
                            "in_kind": component.in_kind,
                            "amount_cents": _amount(component, person, day),
                            "payer": component.payer,
                            "due_on": due_on(instalment, departure),
                        },
                    )
                    assert isinstance(record, SupportPayment)
                    made.append(record)
        return made


@dataclass
class Totals:
    """Cents by status, per traveller (None: support for the whole application)."""

    by_person: dict[str | None, dict[PaymentStatus, int]] = field(default_factory=dict)

    def add(self, payment: SupportPayment) -> None:
        cents = payment.amount_cents or 0
        per = self.by_person.setdefault(payment.person_id, {})
        per[payment.status] = per.get(payment.status, 0) + cents

    def of(self, person_id: str | None, status: PaymentStatus) -> int:
        return self.by_person.get(person_id, {}).get(status, 0)

    def total(self, status: PaymentStatus) -> int:
        return sum(per.get(status, 0) for per in self.by_person.values())


def totals(payments: Iterable[SupportPayment]) -> Totals:
    found = Totals()
    for payment in payments:
        found.add(payment)
    return found


def payments_of(store: Store, *, application_ids: Sequence[str]) -> list[SupportPayment]:
    with store.read() as conn:
        return [
            p
            for p in rows(conn, ENTITY, "application_id", list(application_ids))
            if isinstance(p, SupportPayment)
        ]
