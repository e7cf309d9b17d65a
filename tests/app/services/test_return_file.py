"""The person view's return records, read per case beside the dossier."""

from datetime import date

from app.services import records
from app.services.cases import open_case
from app.services.returns.return_file import return_files
from tests.app.services.return_family import family


def test_each_case_gets_its_own_return_records_in_order(store):
    f = family(store)
    other = open_case(store, household_id=f.household, site="ATR", main_contact_id=f.samira).id
    request = {"topic": "housing", "country": "AFG"}
    older = records.create(
        store,
        entity="information_request",
        data={**request, "case_id": f.case, "asked_on": date(2025, 1, 5)},
    )
    newer = records.create(
        store,
        entity="information_request",
        data={**request, "case_id": f.case, "asked_on": date(2025, 2, 5)},
    )
    elsewhere = records.create(
        store,
        entity="information_request",
        data={**request, "case_id": other, "asked_on": date(2025, 3, 5)},
    )
    plan = records.create(
        store,
        entity="reintegration_plan",
        data={"case_id": f.case, "drawn_up_on": date(2025, 3, 1)},
    )
    for dimension in ("psychosocial", "economic"):
        records.create(
            store,
            entity="reintegration_measure",
            data={"case_id": f.case, "plan_id": plan.id, "dimension": dimension, "goal": "Ziel"},
        )
    files = return_files(store, case_ids=[f.case, other, f.case])
    assert list(files) == [f.case, other]
    assert [r.id for r in files[f.case].information_requests] == [newer.id, older.id]
    assert [r.id for r in files[other].information_requests] == [elsewhere.id]
    assert [p.id for p in files[f.case].plans] == [plan.id] and not files[other].plans
    assert [m.dimension for m in files[f.case].measures] == ["economic", "psychosocial"]
    assert return_files(store, case_ids=[]) == {}
