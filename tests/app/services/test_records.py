import pytest

from app.errors import Conflict, NotFound, ValidationFailed
from app.services import records


def test_create_validates_with_messages_a_counsellor_understands(store):
    with pytest.raises(ValidationFailed) as info:
        records.create(
            store,
            entity="person",
            data={
                "family_name": " ",
                "birth_date": "2999-01-01",
                "nationality": "XXY",
                "sex": "robot",
            },
        )
    problems = info.value.problems
    assert problems["family_name"].endswith("must not be empty")
    assert "future" in problems["birth_date"]
    assert "unknown country code" in problems["nationality"]
    assert "allowed values" in problems["sex"]


def test_partial_birth_dates_are_first_class(store, make):
    year_only = make.person(birth_date="1987", birth_date_estimated=True)
    month = make.person(birth_date="1987-3")
    assert year_only.birth_date == "1987" and year_only.birth_date_estimated
    assert month.birth_date == "1987-03"
    with pytest.raises(ValidationFailed, match="invalid month"):
        make.person(birth_date="1987-13")


def test_update_patches_only_given_fields(store, make):
    person = make.person(phone="+49 151 1234567", languages=["ara"])
    updated = records.update(
        store, entity="person", record_id=person.id, patch={"languages": ["ara", "eng"]}
    )
    assert updated.phone == "+49 151 1234567"
    assert updated.languages == ["ara", "eng"]


def test_update_of_unknown_field_or_record_is_refused(store, make):
    person = make.person()
    with pytest.raises(ValidationFailed, match="unknown field"):
        records.update(store, entity="person", record_id=person.id, patch={"shoe_size": 44})
    with pytest.raises(NotFound):
        records.update(
            store, entity="person", record_id="0190a000-0000-7000-8000-000000000000", patch={}
        )


def test_references_must_exist(store):
    with pytest.raises(ValidationFailed, match="refers to unknown household"):
        records.create(
            store,
            entity="person",
            data={"family_name": "Ali", "household_id": "0190a000-0000-7000-8000-000000000001"},
        )


def test_erasing_a_person_clears_references_and_cascades_only_when_asked(store, make):
    person = make.person()
    case = make.case()
    consultation = make.consultation(case.id, participant_ids=[person.id])
    records.create(
        store,
        entity="vulnerability",
        data={
            "person_id": person.id,
            "assessed_on": "2025-01-02",
            "assessed_by": "anna",
            "categories": ["elderly"],
        },
    )
    with pytest.raises(Conflict, match="vulnerability"):
        records.erase(store, entity="person", record_id=person.id)
    assert records.count(store, entity="vulnerability") == 1
    changes = records.erase(store, entity="person", record_id=person.id, cascade=True)
    assert set(changes.erased) == {"person", "vulnerability"}
    assert (
        records.get(store, entity="consultation", record_id=consultation.id).participant_ids == []
    )
    assert records.count(store, entity="vulnerability") == 0


def test_find_filters_orders_and_pages(store, make):
    household = make.household()
    for name in ("Cem", "Ada", "Bea"):
        make.person(family_name=name, household_id=household.id)
    names = [
        p.family_name
        for p in records.find(
            store, entity="person", where={"household_id": household.id}, order_by=("family_name",)
        )
    ]
    assert names == ["Ada", "Bea", "Cem"]
    page = records.find(store, entity="person", order_by=("family_name",), limit=1, offset=1)
    assert [p.family_name for p in page] == ["Bea"]
    with pytest.raises(ValidationFailed):
        records.find(store, entity="person", where={"nope": 1})


def test_case_number_clash_is_a_clear_conflict(store, make):
    case = make.case()
    other = make.case()
    with pytest.raises(Conflict, match="taken"):
        records.update(
            store, entity="case", record_id=other.id, patch={"reference": case.reference}
        )


def test_viewing_a_record_is_audited(store, make):
    from app.services.audit import events_for

    person = make.person()
    records.get(store, entity="person", record_id=person.id)
    records.get(store, entity="person", record_id=person.id, audit=False)
    assert [e.action for e in events_for(store, record_id=person.id)] == ["created", "viewed"]
