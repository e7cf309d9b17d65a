"""Fixed code lists of the return process; values are the stored and exported codes.

Codes the funder counts or the software computes with are fixed here; what a programme
offers or requires of them (components, documents, reference numbers) is data under
resources/programmes/.
"""

from enum import StrEnum


class TravellerRole(StrEnum):
    main_applicant = "main_applicant"
    household_member = "household_member"


class Relationship(StrEnum):
    """A household member's relationship to the main applicant."""

    spouse = "spouse"
    child = "child"
    parent = "parent"
    sibling = "sibling"
    other = "other"


class DocumentStatus(StrEnum):
    missing = "missing"
    requested = "requested"
    present = "present"
    expired = "expired"
    not_needed = "not_needed"


class TravelMode(StrEnum):
    flight = "flight"
    land = "land"
    self_organised = "self_organised"


class Escort(StrEnum):
    none = "none"
    escort = "escort"
    medical_escort = "medical_escort"


class ConfirmationMethod(StrEnum):
    """How a departure became known as having happened."""

    boarding_confirmation = "boarding_confirmation"  # IOM or airline
    border_exit_stamp = "border_exit_stamp"
    authority_notice = "authority_notice"
    partner_report = "partner_report"  # reintegration partner met the returnee
    contact_after_arrival = "contact_after_arrival"  # the returnee called or wrote
    other = "other"


class NotDepartedReason(StrEnum):
    withdrew = "withdrew"  # changed their mind: an open outcome, not a failure
    not_fit_to_travel = "not_fit_to_travel"
    documents_missing = "documents_missing"
    travel_cancelled = "travel_cancelled"
    status_changed = "status_changed"  # e.g. a residence permit after all
    contact_lost = "contact_lost"
    other = "other"


class SupportComponent(StrEnum):
    travel_costs = "travel_costs"
    travel_allowance = "travel_allowance"  # Reisebeihilfe
    start_up_aid = "start_up_aid"  # Starthilfe, often in instalments
    medical_support = "medical_support"
    reintegration_housing = "reintegration_housing"  # in kind
    reintegration_business = "reintegration_business"  # in kind
    reintegration_training = "reintegration_training"  # in kind
    other = "other"


# What the funder counts as reintegration assistance (received after or for the return).
REINTEGRATION_COMPONENTS = frozenset(
    {
        SupportComponent.start_up_aid,
        SupportComponent.medical_support,
        SupportComponent.reintegration_housing,
        SupportComponent.reintegration_business,
        SupportComponent.reintegration_training,
    }
)


class PaymentStatus(StrEnum):
    planned = "planned"
    approved = "approved"
    paid = "paid"  # for in-kind support: delivered
    cancelled = "cancelled"
    reclaimed = "reclaimed"


class Payer(StrEnum):
    bamf = "bamf"
    iom = "iom"
    state = "state"
    municipality = "municipality"
    eu_partner = "eu_partner"  # service partner of the EU Reintegration Programme
    ngo = "ngo"
    other = "other"


class ReferenceKind(StrEnum):
    federal_application = "federal_application"  # BAMF's online application module
    iom_case = "iom_case"
    reintegration_case = "reintegration_case"  # EU Reintegration Programme (RIAT)
    zirf_request = "zirf_request"
    other = "other"


class InformationTopic(StrEnum):
    medical_treatment = "medical_treatment"  # treatment and medication available?
    housing = "housing"
    labour_market = "labour_market"
    education = "education"
    family_tracing = "family_tracing"  # for unaccompanied minors
    other = "other"


class FitnessToTravel(StrEnum):
    unknown = "unknown"
    fit = "fit"
    fit_with_escort = "fit_with_escort"
    not_fit = "not_fit"


class FitnessSource(StrEnum):
    treating_doctor = "treating_doctor"
    public_health_officer = "public_health_officer"  # Amtsarzt
    airline_medical_service = "airline_medical_service"
    iom_medical = "iom_medical"
    other = "other"


class TreatmentAvailability(StrEnum):
    unknown = "unknown"
    available = "available"
    partly_available = "partly_available"
    not_available = "not_available"


class Dimension(StrEnum):
    economic = "economic"
    social = "social"
    psychosocial = "psychosocial"


class MeasureStatus(StrEnum):
    planned = "planned"
    in_progress = "in_progress"
    achieved = "achieved"
    dropped = "dropped"


class ContactMode(StrEnum):
    phone = "phone"
    video = "video"
    messenger = "messenger"
    visit = "visit"  # by the partner in the return country
    written_report = "written_report"


class ContactBy(StrEnum):
    counsellor = "counsellor"
    partner = "partner"  # the reintegration partner's report


class Checkpoint(StrEnum):
    """When after the return sustainability is assessed (the network reports both)."""

    months_6 = "months_6"
    months_12 = "months_12"


class SustainabilityResult(StrEnum):
    sustainable = "sustainable"
    not_sustainable = "not_sustainable"
