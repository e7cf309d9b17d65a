"""Moving an old application's departure dates and travel-documents flag into the new records.

Until the return process had records of its own, an application kept `planned_departure_on`,
`actual_departure_on` and a four-value `travel_documents` flag. The device migration (store
0005) and the server migration (server 0005_returns) turn every application into

- a `departure`: planned_on = planned_departure_on, confirmed_on = actual_departure_on
  (how it was confirmed was never recorded, so `confirmed_how` stays empty);
- a `document_check` of type `travel_document` for the application as a whole, with the
  flag mapped: missing → missing, applied → requested, available → present,
  not_needed → not_needed;

and then drop the three fields from the application.

Both sides must arrive at the *same* records without talking to each other, so everything
here is a function of the application's own state: ids are UUIDv5 of the application id,
and every derived field carries the stamp (and, on the server, the base) of the field it
came from, so the same application state gives byte-equal records and a newer edit of the
source gives a newer stamp, which wins when the device pulls. An edit still waiting in a
device's outbox is rewritten into changes of the derived records with the edit's own stamp
and base (`rewrite_change`), so it wins on the server like the edit it was.

The values are written out here rather than taken from the models, so that the migration
keeps doing what it did when the models change in a later release.
"""

import uuid
from dataclasses import dataclass, field
from typing import Any

LEGACY_FIELDS = ("planned_departure_on", "actual_departure_on", "travel_documents")
NAMESPACE = uuid.UUID("6f1c2a9e-2f0e-4c47-9b7c-0a5e1d3f2b16")
TRAVEL_DOCUMENT = "travel_document"
_STATUS = {
    "missing": "missing",
    "applied": "requested",
    "available": "present",
    "not_needed": "not_needed",
}
# Legacy field -> (derived entity, derived field).
TARGET = {
    "planned_departure_on": ("departure", "planned_on"),
    "actual_departure_on": ("departure", "confirmed_on"),
    "travel_documents": ("document_check", "status"),
}


def derived_id(entity: str, application_id: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{entity}:{application_id.lower()}"))


def document_status(flag: Any) -> str:
    return _STATUS.get(str(flag or "missing"), "missing")


def value_of(legacy_field: str, value: Any) -> Any:
    """The derived field's value for a legacy field's value (also for conflicts' values)."""
    return document_status(value) if legacy_field == "travel_documents" else value


@dataclass
class Derived:
    entity: str
    id: str
    fields: dict[str, Any]
    stamps: dict[str, str]  # every field's stamp
    bases: dict[str, str | None] = field(default_factory=dict)


def _fields(entity: str, case_id: Any, application_id: str) -> dict[str, Any]:
    if entity == "departure":
        return {
            "case_id": case_id,
            "application_id": application_id,
            "planned_on": None,
            "mode": None,
            "booking_reference": None,
            "departure_point": None,
            "escort": "none",
            "confirmed_on": None,
            "confirmed_how": None,
            "not_departed_reason": None,
            "note": None,
        }
    return {
        "case_id": case_id,
        "application_id": application_id,
        "document_type": TRAVEL_DOCUMENT,
        "person_id": None,
        "status": "missing",
        "issued_on": None,
        "valid_until": None,
        "attachment_id": None,
        "note": None,
    }


def derive(
    application_id: str,
    fields: dict[str, Any],
    stamps: dict[str, str],
    bases: dict[str, str | None] | None = None,
) -> list[Derived]:
    """The departure and travel-document row of one application in its current state.

    `stamps` holds the stamp of every application field (a device expands its compact
    clocks first); `bases` the server's bases, where known.
    """
    bases = bases or {}
    creation = stamps.get("case_id") or min(stamps.values())
    found = []
    for entity in ("departure", "document_check"):
        values = _fields(entity, fields.get("case_id"), application_id)
        record_stamps = dict.fromkeys(values, creation)
        record_bases: dict[str, str | None] = dict.fromkeys(values)
        for legacy, (target, name) in TARGET.items():
            if target != entity:
                continue
            values[name] = value_of(legacy, fields.get(legacy))
            record_stamps[name] = stamps.get(legacy, creation)
            record_bases[name] = bases.get(legacy)
        found.append(
            Derived(entity, derived_id(entity, application_id), values, record_stamps, record_bases)
        )
    return found


@dataclass
class Rewritten:
    """A pending application change without its legacy fields, and the derived changes."""

    application_fields: dict[str, Any]
    application_base: dict[str, Any]
    derived: list[tuple[str, str, dict[str, Any], dict[str, Any]]]  # entity, id, fields, base


def rewrite_change(
    application_id: str, fields: dict[str, Any], base: dict[str, Any]
) -> Rewritten | None:
    """An outbox change of an application, split; None if it holds no legacy field."""
    legacy = [name for name in LEGACY_FIELDS if name in fields]
    if not legacy:
        return None
    kept = {k: v for k, v in fields.items() if k not in LEGACY_FIELDS}
    kept_base = {k: v for k, v in base.items() if k not in LEGACY_FIELDS}
    derived: list[tuple[str, str, dict[str, Any], dict[str, Any]]] = []
    if not base and "case_id" in fields:
        # The application's creation is still unsent: so are its derived records, whole.
        stamps = dict.fromkeys(fields, "-")
        for item in derive(application_id, fields, stamps):
            derived.append((item.entity, item.id, item.fields, {}))
        return Rewritten(kept, kept_base, derived)
    by_entity: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
    for name in legacy:
        entity, target = TARGET[name]
        changed, changed_base = by_entity.setdefault(entity, ({}, {}))
        changed[target] = value_of(name, fields[name])
        if name in base:
            changed_base[target] = base[name]
    for entity, (changed, changed_base) in by_entity.items():
        derived.append((entity, derived_id(entity, application_id), changed, changed_base))
    return Rewritten(kept, kept_base, derived)


def compact(stamps: dict[str, str]) -> dict[str, str]:
    """Device clocks: the creation stamp under "*", and only the fields stamped otherwise."""
    creation = stamps.get("case_id") or min(stamps.values())
    return {"*": creation, **{k: v for k, v in stamps.items() if v != creation}}
