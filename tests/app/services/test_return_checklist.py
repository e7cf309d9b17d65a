"""The document checklist: what a programme requires of whom, and how a row stands at departure."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.domain.ids import new_id
from app.domain.programmes import DocumentRule, default_programmes
from app.domain.returns.codes import DocumentStatus, TravelMode
from app.domain.returns.travel import DocumentCheck
from app.services import records
from app.services.returns.checklist import (
    assess,
    checklist,
    document_check_id,
    generate_checklist,
    required_documents,
)
from app.services.returns.departures import set_departure
from tests.app.services.return_family import family

DEPARTURE = date(2025, 3, 20)
CASE, APPLICATION = new_id(), new_id()


def _check(**fields) -> DocumentCheck:
    data = {
        "id": new_id(),
        "case_id": CASE,
        "application_id": APPLICATION,
        "document_type": "travel_document",
        "status": "present",
        **fields,
    }
    return DocumentCheck.model_validate(data)


def test_a_family_needs_what_the_programme_says_of_each_traveller(store):
    f = family(store)
    records.create(
        store,
        entity="medical_return",
        data={"case_id": f.case, "person_id": f.samira, "application_id": f.application},
    )
    set_departure(store, application_id=f.application, values={"planned_on": DEPARTURE})
    made = generate_checklist(store, application_id=f.application)
    wanted = sorted((c.document_type, c.person_id or "-") for c in made)
    travellers = (f.samira, f.lina, f.omar)  # Karim stays: nothing is asked of him
    expected = [("application_form", "-")]
    expected += [("travel_document", p) for p in travellers]
    expected += [("residence_document", p) for p in travellers]
    expected += [("signature", f.samira), ("signature", f.lina)]  # Lina is 16: she co-signs
    expected += [("data_consent", f.samira)]  # adults only
    # Samira's medical return: a fit-to-fly certificate, and the airline's form for a flight.
    expected += [("fit_to_fly_certificate", f.samira), ("airline_medical_form", f.samira)]
    assert wanted == sorted(expected)
    assert generate_checklist(store, application_id=f.application) == []  # nothing twice
    assert {c.id for c in made} == {
        document_check_id(f.application, c.document_type, c.person_id) for c in made
    }


def test_by_land_no_airline_form_and_a_younger_child_does_not_sign(store):
    programme = default_programmes().programme("REAG_GARP")

    class Traveller:
        def __init__(self, id: str, birth_date: str | None) -> None:
            self.id, self.birth_date = id, birth_date

    people = [Traveller("a", "1980"), Traveller("b", "2010-06"), Traveller("c", None)]
    found = required_documents(
        programme=programme, travellers=people, medical={"a"}, mode=TravelMode.land, on=DEPARTURE
    )
    kinds = {(r.document_type, r.person_id) for r in found}
    assert ("airline_medical_form", "a") not in kinds and ("fit_to_fly_certificate", "a") in kinds
    assert ("signature", "b") not in kinds  # 14 at departure
    assert ("signature", "c") in kinds and ("data_consent", "c") in kinds  # unknown age: asked


def test_rows_turn_amber_before_and_red_after_expiry_or_invalid_at_departure():
    today = DEPARTURE - timedelta(days=30)
    passport = DocumentRule(type="travel_document", per="traveller", valid_at_departure=True)
    fine = assess(
        _check(valid_until=date(2030, 1, 1)), rule=passport, departure_on=DEPARTURE, today=today
    )
    assert (fine.level, fine.valid_at_departure) == ("ok", True)
    soon = assess(
        _check(valid_until=today + timedelta(days=10)),
        rule=passport,
        departure_on=DEPARTURE,
        today=today,
    )
    # Expires in ten days, before the departure: red already, it will not be valid then.
    assert soon.level == "problem" and {"expires_soon", "invalid_at_departure"} <= set(soon.reasons)
    amber = assess(
        _check(valid_until=today + timedelta(days=10)),
        rule=passport,
        departure_on=None,
        today=today,
    )
    assert amber.level == "soon" and amber.valid_at_departure is None
    gone = assess(
        _check(valid_until=today - timedelta(days=1)),
        rule=passport,
        departure_on=DEPARTURE,
        today=today,
    )
    assert gone.level == "problem" and gone.expired
    missing = assess(
        _check(status="missing"), rule=passport, departure_on=today + timedelta(days=5), today=today
    )
    assert missing.level == "problem" and "missing_before_departure" in missing.reasons
    waived = assess(_check(status="not_needed"), rule=passport, departure_on=DEPARTURE, today=today)
    assert waived.level == "not_needed"


@given(
    within=st.integers(min_value=1, max_value=30),
    issued_before=st.integers(min_value=-5, max_value=40),
)
def test_a_certificate_is_valid_at_departure_exactly_when_issued_within_its_days(
    within, issued_before
):
    rule = DocumentRule(type="fit_to_fly_certificate", per="traveller", issued_within_days=within)
    issued = DEPARTURE - timedelta(days=issued_before)
    today = max(issued, DEPARTURE - timedelta(days=60))
    state = assess(
        _check(document_type=rule.type, issued_on=issued),
        rule=rule,
        departure_on=DEPARTURE,
        today=today,
    )
    assert state.valid_at_departure == (0 <= issued_before <= within)
    if state.valid_at_departure is False:
        assert state.level == "problem"


@given(
    valid_days=st.integers(min_value=-400, max_value=400),
    departs_in=st.integers(min_value=-30, max_value=400) | st.none(),
    status=st.sampled_from(list(DocumentStatus)),
)
def test_expiry_and_validity_follow_the_dates(valid_days, departs_in, status):
    today = date(2025, 6, 1)
    until = today + timedelta(days=valid_days)
    departure = None if departs_in is None else today + timedelta(days=departs_in)
    state = assess(
        _check(status=status, valid_until=until), rule=None, departure_on=departure, today=today
    )
    if status == DocumentStatus.not_needed:
        assert state.level == "not_needed"
        return
    assert state.expired == (valid_days < 0 or status == DocumentStatus.expired)
    if state.expired:
        assert state.level == "problem"
    if departure is not None and status != DocumentStatus.expired:
        assert state.valid_at_departure == (until >= departure)
    if state.level == "ok":
        assert status == DocumentStatus.present and valid_days > 14


def test_the_checklist_lists_rows_in_programme_order_with_their_state(store):
    f = family(store)
    set_departure(store, application_id=f.application, values={"planned_on": DEPARTURE})
    generate_checklist(store, application_id=f.application)
    passport = document_check_id(f.application, "travel_document", f.lina)
    records.update(
        store,
        entity="document_check",
        record_id=passport,
        patch={"status": "present", "issued_on": date(2020, 1, 1), "valid_until": date(2025, 3, 1)},
    )
    rows = checklist(store, application_id=f.application, today=date(2025, 2, 25))
    assert rows[0].check.document_type == "application_form"
    lina = next(r for r in rows if r.check.id == passport)
    assert lina.state.level == "problem" and lina.state.valid_at_departure is False
