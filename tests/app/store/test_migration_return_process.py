"""Store migration 0005: a store of the previous release keeps its applications' departure
dates and travel-documents flag, moved into departure and checklist records."""

import json
from functools import partial

import pytest
from sqlalchemy import insert, select, text

from app.domain.registry import model_for
from app.services import records
from app.store import legacy_applications as legacy
from app.store import migrate
from app.store.store import Store
from app.store.tables import conflict, entity_tables, outbox
from tests.conftest import FAST_KDF, PASSWORD

CASE = "0190a000-0000-7000-8000-00000000c001"
PERSON = "0190a000-0000-7000-8000-00000000b001"
DEPARTED = "0190a000-0000-7000-8000-00000000a001"
PENDING = "0190a000-0000-7000-8000-00000000a002"
UNSENT = "0190a000-0000-7000-8000-00000000a003"
S0 = "1700000000000-00000-dev-1"
S1 = "1700000100000-00000-dev-1"
S2 = "1700000200000-00003-dev-1"


def _application(app_id: str, **legacy_fields: object) -> dict:
    return {
        "id": app_id,
        "case_id": CASE,
        "programme": "REAG_GARP",
        "submitted_on": "2024-03-01",
        "decision": "approved",
        "decided_on": "2024-03-20",
        "amount_cents": 40000,
        "planned_departure_on": None,
        "actual_departure_on": None,
        "destination_country": "IRQ",
        "travel_documents": "missing",
        **legacy_fields,
    }


@pytest.fixture
def previous_release_store(data_dir, monkeypatch):
    """A store at revision 0004 holding applications as the previous release wrote them."""
    with monkeypatch.context() as patch:
        patch.setattr(migrate, "upgrade", partial(migrate.upgrade, target="0004"))
        store, _ = Store.init(data_dir, PASSWORD, actor="anna", kdf=FAST_KDF, site="ATR")
    # As that release's tables hold them (written raw: today's person has columns it had not).
    household_id, person_id = "0190a000-0000-7000-8000-00000000d001", PERSON
    with store.engine.begin() as conn:
        conn.execute(
            text("INSERT INTO household (id, label, clocks) VALUES (:id, 'Familie Haddad', :c)"),
            {"id": household_id, "c": json.dumps({"*": S0})},
        )
        conn.execute(
            text(
                "INSERT INTO person (id, family_name, household_id, aliases, sex, "
                "birth_date_estimated, languages, interpreter_needed, residence_status, clocks) "
                "VALUES (:id, 'Haddad', :h, '[]', 'unknown', 0, '[]', 0, 'unknown', :c)"
            ),
            {"id": person_id, "h": household_id, "c": json.dumps({"*": S0})},
        )
    departed = _application(
        DEPARTED,
        planned_departure_on="2024-04-10",
        actual_departure_on="2024-04-12",
        travel_documents="available",
    )
    pending = _application(PENDING, planned_departure_on="2024-05-01", travel_documents="applied")
    unsent = _application(UNSENT, travel_documents="not_needed")
    with store.engine.begin() as conn:
        conn.execute(
            text(
                'INSERT INTO "case" (id, reference, household_id, main_contact_id, counsellor, '
                "site, opened_on, status, status_since, clocks) VALUES (:id, 'ATR-2024-ABC-00001',"
                " :h, :p, 'anna', 'ATR', '2024-02-01', 'approved', '2024-03-20', '{\"*\": \"x\"}')"
            ),
            {"id": CASE, "h": household_id, "p": person_id},
        )
        table = "application"
        for row, clocks in (
            (departed, {"*": S0, "actual_departure_on": S1}),
            (pending, {"*": S0, "planned_departure_on": S2}),
            (unsent, {"*": S2}),
        ):
            columns = ", ".join([*row, "clocks"])
            marks = ", ".join(f":{k}" for k in [*row, "clocks"])
            conn.execute(
                text(f"INSERT INTO {table} ({columns}) VALUES ({marks})"),
                {**row, "clocks": json.dumps(clocks)},
            )
        conn.execute(
            insert(outbox),
            [
                # An edit of a sent application, not yet pushed: the planned date moved.
                {
                    "entity": "application",
                    "record_id": PENDING,
                    "stamp": S2,
                    "fields": {"planned_departure_on": "2024-05-01", "amount_cents": 50000},
                    "base": {"planned_departure_on": S0, "amount_cents": S0},
                    "deleted": False,
                },
                # A whole application made offline and never sent.
                {
                    "entity": "application",
                    "record_id": UNSENT,
                    "stamp": S2,
                    "fields": {k: v for k, v in unsent.items() if k != "id"},
                    "base": {},
                    "deleted": False,
                },
                # Only a legacy field changed: nothing of the application is left to send.
                {
                    "entity": "application",
                    "record_id": DEPARTED,
                    "stamp": S1,
                    "fields": {"actual_departure_on": "2024-04-12"},
                    "base": {"actual_departure_on": S0},
                    "deleted": False,
                },
            ],
        )
        conn.execute(
            insert(conflict).values(
                id="c-1",
                entity="application",
                record_id=DEPARTED,
                field="travel_documents",
                winner_value="available",
                winner_stamp=S1,
                loser_value="applied",
                loser_stamp=S0,
                resolved=False,
                server_seq=7,
            )
        )
    store.close()


def test_applications_of_the_previous_release_land_in_departure_and_checklist_records(
    previous_release_store, data_dir
):
    with Store.unlock(data_dir, PASSWORD) as store:
        with store.read() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
        departure = records.get(
            store, entity="departure", record_id=legacy.derived_id("departure", DEPARTED)
        )
        assert (departure.case_id, departure.application_id) == (CASE, DEPARTED)
        assert str(departure.planned_on) == "2024-04-10"
        assert str(departure.confirmed_on) == "2024-04-12"
        assert departure.confirmed_how is None
        documents = records.find(store, entity="document_check", where={"application_id": DEPARTED})
        assert [(d.document_type, d.status, d.person_id) for d in documents] == [
            ("travel_document", "present", None)
        ]
        statuses = {
            a: records.get(
                store, entity="document_check", record_id=legacy.derived_id("document_check", a)
            ).status
            for a in (PENDING, UNSENT)
        }
        assert statuses == {PENDING: "requested", UNSENT: "not_needed"}
        kept = records.get(store, entity="application", record_id=DEPARTED)
        assert (kept.programme, kept.amount_cents, kept.destination_country) == (
            "REAG_GARP",
            40000,
            "IRQ",
        )
        assert not set(legacy.LEGACY_FIELDS) & set(entity_tables["application"].c.keys())
        with store.read() as conn:
            stamps = conn.execute(
                select(entity_tables["departure"].c.clocks).where(
                    entity_tables["departure"].c.id == departure.id
                )
            ).scalar_one()
        # Every derived field carries the stamp of the field it came from.
        assert stamps == {"*": S0, "confirmed_on": S1}


def test_unsent_edits_are_rewritten_into_changes_of_the_derived_records(
    previous_release_store, data_dir
):
    with Store.unlock(data_dir, PASSWORD) as store, store.read() as conn:
        rows = conn.execute(select(outbox).order_by(outbox.c.seq)).all()
    changes = [(r.entity, r.record_id, r.stamp, r.fields, r.base) for r in rows]
    pending_departure = legacy.derived_id("departure", PENDING)
    assert ("application", PENDING, S2, {"amount_cents": 50000}, {"amount_cents": S0}) in changes
    assert (
        "departure",
        pending_departure,
        S2,
        {"planned_on": "2024-05-01"},
        {"planned_on": S0},
    ) in changes
    # The only-legacy change of DEPARTED is gone from the application, kept for its departure.
    assert not [c for c in changes if c[0] == "application" and c[1] == DEPARTED]
    assert (
        "departure",
        legacy.derived_id("departure", DEPARTED),
        S1,
        {"confirmed_on": "2024-04-12"},
        {"confirmed_on": S0},
    ) in changes
    unsent_ids = {legacy.derived_id(e, UNSENT) for e in ("departure", "document_check")}
    created = {c[0]: c for c in changes if c[1] in unsent_ids}
    assert set(created) == {"departure", "document_check"}
    for entity, _, stamp, fields, base in created.values():
        assert stamp == S2 and base == {}
        model_for(entity).model_validate({"id": legacy.derived_id(entity, UNSENT), **fields})
    application = next(c for c in changes if c[0] == "application" and c[1] == UNSENT)
    assert not set(legacy.LEGACY_FIELDS) & set(application[3])


def test_conflicts_on_the_old_fields_move_to_the_derived_record(previous_release_store, data_dir):
    with Store.unlock(data_dir, PASSWORD) as store, store.read() as conn:
        row = conn.execute(select(conflict).where(conflict.c.id == "c-1")).one()
    assert (row.entity, row.record_id, row.field) == (
        "document_check",
        legacy.derived_id("document_check", DEPARTED),
        "status",
    )
    assert (row.winner_value, row.loser_value) == ("present", "requested")


def test_derived_records_are_valid_records_of_the_current_models():
    fields = _application(DEPARTED, planned_departure_on="2024-04-10", travel_documents="applied")
    stamps = dict.fromkeys(fields, S0)
    for item in legacy.derive(DEPARTED, fields, stamps):
        record = model_for(item.entity).model_validate({"id": item.id, **item.fields})
        assert record.fields() == item.fields
        assert set(item.stamps) == set(item.fields)
