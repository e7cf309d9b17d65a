"""`fallakte-server export person`: a GDPR Art. 15 access export from data real devices pushed."""

import json
from datetime import date
from pathlib import Path

from sqlalchemy import insert

from app.services import records
from app.services.attachments import add_attachment
from sync.server.db import make_engine, utcnow
from sync.server.migrate import upgrade
from sync.server.tables import record
from sync.server_cli import main
from tests.conftest import Factory

SCAN = b"%PDF-1.4 Einwilligung unterschrieben \x00\xff" * 50


def files_in(directory: Path) -> list[Path]:
    return [p for p in directory.rglob("*") if p.is_file()]


def test_export_holds_the_person_and_nothing_about_anyone_unrelated(
    enrolled, database_url, tmp_path, capsys
):
    anna, bo = enrolled("anna"), enrolled("bo")
    make = Factory(anna.store)
    household = make.household(label="Familie Karimi")
    layla = make.person(
        family_name="Karimi", given_names="Layla", household_id=household.id, phone="0151 111"
    )
    omar = make.person(family_name="Karimi", given_names="Omar", household_id=household.id)
    make.person(family_name="Karimi", given_names="Sara", household_id=household.id)
    first = make.case(household_id=household.id, main_contact_id=layla.id)
    second = make.case(household_id=household.id, main_contact_id=omar.id)
    make.consultation(first.id, participant_ids=[layla.id, omar.id], notes="Rückkehr besprochen")
    make.consultation(second.id, participant_ids=[omar.id])
    records.create(
        anna.store,
        entity="consent",
        data={
            "person_id": layla.id,
            "purpose": "data_processing",
            "given_on": date(2026, 3, 4),
            "form_version": "v2",
        },
    )
    records.create(
        anna.store,
        entity="vulnerability",
        data={
            "person_id": layla.id,
            "assessed_on": date(2026, 3, 5),
            "assessed_by": "anna",
            "categories": ["pregnancy"],
        },
    )
    scan = tmp_path / "einwilligung.pdf"
    scan.write_bytes(SCAN)
    attachment = add_attachment(anna.store, owner_entity="person", owner_id=layla.id, path=scan)
    records.update(
        anna.store,
        entity="attachment",
        record_id=attachment.id,
        patch={"filename": "../../etc/passwd"},
    )
    # Someone else entirely: their names and ids must appear nowhere in the export.
    stranger = Factory(anna.store).person(family_name="Zubaidi", given_names="Yusuf")
    anna.sync()
    bo.sync()
    # A concurrent edit of Layla's phone: the lost value stays on the server as a conflict.
    records.update(anna.store, entity="person", record_id=layla.id, patch={"phone": "0151 222"})
    records.update(bo.store, entity="person", record_id=layla.id, patch={"phone": "0151 333"})
    anna.sync()
    bo.sync()

    out = tmp_path / "auskunft"
    code = main(["--database-url", database_url, "export", "person", layla.id, "-o", str(out)])
    assert code == 0, capsys.readouterr().err

    data = json.loads((out / "person.json").read_text(encoding="utf-8"))
    assert data["person"]["id"] == layla.id
    assert data["person"]["given_names"] == "Layla"
    assert data["household"]["label"] == "Familie Karimi"
    assert {m["given_names"] for m in data["household_members"]} == {"Omar", "Sara"}
    assert all(set(m) == {"id", "family_name", "given_names"} for m in data["household_members"])
    found = data["records"]
    assert {c["id"] for c in found["case"]} == {first.id, second.id}
    assert len(found["consultation"]) == 2
    assert len(found["consent"]) == len(found["vulnerability"]) == 1
    assert found["case_status_change"], "the status history of the cases"
    assert [a["id"] for a in found["attachment"]] == [attachment.id]
    (conflict,) = data["conflicts"]
    assert conflict["field"] == "phone"
    assert {conflict["winner_value"], conflict["loser_value"]} == {"0151 222", "0151 333"}
    assert any(e["record_id"] == layla.id for e in data["audit_events"])

    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<h1>Auskunft nach Art. 15 DSGVO: Layla Karimi</h1>" in page
    for heading in ("Person", "Haushalt", "Fälle", "Einwilligungen", "Anhänge", "Offene Konflikte"):
        assert f"<h2>{heading}</h2>" in page
    assert "Layla Karimi" in page
    assert "04.03.2026" in page  # the consent's date, German style

    (saved,) = (out / "attachments").iterdir()
    assert saved.read_bytes() == SCAN
    assert saved.name == "001-passwd"
    assert all(p.resolve().is_relative_to(out.resolve()) for p in files_in(out))
    assert not (tmp_path / "etc").exists()

    for path in files_in(out):
        content = path.read_bytes()
        for secret in ("Zubaidi", "Yusuf", stranger.id, stranger.household_id):
            assert secret.encode() not in content, f"{secret} leaked into {path.name}"


def put_person(database_url: str, person_id: str, fields: dict, *, deleted: bool = False) -> None:
    """Written straight into the server table: the export reads what the server holds."""
    engine = make_engine(database_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            insert(record).values(
                entity="person",
                id=person_id,
                team_id="nord",
                fields=fields,
                clocks={},
                bases={},
                deleted=deleted,
                server_seq=1,
                updated_at=utcnow(),
            )
        )
    engine.dispose()


def test_english_export_of_a_person_without_relations(database_url, tmp_path, capsys):
    put_person(database_url, "p1", {"family_name": "<b>Doe</b>", "birth_date": "1990-02-03"})
    out = tmp_path / "en"
    args = ["--database-url", database_url, "export", "person", "p1", "-o", str(out)]
    assert main([*args, "--language", "en"]) == 0, capsys.readouterr().err
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "Access request under Art. 15 GDPR" in page
    assert "&lt;b&gt;Doe&lt;/b&gt;" in page and "<b>Doe" not in page
    assert "1990-02-03" in page
    assert list((out / "attachments").iterdir()) == []


def test_unknown_or_erased_id_and_non_empty_directory_are_refused(database_url, tmp_path, capsys):
    put_person(database_url, "gone", {}, deleted=True)
    out = tmp_path / "out"
    args = ["--database-url", database_url, "export", "person"]
    for person_id in ("no-such-person", "gone"):
        assert main([*args, person_id, "-o", str(out)]) == 1
        assert f"no person with id '{person_id}'" in capsys.readouterr().err
        assert not out.exists()

    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("old")
    assert main([*args, "p1", "-o", str(full)]) == 1
    assert "not an empty directory" in capsys.readouterr().err
    assert [p.name for p in full.iterdir()] == ["keep.txt"]
