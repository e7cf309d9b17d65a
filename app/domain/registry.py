"""The synced entities in dependency order (parents first), by their stored name."""

from app.domain.attachment import Attachment
from app.domain.base import MergedInto, Record, Ref
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


def goes_with(entity: str, name: str) -> bool:
    """Whether a record cannot outlive the record its reference field `name` names: a required
    reference, or a duplicate merged into it (erasing a survivor erases what was merged in)."""
    model = ENTITIES[entity]
    return model.model_fields[name].is_required() or model.marker(name, MergedInto) is not None


def case_work() -> tuple[str, ...]:
    """Entities recorded under a case (a required `case_id`), in registry order.

    They go with their case: when it moves to another team, is erased or anonymised, and
    into the access export of the case's persons.
    """
    found = []
    for entity, model in ENTITIES.items():
        if "case_id" not in model.model_fields:
            continue
        ref = model.marker("case_id", Ref)
        if ref is not None and ref.entity == "case" and model.model_fields["case_id"].is_required():
            found.append(entity)
    return tuple(found)
