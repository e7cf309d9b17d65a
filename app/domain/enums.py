"""Fixed code lists of the domain; values are the stored and exported codes."""

from enum import StrEnum


class Sex(StrEnum):
    female = "female"
    male = "male"
    diverse = "diverse"
    unknown = "unknown"


class HouseholdRelation(StrEnum):
    """How a member is related to the head of their household (the head is "head")."""

    head = "head"
    partner = "partner"
    child = "child"
    parent = "parent"
    sibling = "sibling"
    grandchild = "grandchild"
    grandparent = "grandparent"
    other_relative = "other_relative"
    not_related = "not_related"


class ResidenceStatus(StrEnum):
    asylum_pending = "asylum_pending"
    rejected = "rejected"
    tolerated = "tolerated"  # Duldung
    obliged_to_leave = "obliged_to_leave"
    residence_permit = "residence_permit"
    other = "other"
    unknown = "unknown"


class CaseStatus(StrEnum):
    first_contact = "first_contact"
    counselling = "counselling"
    decision = "decision"
    application_submitted = "application_submitted"
    approved = "approved"
    departed = "departed"
    reintegration_follow_up = "reintegration_follow_up"
    closed = "closed"
    paused = "paused"
    withdrawn = "withdrawn"


class CaseOutcome(StrEnum):
    returned_assisted = "returned_assisted"
    returned_self_organised = "returned_self_organised"
    onward_migration = "onward_migration"
    stays = "stays"  # residence secured
    removed = "removed"  # deportation (Abschiebung), where the counsellor learns of it
    dublin_transfer = "dublin_transfer"  # transfer to the member state responsible (Dublin III)
    referred_elsewhere = "referred_elsewhere"
    contact_lost = "contact_lost"
    other = "other"


class OutreachChannel(StrEnum):
    """How the person found the service: the funder asks it of every case."""

    reception_centre_session = "reception_centre_session"
    municipality = "municipality"
    ngo = "ngo"
    authority = "authority"
    word_of_mouth = "word_of_mouth"
    online_portal = "online_portal"
    other = "other"


class ConsultationMode(StrEnum):
    in_person = "in_person"
    phone = "phone"
    video = "video"


class InterpreterMode(StrEnum):
    in_person = "in_person"
    remote = "remote"


class Topic(StrEnum):
    return_options = "return_options"
    travel_documents = "travel_documents"
    financial_support = "financial_support"
    medical_needs = "medical_needs"
    family_matters = "family_matters"
    reintegration_planning = "reintegration_planning"
    legal_status = "legal_status"
    housing = "housing"
    psychosocial = "psychosocial"
    other = "other"


class VulnerabilityCategory(StrEnum):
    unaccompanied_minor = "unaccompanied_minor"
    minor_in_family = "minor_in_family"
    pregnancy = "pregnancy"
    elderly = "elderly"
    disability = "disability"
    serious_illness = "serious_illness"
    mental_health = "mental_health"
    trafficking_survivor = "trafficking_survivor"
    violence_survivor = "violence_survivor"  # torture or violence, incl. gender-based
    single_parent = "single_parent"
    lgbtiq = "lgbtiq"
    other = "other"


class FollowUpStatus(StrEnum):
    open = "open"
    done = "done"
    cancelled = "cancelled"


class PartnerKind(StrEnum):
    return_counselling_office = "return_counselling_office"
    competence_centre = "competence_centre"
    foreigners_authority = "foreigners_authority"
    legal_advice = "legal_advice"
    medical = "medical"
    psychosocial = "psychosocial"
    reintegration_partner = "reintegration_partner"
    other = "other"


class ReferralStatus(StrEnum):
    planned = "planned"
    sent = "sent"
    accepted = "accepted"
    completed = "completed"
    declined = "declined"


class ApplicationDecision(StrEnum):
    pending = "pending"
    approved = "approved"
    rejected = "rejected"
    withdrawn = "withdrawn"


class TravelDocuments(StrEnum):
    missing = "missing"
    applied = "applied"
    available = "available"
    not_needed = "not_needed"


class ConsentPurpose(StrEnum):
    data_processing = "data_processing"
    sharing_with_partner = "sharing_with_partner"
    contact_after_return = "contact_after_return"


class AuditAction(StrEnum):
    viewed = "viewed"
    created = "created"
    changed = "changed"
    exported = "exported"
    deleted = "deleted"
