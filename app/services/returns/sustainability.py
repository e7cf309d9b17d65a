"""Sustainability of a return: the questionnaire answered, scored per dimension, recorded."""

from collections.abc import Mapping
from datetime import date

from app.domain.returns.codes import Checkpoint, Dimension, SustainabilityResult
from app.domain.returns.reintegration import SustainabilityAssessment
from app.domain.sustainability import Questionnaire, default_questionnaire
from app.errors import ValidationFailed
from app.services.records import create_in, get_in
from app.store.store import Store

ENTITY = "sustainability_assessment"


def score(
    answers: Mapping[str, str], questionnaire: Questionnaire
) -> tuple[dict[Dimension, float], SustainabilityResult | None]:
    """Mean score per dimension over its answered questions, and the result.

    The result needs every dimension answered: a return is sustainable when each reaches the
    threshold, and not sustainable when any falls short. Unknown codes are left out (an
    assessment answered with an older questionnaire keeps its own recorded scores).
    """
    sums: dict[Dimension, list[float]] = {}
    for code, answer in answers.items():
        question = questionnaire.by_code(code)
        option = question.option(answer) if question else None
        if question is None or option is None:
            continue
        sums.setdefault(question.dimension, []).append(option.score)
    scores = {d: round(sum(v) / len(v), 4) for d, v in sums.items()}
    if set(scores) != set(Dimension):
        return scores, None
    sustainable = all(s >= questionnaire.threshold for s in scores.values())
    return scores, (
        SustainabilityResult.sustainable if sustainable else SustainabilityResult.not_sustainable
    )


def check_answers(answers: Mapping[str, str], questionnaire: Questionnaire) -> None:
    problems = {}
    for code, answer in answers.items():
        question = questionnaire.by_code(code)
        if question is None:
            problems[f"answers.{code}"] = "unbekannte Frage / unknown question"
        elif question.option(answer) is None:
            allowed = ", ".join(o.code for o in question.options)
            problems[f"answers.{code}"] = f"keine Antwort dieser Frage / not an answer: {allowed}"
    if problems:
        raise ValidationFailed(ENTITY, problems)


def record_assessment(
    store: Store,
    *,
    case_id: str,
    person_id: str,
    checkpoint: Checkpoint,
    assessed_on: date,
    answers: Mapping[str, str],
    plan_id: str | None = None,
    questionnaire: Questionnaire | None = None,
) -> SustainabilityAssessment:
    chosen = questionnaire or default_questionnaire()
    check_answers(answers, chosen)
    scores, result = score(answers, chosen)
    with store.write() as writer:
        get_in(writer, "case", case_id)
        record = create_in(
            writer,
            ENTITY,
            {
                "case_id": case_id,
                "person_id": person_id,
                "plan_id": plan_id,
                "checkpoint": checkpoint,
                "assessed_on": assessed_on,
                "questionnaire": chosen.version,
                "answers": dict(answers),
                "scores": scores,
                "result": result,
            },
        )
    assert isinstance(record, SustainabilityAssessment)
    return record
