"""Support paid or delivered per traveller or application, and external reference numbers."""

from datetime import date
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints, model_validator

from app.domain.base import Amount, Identifying, Indexed, PastDate, Record, RecordId, Ref
from app.domain.returns.codes import Payer, PaymentStatus, ReferenceKind, SupportComponent
from app.domain.returns.travel import ApplicationId, CaseId, Note

Cents = Annotated[int, Field(ge=0, le=10_000_000), Amount()]


class SupportPayment(Record):
    """One support component (or one instalment of it) for a traveller or the application.

    Only what is paid (in kind: delivered) counts as assistance received; an approval is a
    promise. Double funding is checked and explained (services), never applied here.
    """

    entity: ClassVar[str] = "support_payment"
    case_id: CaseId
    application_id: ApplicationId
    person_id: Annotated[RecordId | None, Ref("person")] = None  # None: per application
    component: SupportComponent
    instalment: Annotated[int, Field(ge=1, le=6)] = 1
    in_kind: bool = False
    status: PaymentStatus = PaymentStatus.planned
    amount_cents: Cents | None = None
    payer: Payer
    due_on: date | None = None
    approved_on: PastDate | None = None
    paid_on: PastDate | None = None  # in kind: delivered on
    note: Note = None

    @model_validator(mode="after")
    def _dates(self) -> "SupportPayment":
        paid = self.status in (PaymentStatus.paid, PaymentStatus.reclaimed)
        if paid and self.paid_on is None:
            raise ValueError("Auszahlung ohne Datum / paid needs the date it was paid")
        if self.status == PaymentStatus.planned and (self.paid_on or self.approved_on):
            raise ValueError(
                "geplant, aber schon bewilligt oder gezahlt / planned cannot carry approval "
                "or payment dates"
            )
        if self.approved_on and self.paid_on and self.paid_on < self.approved_on:
            raise ValueError("gezahlt vor Bewilligung / paid before it was approved")
        return self


class ExternalReference(Record):
    """A number another body gave the case or application (BAMF, IOM, EURP, ZIRF).

    Searchable, because counsellors are called about them; identifying, so never in a
    pseudonymised export.
    """

    entity: ClassVar[str] = "external_reference"
    case_id: CaseId
    application_id: Annotated[RecordId | None, Ref("application")] = None
    kind: ReferenceKind
    number: Annotated[
        str,
        StringConstraints(strip_whitespace=True, min_length=1, max_length=60),
        Identifying(),
        Indexed("title"),
    ]


__all__ = ["ApplicationId", "ExternalReference", "SupportPayment"]
