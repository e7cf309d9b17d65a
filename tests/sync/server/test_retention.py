"""Retention on the server: due closed cases anonymised, codes and dates kept, consents reported."""

from datetime import date

import pytest
from sqlalchemy import func, select

from sync.server.lifecycle import retention
from sync.server.lifecycle.anonymise import PLACEHOLDER
from sync.server.ops.cli import main
from sync.server.storage.tables import audit_event, blob, conflict, seq_counter
from tests.sync.lifecycle_scan import server_dump
from tests.sync.server.lifecycle_seed import Seeder, family, fields_of

AS_OF = date(2026, 1, 15)  # three years back: cases closed on or before 2023-01-15 are due


def close(seed: Seeder, fam: dict, on: str) -> None:
    seed.put(
        "case",
        {"status": "closed", "outcome": "stays", "closed_on": on, "status_since": on},
        fam["case"],
    )


def consent(seed: Seeder, person: str, *, withdrawn: str | None) -> None:
    seed.put(
        "consent",
        {
            "person_id": person,
            "purpose": "data_processing",
            "given_on": "2019-01-01",
            "form_version": "v1",
            "withdrawn_on": withdrawn,
        },
    )


def run(engine, dry_run=False, as_of=AS_OF):
    return retention.run(engine, years=3, as_of=as_of, dry_run=dry_run, actor="ada")


def reference(engine, fam):
    return fields_of(engine, "case", fam["case"])[1]["reference"]


def seq(engine):
    with engine.connect() as conn:
        return conn.execute(select(seq_counter.c.value)).scalar_one()


@pytest.fixture
def world(engine):
    seed = Seeder(engine)
    old = family(seed, name="Altmann")
    close(seed, old, "2022-06-30")
    recent = family(seed, name="Neumann")
    close(seed, recent, "2024-03-01")
    still = family(seed, name="Offen")
    # A household with a due case and an open one: its persons stay.
    shared = family(seed, name="Doppel")
    close(seed, shared, "2021-01-01")
    second = seed.put(
        "case",
        {
            **{k: v for k, v in fields_of(engine, "case", shared["case"])[1].items()},
            "reference": "ATR-2024-KA-99999",
            "status": "counselling",
            "outcome": None,
            "closed_on": None,
            "opened_on": "2024-01-01",
            "status_since": "2024-01-01",
        },
    )
    return {
        "seed": seed,
        "old": old,
        "recent": recent,
        "still": still,
        "shared": shared,
        "second": second,
    }


def test_a_dry_run_lists_the_due_cases_and_changes_nothing(engine, world):
    before, before_seq = server_dump(engine), seq(engine)
    report = run(engine, dry_run=True)
    assert sorted(report.cases) == sorted(
        [reference(engine, world["old"]), reference(engine, world["shared"])]
    )
    assert report.persons == 1 and report.households == 1
    assert report.erased == {"attachment": 1}
    assert (server_dump(engine), seq(engine)) == (before, before_seq)
    text = retention.describe(report)
    assert "dry run" in text and reference(engine, world["old"]) in text
    assert "Altmann" not in text


def test_a_run_anonymises_exactly_the_due_cases_and_keeps_codes_and_dates(engine, world):
    old, shared = world["old"], world["shared"]
    case_before = fields_of(engine, "case", old["case"])[1]
    report = run(engine)
    assert sorted(report.cases) == sorted([reference(engine, old), reference(engine, shared)])
    _, person = fields_of(engine, "person", old["person"])
    assert (person["family_name"], person["given_names"], person["phone"]) == (
        PLACEHOLDER,
        None,
        None,
    )
    assert (person["birth_date"], person["authority_file_number"]) == ("1990", None)
    assert fields_of(engine, "household", old["household"])[1]["label"] == PLACEHOLDER
    assert fields_of(engine, "case", old["case"]) == (False, case_before)
    assert fields_of(engine, "consultation", old["consultation"])[1]["notes"] is None
    assert fields_of(engine, "follow_up", old["follow_up"])[1]["title"] == PLACEHOLDER
    assert fields_of(engine, "vulnerability", old["vulnerability"])[1]["notes"] is None
    assert fields_of(engine, "vulnerability", old["vulnerability"])[1]["categories"] == [
        "pregnancy"
    ]
    assert fields_of(engine, "attachment", old["attachment"]) == (True, {})
    assert fields_of(engine, "consent", old["consent"])[1]["attachment_id"] is None
    with engine.connect() as conn:
        assert not conn.execute(select(blob).where(blob.c.sha256 == old["digest"])).first()
    # Not due, or protected by the household's open case: untouched.
    for name in ("recent", "still"):
        assert fields_of(engine, "person", world[name]["person"])[1]["family_name"] != PLACEHOLDER
    shared_person = fields_of(engine, "person", shared["person"])[1]
    assert shared_person["family_name"] == "Doppel"
    assert fields_of(engine, "household", shared["household"])[1]["label"] == "Familie Doppel"
    assert fields_of(engine, "consultation", shared["consultation"])[1]["notes"] is None
    assert fields_of(engine, "attachment", shared["attachment"])[0] is False  # the person's file


def test_a_second_run_changes_nothing_and_each_changing_run_is_audited_once(engine, world):
    first = run(engine)
    assert first.cases
    after, after_seq = server_dump(engine), seq(engine)
    second = run(engine)
    assert (second.cases, second.changed, second.erased) == ([], {}, {})
    assert (server_dump(engine), seq(engine)) == (after, after_seq)
    with engine.connect() as conn:
        details = list(
            conn.scalars(select(audit_event.c.detail).where(audit_event.c.entity == "case"))
        )
    assert details == [
        "retention run (as of 2026-01-15, 3 years): 2 cases, 1 persons, 1 households anonymised; "
        "1 attachments erased"
    ]


def test_withdrawn_consents_are_reported_and_start_the_clock(engine):
    seed = Seeder(engine)
    long_ago = family(seed, name="Widerruf")
    close(seed, long_ago, "2025-06-01")  # the case alone is not due
    consent(seed, long_ago["person"], withdrawn="2021-02-01")
    lately = family(seed, name="Spaet")
    consent(seed, lately["person"], withdrawn="2025-02-01")
    busy = family(seed, name="Laufend")  # its case is open
    consent(seed, busy["person"], withdrawn="2020-02-01")
    report = run(engine)
    # Each family's first consent is still given, so only those with all withdrawn count:
    # withdraw the seeded ones too and look again.
    assert report.withdrawn == []
    for fam in (long_ago, lately, busy):
        seed.put("consent", {"withdrawn_on": "2020-02-01"}, fam["consent"])
    report = run(engine)
    found = {w.person_id: (w.withdrawn_on, w.due) for w in report.withdrawn}
    assert found == {
        long_ago["person"]: ("2021-02-01", True),
        lately["person"]: ("2025-02-01", False),
        busy["person"]: ("2020-02-01", False),
    }
    assert fields_of(engine, "person", long_ago["person"])[1]["family_name"] == PLACEHOLDER
    assert fields_of(engine, "person", lately["person"])[1]["family_name"] == "Spaet"
    assert fields_of(engine, "person", busy["person"])[1]["family_name"] == "Laufend"
    nobody = seed.put("person", {"family_name": "Ohnezustimmung"})
    report = run(engine, dry_run=True)
    assert report.no_consent == [nobody]
    text = retention.describe(report)
    assert nobody in text and "Ohnezustimmung" not in text


def test_an_offline_edit_cannot_bring_a_name_back(engine, world):
    old = world["old"]
    bo = Seeder(engine)
    stale = bo.clocks("person", old["person"])
    run(engine)
    # Made offline before the run (older base), sent afterwards: refused, no conflict kept.
    outcome = bo.edit(
        "person", old["person"], {"family_name": "Altmann"}, {"family_name": stale["family_name"]}
    )
    assert outcome.status == "applied"
    _, person = fields_of(engine, "person", old["person"])
    assert person["family_name"] == PLACEHOLDER
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(conflict)).scalar_one() == 0
    # The server restated its value with a newer stamp: the editing device converges on pull.
    fresh = bo.clocks("person", old["person"])
    assert fresh["family_name"] > stale["family_name"] and fresh["family_name"] > outcome_stamp(bo)
    # An edit made on top of the anonymised value is new information, taken as any edit.
    bo.edit("person", old["person"], {"family_name": "Neu"}, {"family_name": fresh["family_name"]})
    assert fields_of(engine, "person", old["person"])[1]["family_name"] == "Neu"


def outcome_stamp(seed: Seeder) -> str:
    return seed.clock.last


def test_the_cli_reads_the_years_from_the_environment(
    engine, world, database_url, capsys, monkeypatch
):
    monkeypatch.setenv("FALLAKTE_RETENTION_YEARS", "5")
    code = main(
        ["--database-url", database_url, "retention", "run", "--dry-run", "--as-of", "2026-01-15"]
    )
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "5 years" in out.out and "or before 2021-01-15" in out.out
    assert "cases that would be anonymised: 1" in out.out  # only the one closed in 2021
    assert reference(engine, world["shared"]) in out.out
    monkeypatch.setenv("FALLAKTE_RETENTION_YEARS", "drei")
    assert main(["--database-url", database_url, "retention", "run", "--dry-run"]) == 1
    assert "whole number" in capsys.readouterr().err
    code = main(
        [
            "--database-url",
            database_url,
            "retention",
            "run",
            "--years",
            "3",
            "--as-of",
            "2026-01-15",
        ]
    )
    out = capsys.readouterr()
    assert code == 0 and "cases that were anonymised: 2" in out.out
    assert "Altmann" not in out.out


def test_devices_receive_the_anonymisation_and_their_search_forgets_the_name(
    enrolled, database_url
):
    from app.services import records
    from app.services.cases import open_case
    from app.services.conflicts import list_conflicts
    from app.services.drafts import drafts, save_draft
    from app.services.search import search
    from sync.server.storage.db import make_engine
    from tests.conftest import Factory
    from tests.sync.lifecycle_scan import device_dump, leaks, needles

    anna, bo = enrolled("anna"), enrolled("bo")
    make = Factory(anna.store)
    household = make.household(label="Familie Quendolin")
    person = make.person(
        family_name="Quendolin", given_names="Marjalisa", household_id=household.id
    )
    case = open_case(
        anna.store,
        household_id=household.id,
        site="ATR",
        main_contact_id=person.id,
        opened_on=date(2019, 1, 1),
    )
    make.consultation(case.id, participant_ids=[person.id], notes="Notiz Zitronenbaumhaus")
    records.update(
        anna.store,
        entity="case",
        record_id=case.id,
        patch={
            "status": "closed",
            "outcome": "stays",
            "closed_on": date(2020, 5, 1),
            "status_since": date(2020, 5, 1),
        },
    )
    anna.sync()
    bo.sync()
    # bo edits offline before the run; anna keeps a draft of the person.
    records.update(bo.store, entity="person", record_id=person.id, patch={"phone": "+49 170 55"})
    save_draft(anna.store, key="p", form="person", payload={"x": 1}, record_id=person.id)

    engine = make_engine(database_url)
    try:
        report = retention.run(engine, years=3, as_of=date.today(), dry_run=False, actor="ada")
    finally:
        engine.dispose()
    assert len(report.cases) == 1 and report.persons == 1
    # After the run, still offline, anna edits the name: newer than the server's stamp.
    records.update(
        anna.store, entity="person", record_id=person.id, patch={"given_names": "Marjalisa A"}
    )
    for device in (bo, anna, bo, anna):
        device.sync()
    secrets = needles("Quendolin", "Marjalisa", "Zitronenbaumhaus", "+49 170 55")
    for device in (anna, bo):
        local = records.get(device.store, entity="person", record_id=person.id, audit=False)
        assert (local.family_name, local.given_names, local.phone) == (PLACEHOLDER, None, None)
        assert search(device.store, query="Quendolin") == []
        assert search(device.store, query="Zitronenbaumhaus") == []
        assert search(device.store, query=PLACEHOLDER) != []
        dump = device_dump(device.store)
        assert leaks(dump, secrets) == [], device.store.device.actor
        assert leaks(dump, {PLACEHOLDER}) != []
        assert list_conflicts(device.store) == []
    assert drafts(anna.store) == []
    assert records.get(anna.store, entity="case", record_id=case.id, audit=False).status == "closed"
