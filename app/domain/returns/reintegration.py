"""After the return: the reintegration plan, its measures, follow-up contacts and sustainability."""

from datetime import date
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints, model_validator

from app.domain.base import (
    Amount,
    FreeText,
    Indexed,
    LongText,
    PastDate,
    Record,
    RecordId,
    Ref,
    ShortText,
)
from app.domain.codes import CountryCode
from app.domain.returns.codes import (
    Checkpoint,
    ContactBy,
    ContactMode,
    Dimension,
    MeasureStatus,
    SustainabilityResult,
)
from app.domain.returns.travel import CaseId

PlanId = Annotated[RecordId, Ref("reintegration_plan")]
Code = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,59}$")]


class ReintegrationPlan(Record):
    entity: ClassVar[str] = "reintegration_plan"
    case_id: CaseId
    application_id: Annotated[RecordId | None, Ref("application")] = None
    drawn_up_on: PastDate
    country: CountryCode | None = None
    partner: Annotated[ShortText | None, FreeText()] = None  # organisation in the return country


class ReintegrationMeasure(Record):
    """A goal and its measure in one dimension, with the budget lines that pay for it."""

    entity: ClassVar[str] = "reintegration_measure"
    case_id: CaseId
    plan_id: PlanId
    dimension: Dimension
    goal: Annotated[ShortText, FreeText()]
    measure: LongText | None = None
    status: MeasureStatus = MeasureStatus.planned
    budget_cents: Annotated[int, Field(ge=0, le=10_000_000), Amount()] | None = None
    payment_ids: Annotated[list[RecordId], Ref("support_payment")] = Field(
        default_factory=list, max_length=20
    )


class ReintegrationFollowUp(Record):
    """A contact after the return: planned for a day, then held (by the counsellor or a partner)."""

    entity: ClassVar[str] = "reintegration_follow_up"
    case_id: CaseId
    plan_id: Annotated[RecordId | None, Ref("reintegration_plan")] = None
    due_on: date
    held_on: PastDate | None = None
    mode: ContactMode = ContactMode.phone
    by: ContactBy = ContactBy.counsellor
    notes: Annotated[LongText | None, Indexed("body")] = None


class SustainabilityAssessment(Record):
    """The questionnaire of resources/reintegration/sustainability.toml, answered at 6 or 12 months.

    `answers` maps question codes to answer codes; the dimension scores and the result are
    computed from the questionnaire when it is saved (the version is kept with it).
    """

    entity: ClassVar[str] = "sustainability_assessment"
    case_id: CaseId
    person_id: Annotated[RecordId, Ref("person")]
    plan_id: Annotated[RecordId | None, Ref("reintegration_plan")] = None
    checkpoint: Checkpoint
    assessed_on: PastDate
    questionnaire: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    answers: dict[Code, Code] = Field(default_factory=dict, max_length=60)
    scores: dict[Dimension, float] = Field(default_factory=dict)
    result: SustainabilityResult | None = None

    @model_validator(mode="after")
    def _scores(self) -> "SustainabilityAssessment":
        if any(not 0.0 <= s <= 1.0 for s in self.scores.values()):
            raise ValueError("Wert außerhalb 0–1 / a score lies outside 0 to 1")
        return self
