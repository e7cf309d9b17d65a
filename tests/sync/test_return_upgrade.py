"""A server database and a device store of the previous release upgrade with their applications:
the departure and travel documents land in the new records on both sides, identically, and the
device's unsent edit of the old planned date reaches the server's departure without a conflict."""

import json
from datetime import UTC, datetime
from functools import partial

from sqlalchemy import insert, select, text

from app.domain.ids import new_id
from app.services import records
from app.store import legacy_applications as legacy
from app.store import migrate as store_migrate
from app.store.store import Store
from app.store.tables import conflict as device_conflict
from app.store.tables import entity_tables, outbox
from sync.client import SyncClient
from sync.credentials import load_token
from sync.engine import sync_once
from sync.enrolment import enroll
from sync.merge import RecordState, apply_change
from sync.server.accounts import admin
from sync.server.storage.db import make_engine
from sync.server.storage.migrate import upgrade
from sync.server.storage.tables import conflict, record
from tests.conftest import FAST_KDF

OLD_DEVICE = "0190a000-0000-7000-8000-0000000000d0"
S0 = f"1735700000000-00000-{OLD_DEVICE}"
S1 = f"1735800000000-00000-{OLD_DEVICE}"
HOUSEHOLD, PERSON, CASE, APPLICATION = (new_id() for _ in range(4))

FIELDS = {
    "household": (HOUSEHOLD, {"label": "Familie Haddad", "site": "ATR"}),
    "person": (PERSON, {"family_name": "Haddad", "household_id": HOUSEHOLD}),
    "case": (
        CASE,
        {
            "reference": "ATR-2025-ABC-00001",
            "household_id": HOUSEHOLD,
            "main_contact_id": PERSON,
            "counsellor": "anna",
            "team": "nord",
            "site": "ATR",
            "opened_on": "2025-01-02",
            "status": "approved",
            "status_since": "2025-02-01",
        },
    ),
    "application": (
        APPLICATION,
        {
            "case_id": CASE,
            "programme": "REAG_GARP",
            "submitted_on": "2025-01-10",
            "decision": "approved",
            "decided_on": "2025-02-01",
            "amount_cents": 40000,
            "planned_departure_on": "2025-03-01",
            "actual_departure_on": None,
            "destination_country": "IRQ",
            "travel_documents": "applied",
        },
    ),
}


def _previous_release_server(url: str) -> None:
    engine = make_engine(url)
    try:
        upgrade(engine, "0004")
        rows = []
        for seq, (entity, (record_id, fields)) in enumerate(FIELDS.items(), start=1):
            clocks = dict.fromkeys(fields, S0)
            if entity == "application":
                clocks["travel_documents"] = S1
            rows.append(
                {
                    "entity": entity,
                    "id": record_id,
                    "team_id": "nord",
                    "fields": fields,
                    "clocks": clocks,
                    "bases": dict.fromkeys(fields),
                    "deleted": False,
                    "server_seq": seq,
                    "updated_at": datetime.now(UTC),
                }
            )
        with engine.begin() as conn:
            conn.execute(insert(record), rows)
            conn.execute(text("UPDATE seq_counter SET value = :n WHERE id = 1"), {"n": len(rows)})
            conn.execute(
                insert(conflict).values(
                    id="c-1",
                    entity="application",
                    record_id=APPLICATION,
                    team_id="nord",
                    field="travel_documents",
                    winner_value="applied",
                    winner_stamp=S1,
                    loser_value="missing",
                    loser_stamp=S0,
                    loser_device=OLD_DEVICE,
                    created_at=datetime.now(UTC),
                    resolved=False,
                    server_seq=len(rows) + 1,
                )
            )
            conn.execute(
                text("UPDATE seq_counter SET value = :n WHERE id = 1"), {"n": len(rows) + 1}
            )
    finally:
        engine.dispose()


def _previous_release_device(data_dir, monkeypatch) -> str:
    """A store at revision 0004 holding the pulled records and an unsent edit of the date."""
    with monkeypatch.context() as patch:
        patch.setattr(store_migrate, "upgrade", partial(store_migrate.upgrade, target="0004"))
        store, _ = Store.init(data_dir, "device-pass-1", actor="anna", kdf=FAST_KDF, site="ATR")
    device = store.device.device_id
    mine = f"1735900000000-00000-{device}"
    with store.engine.begin() as conn:
        for entity, (record_id, fields) in FIELDS.items():
            values = dict(fields)
            clocks = {"*": S0}
            if entity == "application":
                values["planned_departure_on"] = "2025-03-15"  # moved here, not yet sent
                clocks.update(travel_documents=S1, planned_departure_on=mine)
            columns = ["id", *values, "clocks"]
            table = '"case"' if entity == "case" else entity
            conn.execute(
                text(
                    f"INSERT INTO {table} ({', '.join(columns)}) "
                    f"VALUES ({', '.join(':' + c for c in columns)})"
                ),
                {"id": record_id, **values, "clocks": json.dumps(clocks)},
            )
        conn.execute(
            insert(outbox).values(
                entity="application",
                record_id=APPLICATION,
                stamp=mine,
                fields={"planned_departure_on": "2025-03-15"},
                base={"planned_departure_on": S0},
                deleted=False,
            )
        )
        conn.execute(
            insert(device_conflict).values(
                id="c-1",
                entity="application",
                record_id=APPLICATION,
                field="travel_documents",
                winner_value="applied",
                winner_stamp=S1,
                loser_value="missing",
                loser_stamp=S0,
                resolved=False,
                server_seq=5,
            )
        )
    store.close()
    return mine


def test_server_and_device_of_the_previous_release_carry_their_applications_over(
    database_url, tmp_path, monkeypatch, request
):
    _previous_release_server(database_url)
    data_dir = tmp_path / "laptop"
    mine = _previous_release_device(data_dir, monkeypatch)
    live_server = request.getfixturevalue("live_server")  # `run` migrates to this release

    engine = make_engine(database_url)
    departure_id = legacy.derived_id("departure", APPLICATION)
    check_id = legacy.derived_id("document_check", APPLICATION)
    with engine.connect() as conn:
        stored = {
            (r.entity, r.id): r
            for r in conn.execute(select(record).where(record.c.team_id == "nord"))
        }
        moved = conn.execute(select(conflict).where(conflict.c.id == "c-1")).one()
    application = stored[("application", APPLICATION)]
    assert not set(legacy.LEGACY_FIELDS) & (set(application.fields) | set(application.clocks))
    departure = stored[("departure", departure_id)]
    assert departure.fields["planned_on"] == "2025-03-01" and departure.clocks["planned_on"] == S0
    check = stored[("document_check", check_id)]
    assert (check.fields["status"], check.clocks["status"]) == ("requested", S1)
    assert departure.server_seq > 5 and check.server_seq > 5
    assert (moved.entity, moved.record_id, moved.field) == ("document_check", check_id, "status")
    assert (moved.winner_value, moved.loser_value) == ("requested", "missing")

    # The device's rewritten edit, merged on the server's migrated departure: no conflict.
    outcome = apply_change(
        RecordState(dict(departure.fields), dict(departure.clocks), dict(departure.bases)),
        stamp=mine,
        fields={"planned_on": "2025-03-15"},
        base={"planned_on": S0},
    )
    assert outcome.changed == ["planned_on"] and outcome.lost == []

    admin.add_team(engine, team_id="nord", name="Nord")
    admin.add_user(
        engine, username="anna", password="server-pass-1", team_id="nord", role="counsellor"
    )
    with Store.unlock(data_dir, "device-pass-1") as store:
        with store.read() as conn:
            assert store_migrate.current_revision(conn) == store_migrate.HEAD
            local = conn.execute(
                select(entity_tables["departure"]).where(
                    entity_tables["departure"].c.id == departure_id
                )
            ).one()
        assert local.planned_on == "2025-03-15"
        enroll(store, server_url=live_server, username="anna", password="server-pass-1")
        client = SyncClient(live_server, load_token(store), attempts=2, backoff=0.05)
        try:
            result = sync_once(store, client)
        finally:
            client.close()
        # Only the departure: the edit held nothing else of the application.
        assert (result.rejected, result.dropped, result.pushed) == (0, 0, 1)
        here = records.get(store, entity="departure", record_id=departure_id, audit=False)
        assert str(here.planned_on) == "2025-03-15"
        with store.read() as conn:
            kept = conn.execute(select(device_conflict)).all()
        assert [(c.entity, c.record_id, c.field) for c in kept] == [
            ("document_check", check_id, "status")
        ]
    with engine.connect() as conn:
        after = conn.execute(
            select(record).where(record.c.entity == "departure", record.c.id == departure_id)
        ).one()
        conflicts = conn.execute(select(conflict.c.id)).scalars().all()
    engine.dispose()
    assert after.fields["planned_on"] == "2025-03-15" and after.clocks["planned_on"] == mine
    assert conflicts == ["c-1"]  # the old one, moved; the upgrade made none
