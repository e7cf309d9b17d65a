"""Information requests to the country of return (ZIRF-style) and the medical side of a return."""

from datetime import date
from typing import Annotated, ClassVar

from pydantic import Field, model_validator

from app.domain.base import Indexed, LongText, PastDate, Record, RecordId, Ref
from app.domain.codes import CountryCode
from app.domain.returns.codes import (
    FitnessSource,
    FitnessToTravel,
    InformationTopic,
    TreatmentAvailability,
)
from app.domain.returns.travel import CaseId


class InformationRequest(Record):
    """An individual request about conditions in the country of return; overdue ones show on Today."""

    entity: ClassVar[str] = "information_request"
    case_id: CaseId
    person_id: Annotated[RecordId | None, Ref("person")] = None
    topic: InformationTopic
    country: CountryCode
    asked_on: PastDate
    answer_due_on: date | None = None
    answered_on: PastDate | None = None
    summary: Annotated[LongText | None, Indexed("body")] = None
    attachment_id: Annotated[RecordId | None, Ref("attachment")] = None

    @model_validator(mode="after")
    def _dates(self) -> "InformationRequest":
        if self.answered_on and self.answered_on < self.asked_on:
            raise ValueError("Antwort vor Anfrage / answered before it was asked")
        if self.answer_due_on and self.answer_due_on < self.asked_on:
            raise ValueError("Frist vor Anfrage / answer due before it was asked")
        return self


class MedicalReturn(Record):
    """Fitness to travel and what treatment the traveller needs and finds at the destination."""

    entity: ClassVar[str] = "medical_return"
    case_id: CaseId
    person_id: Annotated[RecordId, Ref("person")]
    application_id: Annotated[RecordId | None, Ref("application")] = None
    fitness: FitnessToTravel = FitnessToTravel.unknown
    assessed_on: PastDate | None = None
    source: FitnessSource | None = None
    medication_months: Annotated[int, Field(ge=0, le=24)] | None = None
    treatment_available: TreatmentAvailability = TreatmentAvailability.unknown
    information_request_id: Annotated[RecordId | None, Ref("information_request")] = None

    @model_validator(mode="after")
    def _assessed(self) -> "MedicalReturn":
        if self.fitness != FitnessToTravel.unknown and self.assessed_on is None:
            raise ValueError(
                "Reisefähigkeit braucht das Datum der Einschätzung / fitness needs its date"
            )
        return self
