from datetime import date, timedelta

import pytest

from app.domain.enums import CaseOutcome, CaseStatus
from app.errors import InvalidTransition
from app.services import records
from app.services.cases import (
    HouseholdHasCase,
    change_status,
    next_steps,
    open_case,
    open_first_case,
    previous_outreach,
)


def test_case_numbers_carry_site_year_device_prefix_and_counter(store, make):
    first = make.case(opened_on=date(2025, 5, 1))
    second = make.case(opened_on=date(2025, 6, 1))
    prefix = store.device.prefix
    assert first.reference == f"ATR-2025-{prefix}-00001"
    assert second.reference == f"ATR-2025-{prefix}-00002"
    assert make.case(opened_on=date(2026, 1, 2)).reference.endswith("2026-" + prefix + "-00001")


def test_two_offline_devices_never_collide(tmp_path):
    from app.store.store import Store
    from tests.conftest import FAST_KDF, Factory

    a, _ = Store.init(tmp_path / "a", "pw-123456", actor="a", kdf=FAST_KDF)
    b, _ = Store.init(tmp_path / "b", "pw-123456", actor="b", kdf=FAST_KDF)
    while b.device.prefix == a.device.prefix:  # astronomically rare; keep the test honest
        b.close()
        b, _ = Store.init(tmp_path / f"b{id(b)}", "pw-123456", actor="b", kdf=FAST_KDF)
    refs_a = {Factory(a).case().reference for _ in range(3)}
    refs_b = {Factory(b).case().reference for _ in range(3)}
    assert not refs_a & refs_b
    a.close()
    b.close()


def test_the_workflow_keeps_a_dated_history(store, make):
    case = make.case(opened_on=date.today() - timedelta(days=30))
    for step in (CaseStatus.counselling, CaseStatus.decision, CaseStatus.application_submitted):
        case = change_status(store, case_id=case.id, to=step)
    case = change_status(store, case_id=case.id, to=CaseStatus.closed, outcome=CaseOutcome.stays)
    assert case.status == CaseStatus.closed and case.outcome == CaseOutcome.stays
    assert case.closed_on == date.today()
    history = records.find(
        store, entity="case_status_change", where={"case_id": case.id}, order_by=("id",)
    )
    assert [(h.from_status, h.to_status) for h in history] == [
        (None, "first_contact"),
        ("first_contact", "counselling"),
        ("counselling", "decision"),
        ("decision", "application_submitted"),
        ("application_submitted", "closed"),
    ]
    assert history[-1].outcome == CaseOutcome.stays


def test_only_allowed_steps_are_offered_and_accepted(store, make):
    case = make.case()
    assert next_steps(case) == [
        CaseStatus.counselling,
        CaseStatus.closed,
        CaseStatus.paused,
        CaseStatus.withdrawn,
    ]
    with pytest.raises(InvalidTransition, match="departed"):
        change_status(store, case_id=case.id, to=CaseStatus.departed)
    with pytest.raises(InvalidTransition, match="outcome"):
        change_status(store, case_id=case.id, to=CaseStatus.closed)
    assert (
        records.get(store, entity="case", record_id=case.id, audit=False).status
        == CaseStatus.first_contact
    )


def test_a_closed_case_can_be_reopened_and_loses_its_outcome(store, make):
    case = make.case()
    change_status(store, case_id=case.id, to=CaseStatus.closed, outcome=CaseOutcome.contact_lost)
    reopened = change_status(store, case_id=case.id, to=CaseStatus.counselling)
    assert reopened.outcome is None and reopened.closed_on is None


def test_open_case_needs_an_existing_household(store):
    from app.errors import ValidationFailed

    with pytest.raises(ValidationFailed, match="household"):
        open_case(store, household_id="0190a000-0000-7000-8000-000000000001", site="ATR")


def test_the_first_case_keeps_the_channel_and_a_second_is_refused(store, make):
    person = make.person()
    case = open_first_case(
        store,
        household_id=person.household_id,
        site="ATR",
        main_contact_id=person.id,
        outreach_channel="word_of_mouth",
    )
    assert case.outreach_channel == "word_of_mouth" and case.counsellor == store.device.actor
    with pytest.raises(HouseholdHasCase):
        open_first_case(
            store, household_id=person.household_id, site="ATR", main_contact_id=person.id
        )
    assert len(records.find(store, entity="case")) == 1


def test_the_previous_channel_is_the_newest_case_that_tells_it(store, make):
    first = make.case(opened_on=date.today() - timedelta(days=700))
    person_id = first.main_contact_id
    assert previous_outreach(store, person_id=person_id) is None
    records.update(store, entity="case", record_id=first.id, patch={"outreach_channel": "ngo"})
    open_case(  # newer, but silent on it
        store, household_id=first.household_id, site="ATR", main_contact_id=person_id
    )
    assert previous_outreach(store, person_id=person_id) == "ngo"
    open_case(
        store,
        household_id=first.household_id,
        site="ATR",
        main_contact_id=person_id,
        outreach_channel="authority",
    )
    assert previous_outreach(store, person_id=person_id) == "authority"
    assert previous_outreach(store, person_id=make.person().id) is None
