"""Who travels, with which documents, and the departure itself."""

from datetime import date
from typing import Annotated, ClassVar

from pydantic import StringConstraints, model_validator

from app.domain.base import FreeText, Identifying, Indexed, PastDate, Record, RecordId, Ref
from app.domain.programmes import DocumentTypeCode
from app.domain.returns.codes import (
    ConfirmationMethod,
    DocumentStatus,
    Escort,
    NotDepartedReason,
    Relationship,
    TravellerRole,
    TravelMode,
)

CaseId = Annotated[RecordId, Ref("case")]
ApplicationId = Annotated[RecordId, Ref("application")]
Note = Annotated[str | None, StringConstraints(max_length=500), FreeText()]


class ApplicationTraveller(Record):
    """A person of the household on an application: the main applicant or a member.

    A member who stays (travels = false) is still of the household, not of the return, and
    is not counted as a returnee.
    """

    entity: ClassVar[str] = "application_traveller"
    case_id: CaseId
    application_id: ApplicationId
    person_id: Annotated[RecordId, Ref("person")]
    role: TravellerRole = TravellerRole.household_member
    relationship: Relationship | None = None
    travels: bool = True

    @model_validator(mode="after")
    def _relationship(self) -> "ApplicationTraveller":
        if self.role == TravellerRole.main_applicant and self.relationship is not None:
            raise ValueError(
                "Hauptantragsteller:in hat keine Beziehung zu sich selbst / "
                "the main applicant has no relationship to themselves"
            )
        return self


class DocumentCheck(Record):
    """One row of an application's checklist: a document, for whom, and where it stands.

    Whether it has expired or will be valid at departure is computed against the planned
    departure (app/services/returns/checklist.py), never stored: the departure may move.
    """

    entity: ClassVar[str] = "document_check"
    case_id: CaseId
    application_id: ApplicationId
    document_type: DocumentTypeCode
    person_id: Annotated[RecordId | None, Ref("person")] = None  # None: the whole application
    status: DocumentStatus = DocumentStatus.missing
    issued_on: PastDate | None = None
    valid_until: date | None = None
    attachment_id: Annotated[RecordId | None, Ref("attachment")] = None
    note: Note = None

    @model_validator(mode="after")
    def _dates(self) -> "DocumentCheck":
        if self.issued_on and self.valid_until and self.valid_until < self.issued_on:
            raise ValueError("gültig bis vor Ausstellung / valid until is before issued on")
        return self


class Departure(Record):
    """The departure of an application's travellers: planned, then confirmed or not made.

    A return is counted at `confirmed_on`, for the travellers only, whatever the case's
    status; "did not depart" is an outcome with a reason, not a missing date.
    """

    entity: ClassVar[str] = "departure"
    case_id: CaseId
    application_id: ApplicationId
    planned_on: date | None = None
    mode: TravelMode | None = None
    booking_reference: Annotated[
        str | None, StringConstraints(max_length=60), Identifying(), Indexed("title")
    ] = None
    departure_point: Annotated[str | None, StringConstraints(max_length=120), FreeText()] = (
        None  # airport or border crossing
    )
    escort: Escort = Escort.none
    confirmed_on: PastDate | None = None
    confirmed_how: ConfirmationMethod | None = None
    not_departed_reason: NotDepartedReason | None = None
    note: Note = None

    @model_validator(mode="after")
    def _outcome(self) -> "Departure":
        if self.confirmed_on and self.not_departed_reason:
            raise ValueError(
                "bestätigte Ausreise und 'nicht ausgereist' schließen sich aus / "
                "a confirmed departure cannot also be one that did not happen"
            )
        if self.confirmed_how and not self.confirmed_on:
            raise ValueError(
                "Bestätigung ohne Datum / how it was confirmed needs the confirmed date"
            )
        return self
