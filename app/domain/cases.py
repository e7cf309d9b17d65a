"""Cases, their status workflow and the dated history of every status change."""

from typing import Annotated, ClassVar

from pydantic import StringConstraints, model_validator

from app.domain.base import Indexed, PastDate, Record, RecordId, Ref, ShortText
from app.domain.codes import SiteCode
from app.domain.enums import CaseOutcome, CaseStatus, OutreachChannel

S = CaseStatus
_ACTIVE = (S.first_contact, S.counselling, S.decision, S.application_submitted, S.approved)

# Open outcome: every active state may close (a stay is an outcome, not a failure).
TRANSITIONS: dict[CaseStatus, frozenset[CaseStatus]] = {
    S.first_contact: frozenset({S.counselling, S.paused, S.withdrawn, S.closed}),
    S.counselling: frozenset({S.decision, S.paused, S.withdrawn, S.closed}),
    S.decision: frozenset(
        {S.counselling, S.application_submitted, S.paused, S.withdrawn, S.closed}
    ),
    S.application_submitted: frozenset({S.approved, S.decision, S.paused, S.withdrawn, S.closed}),
    S.approved: frozenset({S.departed, S.decision, S.paused, S.withdrawn, S.closed}),
    S.departed: frozenset({S.reintegration_follow_up, S.closed}),
    S.reintegration_follow_up: frozenset({S.closed}),
    S.paused: frozenset({*_ACTIVE, S.withdrawn, S.closed}),
    S.withdrawn: frozenset({S.counselling, S.closed}),
    S.closed: frozenset({S.counselling}),
}

CaseReference = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True, to_upper=True, pattern=r"^[A-Z]{2,4}-\d{4}-[A-Z0-9]{2,4}-\d{3,6}$"
    ),
    Indexed("title"),
]


def allowed_next(status: CaseStatus) -> frozenset[CaseStatus]:
    return TRANSITIONS[status]


class Case(Record):
    entity: ClassVar[str] = "case"
    reference: CaseReference
    household_id: Annotated[RecordId, Ref("household")]
    main_contact_id: Annotated[RecordId | None, Ref("person")] = None
    counsellor: ShortText
    team: Annotated[str | None, StringConstraints(max_length=60)] = None
    site: SiteCode
    opened_on: PastDate
    status: CaseStatus = CaseStatus.first_contact
    status_since: PastDate
    outcome: CaseOutcome | None = None
    closed_on: PastDate | None = None
    outreach_channel: OutreachChannel | None = None  # how the person found the service

    @model_validator(mode="after")
    def _rules(self) -> "Case":
        closed = self.status == CaseStatus.closed
        if closed and self.outcome is None:
            raise ValueError("Abschluss braucht ein Ergebnis / closing needs an outcome")
        if closed != (self.closed_on is not None):
            raise ValueError(
                "closed_on passt nicht zum Status / closed_on must be set exactly when closed"
            )
        if self.closed_on and self.closed_on < self.opened_on:
            raise ValueError("Abschluss vor Eröffnung / closed before it was opened")
        if self.status_since < self.opened_on:
            raise ValueError("Statusdatum vor Eröffnung / status date before opening")
        return self


class CaseStatusChange(Record):
    entity: ClassVar[str] = "case_status_change"
    case_id: Annotated[RecordId, Ref("case")]
    from_status: CaseStatus | None
    to_status: CaseStatus
    changed_on: PastDate
    changed_by: ShortText
    outcome: CaseOutcome | None = None


def check_transition(current: CaseStatus, target: CaseStatus) -> None:
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(TRANSITIONS[current]))
        raise ValueError(f"from '{current}' a case can go to: {allowed}; not to '{target}'")
