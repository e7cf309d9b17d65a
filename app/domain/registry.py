"""The synced entities in dependency order (parents first), by their stored name."""

from app.domain.attachment import Attachment
from app.domain.base import Record, Ref
from app.domain.cases import Case, CaseStatusChange
from app.domain.casework import Application, Consultation, FollowUp, Referral
from app.domain.people import Consent, Household, Person, Vulnerability
from app.domain.returns.information import InformationRequest, MedicalReturn
from app.domain.returns.reintegration import (
    ReintegrationFollowUp,
    ReintegrationMeasure,
    ReintegrationPlan,
    SustainabilityAssessment,
)
from app.domain.returns.support import ExternalReference, SupportPayment
from app.domain.returns.travel import ApplicationTraveller, Departure, DocumentCheck

ENTITIES: dict[str, type[Record]] = {
    model.entity: model
    for model in (
        Household,
        Person,
        Case,
        CaseStatusChange,
        Consultation,
        FollowUp,
        Referral,
        Application,
        Vulnerability,
        Attachment,
        Consent,
        # The return process: everything under a case (and mostly an application).
        ApplicationTraveller,
        Departure,
        SupportPayment,
        ExternalReference,
        InformationRequest,
        DocumentCheck,
        MedicalReturn,
        ReintegrationPlan,
        ReintegrationMeasure,
        ReintegrationFollowUp,
        SustainabilityAssessment,
    )
}


def model_for(entity: str) -> type[Record]:
    try:
        return ENTITIES[entity]
    except KeyError:
        known = ", ".join(ENTITIES)
        raise ValueError(f"unknown entity '{entity}' (known: {known})") from None


def references(entity: str) -> dict[str, str]:
    """Field name -> referenced entity."""
    model = ENTITIES[entity]
    found = {}
    for name in model.field_names():
        ref = model.marker(name, Ref)
        if ref is not None:
            found[name] = ref.entity
    return found


def referrers(entity: str) -> list[tuple[str, str]]:
    """(entity, field) pairs that point at `entity`."""
    return [
        (other, field)
        for other in ENTITIES
        for field, target in references(other).items()
        if target == entity
    ]
