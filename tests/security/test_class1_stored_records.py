"""Class 1: one device must not be able to stop its team's sync with what it pushes.

The server stores the validated, normalised record, never the client's dict; stored records
and requests stay far below what a device accepts; a record a device cannot apply never
reaches a pull, and an operator can find and quarantine such records in an old database.
"""

import orjson
from sqlalchemy import insert, update

from app.domain.ids import new_id
from app.domain.registry import model_for
from sync.server.storage import tables as t
from sync.server.storage.db import utcnow
from tests.security.helpers import PAGE_LIMIT, body_size


def _assert_device_can_apply(pages):
    for page in pages:
        for record in page["records"]:
            if record["deleted"]:
                continue
            names = set(model_for(record["entity"]).field_names())
            assert set(record["fields"]) <= names, (record["entity"], sorted(record["fields"]))
            assert set(record["clocks"]) <= names
            model_for(record["entity"]).model_validate({**record["fields"], "id": record["id"]})


def test_keys_a_record_must_not_hold_are_refused_and_the_team_keeps_syncing(server):
    colleague = server.laptop("bo")
    mallory = server.raw("mallory")
    household = mallory.household()
    outcomes = mallory.outcomes(
        [
            mallory.change("person", new_id(), {"family_name": "A", "id": new_id()}),
            mallory.change("person", new_id(), {"family_name": "B", "surprise": 1}),
            mallory.change("household", household, {"label": "C"}, base={"nope": None}),
        ]
    )
    assert [o["status"] for o in outcomes] == ["rejected"] * 3
    colleague.sync()  # raised BadResponse ("fields and clocks that do not match") before
    _assert_device_can_apply(mallory.pull_all())


def test_whitespace_padding_is_stored_normalised_not_raw(server):
    colleague = server.laptop("bo")
    mallory = server.raw("mallory")
    household = new_id()
    padded = {"label": "Familie" + " " * 2_000_000, "site": " atr "}
    body = orjson.dumps({"changes": [mallory.change("household", household, padded)]})
    response = mallory.push_gzip(body)
    assert response.status_code == 200, response.text
    assert response.json()["outcomes"][0]["status"] == "applied"
    stored = server.record("household", household)
    assert stored.fields["label"] == "Familie" and stored.fields["site"] == "ATR"
    assert len(orjson.dumps(stored.fields)) < 1000
    colleague.sync()


def test_a_losing_value_kept_as_a_conflict_is_validated_and_normalised(server):
    mallory = server.raw("mallory")
    bo = server.raw("bo")
    household = mallory.household()
    old = mallory.stamp(ms=1_700_000_000_000)  # older than everything: it loses
    base = {"label": server.record("household", household).clocks["label"]}
    bo.outcomes([bo.change("household", household, {"label": "Neu"}, base=base)])
    outcomes = mallory.outcomes(
        [
            mallory.change("household", household, {"label": "Alt" + " " * 100_000}, stamp=old),
            mallory.change(
                "household",
                household,
                {"label": {"nested": ["x"] * 1000}},
                stamp=mallory.stamp(1_700_000_000_001),
            ),
        ]
    )
    assert [o["status"] for o in outcomes] == ["applied", "rejected"]
    for page in mallory.pull_all():
        for conflict in page["conflicts"]:
            assert conflict["loser_value"] in ("Alt", "Neu"), str(conflict)[:200]


def test_a_pull_page_stays_bounded_whatever_conflicts_a_device_makes(server):
    mallory = server.raw("mallory")
    bo = server.raw("bo")
    case = mallory.case(mallory.household())
    consultation = mallory.create(
        "consultation",
        {"case_id": case, "held_on": "2026-01-05", "duration_minutes": 30, "counsellor": "m"},
    )
    base = {"notes": server.record("consultation", consultation).clocks["notes"]}
    bo.outcomes([bo.change("consultation", consultation, {"notes": "Neu"}, base=base)])
    # Losing edits of 20,000 characters each: every one becomes a conflict of the team.
    for batch in range(2):
        changes = [
            mallory.change(
                "consultation",
                consultation,
                {"notes": f"{batch}-{i}-" + "x" * 19_990},
                stamp=mallory.stamp(1_700_000_000_000 + batch * 1000 + i),
            )
            for i in range(250)
        ]
        response = mallory.push_gzip(orjson.dumps({"changes": changes}))
        assert response.status_code == 200, response.text
    pages = bo.pull_all()
    assert sum(len(p["conflicts"]) for p in pages) == 500
    assert max(body_size(p) for p in pages) <= PAGE_LIMIT


def _plant(server, entity, fields, clocks=None):
    """A record written before the server checked what it stores (an old database)."""
    record_id = new_id()
    stamp = f"{1_700_000_000_000:013d}-00000-{new_id()}"
    with server.engine.begin() as conn:
        seq = conn.execute(
            update(t.seq_counter)
            .values(value=t.seq_counter.c.value + 1)
            .returning(t.seq_counter.c.value)
        ).scalar_one()
        conn.execute(
            insert(t.record).values(
                entity=entity,
                id=record_id,
                team_id="nord",
                fields=fields,
                clocks=clocks if clocks is not None else {k: stamp for k in fields},
                bases={},
                deleted=False,
                server_seq=seq,
                updated_at=utcnow(),
            )
        )
    return record_id


def test_records_check_finds_what_a_device_would_refuse_and_quarantine_keeps_it_from_pulls(server):
    colleague = server.laptop("bo")
    good = _plant(server, "household", {"label": "Familie Gut", "site": "ATR"})
    with_id = _plant(server, "household", {"label": "X", "site": None, "id": new_id()})
    padded = _plant(server, "household", {"label": "Y" + " " * 300, "site": None})
    invalid = _plant(server, "household", {"label": ["not", "text"], "site": None})
    unclocked = _plant(server, "household", {"label": "Z", "site": None}, clocks={"label": "x"})
    bad = {with_id, padded, invalid, unclocked}

    found = server.cli("records", "check")
    assert found.returncode == 1, found.stdout + found.stderr
    for record_id in bad:
        assert record_id in found.stdout
    assert good not in found.stdout
    assert "Familie" not in found.stdout  # ids and reasons, never stored values

    done = server.cli("records", "check", "--quarantine")
    assert done.returncode == 0, done.stdout + done.stderr
    assert server.cli("records", "check").returncode == 0
    colleague.sync()
    pulled = {r["id"] for p in server.raw("carla").pull_all() for r in p["records"]}
    assert good in pulled and not (bad & pulled)
    # Quarantined, not deleted: the content stays on the server for the operator.
    assert server.record("household", padded).fields["label"].startswith("Y")

    released = server.cli("records", "release", padded)
    assert released.returncode != 0  # still not something a device could apply
    assert server.cli("records", "quarantine", good, "--reason", "checked by hand").returncode == 0
    assert good not in {r["id"] for p in server.raw("dora").pull_all() for r in p["records"]}
    assert server.cli("records", "release", good).returncode == 0
    assert good in {r["id"] for p in server.raw("emil").pull_all() for r in p["records"]}
