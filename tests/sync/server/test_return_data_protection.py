"""The return process under erasure, retention and the access export, on the server."""

from datetime import UTC, date, datetime

from sqlalchemy import select

from app.domain.registry import case_work
from app.domain.returns.codes import Checkpoint, ConfirmationMethod
from app.domain.sustainability import default_questionnaire
from app.services import records
from app.services.cases import change_status
from app.services.returns.checklist import document_check_id, generate_checklist
from app.services.returns.departures import confirm_departure, departure_id, set_departure
from app.services.returns.sustainability import record_assessment
from app.services.returns.travellers import traveller_id
from sync.server.exports.access.collect import collect
from sync.server.exports.access.page import render_html
from sync.server.lifecycle import retention
from sync.server.lifecycle.anonymise import PLACEHOLDER
from sync.server.lifecycle.erasure import CASE_WORK, erase_person
from sync.server.storage.db import make_engine
from sync.server.storage.tables import record
from tests.app.services.return_family import family

RETURN_ENTITIES = {
    "application_traveller",
    "departure",
    "support_payment",
    "external_reference",
    "information_request",
    "document_check",
    "medical_return",
    "reintegration_plan",
    "reintegration_measure",
    "reintegration_follow_up",
    "sustainability_assessment",
}


def _fill(store):
    """The family's return with one record of every kind, notes and numbers included."""
    f = family(store)
    set_departure(
        store,
        application_id=f.application,
        values={
            "planned_on": date(2024, 5, 2),
            "booking_reference": "QX7Z9P",
            "departure_point": "Frankfurt (FRA)",
        },
    )
    confirm_departure(
        store,
        application_id=f.application,
        on=date(2024, 5, 3),
        how=ConfirmationMethod.partner_report,
    )
    case = {"case_id": f.case}
    records.create(
        store,
        entity="external_reference",
        data={
            **case,
            "application_id": f.application,
            "kind": "iom_case",
            "number": "DEU2024-55555",
        },
    )
    request = records.create(
        store,
        entity="information_request",
        data={
            **case,
            "person_id": f.samira,
            "topic": "medical_treatment",
            "country": "AFG",
            "asked_on": date(2024, 3, 1),
            "answered_on": date(2024, 3, 20),
            "summary": "Dialyse in Kabul verfügbar, Wartezeit sechs Wochen",
        },
    )
    records.create(
        store,
        entity="medical_return",
        data={
            **case,
            "person_id": f.samira,
            "application_id": f.application,
            "fitness": "fit_with_escort",
            "assessed_on": date(2024, 4, 1),
            "information_request_id": request.id,
        },
    )
    generate_checklist(store, application_id=f.application)  # with the medical documents
    payment = records.create(
        store,
        entity="support_payment",
        data={
            **case,
            "application_id": f.application,
            "person_id": f.omar,
            "component": "start_up_aid",
            "status": "paid",
            "amount_cents": 50_000,
            "payer": "iom",
            "approved_on": date(2024, 3, 1),
            "paid_on": date(2024, 5, 1),
            "note": "Bar ausgezahlt am Flughafen Frankfurt",
        },
    )
    plan = records.create(
        store,
        entity="reintegration_plan",
        data={
            **case,
            "drawn_up_on": date(2024, 5, 1),
            "country": "AFG",
            "partner": "Partnerbüro Herat",
        },
    )
    records.create(
        store,
        entity="reintegration_measure",
        data={
            **case,
            "plan_id": plan.id,
            "dimension": "economic",
            "goal": "Schneiderei in Herat eröffnen",
            "payment_ids": [payment.id],
            "budget_cents": 120_000,
        },
    )
    records.create(
        store,
        entity="reintegration_follow_up",
        data={
            **case,
            "plan_id": plan.id,
            "due_on": date(2024, 6, 3),
            "held_on": date(2024, 6, 4),
            "by": "partner",
            "mode": "visit",
            "notes": "Laden in der Altstadt gefunden",
        },
    )
    record_assessment(
        store,
        case_id=f.case,
        person_id=f.samira,
        checkpoint=Checkpoint.months_6,
        assessed_on=date(2024, 11, 5),
        answers={q.code: q.options[0].code for q in default_questionnaire().question},
    )
    return f


def _live(url: str) -> dict[tuple[str, str], dict]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return {
                (r.entity, r.id): dict(r.fields)
                for r in conn.execute(select(record).where(record.c.deleted.is_(False)))
            }
    finally:
        engine.dispose()


def test_every_return_entity_is_case_work():
    assert RETURN_ENTITIES <= set(case_work()) == set(CASE_WORK)


def test_erasing_a_traveller_takes_their_own_rows_and_unnames_the_rest(enrolled, database_url):
    laptop = enrolled("anna")
    f = _fill(laptop.store)
    laptop.sync()
    engine = make_engine(database_url)
    try:
        erase_person(engine, person_id=f.omar, actor="admin", reason="Art. 17")
        live = _live(database_url)
        assert ("application_traveller", traveller_id(f.application, f.omar)) not in live
        passport = document_check_id(f.application, "travel_document", f.omar)
        assert live[("document_check", passport)]["person_id"] is None  # the row stays unnamed
        paid = [v for (e, _), v in live.items() if e == "support_payment"]
        assert [p["person_id"] for p in paid] == [None]  # the money stays with the case
        # The last of the household goes: everything of the return process goes with the case.
        for person in (f.samira, f.karim, f.lina):
            erase_person(engine, person_id=person, actor="admin")
        left = {e for e, _ in _live(database_url)}
        assert not left & RETURN_ENTITIES
    finally:
        engine.dispose()
    laptop.sync()
    for entity in RETURN_ENTITIES:
        assert records.count(laptop.store, entity=entity) == 0, entity


def test_retention_keeps_codes_and_dates_and_drops_numbers_notes_and_partners(
    enrolled, database_url
):
    laptop = enrolled("anna")
    f = _fill(laptop.store)
    change_status(
        laptop.store, case_id=f.case, to="closed", on=date(2025, 6, 1), outcome="returned_assisted"
    )
    laptop.sync()
    engine = make_engine(database_url)
    try:
        report = retention.run(
            engine, years=1, as_of=date(2026, 7, 1), dry_run=False, actor="admin"
        )
    finally:
        engine.dispose()
    assert report.cases
    live = _live(database_url)
    departure = live[("departure", departure_id(f.application))]
    assert departure["booking_reference"] is None and departure["departure_point"] is None
    assert departure["confirmed_on"] == "2024-05-03" and departure["mode"] is None
    number = next(v for (e, _), v in live.items() if e == "external_reference")
    assert number["number"] == PLACEHOLDER and number["kind"] == "iom_case"
    request = next(v for (e, _), v in live.items() if e == "information_request")
    assert request["summary"] is None and request["topic"] == "medical_treatment"
    measure = next(v for (e, _), v in live.items() if e == "reintegration_measure")
    assert measure["goal"] == PLACEHOLDER and measure["budget_cents"] == 120_000
    plan = next(v for (e, _), v in live.items() if e == "reintegration_plan")
    assert plan["partner"] is None
    follow_up = next(v for (e, _), v in live.items() if e == "reintegration_follow_up")
    assert follow_up["notes"] is None and follow_up["held_on"] == "2024-06-04"
    payment = next(v for (e, _), v in live.items() if e == "support_payment")
    assert payment["note"] is None and payment["amount_cents"] == 50_000
    laptop.sync()
    here = records.get(
        laptop.store, entity="departure", record_id=departure_id(f.application), audit=False
    )
    assert here.booking_reference is None


def test_the_access_export_shows_the_return_in_readable_words(enrolled, database_url):
    laptop = enrolled("anna")
    f = _fill(laptop.store)
    laptop.sync()
    engine = make_engine(database_url)
    try:
        export = collect(engine, f.samira)
    finally:
        engine.dispose()
    for entity in RETURN_ENTITIES:
        assert export.records.get(entity), entity
    page = render_html(export, {}, "de", datetime(2026, 1, 5, tzinfo=UTC))
    for words in (
        "Ausreise bestätigt am",
        "Bericht des Partners im Rückkehrland",
        "Flugtauglichkeitsbescheinigung (Fit-to-fly)",
        "reisefähig mit Begleitung",
        "500,00 €",
        "Starthilfe",
        "Nachhaltigkeitsbewertungen",
        "Reicht das Einkommen des Haushalts für das Nötigste? ja",
        "DEU2024-55555",  # the person's own data: their reference numbers too
    ):
        assert words in page, words
    english = render_html(export, {}, "en", datetime(2026, 1, 5, tzinfo=UTC))
    assert "Departure confirmed on" in english and "fit with escort" in english
