"""After the return: sustainability scored from the questionnaire data, and the Today lists."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.returns.codes import Checkpoint, Dimension, SustainabilityResult
from app.domain.sustainability import QuestionnaireError, default_questionnaire, load_questionnaire
from app.errors import ValidationFailed
from app.services import records
from app.services.returns.checklist import document_check_id, generate_checklist
from app.services.returns.departures import set_departure
from app.services.returns.sustainability import record_assessment, score
from app.services.returns.today import returns_today
from tests.app.services.return_family import family

TODAY = date(2025, 3, 10)
QUESTIONS = default_questionnaire().question


def _answers(pick) -> dict[str, str]:
    return {q.code: pick(q).code for q in QUESTIONS}


def test_a_return_is_sustainable_when_every_dimension_reaches_the_threshold(store):
    f = family(store)
    best = _answers(lambda q: q.options[0])
    scores, result = score(best, default_questionnaire())
    assert scores == dict.fromkeys(Dimension, 1.0) and result == SustainabilityResult.sustainable
    # One dimension below the threshold is enough to miss it.
    weak = {**best, **{q.code: q.options[-1].code for q in QUESTIONS if q.dimension == "social"}}
    assert score(weak, default_questionnaire())[1] == SustainabilityResult.not_sustainable
    partial = {q.code: q.options[0].code for q in QUESTIONS if q.dimension != "psychosocial"}
    assert score(partial, default_questionnaire())[1] is None  # not every dimension answered
    saved = record_assessment(
        store,
        case_id=f.case,
        person_id=f.samira,
        checkpoint=Checkpoint.months_6,
        assessed_on=date(2025, 3, 1),
        answers=weak,
    )
    assert saved.result == "not_sustainable" and saved.questionnaire == "2026.1"
    assert saved.scores["social"] == 0.0
    with pytest.raises(ValidationFailed, match="unknown question"):
        record_assessment(
            store,
            case_id=f.case,
            person_id=f.samira,
            checkpoint=Checkpoint.months_12,
            assessed_on=date(2025, 3, 1),
            answers={"horoscope": "yes"},
        )


@given(st.data())
def test_scores_are_means_between_zero_and_one(data):
    answers = {
        q.code: data.draw(st.sampled_from(q.options)).code
        for q in QUESTIONS
        if data.draw(st.booleans())
    }
    scores, result = score(answers, default_questionnaire())
    assert all(0.0 <= s <= 1.0 for s in scores.values())
    if result == SustainabilityResult.sustainable:
        assert set(scores) == set(Dimension) and min(scores.values()) >= 0.5


def test_questionnaire_errors_name_the_line(tmp_path):
    path = tmp_path / "sustainability.toml"
    text = (default_questionnaire_path()).read_text(encoding="utf-8")
    path.write_text(
        text.replace('dimension = "social"', 'dimension = "spiritual"', 1), encoding="utf-8"
    )
    line = next(n for n, t in enumerate(path.read_text().splitlines(), 1) if "spiritual" in t)
    with pytest.raises(QuestionnaireError, match=rf"sustainability.toml line {line}: dimension"):
        load_questionnaire(path)


def default_questionnaire_path():
    from app.domain.sustainability import default_path

    return default_path()


def test_today_lists_expiring_documents_departures_overdue_requests_and_due_contacts(store):
    f = family(store)
    set_departure(
        store, application_id=f.application, values={"planned_on": TODAY + timedelta(days=9)}
    )
    generate_checklist(store, application_id=f.application)
    expiring = document_check_id(f.application, "travel_document", f.omar)
    records.update(
        store,
        entity="document_check",
        record_id=expiring,
        patch={"status": "present", "valid_until": TODAY + timedelta(days=12)},
    )
    later = document_check_id(f.application, "travel_document", f.lina)
    records.update(
        store,
        entity="document_check",
        record_id=later,
        patch={"status": "present", "valid_until": TODAY + timedelta(days=300)},
    )
    request = {"case_id": f.case, "topic": "medical_treatment", "country": "AFG"}
    overdue = records.create(
        store,
        entity="information_request",
        data={**request, "asked_on": date(2025, 1, 5), "answer_due_on": date(2025, 2, 5)},
    )
    records.create(
        store,
        entity="information_request",
        data={
            **request,
            "asked_on": date(2025, 1, 5),
            "answer_due_on": date(2025, 2, 5),
            "answered_on": date(2025, 2, 1),
        },
    )
    due = records.create(
        store,
        entity="reintegration_follow_up",
        data={"case_id": f.case, "due_on": TODAY - timedelta(days=3)},
    )
    records.create(
        store,
        entity="reintegration_follow_up",
        data={"case_id": f.case, "due_on": TODAY + timedelta(days=60)},
    )
    view = returns_today(store, on=TODAY)
    assert [i.record.id for i in view.documents_expiring] == [expiring]
    assert [i.record.application_id for i in view.departures] == [f.application]
    assert [i.record.id for i in view.requests_overdue] == [overdue.id]
    assert [i.record.id for i in view.follow_ups_due] == [due.id]
    assert {i.case_reference for i in view.departures} == {
        records.get(store, entity="case", record_id=f.case, audit=False).reference
    }
