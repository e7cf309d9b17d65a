"""Erasure end to end: two devices, a live server, the admin erases a person, both devices sync.

Afterwards the server database (every table, every column) and both decrypted device stores
(every table, FTS shadow tables included) hold none of the person's identifying values, while
a planted control value is still found everywhere: the scan can fail.
"""

from datetime import date

from sqlalchemy import select

from app.services import records
from app.services.attachments import add_attachment
from app.services.cases import open_case
from app.services.conflicts import list_conflicts
from app.services.drafts import drafts, save_draft
from app.services.search import search
from app.store.tables import attachment_blob, audit_event, outbox, rejected_change
from sync.server.ops.cli import main
from sync.server.storage.db import make_engine
from sync.server.storage.tables import audit_event as server_audit
from tests.conftest import Factory
from tests.sync.lifecycle_scan import device_dump, leaks, needles, server_dump

SECRET = {
    "family": "Zubaidiqa",
    "given": "Yasmeenix",
    "phone": "+49 151 7777 321",
    "phone_b": "+49 151 7777 654",
    "phone_a": "+49 151 7777 987",
    "file": "AZ-4711-ZBQ",
    "note": "Vertraulichkeitsvermerk Kxyqwortnotiz",
    "label": "Familie Zubaidiqa",
    "scan": "Scannummer Pdfgeheimnis",
}
CONTROL = ("Kontrollquirin", "Kontrollnotizwort")


def _world(anna, tmp_path):
    make = Factory(anna.store)
    household = make.household(label=SECRET["label"])
    person = make.person(
        family_name=SECRET["family"],
        given_names=SECRET["given"],
        phone=SECRET["phone"],
        authority_file_number=SECRET["file"],
        birth_date="1988-04-02",
        household_id=household.id,
    )
    case = open_case(anna.store, household_id=household.id, site="ATR", main_contact_id=person.id)
    make.consultation(case.id, participant_ids=[person.id], notes=SECRET["note"])
    records.create(
        anna.store,
        entity="vulnerability",
        data={
            "person_id": person.id,
            "assessed_on": date(2026, 3, 5),
            "assessed_by": "anna",
            "categories": ["pregnancy"],
            "notes": SECRET["note"],
        },
    )
    records.create(
        anna.store,
        entity="consent",
        data={
            "person_id": person.id,
            "purpose": "data_processing",
            "given_on": date(2026, 3, 4),
            "form_version": "v2",
        },
    )
    scan = tmp_path / "einwilligung.pdf"
    scan.write_bytes(f"%PDF-1.4 {SECRET['scan']} {SECRET['family']}".encode())
    add_attachment(anna.store, owner_entity="person", owner_id=person.id, path=scan)
    # Someone else, whose values must survive: the scan's control.
    other = make.household(label="Haus Kontroll")
    control = make.person(family_name=CONTROL[0], household_id=other.id)
    control_case = open_case(
        anna.store, household_id=other.id, site="ATR", main_contact_id=control.id
    )
    make.consultation(control_case.id, participant_ids=[control.id], notes=CONTROL[1])
    return person, case


def test_an_erased_person_is_gone_from_the_server_and_both_devices(
    enrolled, database_url, tmp_path, capsys
):
    anna, bo = enrolled("anna"), enrolled("bo")
    person, case = _world(anna, tmp_path)
    anna.sync()
    bo.sync()
    # A conflict: both edit the phone before syncing.
    records.update(
        anna.store, entity="person", record_id=person.id, patch={"phone": SECRET["phone_a"]}
    )
    records.update(
        bo.store, entity="person", record_id=person.id, patch={"phone": SECRET["phone_b"]}
    )
    anna.sync()
    bo.sync()
    anna.sync()
    assert list_conflicts(anna.store) and list_conflicts(bo.store)
    # On bo's laptop: an unsaved form, an opened record and an edit not yet sent.
    save_draft(
        bo.store,
        key="person:edit",
        form="person",
        payload={"family_name": SECRET["family"], "note": SECRET["note"]},
        record_id=person.id,
        title=SECRET["family"],
    )
    records.get(bo.store, entity="person", record_id=person.id)
    records.update(
        bo.store,
        entity="person",
        record_id=person.id,
        patch={"given_names": SECRET["given"] + " B"},
    )

    code = main(
        [
            "--database-url",
            database_url,
            "erase",
            "person",
            person.id,
            "--yes",
            "--reason",
            "Art17-1",
        ]
    )
    out = capsys.readouterr()
    assert code == 0, out.err
    assert SECRET["family"] not in out.out + out.err

    pushed = bo.sync()
    assert pushed.dropped == 1 and pushed.erased >= 6
    anna.sync()

    values = needles(*SECRET.values())
    engine = make_engine(database_url)
    try:
        server = server_dump(engine)
        assert leaks(server, values) == []
        assert leaks(server, set(CONTROL)) != [], "the scan must find the control value"
        with engine.connect() as conn:
            about = conn.execute(
                select(server_audit.c.action, server_audit.c.detail).where(
                    server_audit.c.record_id == person.id
                )
            ).all()
        assert about == [("deleted", "erasure (Art. 17): Art17-1")]
    finally:
        engine.dispose()

    for device in (anna, bo):
        dump = device_dump(device.store)
        assert "search_fts_data" in dump and "draft" in dump and "rejected_change" in dump
        assert leaks(dump, values) == [], device.store.device.actor
        control_found = leaks(dump, needles(*CONTROL))
        assert {t for t, _ in control_found} >= {"person", "consultation", "search_fts_data"}
        assert search(device.store, query=SECRET["family"]) == []
        assert search(device.store, query=SECRET["note"]) == []
        assert search(device.store, query=CONTROL[0]) != []
        assert list_conflicts(device.store) == []
        assert records.count(device.store, entity="case") == 1
        with device.store.read() as conn:
            assert conn.execute(select(attachment_blob)).all() == []
            assert conn.execute(select(outbox).where(outbox.c.record_id == person.id)).all() == []
            assert (
                conn.execute(select(audit_event).where(audit_event.c.record_id == person.id)).all()
                == []
            )
            refused = conn.execute(select(rejected_change.c.status, rejected_change.c.fields)).all()
        assert all(fields == {} for _, fields in refused)
    assert drafts(bo.store) == []

    # Future exports: the access export refuses the id, the case export leaves the case out.
    code = main(
        ["--database-url", database_url, "export", "person", person.id, "-o", str(tmp_path / "a")]
    )
    assert code == 1 and "no person" in capsys.readouterr().err
    target = tmp_path / "cases.csv"
    import os

    os.environ["FALLAKTE_EXPORT_KEY"] = "k" * 40
    try:
        code = main(
            [
                "--database-url",
                database_url,
                "export",
                "cases",
                "--pseudonymised",
                "-o",
                str(target),
            ]
        )
    finally:
        del os.environ["FALLAKTE_EXPORT_KEY"]
    assert code == 0, capsys.readouterr().err
    rows = target.read_text("utf-8").splitlines()
    assert len(rows) == 2  # header + the control's case only
    assert case.id not in target.read_text("utf-8")
