"""Demo data: valid, deterministic, complete references, realistic volumes."""

import re
import uuid
from collections import Counter, defaultdict
from datetime import date, timedelta
from itertools import pairwise

import pytest

from app.domain.cases import TRANSITIONS
from app.domain.registry import ENTITIES, references
from app.services.demo_data import generate
from app.services.demo_names import ORIGINS

TODAY = date(2025, 6, 30)
REFERENCE = re.compile(r"^[A-Z]{2,4}-\d{4}-[A-Z0-9]{2,4}-\d{3,6}$")
MAY_BE_FUTURE = {"due_on", "planned_on", "answer_due_on"}


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, dict]]:
    return list(generate(persons=300, seed=1, today=TODAY, counsellors=("anna", "ben")))


def test_every_record_validates_and_equals_its_own_dump(rows):
    for entity, data in rows:
        model = ENTITIES[entity].model_validate(data)
        assert model.model_dump(mode="json") == data
        assert next(iter(data)) == "id"


# Rows a device would make under a stable id (app/domain/ids.stable_id) use the same here.
STABLE = {"application_traveller", "departure", "document_check", "support_payment"}


def test_ids_are_uuid7(rows):
    for entity, data in rows:
        parsed = uuid.UUID(data["id"])
        assert parsed.version == (5 if entity in STABLE else 7), entity
        assert parsed.variant == uuid.RFC_4122


def test_same_seed_same_data_other_seed_other_data(rows):
    again = list(generate(persons=300, seed=1, today=TODAY, counsellors=("anna", "ben")))
    assert again == rows
    assert list(generate(persons=300, seed=2, today=TODAY)) != rows


@pytest.mark.parametrize("persons", [0, 1, 7, 301])
def test_exact_person_count(persons):
    counts = Counter(entity for entity, _ in generate(persons=persons, seed=3, today=TODAY))
    assert counts["person"] == persons


def test_volumes_per_person():
    counts = Counter(entity for entity, _ in generate(persons=2000, seed=5, today=TODAY))
    # A real network's year: 1,219 sessions for 818 persons counselled (see the next test).
    assert 1.0 <= counts["consultation"] / 2000 <= 1.8
    assert 0.8 <= counts["follow_up"] / 2000 <= 1.2
    assert 0.1 <= counts["vulnerability"] / 2000 <= 0.3
    assert counts["household"] < counts["case"] < 1.25 * counts["household"]


def test_references_point_at_records_yielded_earlier(rows):
    seen: dict[str, set[str]] = defaultdict(set)
    for entity, data in rows:
        for name, target in references(entity).items():
            values = data[name] if isinstance(data[name], list) else [data[name]]
            for value in values:
                assert value is None or value in seen[target], (entity, name)
        seen[entity].add(data["id"])


def test_case_references_unique_and_well_formed():
    cases = [d for e, d in generate(persons=1000, seed=1, today=TODAY, prefix="T9") if e == "case"]
    refs = [c["reference"] for c in cases]
    assert len(set(refs)) == len(refs)
    assert all(REFERENCE.match(r) and "-T9-" in r for r in refs)


def test_status_history_follows_the_workflow(rows):
    history = defaultdict(list)
    for entity, data in rows:
        if entity == "case_status_change":
            history[data["case_id"]].append(data)
    cases = [d for e, d in rows if e == "case"]
    for case in cases:
        steps = history[case["id"]]
        assert steps[0]["from_status"] is None
        assert steps[0]["changed_on"] == case["opened_on"]
        for before, after in pairwise(steps):
            assert after["from_status"] == before["to_status"]
            assert after["to_status"] in TRANSITIONS[before["to_status"]]
            assert after["changed_on"] >= before["changed_on"]
        assert steps[-1]["to_status"] == case["status"]
        assert steps[-1]["changed_on"] == case["status_since"]
        assert (case["closed_on"] is not None) == (case["status"] == "closed")


def test_no_dates_after_today_except_plans(rows):
    for entity, data in rows:
        for name, value in data.items():
            if name.endswith("_on") and name not in MAY_BE_FUTURE and value:
                assert value <= TODAY.isoformat(), (entity, name, value)


def test_consultations_stay_within_their_case(rows):
    cases = {d["id"]: d for e, d in rows if e == "case"}
    for entity, data in rows:
        if entity == "consultation":
            case = cases[data["case_id"]]
            assert case["opened_on"] <= data["held_on"] <= (case["closed_on"] or TODAY.isoformat())
            assert 100 <= len(data["notes"]) <= 700


def test_bad_arguments_fail_at_the_call():
    with pytest.raises(ValueError):
        generate(persons=1, seed=1, prefix="toolong")
    with pytest.raises(ValueError):
        generate(persons=1, seed=1, counsellors=())
    with pytest.raises(ValueError):
        generate(persons=-1, seed=1)


def test_name_lists_are_large_enough():
    for origin in ORIGINS:
        for names in (origin.family, origin.male, origin.female):
            assert len(set(names)) >= 25, origin.country


def test_a_year_of_demo_data_looks_like_a_networks_year():
    """1,000 persons a year (3,000 over the generator's three years): a real network counselled
    818 persons in 1,219 sessions and saw 223 departures in one recent year."""
    year = str(TODAY.year - 1)
    counselled: set[str] = set()
    sessions = 0
    travellers: dict[str, set[str]] = {}
    departed: list[str] = []
    for entity, data in generate(persons=3000, seed=1, today=TODAY):
        if entity == "consultation" and data["held_on"].startswith(year):
            sessions += 1
            counselled.update(data["participant_ids"])
        elif entity == "application_traveller" and data["travels"]:
            travellers.setdefault(data["application_id"], set()).add(data["person_id"])
        elif entity == "departure" and (data["confirmed_on"] or "").startswith(year):
            departed.append(data["application_id"])
    returnees = {p for a in departed for p in travellers.get(a, set())}
    assert 650 <= len(counselled) <= 1000, len(counselled)
    assert 1000 <= sessions <= 1500, sessions
    assert 1.3 <= sessions / len(counselled) <= 1.9
    assert 160 <= len(returnees) <= 300, len(returnees)


def test_demo_return_processes_show_every_part_of_the_work():
    rows = list(generate(persons=1500, seed=2, today=TODAY))
    by: dict[str, list[dict]] = {}
    for entity, data in rows:
        by.setdefault(entity, []).append(data)
    assert any(not t["travels"] for t in by["application_traveller"])  # some members stay
    assert {a["decision"] for a in by["application"]} == {
        "pending",
        "approved",
        "rejected",
        "withdrawn",
    }
    soon = (TODAY + timedelta(days=14)).isoformat()
    checks = by["document_check"]
    assert any(c["status"] == "expired" for c in checks)
    assert any(
        c["status"] == "present"
        and c["valid_until"]
        and TODAY.isoformat() <= c["valid_until"] <= soon
        for c in checks
    )
    departures = {d["application_id"]: d for d in by["departure"]}
    assert any(d["confirmed_on"] for d in departures.values())
    assert any(d["not_departed_reason"] for d in departures.values())
    assert any(d["planned_on"] and d["planned_on"] > TODAY.isoformat() for d in departures.values())
    escorted = {
        m["application_id"] for m in by["medical_return"] if m["fitness"] == "fit_with_escort"
    }
    assert any(departures.get(a, {}).get("escort") == "medical_escort" for a in escorted)
    left_on = {d["case_id"]: d["confirmed_on"] for d in departures.values() if d["confirmed_on"]}
    late = [
        p
        for p in by["support_payment"]
        if p["status"] == "paid"
        and p["instalment"] == 2
        and p["case_id"] in left_on
        and date.fromisoformat(p["paid_on"]) - date.fromisoformat(left_on[p["case_id"]])
        > timedelta(days=150)
    ]
    assert late  # start-up aid instalments paid months after the arrival
    assert any(f["held_on"] for f in by["reintegration_follow_up"])
    assert any(
        f["held_on"] is None and f["due_on"] <= TODAY.isoformat()
        for f in by["reintegration_follow_up"]
    )
    assert {a["result"] for a in by["sustainability_assessment"]} == {
        "sustainable",
        "not_sustainable",
    }
    assert any(
        r["answered_on"] is None and r["answer_due_on"] < TODAY.isoformat()
        for r in by["information_request"]
    )
