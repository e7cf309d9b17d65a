"""The desktop's reads and writes of the return process: the whole household's travellers at
once, and one application's overview judged on the day given."""

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.returns.codes import Relationship, TravellerRole
from app.errors import ValidationFailed
from app.services import records
from app.services.returns.checklist import document_check_id, generate_checklist
from app.services.returns.overview import return_overview
from app.services.returns.travellers import set_travellers, travellers_in
from tests.app.services.return_family import family


def listed(store, application_id):
    with store.read() as conn:
        return {
            t.person_id: t for t in travellers_in(conn, [application_id]).get(application_id, [])
        }


def test_set_travellers_moves_the_main_applicant_in_one_go(store):
    f = family(store)  # Samira main applicant, Karim stays
    set_travellers(
        store,
        application_id=f.application,
        main_applicant_id=f.karim,
        members={
            f.karim: (True, Relationship.spouse),  # a main applicant's relationship is dropped
            f.samira: (True, Relationship.spouse),
            f.lina: (False, Relationship.child),
            f.omar: (True, Relationship.child),
        },
    )
    rows = listed(store, f.application)
    assert rows[f.karim].role == TravellerRole.main_applicant and rows[f.karim].relationship is None
    assert rows[f.samira].role == TravellerRole.household_member
    assert not rows[f.lina].travels and rows[f.omar].travels
    assert [t.role for t in rows.values()].count(TravellerRole.main_applicant) == 1


def test_set_travellers_needs_the_main_applicant_among_them(store):
    f = family(store, travellers=False)
    with pytest.raises(ValidationFailed):
        set_travellers(
            store,
            application_id=f.application,
            main_applicant_id=f.karim,
            members={f.samira: (True, None)},
        )
    assert listed(store, f.application) == {}


# One store for all examples: each draws a family (household, case, application) of its own.
@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(order=st.permutations(["samira", "karim", "lina", "omar"]), data=st.data())
def test_any_main_applicant_after_any_other_leaves_exactly_one(store, order, data):
    f = family(store)
    for name in order[: data.draw(st.integers(1, 4))]:
        main = getattr(f, name)
        set_travellers(
            store,
            application_id=f.application,
            main_applicant_id=main,
            members={getattr(f, n): (True, None) for n in ("samira", "karim", "lina", "omar")},
        )
        rows = listed(store, f.application)
        mains = [p for p, t in rows.items() if t.role == TravellerRole.main_applicant]
        assert mains == [main]


def test_overview_judges_the_checklist_on_the_day_given(store):
    f = family(store)
    generate_checklist(store, application_id=f.application, on=date(2025, 6, 1))
    passport = document_check_id(f.application, "travel_document", f.samira)
    records.update(
        store,
        entity="document_check",
        record_id=passport,
        patch={"status": "present", "valid_until": date(2025, 6, 10)},
    )
    levels = {}
    for day in (date(2025, 5, 1), date(2025, 6, 1), date(2025, 6, 11)):
        overview = return_overview(store, application_id=f.application, today=day)
        row = next(r for r in overview.checklist if r.check.id == passport)
        levels[day] = row.state.level
    assert levels == {
        date(2025, 5, 1): "ok",
        date(2025, 6, 1): "soon",
        date(2025, 6, 11): "problem",
    }
    assert overview.application.id == f.application and overview.departure is None
    assert len(overview.travellers) == 4 and overview.payments == [] and overview.findings == []
