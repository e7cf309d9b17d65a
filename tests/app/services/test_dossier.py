from datetime import date

import pytest

from app.domain.enums import CaseOutcome, CaseStatus
from app.errors import Erased, NotFound
from app.services import records
from app.services.attachments import add_attachment
from app.services.audit import events_for
from app.services.cases import change_status, open_case
from app.services.dossier import household_members, person_dossier


def _household_with_two_cases(store, make, tmp_path):
    household = make.household(label="Familie Karimi")
    father = make.person(family_name="Karimi", given_names="Reza", household_id=household.id)
    daughter = make.person(family_name="Karimi", given_names="Aylin", household_id=household.id)
    old = open_case(
        store,
        household_id=household.id,
        site="ATR",
        main_contact_id=father.id,
        opened_on=date(2024, 3, 1),
    )
    change_status(store, case_id=old.id, to=CaseStatus.counselling, on=date(2024, 3, 10))
    change_status(
        store,
        case_id=old.id,
        to=CaseStatus.closed,
        on=date(2024, 6, 1),
        outcome=CaseOutcome.stays,
    )
    new = open_case(
        store,
        household_id=household.id,
        site="ATR",
        main_contact_id=father.id,
        opened_on=date(2025, 2, 1),
    )
    make.consultation(old.id, held_on=date(2024, 3, 10))
    make.consultation(new.id, held_on=date(2025, 2, 3), participant_ids=[father.id])
    make.consultation(new.id, held_on=date(2025, 4, 7), participant_ids=[daughter.id])
    make.consultation(new.id, held_on=date(2025, 3, 5))
    for due in (date(2025, 5, 2), date(2025, 5, 1)):
        records.create(
            store,
            entity="follow_up",
            data={"case_id": new.id, "due_on": due, "assignee": "anna", "title": "Termin"},
        )
    records.create(
        store,
        entity="referral",
        data={
            "case_id": new.id,
            "partner": "Rechtsberatung Trier",
            "partner_kind": "legal_advice",
            "purpose": "Asylfolgeantrag",
            "referred_on": date(2025, 2, 4),
        },
    )
    records.create(
        store,
        entity="application",
        data={"case_id": new.id, "programme": "REAG_GARP", "submitted_on": date(2025, 4, 8)},
    )
    vulnerability = records.create(
        store,
        entity="vulnerability",
        data={
            "person_id": father.id,
            "assessed_on": date(2025, 2, 3),
            "assessed_by": "anna",
            "categories": ["serious_illness"],
        },
    )
    records.create(
        store,
        entity="vulnerability",
        data={
            "person_id": daughter.id,
            "assessed_on": date(2025, 2, 3),
            "assessed_by": "anna",
            "categories": ["minor_in_family"],
        },
    )
    scan = tmp_path / "einwilligung.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    form = add_attachment(store, owner_entity="person", owner_id=father.id, path=scan)
    consent = records.create(
        store,
        entity="consent",
        data={
            "person_id": father.id,
            "purpose": "data_processing",
            "given_on": date(2025, 2, 1),
            "form_version": "2024-1",
            "attachment_id": form.id,
        },
    )
    letter = tmp_path / "bescheid.pdf"
    letter.write_bytes(b"%PDF-1.4 letter")
    on_case = add_attachment(store, owner_entity="case", owner_id=old.id, path=letter)
    on_daughter = add_attachment(store, owner_entity="person", owner_id=daughter.id, path=letter)
    return {
        "household": household,
        "father": father,
        "daughter": daughter,
        "old": old,
        "new": new,
        "vulnerability": vulnerability,
        "consent": consent,
        "attachments": (form, on_case, on_daughter),
    }


def test_dossier_shows_household_cases_and_casework_in_display_order(store, make, tmp_path):
    made = _household_with_two_cases(store, make, tmp_path)
    father, daughter = made["father"], made["daughter"]
    form, on_case, on_daughter = made["attachments"]

    dossier = person_dossier(store, person_id=father.id)

    assert dossier.person == father
    assert dossier.household == made["household"]
    assert [p.id for p in dossier.members] == [daughter.id]
    assert [v.id for v in dossier.vulnerabilities] == [made["vulnerability"].id]
    assert [c.id for c in dossier.consents] == [made["consent"].id]
    assert [f.case.id for f in dossier.cases] == [made["new"].id, made["old"].id]
    new, old = dossier.cases
    assert [h.to_status for h in old.history] == ["first_contact", "counselling", "closed"]
    assert [c.held_on for c in new.consultations] == [
        date(2025, 4, 7),
        date(2025, 3, 5),
        date(2025, 2, 3),
    ]
    assert [f.due_on for f in new.follow_ups] == [date(2025, 5, 1), date(2025, 5, 2)]
    assert [r.partner for r in new.referrals] == ["Rechtsberatung Trier"]
    assert [a.programme for a in new.applications] == ["REAG_GARP"]
    assert (len(old.consultations), old.follow_ups, old.referrals) == (1, [], [])
    # The consent form and the case's letter, but not the daughter's own document.
    assert {a.id for a in dossier.attachments} == {form.id, on_case.id}
    assert on_daughter.id not in {a.id for a in dossier.attachments}


def test_dossier_audit_is_about_the_person_newest_first_and_the_view_is_logged(
    store, make, tmp_path
):
    made = _household_with_two_cases(store, make, tmp_path)
    father = made["father"]
    records.get(store, entity="person", record_id=father.id)  # an earlier view

    dossier = person_dossier(store, person_id=father.id)

    about = {father.id, made["vulnerability"].id, made["consent"].id}
    assert {e.record_id for e in dossier.audit} == about
    assert [e.action for e in dossier.audit if e.record_id == father.id] == ["viewed", "created"]
    at = [e.at for e in dossier.audit]
    assert at == sorted(at, reverse=True)
    assert [e.action for e in events_for(store, record_id=father.id)] == [
        "created",
        "viewed",
        "viewed",
    ]
    # Refreshing the open file after a change is not a new view.
    person_dossier(store, person_id=father.id, audit=False)
    assert len(events_for(store, record_id=father.id)) == 3


def test_dossier_of_a_person_without_household_has_their_own_records_only(store, make):
    person = records.create(store, entity="person", data={"family_name": "Allein"})
    dossier = person_dossier(store, person_id=person.id)
    assert (dossier.household, dossier.members, dossier.cases) == (None, [], [])
    assert (dossier.attachments, dossier.vulnerabilities, dossier.consents) == ([], [], [])


def test_dossier_of_an_unknown_or_erased_person_is_refused(store, make):
    with pytest.raises(NotFound):
        person_dossier(store, person_id="0190a000-0000-7000-8000-000000000000")
    person = make.person()
    records.erase(store, entity="person", record_id=person.id)
    with pytest.raises(Erased):
        person_dossier(store, person_id=person.id)
    assert [e.action for e in events_for(store, record_id=person.id)] == ["created", "deleted"]


def test_household_members_are_everyone_in_the_household_by_name(store, make):
    household = make.household()
    zara = make.person(family_name="Haddad", given_names="Zara", household_id=household.id)
    amir = make.person(family_name="Haddad", given_names="Amir", household_id=household.id)
    make.person(family_name="Andere")
    assert [p.id for p in household_members(store, household_id=household.id)] == [
        amir.id,
        zara.id,
    ]
    assert household_members(store, household_id="0190a000-0000-7000-8000-000000000000") == []
