"""Demo reintegration after a return: a plan with a partner, measures per dimension tied to the
support paid, contacts after the return (some overdue) and sustainability assessments."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import TYPE_CHECKING

from app.domain.returns.codes import REINTEGRATION_COMPONENTS
from app.domain.sustainability import default_questionnaire
from app.services.returns.payments import add_months
from app.services.returns.sustainability import score

if TYPE_CHECKING:
    from app.services.demo_returns import ReturnRows, Row, Stage, Traveller

_PARTNERS = (
    "IOM-Mission {c}",
    "Caritas {c}",
    "AGEF-Büro {c}",
    "Reintegrationspartner {c} (EURP)",
)
_GOALS = {
    "economic": (
        ("Kleines Geschäft eröffnen", "Ladenmiete und Warenerstausstattung über die Sachleistung."),
        ("Arbeit finden", "Vermittlung an das örtliche Arbeitsamt, Bewerbungstraining."),
        ("Berufsausbildung abschließen", "Kurs in einem Ausbildungszentrum, sechs Monate."),
    ),
    "social": (
        ("Wohnung beziehen", "Mietzuschuss für die ersten Monate, Hilfe bei der Suche."),
        ("Kinder einschulen", "Anmeldung an der Schule, Schulmaterial."),
        ("Ausweisdokumente beschaffen", "Begleitung zum Einwohnermeldeamt."),
    ),
    "psychosocial": (
        ("Psychosoziale Beratung fortsetzen", "Anbindung an eine Beratungsstelle vor Ort."),
        ("Kontakt zur Familie stabilisieren", "Gespräche mit der Familie, Vermittlung."),
    ),
}
_NOTES = (
    "Ankunft gut verlaufen, Familie wohnt vorübergehend bei Verwandten.",
    "Geschäftsräume gefunden, Sachleistung bestellt.",
    "Kinder gehen wieder zur Schule.",
    "Klagt über Schwierigkeiten, Arbeit zu finden; Partner informiert.",
    "Zweite Rate der Starthilfe ausgezahlt, Laden läuft an.",
)


def _iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


def reintegration_rows(
    rows: ReturnRows, stage: Stage, going: list[Traveller], payments: list[Row]
) -> Iterator[Row]:
    rng, today = rows.rng, rows.today
    departed = stage.departed
    assert departed is not None
    drawn = max(stage.submitted, departed - rng.randint(0, 20))
    plan_id = rows.g.id(drawn)
    partner = rng.choice(_PARTNERS).format(c=rows.g.ref.country_name(rows.h.country))
    yield rows.row(
        "reintegration_plan",
        plan_id,
        application_id=rows.application_id,
        drawn_up_on=_iso(min(drawn, today)),
        country=rows.h.country,
        partner=partner,
    )
    lines = [p[1]["id"] for p in payments if p[1]["component"] in REINTEGRATION_COMPONENTS]
    elapsed = today - departed
    for dimension, options in _GOALS.items():
        if dimension != "economic" and rng.random() < (0.3 if dimension == "social" else 0.6):
            continue
        goal, measure = rng.choice(options)
        status = (
            "planned"
            if elapsed < 30
            else rng.choice(("in_progress", "achieved", "achieved", "dropped"))
            if elapsed > 180
            else "in_progress"
        )
        yield rows.row(
            "reintegration_measure",
            rows.g.id(min(drawn, today)),
            plan_id=plan_id,
            dimension=dimension,
            goal=goal,
            measure=measure,
            status=status,
            budget_cents=rng.choice((None, 50_000, 100_000, 200_000)),
            payment_ids=rng.sample(lines, min(len(lines), 2)) if dimension == "economic" else [],
        )
    for months in (1, 3, 6, 12):
        due = add_months(date.fromordinal(departed), months).toordinal()
        held = due + rng.randint(-5, 20)
        done = held <= today and rng.random() < 0.88
        by = "partner" if rng.random() < 0.35 else "counsellor"
        yield rows.row(
            "reintegration_follow_up",
            rows.g.id(min(due, today)),
            plan_id=plan_id,
            due_on=_iso(due),
            held_on=_iso(held) if done else None,
            mode=rng.choice(("visit", "written_report"))
            if by == "partner"
            else rng.choice(("phone", "phone", "video", "messenger")),
            by=by,
            notes=rng.choice(_NOTES) if done and rng.random() < 0.7 else None,
        )
    questionnaire = default_questionnaire()
    head = going[0] if going else None
    for checkpoint, months in (("months_6", 6), ("months_12", 12)):
        assessed = add_months(date.fromordinal(departed), months).toordinal() + rng.randint(0, 25)
        if head is None or assessed > today or rng.random() > 0.8:
            continue
        lean = rng.random() < 0.68  # most returns hold; some do not
        answers = {
            q.code: (q.options[0] if lean or rng.random() < 0.3 else rng.choice(q.options[1:])).code
            for q in questionnaire.question
        }

        scores, result = score(answers, questionnaire)
        yield rows.row(
            "sustainability_assessment",
            rows.g.id(assessed),
            person_id=head.id,
            plan_id=plan_id,
            checkpoint=checkpoint,
            assessed_on=_iso(assessed),
            questionnaire=questionnaire.version,
            answers=answers,
            scores={str(k): v for k, v in scores.items()},
            result=None if result is None else str(result),
        )
