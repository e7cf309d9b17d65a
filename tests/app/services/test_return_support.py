"""Travellers, departure, support per traveller, double funding: the services and their rules."""

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.casework import Application
from app.domain.ids import new_id
from app.domain.programmes import default_programmes
from app.domain.returns.codes import (
    ConfirmationMethod,
    NotDepartedReason,
    PaymentStatus,
    SupportComponent,
    TravellerRole,
)
from app.domain.returns.support import SupportPayment
from app.errors import ValidationFailed
from app.services import records
from app.services.returns.departures import (
    confirm_departure,
    departure_id,
    departure_of,
    record_not_departed,
    set_departure,
)
from app.services.returns.double_funding import check_double_funding, double_funding
from app.services.returns.payments import payments_of, plan_payments, totals
from app.services.returns.travellers import set_traveller, traveller_id, travellers_in
from tests.app.services.return_family import family


def test_travellers_are_of_the_household_with_one_main_applicant(store, make):
    f = family(store)
    with store.read() as conn:
        listed = travellers_in(conn, [f.application])[f.application]
    assert listed[0].person_id == f.samira
    assert {t.person_id: t.travels for t in listed} == {
        f.samira: True,
        f.karim: False,
        f.lina: True,
        f.omar: True,
    }
    # The same person added again (on this or another device) is the same record.
    again = set_traveller(store, application_id=f.application, person_id=f.karim, travels=True)
    assert again.id == traveller_id(f.application, f.karim) and again.travels
    stranger = make.person()
    with pytest.raises(ValidationFailed, match="household"):
        set_traveller(store, application_id=f.application, person_id=stranger.id)
    with pytest.raises(ValidationFailed, match="main applicant"):
        set_traveller(
            store, application_id=f.application, person_id=f.lina, role=TravellerRole.main_applicant
        )


def test_departure_is_planned_then_confirmed_or_called_off(store):
    f = family(store)
    set_departure(store, application_id=f.application, values={"planned_on": date(2031, 1, 5)})
    confirmed = confirm_departure(
        store,
        application_id=f.application,
        on=date(2025, 3, 1),
        how=ConfirmationMethod.boarding_confirmation,
    )
    assert confirmed.id == departure_id(f.application)
    assert (confirmed.planned_on, confirmed.confirmed_on) == (date(2031, 1, 5), date(2025, 3, 1))
    called_off = record_not_departed(
        store, application_id=f.application, reason=NotDepartedReason.withdrew
    )
    assert called_off.confirmed_on is None and called_off.not_departed_reason == "withdrew"
    assert departure_of(store, application_id=f.application) == called_off
    with pytest.raises(ValidationFailed):
        set_departure(
            store, application_id=f.application, values={"confirmed_on": date(2025, 3, 1)}
        )
    with pytest.raises(ValidationFailed, match="unknown field"):
        set_departure(store, application_id=f.application, values={"case_id": f.case})


def test_payments_are_planned_per_traveller_and_instalment_with_due_dates(store):
    f = family(store, programme="STARTHILFE_PLUS")
    set_departure(
        store,
        application_id=f.application,
        values={"planned_on": date(2025, 4, 10), "confirmed_on": date(2025, 4, 12)},
    )
    made = plan_payments(store, application_id=f.application)
    aid = sorted(
        (p.person_id, p.instalment, p.amount_cents, str(p.due_on))
        for p in made
        if p.component == SupportComponent.start_up_aid
    )
    assert aid == sorted(
        [
            (f.samira, 1, 100_000, "2025-04-09"),
            (f.samira, 2, 100_000, "2025-10-12"),  # six months after the arrival
            (f.lina, 1, 50_000, "2025-04-09"),  # a minor's amount
            (f.lina, 2, 50_000, "2025-10-12"),
            (f.omar, 1, 50_000, "2025-04-09"),
            (f.omar, 2, 50_000, "2025-10-12"),
        ]
    )
    housing = [p for p in made if p.component == SupportComponent.reintegration_housing]
    assert [(p.person_id, p.in_kind, p.payer) for p in housing] == [(None, True, "iom")]
    assert plan_payments(store, application_id=f.application) == []
    first = next(p for p in made if p.person_id == f.samira and p.instalment == 1)
    records.update(
        store,
        entity="support_payment",
        record_id=first.id,
        patch={"status": "paid", "approved_on": date(2025, 2, 20), "paid_on": date(2025, 4, 9)},
    )
    sums = totals(payments_of(store, application_ids=[f.application]))
    assert sums.of(f.samira, PaymentStatus.paid) == 100_000
    assert sums.of(f.samira, PaymentStatus.planned) == 100_000
    assert sums.total(PaymentStatus.planned) == 300_000


def test_a_paid_payment_needs_its_date_and_a_planned_one_has_none():
    base = {
        "id": new_id(),
        "case_id": new_id(),
        "application_id": new_id(),
        "component": "start_up_aid",
        "payer": "iom",
    }
    with pytest.raises(ValueError, match="paid needs the date"):
        SupportPayment.model_validate({**base, "status": "paid"})
    with pytest.raises(ValueError, match="planned cannot"):
        SupportPayment.model_validate({**base, "paid_on": "2025-01-01"})


def _payment(
    application: str,
    programme_component: str,
    person: str | None,
    status: str = "approved",
    cents: int = 10_000,
) -> SupportPayment:
    return SupportPayment.model_validate(
        {
            "id": new_id(),
            "case_id": "0190a000-0000-7000-8000-000000000001",
            "application_id": application,
            "person_id": person,
            "component": programme_component,
            "status": status,
            "amount_cents": cents,
            "payer": "iom",
            **({"approved_on": "2025-01-01"} if status != "planned" else {}),
            **({"paid_on": "2025-01-02"} if status in ("paid", "reclaimed") else {}),
        }
    )


def _application(programme: str) -> Application:
    return Application.model_validate(
        {
            "id": new_id(),
            "case_id": "0190a000-0000-7000-8000-000000000001",
            "programme": programme,
            "submitted_on": "2025-01-01",
        }
    )


def test_double_funding_is_found_and_explained_never_applied(store):
    f = family(store, programme="STATE_RLP")
    reag = records.create(
        store,
        entity="application",
        data={"case_id": f.case, "programme": "REAG_GARP", "submitted_on": date(2025, 2, 3)},
    )
    for application in (f.application, reag.id):
        records.create(
            store,
            entity="support_payment",
            data={
                "case_id": f.case,
                "application_id": application,
                "component": "travel_costs",
                "status": "planned",
                "amount_cents": 60_000,
                "payer": "state" if application == f.application else "iom",
            },
        )
    records.create(
        store,
        entity="support_payment",
        data={
            "case_id": f.case,
            "application_id": reag.id,
            "person_id": f.lina,
            "component": "start_up_aid",
            "status": "approved",
            "approved_on": date(2025, 2, 20),
            "amount_cents": 50_000,
            "payer": "iom",
        },
    )
    state_aid = records.create(
        store,
        entity="support_payment",
        data={
            "case_id": f.case,
            "application_id": f.application,
            "person_id": f.lina,
            "component": "start_up_aid",
            "status": "planned",
            "amount_cents": 25_000,
            "payer": "state",
        },
    )
    findings = double_funding(store, case_id=f.case)
    assert {
        (x.programme, x.component, x.other_programme, x.effect, x.person_id) for x in findings
    } == {
        # The REAG/GARP application names no travellers: its travel costs cover everyone; the
        # state's are for the state application's travellers (Karim stays).
        ("STATE_RLP", "travel_costs", "REAG_GARP", "excludes", f.samira),
        ("STATE_RLP", "travel_costs", "REAG_GARP", "excludes", f.lina),
        ("STATE_RLP", "travel_costs", "REAG_GARP", "excludes", f.omar),
        ("STATE_RLP", "start_up_aid", "REAG_GARP", "reduces", f.lina),
    }
    reduced = next(x for x in findings if x.effect == "reduces")
    assert reduced.other_amount_cents == 50_000 and reduced.payment_ids == (state_aid.id,)
    assert "REAG/GARP" in reduced.explanation_de and reduced.explanation_en
    # Checked, not applied: the state's payment is untouched.
    assert records.get(store, entity="support_payment", record_id=state_aid.id) == state_aid


PEOPLE = [new_id(), new_id(), new_id()]
programmes = st.sampled_from(
    ["REAG_GARP", "STATE_RLP", "STARTHILFE_PLUS", "EU_REINTEGRATION", "MUNICIPAL"]
)
payment_specs = st.lists(
    st.tuples(
        st.integers(min_value=0, max_value=3),
        st.sampled_from([c.value for c in SupportComponent]),
        st.sampled_from([None, *PEOPLE]),
        st.sampled_from([s.value for s in PaymentStatus]),
    ),
    max_size=12,
)


@settings(max_examples=150, deadline=None)
@given(codes=st.lists(programmes, min_size=1, max_size=4), specs=payment_specs, seed=st.randoms())
def test_double_funding_findings_are_sound_and_order_free(codes, specs, seed):
    applications = [_application(code) for code in codes]
    payments = [
        _payment(applications[i % len(applications)].id, component, person, status)
        for i, component, person, status in specs
    ]
    travellers = {a.id: PEOPLE[:2] for a in applications}
    found = check_double_funding(
        applications=applications,
        payments=payments,
        travellers=travellers,
        programmes=default_programmes(),
    )
    shuffled = list(payments)
    seed.shuffle(shuffled)
    assert found == check_double_funding(
        applications=applications,
        payments=shuffled,
        travellers=travellers,
        programmes=default_programmes(),
    )
    by_id = {p.id: p for p in payments}
    programme_of = {a.id: a.programme for a in applications}
    for finding in found:
        rule = next(
            r
            for r in default_programmes().programme(finding.programme).double_funding
            if r.other == finding.other_programme
            and r.effect == finding.effect
            and (r.component is None or r.component == finding.component)
        )
        assert rule.explanation_de and rule.explanation_en
        for pid in (*finding.payment_ids, *finding.other_payment_ids):
            assert by_id[pid].status not in (PaymentStatus.cancelled, PaymentStatus.reclaimed)
        assert {programme_of[by_id[p].application_id] for p in finding.payment_ids} == {
            finding.programme
        }
        assert {programme_of[by_id[p].application_id] for p in finding.other_payment_ids} == {
            finding.other_programme
        }
    # Without the other programmes' payments nothing is left to find.
    for finding in found:
        alone = [p for p in payments if programme_of[p.application_id] == finding.programme]
        assert not [
            x
            for x in check_double_funding(
                applications=applications,
                payments=alone,
                travellers=travellers,
                programmes=default_programmes(),
            )
            if x.other_programme != x.programme
            and x.programme == finding.programme
            and x.other_programme == finding.other_programme
        ]


def test_reference_numbers_and_booking_references_are_found_by_search(store):
    from app.services.search import search

    f = family(store)
    records.create(
        store,
        entity="external_reference",
        data={
            "case_id": f.case,
            "application_id": f.application,
            "kind": "iom_case",
            "number": "DEU2025-77731",
        },
    )
    set_departure(store, application_id=f.application, values={"booking_reference": "QX7Z9P"})
    [hit] = search(store, query="deu2025-777")
    assert (hit.entity, hit.label, hit.detail) == (
        "external_reference",
        "DEU2025-77731",
        "iom_case",
    )
    [booking] = search(store, query="qx7z9p")
    assert (booking.entity, booking.label) == ("departure", "QX7Z9P")
