"""Merging duplicates: references move to the survivor, the duplicate stays a hidden tombstone."""

from datetime import date

import pytest
from sqlalchemy import select

from app.domain.people import Person
from app.errors import UserError
from app.services import dossier, listing, merging, records
from app.services.duplicates import possible_duplicates
from app.services.search import search
from app.store.tables import audit_event, outbox


def _pair(make):
    household = make.household(label="Familie Haddad")
    survivor = make.person(
        household_id=household.id, family_name="Haddad", given_names="Rami", birth_date="1987"
    )
    duplicate = make.person(
        household_id=make.household(label="Haddad R.").id,
        family_name="Hadad",
        given_names="Rami",
        birth_date="1987-03-14",
        phone="+49 651 12345",
        languages=["ara", "deu"],
        authority_file_number="AZ-77",
    )
    return household, survivor, duplicate


def test_the_survivor_takes_what_it_lacks_and_keeps_its_own_values(store, make):
    _, survivor, duplicate = _pair(make)
    records.update(store, entity="person", record_id=survivor.id, patch={"languages": ["ara"]})
    merging.merge(store, entity="person", duplicate_id=duplicate.id, survivor_id=survivor.id)
    kept = records.get(store, entity="person", record_id=survivor.id, audit=False)
    assert kept.family_name == "Haddad"  # its own value wins
    assert kept.birth_date == "1987"  # its own value wins
    assert kept.aliases == ["Hadad"]  # the other spelling is kept, and searchable
    assert kept.phone == "+49 651 12345" and kept.authority_file_number == "AZ-77"
    assert kept.languages == ["ara", "deu"]
    gone = records.get(store, entity="person", record_id=duplicate.id, audit=False)
    # The duplicate's differing values stay on its tombstone: nothing typed is dropped.
    assert gone.merged_into == survivor.id and gone.birth_date == "1987-03-14"
    assert gone.household_id is None


def test_every_reference_moves_to_the_survivor(store, make):
    household, survivor, duplicate = _pair(make)
    case = make.case(household_id=household.id, main_contact_id=duplicate.id)
    consultation = make.consultation(case.id, participant_ids=[duplicate.id, survivor.id])
    vulnerability = records.create(
        store,
        entity="vulnerability",
        data={
            "person_id": duplicate.id,
            "assessed_on": date.today().isoformat(),
            "assessed_by": "anna",
            "categories": ["pregnancy"],
        },
    )
    merging.merge(store, entity="person", duplicate_id=duplicate.id, survivor_id=survivor.id)
    get = lambda e, i: records.get(store, entity=e, record_id=i, audit=False)  # noqa: E731
    assert get("case", case.id).main_contact_id == survivor.id
    assert get("consultation", consultation.id).participant_ids == [survivor.id]
    assert get("vulnerability", vulnerability.id).person_id == survivor.id
    file = dossier.person_dossier(store, person_id=survivor.id, audit=False)
    assert [v.id for v in file.vulnerabilities] == [vulnerability.id]


def test_the_duplicate_is_hidden_and_opens_as_the_survivor(store, make):
    _, survivor, duplicate = _pair(make)
    assert possible_duplicates(store)  # the pair is found before
    merging.merge(store, entity="person", duplicate_id=duplicate.id, survivor_id=survivor.id)
    assert duplicate.id not in listing.person_ids(store)
    assert survivor.id in listing.person_ids(store)
    hits = {h.record_id for h in search(store, query="Hadad")}
    assert hits == {survivor.id}  # found through the alias, the tombstone is not indexed
    assert possible_duplicates(store) == []
    opened = dossier.person_dossier(store, person_id=duplicate.id, audit=False)
    assert opened.person.id == survivor.id


def test_a_merge_is_ordinary_stamped_changes_and_an_audit_event(store, make):
    _, survivor, duplicate = _pair(make)
    with store.read() as conn:
        before = len(conn.execute(select(outbox)).all())
    merging.merge(store, entity="person", duplicate_id=duplicate.id, survivor_id=survivor.id)
    with store.read() as conn:
        changes = conn.execute(select(outbox)).all()[before:]
        events = conn.execute(
            select(audit_event.c.record_id, audit_event.c.detail).where(
                audit_event.c.detail.like("merged%")
            )
        ).all()
    tombstone = next(c for c in changes if c.record_id == duplicate.id)
    assert tombstone.fields == {"merged_into": survivor.id, "household_id": None}
    # Every field's stamp as this device saw it: the server folds in what it had not seen.
    assert set(tombstone.base) == set(Person.field_names())
    assert sorted(events) == sorted(
        [(duplicate.id, f"merged into {survivor.id}"), (survivor.id, f"merged from {duplicate.id}")]
    )


def test_erasing_the_survivor_erases_what_was_merged_into_it(store, make):
    _, survivor, duplicate = _pair(make)
    merging.merge(store, entity="person", duplicate_id=duplicate.id, survivor_id=survivor.id)
    records.erase(store, entity="person", record_id=survivor.id, cascade=True)
    for person_id in (survivor.id, duplicate.id):
        with pytest.raises(UserError, match="erased"):
            records.get(store, entity="person", record_id=person_id, audit=False)


def test_households_merge_with_their_members_and_cases(store, make):
    first = make.household(label="Familie Haddad")
    second = make.household(label="Fam. Hadad")
    member = make.person(household_id=second.id, family_name="Hadad")
    case = make.case(household_id=second.id, main_contact_id=member.id)
    merging.merge(store, entity="household", duplicate_id=second.id, survivor_id=first.id)
    assert records.get(store, entity="person", record_id=member.id, audit=False).household_id == (
        first.id
    )
    assert records.get(store, entity="case", record_id=case.id, audit=False).household_id == (
        first.id
    )
    assert [p.id for p in dossier.household_members(store, household_id=second.id)] == [member.id]


@pytest.mark.parametrize("which", ["self", "merged", "unknown"])
def test_a_merge_that_cannot_be_is_refused_and_changes_nothing(store, make, which):
    _, survivor, duplicate = _pair(make)
    if which == "merged":
        third = make.person(family_name="Haddad")
        merging.merge(store, entity="person", duplicate_id=duplicate.id, survivor_id=third.id)
    target = {
        "self": duplicate.id,
        "merged": survivor.id,
        "unknown": "0190a000-0000-7000-8000-0000000000ff",
    }[which]
    with store.read() as conn:
        before = len(conn.execute(select(outbox)).all())
    with pytest.raises(UserError):
        merging.merge(store, entity="person", duplicate_id=duplicate.id, survivor_id=target)
    with store.read() as conn:
        assert len(conn.execute(select(outbox)).all()) == before


def test_an_import_that_names_the_duplicate_lands_on_the_survivor(store, make, tmp_path):
    import json

    from app.services.importing import import_file

    household, survivor, duplicate = _pair(make)
    case = make.case(household_id=household.id, main_contact_id=survivor.id)
    merging.merge(store, entity="person", duplicate_id=duplicate.id, survivor_id=survivor.id)
    path = tmp_path / "consultations.jsonl"
    row = {
        "entity": "consultation",
        "case_id": case.id,
        "held_on": date.today().isoformat(),
        "duration_minutes": 20,
        "counsellor": "anna",
        "participant_ids": [duplicate.id, survivor.id],
    }
    finding = {
        "entity": "vulnerability",
        "person_id": duplicate.id,
        "assessed_on": date.today().isoformat(),
        "assessed_by": "anna",
        "categories": ["elderly"],
    }
    path.write_text(json.dumps(row) + "\n" + json.dumps(finding) + "\n", "utf-8")
    report = import_file(store, path=path)
    assert report.created == 2 and not report.problems
    (consultation,) = [
        c
        for c in records.find(store, entity="consultation")
        if c.participant_ids and c.case_id == case.id
    ]
    assert consultation.participant_ids == [survivor.id]
    (kept,) = records.find(store, entity="vulnerability", where={"person_id": survivor.id})
    assert kept.categories == ["elderly"]


def test_the_survivors_file_shows_what_still_names_the_duplicate(store, make):
    _, survivor, duplicate = _pair(make)
    merging.merge(store, entity="person", duplicate_id=duplicate.id, survivor_id=survivor.id)
    # As if made on this laptop in a form opened before the merge arrived by sync.
    late = records.create(
        store,
        entity="vulnerability",
        data={
            "person_id": duplicate.id,
            "assessed_on": date.today().isoformat(),
            "assessed_by": "anna",
            "categories": ["elderly"],
        },
    )
    file = dossier.person_dossier(store, person_id=survivor.id, audit=False)
    assert [v.id for v in file.vulnerabilities] == [late.id]
