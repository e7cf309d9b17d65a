"""Demo return processes: who travels, documents with deadlines, departure, support, reintegration.

Called by demo_data for each application with the case's plan. Families where some members
stay, applications at every stage, expired and expiring documents, medical returns with an
escort, departures confirmed and called off, start-up aid instalments paid months after the
arrival, follow-up contacts and sustainability assessments. Deterministic for a seed; the
rng is the generator's, so adding records here moves later random draws, never validity.
"""

import string
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.domain.programmes import ProgrammeRules, default_programmes
from app.services.demo_reintegration import reintegration_rows
from app.services.returns.checklist import document_check_id, required_documents
from app.services.returns.departures import departure_id
from app.services.returns.payments import add_months, payment_id
from app.services.returns.travellers import traveller_id

Row = tuple[str, dict[str, Any]]

_LAND = frozenset({"ALB", "MKD", "SRB", "MDA", "GEO", "TUR"})
_AIRPORTS = ("Frankfurt (FRA)", "Frankfurt (FRA)", "Düsseldorf (DUS)", "Köln/Bonn (CGN)")
_CROSSINGS = ("Grenzübergang Passau", "Grenzübergang Görlitz", "Grenzübergang Kiefersfelden")
_RELATION = {"spouse": "spouse", "child": "child", "elder": "parent"}
_MEDICAL = frozenset({"serious_illness", "disability", "pregnancy", "elderly"})
_ANSWERS = (
    "Behandlung und Medikamente sind in der Hauptstadt verfügbar, Kosten trägt der Patient.",
    "Die Partnerorganisation nennt zwei Unterkünfte für die ersten Wochen.",
    "Ein Ausbildungsplatz als Schneiderin ist ab dem nächsten Quartal möglich.",
    "Die Schule im Heimatort nimmt die Kinder ohne Zeugnisse auf, eine Prüfung folgt.",
    "Familienangehörige wurden gefunden und sind zur Aufnahme bereit.",
)


@dataclass(frozen=True)
class Traveller:
    id: str
    role: str
    age: int
    medical: bool


@dataclass(frozen=True)
class Stage:
    """Where an application stands, from the case's plan (days as ordinals)."""

    submitted: int
    decision: str
    decided: int | None
    departed: int | None
    gave_up: int | None  # the day the case went on without this departure
    primary: bool  # the application the travel goes under
    gave_up_because: str | None = None


def _iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


class ReturnRows:
    """One application's return records; `g` is the demo generator (rng, ids, today)."""

    def __init__(self, g: Any, h: Any, case_id: str, application_id: str, programme: str) -> None:
        self.g, self.h, self.case_id, self.application_id = g, h, case_id, application_id
        self.rng = g.rng
        self.today: int = g.today
        self.programme: ProgrammeRules = default_programmes().programme(programme)

    def row(self, entity: str, record_id: str, **fields: Any) -> Row:
        return entity, {"id": record_id, "case_id": self.case_id, **fields}

    def travellers(self) -> list[Traveller]:
        members = self.h.members
        stays: set[int] = set()
        if len(members) >= 3 and self.rng.random() < 0.15:
            # An adult child or the spouse stays, e.g. with a residence permit of their own.
            candidates = [
                i for i, m in enumerate(members) if i and (m.age >= 18 or m.role == "spouse")
            ]
            if candidates:
                stays.add(self.rng.choice(candidates))
        found = []
        for i, (member, person_id) in enumerate(zip(members, self.h.ids, strict=True)):
            cats = set(self.h.vulnerabilities[i])
            if i in stays:
                found.append(Traveller(person_id, "stays", member.age, False))
                continue
            found.append(
                Traveller(
                    person_id, "head" if i == 0 else member.role, member.age, bool(cats & _MEDICAL)
                )
            )
        return found

    def run(self, stage: Stage) -> Iterator[Row]:
        rng, today = self.rng, self.today
        everyone = self.travellers()
        for t in everyone:
            yield self.row(
                "application_traveller",
                traveller_id(self.application_id, t.id),
                application_id=self.application_id,
                person_id=t.id,
                role="main_applicant" if t.role == "head" else "household_member",
                relationship=None if t.role == "head" else _RELATION.get(t.role, "other"),
                travels=t.role != "stays",
            )
        going = [t for t in everyone if t.role != "stays"]
        planned = self._planned(stage)
        # The medical side belongs to the travel, so to the application the travel goes under.
        medical = [t for t in going if t.medical and rng.random() < 0.7] if stage.primary else []
        requests = list(self.information_requests(stage, medical)) if stage.primary else []
        yield from (r for r, _ in requests)
        escorted = False
        for t in medical:
            fitness = rng.choice(("fit", "fit", "fit_with_escort", "fit_with_escort", "unknown"))
            escorted |= fitness == "fit_with_escort"
            assessed = min(today, stage.submitted + rng.randint(0, 25))
            link = next((rid for r, rid in requests if r[1]["person_id"] == t.id), None)
            yield self.row(
                "medical_return",
                self.g.id(assessed),
                person_id=t.id,
                application_id=self.application_id,
                fitness=fitness,
                assessed_on=None if fitness == "unknown" else _iso(assessed),
                source=None
                if fitness == "unknown"
                else rng.choice(("treating_doctor", "public_health_officer", "iom_medical")),
                medication_months=rng.choice((None, 3, 6, 12)),
                treatment_available=rng.choice(("available", "partly_available", "unknown")),
                information_request_id=link,
            )
        if stage.primary:
            yield from self.departure(stage, planned, escorted, going)
        yield from self.references(stage)
        yield from self.documents(stage, planned, going, {t.id for t in medical})
        payments = list(self.payments(stage, going))
        yield from payments
        if stage.departed is not None and self._reintegrates():
            yield from reintegration_rows(self, stage, going, payments)

    def _reintegrates(self) -> bool:
        return self.programme.kind == "reintegration" or self.rng.random() < 0.25

    def _planned(self, stage: Stage) -> int | None:
        if stage.departed is not None:
            return stage.departed
        if stage.decided is not None and stage.decision == "approved":
            return max(stage.decided + 10, self.today + self.rng.randint(-3, 45))
        return None if self.rng.random() < 0.6 else self.today + self.rng.randint(20, 90)

    def departure(
        self, stage: Stage, planned: int | None, escorted: bool, going: list[Traveller]
    ) -> Iterator[Row]:
        rng = self.rng
        if planned is None and stage.gave_up is None:
            return
        land = self.h.country in _LAND and rng.random() < 0.5
        mode = "land" if land else "self_organised" if rng.random() < 0.05 else "flight"
        booked = planned is not None and (stage.departed is not None or planned - self.today <= 30)
        reference = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))
        reason = None
        if stage.departed is None and stage.gave_up is not None:
            reason = stage.gave_up_because or rng.choice(
                ("withdrew", "documents_missing", "not_fit_to_travel", "contact_lost")
            )
        unaccompanied = any(t.role == "unaccompanied" for t in going)
        yield self.row(
            "departure",
            departure_id(self.application_id),
            application_id=self.application_id,
            planned_on=None if planned is None else _iso(planned),
            mode=mode,
            booking_reference=reference if booked and mode == "flight" else None,
            departure_point=rng.choice(_AIRPORTS if mode == "flight" else _CROSSINGS)
            if booked and mode != "self_organised"
            else None,
            escort="medical_escort" if escorted else "escort" if unaccompanied else "none",
            confirmed_on=None if stage.departed is None else _iso(stage.departed),
            confirmed_how=None
            if stage.departed is None
            else (
                "border_exit_stamp"
                if mode == "land"
                else rng.choice(
                    ("boarding_confirmation",) * 7
                    + ("contact_after_arrival",) * 2
                    + ("partner_report",)
                )
            ),
            not_departed_reason=reason,
            note=None,
        )

    def references(self, stage: Stage) -> Iterator[Row]:
        rng, year = self.rng, date.fromordinal(stage.submitted).year
        numbers = {
            "federal_application": f"ZRB-{year}-{rng.randint(100000, 999999)}",
            "iom_case": f"DEU{year}{rng.randint(10000, 99999)}",
            "reintegration_case": f"EURP-DE-{year}-{rng.randint(10000, 99999)}",
        }
        for kind in self.programme.reference_kinds:
            if kind in numbers and (stage.decided is not None or rng.random() < 0.5):
                yield self.row(
                    "external_reference",
                    self.g.id(stage.submitted),
                    application_id=self.application_id,
                    kind=kind,
                    number=numbers[kind],
                )

    def information_requests(
        self, stage: Stage, medical: list[Traveller]
    ) -> Iterator[tuple[Row, str]]:
        rng, today = self.rng, self.today
        topics: list[tuple[str, str | None]] = [("medical_treatment", t.id) for t in medical]
        if rng.random() < 0.12:
            topics.append((rng.choice(("housing", "labour_market", "education", "other")), None))
        if any(m.role == "unaccompanied" for m in self.h.members):
            topics.append(("family_tracing", self.h.ids[0]))
        for topic, person in topics:
            asked = min(today, stage.submitted + rng.randint(0, 20))
            due = asked + rng.randint(21, 42)
            answered = asked + rng.randint(7, 50)
            done = answered <= today and rng.random() < 0.85
            record_id = self.g.id(asked)
            yield (
                self.row(
                    "information_request",
                    record_id,
                    person_id=person,
                    topic=topic,
                    country=self.h.country,
                    asked_on=_iso(asked),
                    answer_due_on=_iso(due),
                    answered_on=_iso(answered) if done else None,
                    summary=rng.choice(_ANSWERS) if done else None,
                    attachment_id=None,
                ),
                record_id,
            )

    def documents(
        self, stage: Stage, planned: int | None, going: list[Traveller], medical: set[str]
    ) -> Iterator[Row]:
        today = self.today
        on = date.fromordinal(planned or today)
        people = [_Person(t.id, _birth(self.today, t.age)) for t in going]
        wanted = required_documents(
            programme=self.programme, travellers=people, medical=medical, mode=None, on=on
        )
        for required in wanted:
            status, issued, until = self._document(
                stage, planned, required.document_type, required.rule.issued_within_days
            )
            yield self.row(
                "document_check",
                document_check_id(self.application_id, required.document_type, required.person_id),
                application_id=self.application_id,
                document_type=required.document_type,
                person_id=required.person_id,
                status=status,
                issued_on=None if issued is None else _iso(min(issued, today)),
                valid_until=None if until is None else _iso(until),
                attachment_id=None,
                note=None,
            )

    def _document(
        self, stage: Stage, planned: int | None, kind: str, within: int | None
    ) -> tuple[str, int | None, int | None]:
        rng, today = self.rng, self.today
        r = rng.random()
        if stage.departed is not None or stage.decision in ("rejected", "withdrawn"):
            status = "not_needed" if r < 0.05 else "present"
        elif stage.decision == "approved":
            status = "present" if r < 0.8 else "requested" if r < 0.95 else "missing"
        else:
            status = "present" if r < 0.45 else "requested" if r < 0.7 else "missing"
        if status != "present":
            return status, None, None
        anchor = planned or today
        if within is not None:
            # A certificate made some days before the flight; now and then too early.
            issued = anchor - rng.randint(1, within + (3 if rng.random() < 0.15 else 0))
            if issued > today:
                return "requested", None, None
            return status, issued, None
        if kind == "travel_document":
            until = stage.submitted + rng.randint(200, 3000)
            if stage.departed is None and rng.random() < 0.12:
                until = today + rng.randint(1, 14)  # expiring: shows on Today
            elif stage.departed is None and rng.random() < 0.05:
                until = today - rng.randint(1, 60)
                status = "expired"
            return status, min(until - 3650, today), until
        if kind == "residence_document":
            issued = stage.submitted - rng.randint(10, 200)
            return status, issued, issued + rng.choice((90, 180, 365))
        return status, min(stage.submitted + rng.randint(0, 10), today), None

    def payments(self, stage: Stage, going: list[Traveller]) -> Iterator[Row]:
        rng = self.rng
        medical = {t.id for t in going if t.medical}
        for component in self.programme.component:
            if component.code == "medical_support" and not medical:
                continue
            beneficiaries: list[Traveller | None] = (
                list(going) if component.per == "traveller" else [None]
            )
            for person in beneficiaries:
                if (
                    component.code == "medical_support"
                    and person is not None
                    and person.id not in medical
                ):
                    continue
                for number, instalment in enumerate(component.instalments, start=1):
                    amount = component.amount_cents
                    if (
                        person is not None
                        and person.age < 18
                        and component.amount_cents_minor is not None
                    ):
                        amount = component.amount_cents_minor
                    if amount is None:
                        amount = rng.choice((30_000, 45_000, 60_000, 90_000, 150_000, 250_000))
                    status, approved, paid, due = self._payment(
                        stage, instalment.due, instalment.months
                    )
                    yield self.row(
                        "support_payment",
                        payment_id(
                            self.application_id,
                            component.code,
                            person.id if person else None,
                            number,
                        ),
                        application_id=self.application_id,
                        person_id=person.id if person else None,
                        component=component.code,
                        instalment=number,
                        in_kind=component.in_kind,
                        status=status,
                        amount_cents=amount,
                        payer=component.payer,
                        due_on=None if due is None else _iso(due),
                        approved_on=None if approved is None else _iso(approved),
                        paid_on=None if paid is None else _iso(paid),
                        note=None,
                    )

    def _payment(
        self, stage: Stage, due: str, months: int
    ) -> tuple[str, int | None, int | None, int | None]:
        rng, today = self.rng, self.today
        if stage.decision in ("rejected", "withdrawn"):
            return "cancelled", None, None, None
        if stage.decision == "pending" or stage.decided is None:
            return "planned", None, None, None
        approved = stage.decided
        if stage.departed is None:
            return (
                ("cancelled" if stage.gave_up else "approved"),
                (None if stage.gave_up else approved),
                None,
                None,
            )
        if due == "before_departure":
            paid = max(approved, stage.departed - rng.randint(0, 3))
            return (
                ("reclaimed" if rng.random() < 0.01 else "paid"),
                approved,
                min(paid, today),
                paid,
            )
        when = add_months(date.fromordinal(stage.departed), months).toordinal()
        paid = when + rng.randint(0, 45)  # instalments after arrival come with some delay
        if paid <= today:
            return "paid", approved, paid, when
        return "approved", approved, None, when


@dataclass(frozen=True)
class _Person:
    id: str
    birth_date: str | None


def _birth(today: int, age: int) -> str:
    born = date.fromordinal(today) - timedelta(days=age * 365 + age // 4 + 180)
    return born.isoformat()
