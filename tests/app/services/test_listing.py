from datetime import date, timedelta

from app.domain.enums import CaseOutcome, CaseStatus
from app.services import records
from app.services.cases import change_status, open_case
from app.services.listing import (
    PersonRow,
    case_ids,
    case_rows,
    person_ids,
    person_rows,
    recent_cases,
)


def _people(make):
    household = make.household(label="Familie Şahin")
    names = [
        ("Şahin", "Berfin"),
        ("Zeki", None),
        ("Mueller", "Zoe"),
        ("ahmadi", "Lina"),
        ("Sahin", "Ali"),
        ("Müller", "Anna"),
        ("Abbas", "Omar"),
    ]
    made = {}
    for family, given in names:
        person = make.person(family_name=family, given_names=given, household_id=household.id)
        made[f"{family} {given or ''}".strip()] = person.id
    return made


def test_person_ids_are_ordered_case_insensitively_with_diacritics_folded(store, make):
    ids = _people(make)
    expected = [
        "Abbas Omar",
        "ahmadi Lina",
        "Müller Anna",  # Müller and Mueller sort as one name, then by given names
        "Mueller Zoe",
        "Sahin Ali",
        "Şahin Berfin",
        "Zeki",
    ]
    assert person_ids(store) == [ids[name] for name in expected]


def test_person_ids_filter_by_prefixes_of_family_or_given_names(store, make):
    ids = _people(make)

    def found(text):
        by_id = {v: k for k, v in ids.items()}
        return [by_id[i] for i in person_ids(store, text=text)]

    assert found("mül") == ["Müller Anna", "Mueller Zoe"]
    assert found("MUEL") == ["Müller Anna", "Mueller Zoe"]
    assert found("şah") == ["Sahin Ali", "Şahin Berfin"]
    assert found("sahin ber") == ["Şahin Berfin"]
    assert found("berf") == ["Şahin Berfin"]
    assert found("ahin") == []  # a prefix, not a substring
    assert found("zzz") == []
    assert len(found("  ")) == len(ids)


def test_person_ids_leave_out_erased_persons(store, make):
    keep = make.person(family_name="Bleibt")
    gone = make.person(family_name="Geht")
    records.erase(store, entity="person", record_id=gone.id)
    assert person_ids(store) == [keep.id]
    assert person_ids(store, text="geht") == []
    assert [r.id for r in person_rows(store, ids=[gone.id, keep.id])] == [keep.id]


def test_person_rows_keep_the_order_asked_for_and_show_household_and_current_case(store, make):
    household = make.household(label="Familie Rahimi")
    mother = make.person(
        family_name="Rahimi",
        given_names="Soraya",
        birth_date="1985",
        sex="female",
        nationality="AFG",
        household_id=household.id,
    )
    son = make.person(family_name="Rahimi", given_names="Omid", household_id=household.id)
    older_open = open_case(
        store,
        household_id=household.id,
        site="ATR",
        main_contact_id=mother.id,
        opened_on=date(2024, 2, 1),
    )
    newer = open_case(store, household_id=household.id, site="ATR", opened_on=date(2025, 1, 5))
    change_status(store, case_id=newer.id, to=CaseStatus.closed, outcome=CaseOutcome.stays)
    only_closed = make.case()
    change_status(
        store, case_id=only_closed.id, to=CaseStatus.closed, outcome=CaseOutcome.contact_lost
    )
    closed_contact = only_closed.main_contact_id
    loner = records.create(store, entity="person", data={"family_name": "Allein"})

    rows = person_rows(store, ids=[son.id, loner.id, closed_contact, mother.id])

    assert [r.id for r in rows] == [son.id, loner.id, closed_contact, mother.id]
    assert rows[3] == PersonRow(
        id=mother.id,
        family_name="Rahimi",
        given_names="Soraya",
        birth_date="1985",
        sex="female",
        nationality="AFG",
        household_label="Familie Rahimi",
        case_reference=older_open.reference,  # open beats newer but closed
        case_status="first_contact",
    )
    assert (rows[0].household_label, rows[0].case_reference) == (
        "Familie Rahimi",
        older_open.reference,
    )
    assert (rows[1].household_label, rows[1].case_reference, rows[1].case_status) == (
        None,
        None,
        None,
    )
    assert (rows[2].case_reference, rows[2].case_status) == (only_closed.reference, "closed")
    assert person_rows(store, ids=[]) == []


def test_case_ids_newest_opened_first_with_status_and_counsellor_filters(store, make):
    old = make.case(opened_on=date(2023, 5, 1))
    mid = make.case(opened_on=date(2024, 5, 1), counsellor="bob")
    new = make.case(opened_on=date(2025, 5, 1))
    change_status(store, case_id=mid.id, to=CaseStatus.counselling)

    assert case_ids(store) == [new.id, mid.id, old.id]
    assert case_ids(store, statuses={"counselling"}) == [mid.id]
    assert case_ids(store, statuses=[CaseStatus.first_contact]) == [new.id, old.id]
    assert case_ids(store, counsellor="anna") == [new.id, old.id]
    assert case_ids(store, statuses=["counselling"], counsellor="anna") == []
    assert case_ids(store, statuses=[]) == []


def test_case_rows_join_household_main_contact_and_next_open_follow_up(store, make):
    case = make.case(opened_on=date(2025, 1, 10))
    bare = make.case(opened_on=date(2025, 1, 11), main_contact_id=None)
    soon, later = date.today() + timedelta(days=3), date.today() + timedelta(days=9)
    for due, status in ((later, "open"), (soon, "open"), (date(2025, 1, 12), "cancelled")):
        records.create(
            store,
            entity="follow_up",
            data={
                "case_id": case.id,
                "due_on": due,
                "assignee": "anna",
                "title": "Anruf",
                "status": status,
            },
        )

    rows = case_rows(store, ids=[bare.id, case.id])

    assert [r.id for r in rows] == [bare.id, case.id]
    row = rows[1]
    assert (row.reference, row.status, row.counsellor) == (case.reference, "first_contact", "anna")
    assert (row.opened_on, row.status_since) == (date(2025, 1, 10), date(2025, 1, 10))
    assert (row.household_label, row.main_contact_name) == ("Familie Haddad", "Haddad, Rami")
    assert row.next_follow_up_on == soon
    assert (rows[0].main_contact_name, rows[0].next_follow_up_on) == (None, None)


def test_recent_cases_puts_the_last_changed_first(store, make):
    first = make.case(opened_on=date(2025, 1, 1))
    second = make.case(opened_on=date(2025, 2, 1))
    third = make.case(opened_on=date(2024, 1, 1))
    assert [r.id for r in recent_cases(store)] == [third.id, second.id, first.id]
    change_status(store, case_id=first.id, to=CaseStatus.counselling)
    assert [r.id for r in recent_cases(store, limit=2)] == [first.id, third.id]
