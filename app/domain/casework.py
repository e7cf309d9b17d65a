"""The work on a case: consultations, follow-ups, referrals and support applications."""

from datetime import date, timedelta
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints, ValidationInfo, field_validator, model_validator

from app.domain.base import (
    Amount,
    FreeText,
    Indexed,
    LongText,
    PastDate,
    Record,
    RecordId,
    Ref,
    RuleBroken,
    ShortText,
    from_server,
    is_write,
)
from app.domain.codes import CountryCode, LanguageCode, ProgrammeCode, SiteCode
from app.domain.enums import (
    ApplicationDecision,
    ConsultationMode,
    FollowUpStatus,
    InterpreterMode,
    PartnerKind,
    ReferralStatus,
    Topic,
)

Notes = Annotated[LongText | None, Indexed("body")]


class Consultation(Record):
    entity: ClassVar[str] = "consultation"
    case_id: Annotated[RecordId, Ref("case")]
    held_on: date
    duration_minutes: int = Field(ge=1, le=600)
    counsellor: ShortText
    site: SiteCode | None = None
    mode: ConsultationMode = ConsultationMode.in_person
    interpreter_language: LanguageCode | None = None
    interpreter_mode: InterpreterMode | None = None
    participant_ids: Annotated[list[RecordId], Ref("person")] = Field(
        default_factory=list, max_length=30
    )
    topics: list[Topic] = Field(default_factory=list, max_length=10)
    notes: Notes = None
    next_steps: Notes = None

    @field_validator("held_on")
    @classmethod
    def _not_future(cls, value: date, info: ValidationInfo) -> date:
        # A day of grace: a laptop's clock or time zone may run ahead.
        if value > date.today() + timedelta(days=1) and not from_server(info):
            raise ValueError("Gespräch in der Zukunft / consultation date is in the future")
        return value

    @model_validator(mode="after")
    def _interpreter(self, info: ValidationInfo) -> "Consultation":
        if self.interpreter_mode and not self.interpreter_language:
            raise RuleBroken(
                "interpreter_language", "Dolmetschsprache fehlt / interpreter needs a language"
            )
        if self.interpreter_language and not self.interpreter_mode and is_write(info):
            # Since issue 15, on writes only: records stored or synced before may have it.
            raise RuleBroken(
                "interpreter_mode",
                "Art der Dolmetschung fehlt: bitte wählen oder die Sprache leeren / Choose "
                "how the interpreter attends, or clear the language",
            )
        if len(set(self.topics)) != len(self.topics):
            raise RuleBroken("topics", "Thema doppelt / topic listed twice")
        return self


class FollowUp(Record):
    entity: ClassVar[str] = "follow_up"
    case_id: Annotated[RecordId, Ref("case")]
    due_on: date
    assignee: ShortText
    title: Annotated[ShortText, FreeText()]
    status: FollowUpStatus = FollowUpStatus.open
    done_on: PastDate | None = None
    # What came of it, written when marking it done ("Termin bestätigt"): free text, so never
    # in reports or pseudonymised exports.
    outcome_note: LongText | None = None

    @model_validator(mode="after")
    def _done(self) -> "FollowUp":
        if (self.status == FollowUpStatus.done) != (self.done_on is not None):
            raise RuleBroken(
                "done_on", "done_on gehört zu Status 'done' / done_on is set exactly when done"
            )
        return self


class Referral(Record):
    entity: ClassVar[str] = "referral"
    case_id: Annotated[RecordId, Ref("case")]
    partner: Annotated[ShortText, FreeText()]
    partner_kind: PartnerKind
    purpose: Annotated[str, StringConstraints(max_length=500), FreeText()]
    referred_on: PastDate
    status: ReferralStatus = ReferralStatus.planned
    result: LongText | None = None


class Application(Record):
    """A support application to a return or reintegration programme.

    Its departure, travel documents, travellers and payments are records of their own
    (app/domain/returns/); releases before that kept two departure dates and a travel
    documents flag here, which store and server migrations moved into those records.
    """

    entity: ClassVar[str] = "application"
    case_id: Annotated[RecordId, Ref("case")]
    programme: ProgrammeCode
    submitted_on: PastDate
    decision: ApplicationDecision = ApplicationDecision.pending
    decided_on: PastDate | None = None
    amount_cents: Annotated[int | None, Amount()] = Field(default=None, ge=0, le=10_000_000)
    destination_country: CountryCode | None = None

    @model_validator(mode="after")
    def _dates(self) -> "Application":
        if self.decided_on and self.decided_on < self.submitted_on:
            raise RuleBroken("decided_on", "Entscheidung vor Antrag / decided before submitted")
        if (self.decision == ApplicationDecision.pending) == (self.decided_on is not None):
            raise RuleBroken(
                "decided_on",
                "decided_on passt nicht zur Entscheidung / decided_on is set exactly when decided",
            )
        return self
