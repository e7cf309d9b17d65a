"""Human labels for the domain's code lists, translatable; stored codes never reach the screen raw."""

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from app.domain import enums
from ui.qt import QtCore

_C = "Labels"

_LABELS: dict[str, str] = {
    # sex
    "sex.female": QT_TRANSLATE_NOOP(_C, "female"),
    "sex.male": QT_TRANSLATE_NOOP(_C, "male"),
    "sex.diverse": QT_TRANSLATE_NOOP(_C, "diverse"),
    "sex.unknown": QT_TRANSLATE_NOOP(_C, "not known"),
    # residence status
    "residence.asylum_pending": QT_TRANSLATE_NOOP(_C, "asylum procedure pending"),
    "residence.rejected": QT_TRANSLATE_NOOP(_C, "asylum rejected"),
    "residence.tolerated": QT_TRANSLATE_NOOP(_C, "tolerated stay (Duldung)"),
    "residence.obliged_to_leave": QT_TRANSLATE_NOOP(_C, "obliged to leave"),
    "residence.residence_permit": QT_TRANSLATE_NOOP(_C, "residence permit"),
    "residence.other": QT_TRANSLATE_NOOP(_C, "other"),
    "residence.unknown": QT_TRANSLATE_NOOP(_C, "not known"),
    # case status
    "status.first_contact": QT_TRANSLATE_NOOP(_C, "first contact"),
    "status.counselling": QT_TRANSLATE_NOOP(_C, "counselling"),
    "status.decision": QT_TRANSLATE_NOOP(_C, "decision"),
    "status.application_submitted": QT_TRANSLATE_NOOP(_C, "application submitted"),
    "status.approved": QT_TRANSLATE_NOOP(_C, "approved"),
    "status.departed": QT_TRANSLATE_NOOP(_C, "departed"),
    "status.reintegration_follow_up": QT_TRANSLATE_NOOP(_C, "reintegration follow-up"),
    "status.closed": QT_TRANSLATE_NOOP(_C, "closed"),
    "status.paused": QT_TRANSLATE_NOOP(_C, "paused"),
    "status.withdrawn": QT_TRANSLATE_NOOP(_C, "withdrawn"),
    # case outcome
    "outcome.returned_assisted": QT_TRANSLATE_NOOP(_C, "assisted return"),
    "outcome.returned_self_organised": QT_TRANSLATE_NOOP(_C, "self-organised return"),
    "outcome.onward_migration": QT_TRANSLATE_NOOP(_C, "onward migration"),
    "outcome.stays": QT_TRANSLATE_NOOP(_C, "stays in Germany"),
    "outcome.referred_elsewhere": QT_TRANSLATE_NOOP(_C, "referred elsewhere"),
    "outcome.contact_lost": QT_TRANSLATE_NOOP(_C, "contact lost"),
    "outcome.other": QT_TRANSLATE_NOOP(_C, "other"),
    # consultation mode
    "mode.in_person": QT_TRANSLATE_NOOP(_C, "in person"),
    "mode.phone": QT_TRANSLATE_NOOP(_C, "phone"),
    "mode.video": QT_TRANSLATE_NOOP(_C, "video"),
    "interpreter.in_person": QT_TRANSLATE_NOOP(_C, "interpreter present"),
    "interpreter.remote": QT_TRANSLATE_NOOP(_C, "interpreter by phone/video"),
    # topics
    "topic.return_options": QT_TRANSLATE_NOOP(_C, "return options"),
    "topic.travel_documents": QT_TRANSLATE_NOOP(_C, "travel documents"),
    "topic.financial_support": QT_TRANSLATE_NOOP(_C, "financial support"),
    "topic.medical_needs": QT_TRANSLATE_NOOP(_C, "medical needs"),
    "topic.family_matters": QT_TRANSLATE_NOOP(_C, "family matters"),
    "topic.reintegration_planning": QT_TRANSLATE_NOOP(_C, "reintegration planning"),
    "topic.legal_status": QT_TRANSLATE_NOOP(_C, "legal status"),
    "topic.housing": QT_TRANSLATE_NOOP(_C, "housing"),
    "topic.psychosocial": QT_TRANSLATE_NOOP(_C, "psychosocial support"),
    "topic.other": QT_TRANSLATE_NOOP(_C, "other"),
    # vulnerability
    "vulnerability.unaccompanied_minor": QT_TRANSLATE_NOOP(_C, "unaccompanied minor"),
    "vulnerability.minor_in_family": QT_TRANSLATE_NOOP(_C, "minor in a family"),
    "vulnerability.pregnancy": QT_TRANSLATE_NOOP(_C, "pregnancy"),
    "vulnerability.elderly": QT_TRANSLATE_NOOP(_C, "elderly person"),
    "vulnerability.disability": QT_TRANSLATE_NOOP(_C, "disability"),
    "vulnerability.serious_illness": QT_TRANSLATE_NOOP(_C, "serious illness"),
    "vulnerability.mental_health": QT_TRANSLATE_NOOP(_C, "mental health"),
    "vulnerability.trafficking_survivor": QT_TRANSLATE_NOOP(_C, "survivor of trafficking"),
    "vulnerability.violence_survivor": QT_TRANSLATE_NOOP(_C, "survivor of violence or torture"),
    "vulnerability.single_parent": QT_TRANSLATE_NOOP(_C, "single parent"),
    "vulnerability.lgbtiq": QT_TRANSLATE_NOOP(_C, "LGBTIQ*"),
    "vulnerability.other": QT_TRANSLATE_NOOP(_C, "other"),
    # follow-up
    "follow_up.open": QT_TRANSLATE_NOOP(_C, "open"),
    "follow_up.done": QT_TRANSLATE_NOOP(_C, "done"),
    "follow_up.cancelled": QT_TRANSLATE_NOOP(_C, "cancelled"),
    # partners and referrals
    "partner.return_counselling_office": QT_TRANSLATE_NOOP(_C, "return counselling office"),
    "partner.competence_centre": QT_TRANSLATE_NOOP(_C, "competence centre"),
    "partner.foreigners_authority": QT_TRANSLATE_NOOP(_C, "foreigners authority"),
    "partner.legal_advice": QT_TRANSLATE_NOOP(_C, "legal advice"),
    "partner.medical": QT_TRANSLATE_NOOP(_C, "medical"),
    "partner.psychosocial": QT_TRANSLATE_NOOP(_C, "psychosocial"),
    "partner.reintegration_partner": QT_TRANSLATE_NOOP(_C, "reintegration partner"),
    "partner.other": QT_TRANSLATE_NOOP(_C, "other"),
    "referral.planned": QT_TRANSLATE_NOOP(_C, "planned"),
    "referral.sent": QT_TRANSLATE_NOOP(_C, "sent"),
    "referral.accepted": QT_TRANSLATE_NOOP(_C, "accepted"),
    "referral.completed": QT_TRANSLATE_NOOP(_C, "completed"),
    "referral.declined": QT_TRANSLATE_NOOP(_C, "declined"),
    # applications
    "decision.pending": QT_TRANSLATE_NOOP(_C, "pending"),
    "decision.approved": QT_TRANSLATE_NOOP(_C, "approved"),
    "decision.rejected": QT_TRANSLATE_NOOP(_C, "rejected"),
    "decision.withdrawn": QT_TRANSLATE_NOOP(_C, "withdrawn"),
    "documents.missing": QT_TRANSLATE_NOOP(_C, "missing"),
    "documents.applied": QT_TRANSLATE_NOOP(_C, "applied for"),
    "documents.available": QT_TRANSLATE_NOOP(_C, "available"),
    "documents.not_needed": QT_TRANSLATE_NOOP(_C, "not needed"),
    # consents
    "consent.data_processing": QT_TRANSLATE_NOOP(_C, "data processing"),
    "consent.sharing_with_partner": QT_TRANSLATE_NOOP(_C, "sharing with a partner"),
    "consent.contact_after_return": QT_TRANSLATE_NOOP(_C, "contact after return"),
    # audit
    "audit.viewed": QT_TRANSLATE_NOOP(_C, "viewed"),
    "audit.created": QT_TRANSLATE_NOOP(_C, "created"),
    "audit.changed": QT_TRANSLATE_NOOP(_C, "changed"),
    "audit.exported": QT_TRANSLATE_NOOP(_C, "exported"),
    "audit.deleted": QT_TRANSLATE_NOOP(_C, "deleted"),
}

_GROUP: dict[type[StrEnum], str] = {
    enums.Sex: "sex",
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


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, label) pairs in the enum's order, for combo boxes and check lists."""
    group = _GROUP[enum]
    return [(member.value, label(group, member.value)) for member in enum]
