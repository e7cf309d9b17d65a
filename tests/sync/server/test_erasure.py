"""The erasure service on the server: cascade rules, one audit event, blobs, API roles, CLI."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from sync.merge import SERVER_DEVICE
from sync.server.lifecycle import erasure
from sync.server.ops.cli import main
from sync.server.storage.tables import audit_event, blob, conflict, seq_counter
from tests.sync.server.lifecycle_seed import Seeder, family, fields_of, store_blob


def audit_rows(engine):
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(select(audit_event))]


def seq(engine):
    with engine.connect() as conn:
        return conn.execute(select(seq_counter.c.value)).scalar_one()


def test_the_only_member_takes_household_case_work_and_files_with_them(engine):
    seed = Seeder(engine)
    gone = family(seed, name="Haddad")
    kept = family(seed, name="Karimi")
    done = erasure.erase_person(engine, person_id=gone["person"], actor="ada")
    assert done.applied.erased == {
        "attachment": 1,
        "case": 1,
        "consent": 1,
        "consultation": 1,
        "follow_up": 1,
        "household": 1,
        "person": 1,
        "vulnerability": 1,
    }
    for key in ("household", "person", "case", "consultation", "follow_up", "vulnerability"):
        assert fields_of(engine, key if key != "person" else "person", gone[key]) == (True, {})
        assert fields_of(engine, key, kept[key])[0] is False
    assert fields_of(engine, "attachment", gone["attachment"]) == (True, {})
    with engine.connect() as conn:
        digests = set(conn.scalars(select(blob.c.sha256)))
    assert gone["digest"] not in digests and kept["digest"] in digests
    assert done.blobs == 1


def test_a_member_of_a_larger_household_leaves_shared_records_without_their_id(engine):
    seed = Seeder(engine)
    fam = family(seed, name="Nuri", members=2)
    leaving, staying = fam["persons"]
    done = erasure.erase_person(engine, person_id=leaving, actor="ada")
    assert done.applied.erased == {"attachment": 1, "consent": 1, "person": 1, "vulnerability": 1}
    assert done.applied.changed == {"case": 1, "consultation": 1}
    assert fields_of(engine, "person", leaving) == (True, {})
    assert fields_of(engine, "household", fam["household"])[0] is False
    _, case = fields_of(engine, "case", fam["case"])
    assert case["main_contact_id"] is None
    _, consultation = fields_of(engine, "consultation", fam["consultation"])
    assert consultation["participant_ids"] == [staying]
    # The shared notes stay: free text is the admin's to check (see the module docstring).
    assert consultation["notes"] == "Gespräch mit Nuri"
    clocks = Seeder(engine).clocks("consultation", fam["consultation"])
    assert clocks["participant_ids"].endswith(SERVER_DEVICE)


def test_audit_events_about_erased_records_become_one_and_late_ones_are_not_kept(engine):
    seed = Seeder(engine)
    fam = family(seed, name="Sari")
    other = family(seed, name="Tahir")
    seed.audit("person", fam["person"])
    seed.audit("case", fam["case"])
    seed.audit("person", other["person"])
    erasure.erase_person(engine, person_id=fam["person"], actor="ada", reason="Antrag 2026-17")
    rows = audit_rows(engine)
    about = [r for r in rows if r["record_id"] in {fam["person"], fam["case"]}]
    assert [(r["actor"], r["action"], r["entity"], r["detail"]) for r in about] == [
        ("ada", "deleted", "person", "erasure (Art. 17): Antrag 2026-17")
    ]
    assert any(r["record_id"] == other["person"] for r in rows)
    # A device that viewed the person offline pushes its log afterwards: not kept.
    seed.audit("person", fam["person"])
    seed.audit("person", other["person"])
    after = audit_rows(engine)
    assert len([r for r in after if r["record_id"] == fam["person"]]) == 1
    assert len(after) == len(rows) + 1


def test_conflicts_go_or_are_emptied_and_edits_after_erasure_are_dropped(engine):
    anna, bo = Seeder(engine), Seeder(engine)
    fam = family(anna, name="Omar", members=2)
    leaving = fam["person"]
    base = anna.clocks("person", leaving)
    anna.edit("person", leaving, {"phone": "+49 170 1"}, {"phone": base["phone"]})
    bo.edit("person", leaving, {"phone": "+49 170 2"}, {"phone": base["phone"]})
    cbase = anna.clocks("consultation", fam["consultation"])
    persons = fam["persons"]
    anna.edit(
        "consultation",
        fam["consultation"],
        {"participant_ids": [persons[1]]},
        {"participant_ids": cbase["participant_ids"]},
    )
    bo.edit(
        "consultation",
        fam["consultation"],
        {"participant_ids": [persons[0]]},
        {"participant_ids": cbase["participant_ids"]},
    )
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(conflict)).scalar_one() == 2
    done = erasure.erase_person(engine, person_id=leaving, actor="ada")
    assert done.applied.conflicts == 1
    with engine.connect() as conn:
        left = [dict(r._mapping) for r in conn.execute(select(conflict))]
    # The phone conflict went with the person; the participants' one holds no value any more.
    assert [(c["field"], c["winner_value"], c["loser_value"], c["resolved"]) for c in left] == [
        ("participant_ids", None, None, True)
    ]
    _, consultation = fields_of(engine, "consultation", fam["consultation"])
    assert leaving not in consultation["participant_ids"]
    outcome = bo.edit("person", leaving, {"phone": "+49 170 3"}, {"phone": base["phone"]})
    assert outcome.status == "dropped"


def test_a_blob_another_live_attachment_uses_stays(engine):
    seed = Seeder(engine)
    fam = family(seed, name="Rahimi")
    other = family(seed, name="Yilmaz")
    _, attachment = fields_of(engine, "attachment", fam["attachment"])
    seed.put(
        "attachment",
        {**attachment, "owner_id": other["person"], "filename": "copy.pdf"},
    )
    done = erasure.erase_person(engine, person_id=fam["person"], actor="ada")
    assert done.blobs == 0
    with engine.connect() as conn:
        assert conn.execute(select(blob.c.sha256).where(blob.c.sha256 == fam["digest"])).first()


def test_erasing_again_changes_nothing_and_an_unknown_id_is_a_clear_error(engine):
    seed = Seeder(engine)
    fam = family(seed, name="Bakr")
    erasure.erase_person(engine, person_id=fam["person"], actor="ada")
    before_seq, before_audit = seq(engine), audit_rows(engine)
    again = erasure.erase_person(engine, person_id=fam["person"], actor="ada")
    assert again.plan.already_erased and again.applied.total() == 0
    assert (seq(engine), audit_rows(engine)) == (before_seq, before_audit)
    with pytest.raises(erasure.UnknownPerson, match="no person with id"):
        erasure.erase_person(engine, person_id="0190a000-0000-7000-8000-00000000dead", actor="a")
    store_blob(engine, b"unrelated")  # no person at all: nothing else is touched
    with pytest.raises(erasure.UnknownPerson):
        erasure.plan(engine, fam["household"])


def test_cli_refuses_without_yes_and_without_a_terminal(engine, database_url, capsys, monkeypatch):
    seed = Seeder(engine)
    fam = family(seed, name="Qasemi")
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # noqa: SIM115
    code = main(["--database-url", database_url, "erase", "person", fam["person"]])
    out = capsys.readouterr()
    assert code == 1 and "--yes" in out.err
    assert "1 person" in out.out and "Qasemi" not in out.out + out.err
    assert fields_of(engine, "person", fam["person"])[0] is False
    code = main(
        ["--database-url", database_url, "erase", "person", fam["person"], "--yes", "--reason", "x"]
    )
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Qasemi" not in out.out + out.err
    assert fields_of(engine, "person", fam["person"]) == (True, {})
    code = main(["--database-url", database_url, "erase", "person", fam["household"], "--yes"])
    assert code == 1 and "no person with id" in capsys.readouterr().err


def test_the_api_lets_only_an_admin_erase(client, engine, role_tokens):
    from tests.sync.server.test_server_api import auth_headers

    tokens = role_tokens
    fam = family(Seeder(engine), name="Hussein")
    url = f"/api/v1/admin/persons/{fam['person']}/erase"
    for role in ("counsellor", "lead"):
        response = client.post(url, json={}, headers=auth_headers(tokens[role]))
        assert response.status_code == 403, role
    assert fields_of(engine, "person", fam["person"])[0] is False
    response = client.post(url, json={"reason": "Antrag"}, headers=auth_headers(tokens["admin"]))
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["erased"]["person"] == 1 and body["already_erased"] is False
    assert "Hussein" not in response.text
    again = client.post(url, json={}, headers=auth_headers(tokens["admin"]))
    assert again.json()["already_erased"] is True
    unknown = client.post(
        "/api/v1/admin/persons/0190a000-0000-7000-8000-00000000dead/erase",
        json={},
        headers=auth_headers(tokens["admin"]),
    )
    assert unknown.status_code == 404
    with engine.connect() as conn:
        (actor,) = conn.execute(
            select(audit_event.c.actor).where(audit_event.c.record_id == fam["person"])
        ).one()
    assert actor == "admin"


def test_erasing_again_sweeps_what_an_offline_device_pushed_later(engine):
    seed, late = Seeder(engine), Seeder(engine)
    fam = family(seed, name="Spaetling", members=2)
    erasure.erase_person(engine, person_id=fam["person"], actor="ada")
    # Made offline before the erasure, pushed after it: a new assessment of the erased person.
    stray = late.put(
        "vulnerability",
        {
            "person_id": fam["person"],
            "assessed_on": "2020-02-02",
            "assessed_by": "bo",
            "categories": ["other"],
            "notes": "Spaetling notes",
        },
    )
    planned = erasure.plan(engine, fam["person"])
    assert planned.already_erased and planned.counts() == {"vulnerability": 1}
    again = erasure.erase_person(engine, person_id=fam["person"], actor="ada")
    assert again.applied.erased == {"vulnerability": 1}
    assert fields_of(engine, "vulnerability", stray) == (True, {})
    events = [r for r in audit_rows(engine) if r["record_id"] == fam["person"]]
    assert len(events) == 1


def test_a_device_erasing_an_attachment_frees_its_content_on_the_server(engine):
    seed = Seeder(engine)
    fam = family(seed, name="Anhang")
    seed.erase("attachment", fam["attachment"])
    with engine.connect() as conn:
        assert not conn.execute(select(blob).where(blob.c.sha256 == fam["digest"])).first()


def test_on_sqlite_the_erased_values_are_not_left_in_the_database_files(engine, database_url):
    if not database_url.startswith("sqlite"):
        pytest.skip("PostgreSQL keeps dead rows until VACUUM: see the report")
    seed = Seeder(engine)
    fam = family(seed, name="Dateirestwert")
    family(seed, name="Kontrollbleibt")
    erasure.erase_person(engine, person_id=fam["person"], actor="ada")
    path = Path(database_url.removeprefix("sqlite:///"))
    files = [path, path.with_name(path.name + "-wal")]
    raw = b"".join(p.read_bytes() for p in files if p.exists())
    assert b"Kontrollbleibt" in raw
    assert b"Dateirestwert" not in raw
