"""Human labels for the domain's code lists, translatable; stored codes never reach the screen raw."""

from enum import StrEnum

from app.domain import enums
from ui.qt import QT_TRANSLATE_NOOP, QtCore

_C = "Labels"

_LABELS: dict[str, str] = {
    # sex
    "sex.female": QT_TRANSLATE_NOOP("Labels", "female"),
    "sex.male": QT_TRANSLATE_NOOP("Labels", "male"),
    "sex.diverse": QT_TRANSLATE_NOOP("Labels", "diverse"),
    "sex.unknown": QT_TRANSLATE_NOOP("Labels", "not known"),
    # relationship to the head of household
    "relation.head": QT_TRANSLATE_NOOP("Labels", "head of household"),
    "relation.partner": QT_TRANSLATE_NOOP("Labels", "spouse or partner"),
    "relation.child": QT_TRANSLATE_NOOP("Labels", "child"),
    "relation.parent": QT_TRANSLATE_NOOP("Labels", "parent"),
    "relation.sibling": QT_TRANSLATE_NOOP("Labels", "sibling"),
    "relation.grandchild": QT_TRANSLATE_NOOP("Labels", "grandchild"),
    "relation.grandparent": QT_TRANSLATE_NOOP("Labels", "grandparent"),
    "relation.other_relative": QT_TRANSLATE_NOOP("Labels", "other relative"),
    "relation.not_related": QT_TRANSLATE_NOOP("Labels", "not related"),
    # residence status
    "residence.asylum_pending": QT_TRANSLATE_NOOP("Labels", "asylum procedure pending"),
    "residence.rejected": QT_TRANSLATE_NOOP("Labels", "asylum rejected"),
    "residence.tolerated": QT_TRANSLATE_NOOP("Labels", "tolerated stay (Duldung)"),
    "residence.obliged_to_leave": QT_TRANSLATE_NOOP("Labels", "obliged to leave"),
    "residence.residence_permit": QT_TRANSLATE_NOOP("Labels", "residence permit"),
    "residence.other": QT_TRANSLATE_NOOP("Labels", "other"),
    "residence.unknown": QT_TRANSLATE_NOOP("Labels", "not known"),
    # case status
    "status.first_contact": QT_TRANSLATE_NOOP("Labels", "first contact"),
    "status.counselling": QT_TRANSLATE_NOOP("Labels", "counselling"),
    "status.decision": QT_TRANSLATE_NOOP("Labels", "decision"),
    "status.application_submitted": QT_TRANSLATE_NOOP("Labels", "application submitted"),
    "status.approved": QT_TRANSLATE_NOOP("Labels", "approved"),
    "status.departed": QT_TRANSLATE_NOOP("Labels", "departed"),
    "status.reintegration_follow_up": QT_TRANSLATE_NOOP("Labels", "reintegration follow-up"),
    "status.closed": QT_TRANSLATE_NOOP("Labels", "closed"),
    "status.paused": QT_TRANSLATE_NOOP("Labels", "paused"),
    "status.withdrawn": QT_TRANSLATE_NOOP("Labels", "withdrawn"),
    # case outcome
    "outcome.returned_assisted": QT_TRANSLATE_NOOP("Labels", "assisted return"),
    "outcome.returned_self_organised": QT_TRANSLATE_NOOP("Labels", "self-organised return"),
    "outcome.onward_migration": QT_TRANSLATE_NOOP("Labels", "onward migration"),
    "outcome.stays": QT_TRANSLATE_NOOP("Labels", "stays in Germany"),
    "outcome.referred_elsewhere": QT_TRANSLATE_NOOP("Labels", "referred elsewhere"),
    "outcome.removed": QT_TRANSLATE_NOOP("Labels", "removed (deportation)"),
    "outcome.dublin_transfer": QT_TRANSLATE_NOOP("Labels", "Dublin transfer"),
    "outcome.contact_lost": QT_TRANSLATE_NOOP("Labels", "contact lost"),
    "outcome.other": QT_TRANSLATE_NOOP("Labels", "other"),
    # consultation mode
    "mode.in_person": QT_TRANSLATE_NOOP("Labels", "in person"),
    "mode.phone": QT_TRANSLATE_NOOP("Labels", "phone"),
    "mode.video": QT_TRANSLATE_NOOP("Labels", "video"),
    "interpreter.in_person": QT_TRANSLATE_NOOP("Labels", "interpreter present"),
    "interpreter.remote": QT_TRANSLATE_NOOP("Labels", "interpreter by phone/video"),
    # topics
    "topic.return_options": QT_TRANSLATE_NOOP("Labels", "return options"),
    "topic.travel_documents": QT_TRANSLATE_NOOP("Labels", "travel documents"),
    "topic.financial_support": QT_TRANSLATE_NOOP("Labels", "financial support"),
    "topic.medical_needs": QT_TRANSLATE_NOOP("Labels", "medical needs"),
    "topic.family_matters": QT_TRANSLATE_NOOP("Labels", "family matters"),
    "topic.reintegration_planning": QT_TRANSLATE_NOOP("Labels", "reintegration planning"),
    "topic.legal_status": QT_TRANSLATE_NOOP("Labels", "legal status"),
    "topic.housing": QT_TRANSLATE_NOOP("Labels", "housing"),
    "topic.psychosocial": QT_TRANSLATE_NOOP("Labels", "psychosocial support"),
    "topic.other": QT_TRANSLATE_NOOP("Labels", "other"),
    # vulnerability
    "vulnerability.unaccompanied_minor": QT_TRANSLATE_NOOP("Labels", "unaccompanied minor"),
    "vulnerability.minor_in_family": QT_TRANSLATE_NOOP("Labels", "minor in a family"),
    "vulnerability.pregnancy": QT_TRANSLATE_NOOP("Labels", "pregnancy"),
    "vulnerability.elderly": QT_TRANSLATE_NOOP("Labels", "elderly person"),
    "vulnerability.disability": QT_TRANSLATE_NOOP("Labels", "disability"),
    "vulnerability.serious_illness": QT_TRANSLATE_NOOP("Labels", "serious illness"),
    "vulnerability.mental_health": QT_TRANSLATE_NOOP("Labels", "mental health"),
    "vulnerability.trafficking_survivor": QT_TRANSLATE_NOOP("Labels", "survivor of trafficking"),
    "vulnerability.violence_survivor": QT_TRANSLATE_NOOP(
        "Labels", "survivor of violence or torture"
    ),
    "vulnerability.single_parent": QT_TRANSLATE_NOOP("Labels", "single parent"),
    "vulnerability.lgbtiq": QT_TRANSLATE_NOOP("Labels", "LGBTIQ*"),
    "vulnerability.other": QT_TRANSLATE_NOOP("Labels", "other"),
    # follow-up
    "follow_up.open": QT_TRANSLATE_NOOP("Labels", "open"),
    "follow_up.done": QT_TRANSLATE_NOOP("Labels", "done"),
    "follow_up.cancelled": QT_TRANSLATE_NOOP("Labels", "cancelled"),
    # partners and referrals
    "partner.return_counselling_office": QT_TRANSLATE_NOOP("Labels", "return counselling office"),
    "partner.competence_centre": QT_TRANSLATE_NOOP("Labels", "competence centre"),
    "partner.foreigners_authority": QT_TRANSLATE_NOOP("Labels", "foreigners authority"),
    "partner.legal_advice": QT_TRANSLATE_NOOP("Labels", "legal advice"),
    "partner.medical": QT_TRANSLATE_NOOP("Labels", "medical"),
    "partner.psychosocial": QT_TRANSLATE_NOOP("Labels", "psychosocial"),
    "partner.reintegration_partner": QT_TRANSLATE_NOOP("Labels", "reintegration partner"),
    "partner.other": QT_TRANSLATE_NOOP("Labels", "other"),
    "referral.planned": QT_TRANSLATE_NOOP("Labels", "planned"),
    "referral.sent": QT_TRANSLATE_NOOP("Labels", "sent"),
    "referral.accepted": QT_TRANSLATE_NOOP("Labels", "accepted"),
    "referral.completed": QT_TRANSLATE_NOOP("Labels", "completed"),
    "referral.declined": QT_TRANSLATE_NOOP("Labels", "declined"),
    # applications
    "decision.pending": QT_TRANSLATE_NOOP("Labels", "pending"),
    "decision.approved": QT_TRANSLATE_NOOP("Labels", "approved"),
    "decision.rejected": QT_TRANSLATE_NOOP("Labels", "rejected"),
    "decision.withdrawn": QT_TRANSLATE_NOOP("Labels", "withdrawn"),
    "documents.missing": QT_TRANSLATE_NOOP("Labels", "missing"),
    "documents.applied": QT_TRANSLATE_NOOP("Labels", "applied for"),
    "documents.available": QT_TRANSLATE_NOOP("Labels", "available"),
    "documents.not_needed": QT_TRANSLATE_NOOP("Labels", "not needed"),
    # consents
    "consent.data_processing": QT_TRANSLATE_NOOP("Labels", "data processing"),
    "consent.sharing_with_partner": QT_TRANSLATE_NOOP("Labels", "sharing with a partner"),
    "consent.contact_after_return": QT_TRANSLATE_NOOP("Labels", "contact after return"),
    # audit
    "audit.viewed": QT_TRANSLATE_NOOP("Labels", "viewed"),
    "audit.created": QT_TRANSLATE_NOOP("Labels", "created"),
    "audit.changed": QT_TRANSLATE_NOOP("Labels", "changed"),
    "audit.exported": QT_TRANSLATE_NOOP("Labels", "exported"),
    "audit.deleted": QT_TRANSLATE_NOOP("Labels", "deleted"),
}

_GROUP: dict[type[StrEnum], str] = {
    enums.Sex: "sex",
    enums.HouseholdRelation: "relation",
    enums.ResidenceStatus: "residence",
    enums.CaseStatus: "status",
    enums.CaseOutcome: "outcome",
    enums.ConsultationMode: "mode",
    enums.InterpreterMode: "interpreter",
    enums.Topic: "topic",
    enums.VulnerabilityCategory: "vulnerability",
    enums.FollowUpStatus: "follow_up",
    enums.PartnerKind: "partner",
    enums.ReferralStatus: "referral",
    enums.ApplicationDecision: "decision",
    enums.TravelDocuments: "documents",
    enums.ConsentPurpose: "consent",
    enums.AuditAction: "audit",
}


def label(group: str, code: str | None) -> str:
    """The translated label of a code; an unknown code (from a newer release) shows as itself."""
    if code is None:
        return ""
    source = _LABELS.get(f"{group}.{code}")
    return QtCore.QCoreApplication.translate(_C, source) if source else code


def of(value: StrEnum) -> str:
    return label(_GROUP[type(value)], value.value)


def knows(enum: type[StrEnum]) -> bool:
    """Whether this code list is labelled here (the return process's lists are not)."""
    return enum in _GROUP


def group_of(enum: type[StrEnum]) -> str:
    return _GROUP[enum]


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, label) pairs in the enum's order, for combo boxes and check lists."""
    group = _GROUP[enum]
    return [(member.value, label(group, member.value)) for member in enum]
