"""The pseudonymised export and the return process: amounts banded, dates as months,
references and free text dropped; the byte scan of test_export_cases covers every new entity."""

from collections import Counter

from app.domain.base import Identifying
from app.domain.registry import ENTITIES
from app.services.demo_loader import load_demo
from sync.server.exports.cases.cases import ENTITY_SHEETS, exported_fields
from sync.server.exports.cases.pseudonymise import AMOUNT_BANDS, amount_band
from tests.sync.server.test_export_cases import _export, _leaks, _secrets, _xlsx_sheets

RETURN_ENTITIES = (
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
)


def test_amounts_fall_into_bands_of_whole_euros():
    assert [amount_band(c) for c in (None, 0, 1, 25_000, 25_001, 100_000, 500_100)] == [
        "",
        "0",
        "1-250",
        "1-250",
        "251-500",
        "501-1000",
        "5001+",
    ]
    assert [label for _, label in AMOUNT_BANDS][-1] == "5001+"


def test_what_the_return_sheets_may_carry():
    sheet_models = {model.entity for model, _ in ENTITY_SHEETS}
    # Every new entity has a sheet but the external references, which hold nothing but numbers.
    assert set(RETURN_ENTITIES) - sheet_models == {"external_reference"}
    assert exported_fields(ENTITIES["external_reference"]) == ["case_id", "application_id", "kind"]
    departure = exported_fields(ENTITIES["departure"])
    assert "booking_reference" not in departure and "departure_point" not in departure
    assert "note" not in exported_fields(ENTITIES["support_payment"])
    assert "partner" not in exported_fields(ENTITIES["reintegration_plan"])
    assert {"goal", "measure"}.isdisjoint(exported_fields(ENTITIES["reintegration_measure"]))
    assert "summary" not in exported_fields(ENTITIES["information_request"])
    for entity in RETURN_ENTITIES:
        model = ENTITIES[entity]
        for name in exported_fields(model):
            assert model.marker(name, Identifying) is None, (entity, name)


def test_pushed_return_processes_leave_only_codes_months_and_bands(
    enrolled, database_url, tmp_path, monkeypatch
):
    laptop = enrolled("anna")
    counts = Counter(load_demo(laptop.store, persons=120, seed=8))
    laptop.sync()
    for entity in RETURN_ENTITIES:
        assert counts[entity] > 0, entity  # the demo data has every part of the process
    secrets = _secrets(database_url)
    # Booking references, reference numbers, partners, goals, answers: the scan has teeth here.
    with laptop.store.read() as conn:
        numbers = set(conn.exec_driver_sql("SELECT number FROM external_reference").scalars())
        bookings = set(
            conn.exec_driver_sql(
                "SELECT booking_reference FROM departure WHERE booking_reference IS NOT NULL"
            ).scalars()
        )
        goals = set(conn.exec_driver_sql("SELECT goal FROM reintegration_measure").scalars())
        amounts = set(
            conn.exec_driver_sql(
                "SELECT amount_cents FROM support_payment WHERE amount_cents IS NOT NULL"
            ).scalars()
        )
    assert numbers and bookings and goals
    assert numbers | bookings | goals <= secrets
    out = tmp_path / "out"
    out.mkdir()
    assert _export(database_url, out / "cases.xlsx", monkeypatch) == 0
    assert _export(database_url, out / "cases.csv", monkeypatch) == 0
    written = sorted(out.iterdir())
    assert _leaks(secrets, written) == []
    sheets = _xlsx_sheets(out / "cases.xlsx")
    assert len(sheets["support"]) - 1 == counts["support_payment"]
    header = sheets["support"][0]
    rows = [dict(zip(header, row, strict=True)) for row in sheets["support"][1:]]
    bands = {label for _, label in AMOUNT_BANDS} | {None, ""}
    assert {r["amount_cents"] for r in rows} <= bands
    assert {str(r["paid_on"]) for r in rows if r["paid_on"]} and all(
        len(str(r["paid_on"])) == 7 for r in rows if r["paid_on"]
    )
    # No exact amount of a payment appears as a number in the support sheet.
    assert not {v for r in rows for v in r.values() if isinstance(v, int)} & amounts
    departures = [
        dict(zip(sheets["departures"][0], r, strict=True)) for r in sheets["departures"][1:]
    ]
    assert all(len(str(d["confirmed_on"])) == 7 for d in departures if d["confirmed_on"])
    assert "external_references" not in sheets
