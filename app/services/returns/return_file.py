"""What the person view shows of a household's return and reintegration, case by case.

Read in one transaction beside the dossier (services/dossier.py), so the person view's
return sections can load without the dossier knowing about every return record.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from app.domain.base import Record
from app.domain.returns.information import InformationRequest, MedicalReturn
from app.domain.returns.reintegration import (
    ReintegrationFollowUp,
    ReintegrationMeasure,
    ReintegrationPlan,
    SustainabilityAssessment,
)
from app.services.returns.common import rows
from app.store.store import Store

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class ReturnFile:
    case_id: str
    information_requests: list[InformationRequest] = field(default_factory=list)  # newest first
    medical_returns: list[MedicalReturn] = field(default_factory=list)
    plans: list[ReintegrationPlan] = field(default_factory=list)  # newest first
    measures: list[ReintegrationMeasure] = field(default_factory=list)  # by dimension
    follow_ups: list[ReintegrationFollowUp] = field(default_factory=list)  # by due date
    assessments: list[SustainabilityAssessment] = field(default_factory=list)  # newest first


def _of(found: list[Record], kind: type[R], case_id: str) -> list[R]:
    return [r for r in found if isinstance(r, kind) and getattr(r, "case_id", None) == case_id]


def return_files(store: Store, *, case_ids: Sequence[str]) -> dict[str, ReturnFile]:
    """Each case's return records (cases without any get an empty file)."""
    ids = list(dict.fromkeys(case_ids))
    with store.read() as conn:
        found = {
            entity: rows(conn, entity, "case_id", ids)
            for entity in (
                "information_request",
                "medical_return",
                "reintegration_plan",
                "reintegration_measure",
                "reintegration_follow_up",
                "sustainability_assessment",
            )
        }
    files = {}
    for case_id in ids:
        requests = _of(found["information_request"], InformationRequest, case_id)
        requests.sort(key=lambda r: (r.asked_on, r.id), reverse=True)
        plans = _of(found["reintegration_plan"], ReintegrationPlan, case_id)
        plans.sort(key=lambda p: (p.drawn_up_on, p.id), reverse=True)
        measures = _of(found["reintegration_measure"], ReintegrationMeasure, case_id)
        order = {"economic": 0, "social": 1, "psychosocial": 2}
        measures.sort(key=lambda m: (order.get(m.dimension, 9), m.goal, m.id))
        follow_ups = _of(found["reintegration_follow_up"], ReintegrationFollowUp, case_id)
        follow_ups.sort(key=lambda f: (f.due_on, f.id))
        assessments = _of(found["sustainability_assessment"], SustainabilityAssessment, case_id)
        assessments.sort(key=lambda a: (a.assessed_on, a.id), reverse=True)
        files[case_id] = ReturnFile(
            case_id,
            requests,
            _of(found["medical_return"], MedicalReturn, case_id),
            plans,
            measures,
            follow_ups,
            assessments,
        )
    return files
