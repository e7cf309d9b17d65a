"""An application's departure: planned, then confirmed (how) or not made (why)."""

from datetime import date
from typing import Any

from app.domain.returns.codes import ConfirmationMethod, NotDepartedReason
from app.domain.returns.travel import Departure
from app.errors import ValidationFailed
from app.services.returns.common import application_in, rows, upsert_in
from app.store import legacy_applications
from app.store.store import Store
from app.store.writer import Writer

ENTITY = "departure"
_FIELDS = frozenset(Departure.field_names()) - {"case_id", "application_id"}


def departure_id(application_id: str) -> str:
    """One departure per application, under the id the migration of old applications used."""
    return legacy_applications.derived_id(ENTITY, application_id)


def set_departure_in(writer: Writer, *, application_id: str, values: dict[str, Any]) -> Departure:
    unknown = set(values) - _FIELDS
    if unknown:
        raise ValidationFailed(
            ENTITY, dict.fromkeys(sorted(unknown), "unbekanntes Feld / unknown field")
        )
    application = application_in(writer, application_id)
    record = upsert_in(
        writer,
        ENTITY,
        departure_id(application_id),
        {"case_id": application.case_id, "application_id": application_id, **values},
    )
    assert isinstance(record, Departure)
    return record


def set_departure(store: Store, *, application_id: str, values: dict[str, Any]) -> Departure:
    """Create or change the application's departure (patch semantics)."""
    with store.write() as writer:
        return set_departure_in(writer, application_id=application_id, values=values)


def confirm_departure(
    store: Store, *, application_id: str, on: date, how: ConfirmationMethod
) -> Departure:
    """The travellers left on `on`: from now on they count as returnees in that month."""
    return set_departure(
        store,
        application_id=application_id,
        values={"confirmed_on": on, "confirmed_how": how, "not_departed_reason": None},
    )


def record_not_departed(
    store: Store, *, application_id: str, reason: NotDepartedReason
) -> Departure:
    return set_departure(
        store,
        application_id=application_id,
        values={"not_departed_reason": reason, "confirmed_on": None, "confirmed_how": None},
    )


def departure_of(store: Store, *, application_id: str) -> Departure | None:
    with store.read() as conn:
        found = rows(conn, ENTITY, "application_id", [application_id])
    return found[0] if found and isinstance(found[0], Departure) else None
