"""An application's document checklist: generated from its programme, assessed against departure.

Rows are made, never removed, by `generate_checklist`: one per required document and person,
under a stable id, so two devices generating offline make the same rows and their edits of a
row meet as one record. Whether a document has expired or will be valid at departure is
computed here each time (`assess`), because the planned departure moves.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, Protocol

from sqlalchemy import Connection

from app.domain.ids import stable_id
from app.domain.people import Person
from app.domain.programmes import DocumentRule, ProgrammeRules, default_programmes
from app.domain.returns.codes import DocumentStatus, TravelMode
from app.domain.returns.information import MedicalReturn
from app.domain.returns.travel import Departure, DocumentCheck
from app.services.returns.ages import age_on
from app.services.returns.common import application_in, rows, upsert_in
from app.services.returns.travellers import travellers_in, travelling
from app.store.store import Store

ENTITY = "document_check"
WARN_DAYS = 14
Level = Literal["ok", "soon", "problem", "not_needed"]


class Traveller(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def birth_date(self) -> str | None: ...


@dataclass(frozen=True)
class Required:
    document_type: str
    person_id: str | None  # None: one for the whole application
    rule: DocumentRule


@dataclass(frozen=True)
class DocumentState:
    """What a row means today: `problem` is shown red, `soon` amber."""

    level: Level
    expired: bool
    valid_at_departure: bool | None  # None: not known (no departure date, no document dates)
    days_left: int | None  # until valid_until
    reasons: tuple[
        str, ...
    ]  # codes: expired, expires_soon, invalid_at_departure, issued_too_early, missing_before_departure


def document_check_id(application_id: str, document_type: str, person_id: str | None) -> str:
    return stable_id(ENTITY, application_id, document_type, person_id or "")


def _needed(rule: DocumentRule, *, age: int | None, medical: bool, flight: bool) -> bool:
    if rule.when == "medical" and not medical:
        return False
    if rule.when == "flight" and not flight:
        return False
    if rule.when == "medical_flight" and not (medical and flight):
        return False
    if rule.per == "adult":
        return age is None or age >= 18
    if rule.per == "signatory":
        return age is None or age >= rule.min_age
    return True


def required_documents(
    *,
    programme: ProgrammeRules,
    travellers: Sequence[Traveller],
    medical: set[str],
    mode: TravelMode | None,
    on: date,
) -> list[Required]:
    """The documents the programme asks for these travellers, ages taken on `on`.

    A departure whose mode is not yet known counts as a flight: asking for the airline's
    form too early is cheaper than finding out at the airport.
    """
    flight = mode in (None, TravelMode.flight)
    found: list[Required] = []
    for rule in programme.document:
        if rule.per == "application":
            if _needed(rule, age=None, medical=bool(medical), flight=flight):
                found.append(Required(rule.type, None, rule))
            continue
        for person in travellers:
            age = age_on(person.birth_date, on)
            if _needed(rule, age=age, medical=person.id in medical, flight=flight):
                found.append(Required(rule.type, person.id, rule))
    return found


def assess(
    check: DocumentCheck,
    *,
    rule: DocumentRule | None,
    departure_on: date | None,
    today: date,
    warn_days: int = WARN_DAYS,
) -> DocumentState:
    """The row's state on `today` against the departure; the rule may be None (not required)."""
    if check.status == DocumentStatus.not_needed:
        return DocumentState("not_needed", False, None, None, ())
    reasons: list[str] = []
    days_left = (check.valid_until - today).days if check.valid_until else None
    expired = check.status == DocumentStatus.expired or (days_left is not None and days_left < 0)
    if expired:
        reasons.append("expired")
    elif days_left is not None and days_left <= warn_days:
        reasons.append("expires_soon")
    valid: bool | None = None
    present = check.status == DocumentStatus.present and not expired
    if departure_on is not None and check.status != DocumentStatus.expired:
        checks: list[bool] = []
        if rule is not None and rule.valid_at_departure and check.valid_until:
            checks.append(check.valid_until >= departure_on)
        if rule is not None and rule.issued_within_days and check.issued_on:
            earliest = departure_on - timedelta(days=rule.issued_within_days)
            fresh = earliest <= check.issued_on <= departure_on
            checks.append(fresh)
            if not fresh and check.issued_on < earliest:
                reasons.append("issued_too_early")
        elif check.valid_until:
            checks.append(check.valid_until >= departure_on)
        if checks:
            valid = all(checks)
            if not valid and "issued_too_early" not in reasons:
                reasons.append("invalid_at_departure")
    soon_departure = departure_on is not None and 0 <= (departure_on - today).days <= warn_days
    if not present and not expired and soon_departure:
        reasons.append("missing_before_departure")
    if expired or valid is False or "missing_before_departure" in reasons:
        level: Level = "problem"
    elif reasons or check.status in (DocumentStatus.missing, DocumentStatus.requested):
        level = "soon"
    else:
        level = "ok"
    return DocumentState(level, expired, valid, days_left, tuple(reasons))


@dataclass(frozen=True)
class ChecklistRow:
    check: DocumentCheck
    rule: DocumentRule | None
    state: DocumentState


def _context(
    conn: Connection, application_id: str
) -> tuple[list[Person], set[str], Departure | None]:
    listed = travellers_in(conn, [application_id]).get(application_id, [])
    persons = [p for p in rows(conn, "person", "id", travelling(listed)) if isinstance(p, Person)]
    medical = {
        m.person_id
        for m in rows(conn, "medical_return", "application_id", [application_id])
        if isinstance(m, MedicalReturn)
    }
    departures = rows(conn, "departure", "application_id", [application_id])
    departure = departures[0] if departures and isinstance(departures[0], Departure) else None
    return persons, medical, departure


def departure_day(departure: Departure | None) -> date | None:
    if departure is None:
        return None
    return departure.confirmed_on or departure.planned_on


def generate_checklist(
    store: Store, *, application_id: str, on: date | None = None
) -> list[DocumentCheck]:
    """Adds the rows the programme requires that are not there yet; returns the new ones."""
    with store.write() as writer:
        application = application_in(writer, application_id)
        programme = default_programmes().programme(application.programme)
        persons, medical, departure = _context(writer.conn, application_id)
        day = on or departure_day(departure) or date.today()
        wanted = required_documents(
            programme=programme,
            travellers=persons,
            medical=medical,
            mode=departure.mode if departure else None,
            on=day,
        )
        ids = [document_check_id(application_id, r.document_type, r.person_id) for r in wanted]
        held = set(writer.existing(ENTITY, ids)) | writer.erased_ids(ENTITY, ids)
        made = []
        for record_id, required in zip(ids, wanted, strict=True):
            if record_id in held:
                continue  # kept as the counsellor left it, or erased on purpose
            record = upsert_in(
                writer,
                ENTITY,
                record_id,
                {
                    "case_id": application.case_id,
                    "application_id": application_id,
                    "document_type": required.document_type,
                    "person_id": required.person_id,
                },
            )
            assert isinstance(record, DocumentCheck)
            made.append(record)
        return made


def checklist(store: Store, *, application_id: str, today: date) -> list[ChecklistRow]:
    """Every row of the application's checklist with its state, in programme order."""
    with store.read() as conn:
        application = application_in(conn, application_id)
        programme = default_programmes().by_code.get(application.programme)
        _, _, departure = _context(conn, application_id)
        checks = [
            c
            for c in rows(conn, ENTITY, "application_id", [application_id])
            if isinstance(c, DocumentCheck)
        ]
    rules = {r.type: r for r in programme.document} if programme else {}
    order = {code: i for i, code in enumerate(rules)}
    checks.sort(key=lambda c: (order.get(c.document_type, len(order)), c.person_id or "", c.id))
    day = departure_day(departure)
    return [
        ChecklistRow(
            c,
            rules.get(c.document_type),
            assess(c, rule=rules.get(c.document_type), departure_on=day, today=today),
        )
        for c in checks
    ]
