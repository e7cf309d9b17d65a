"""The application form of the release before the return process, kept working.

That form edits an application together with its planned and actual departure and a
travel-documents flag. Those now live in the application's departure and in a checklist row
for the application as a whole (the row the migration made from the old flag); this module
reads them into the form's values and writes a saved form back to all three records in one
transaction, touching only what the form changed.
"""

from typing import Any

from sqlalchemy import Connection

from app.domain.casework import Application
from app.domain.enums import TravelDocuments
from app.domain.returns.codes import DocumentStatus
from app.domain.returns.travel import Departure, DocumentCheck
from app.services.records import create_in, update_in
from app.services.returns.common import application_in, rows, upsert_in
from app.services.returns.departures import set_departure_in
from app.store import legacy_applications as legacy
from app.store.store import Store
from app.store.writer import Writer

FORM_FIELDS = ("planned_departure_on", "actual_departure_on", "travel_documents")
_FLAG = {
    DocumentStatus.missing: TravelDocuments.missing,
    DocumentStatus.requested: TravelDocuments.applied,
    DocumentStatus.present: TravelDocuments.available,
    DocumentStatus.expired: TravelDocuments.missing,
    DocumentStatus.not_needed: TravelDocuments.not_needed,
}


def travel_documents_flag(checks: list[DocumentCheck]) -> TravelDocuments:
    """The old four-value flag for the application's travel-document rows."""
    travel = [c for c in checks if c.document_type == legacy.TRAVEL_DOCUMENT]
    whole = [c for c in travel if c.person_id is None]
    if whole:
        return _FLAG[whole[0].status]
    if not travel:
        return TravelDocuments.missing
    flags = {_FLAG[c.status] for c in travel}
    for flag in (TravelDocuments.missing, TravelDocuments.applied):
        if flag in flags:
            return flag
    return (
        TravelDocuments.available
        if TravelDocuments.available in flags
        else TravelDocuments.not_needed
    )


def form_values_in(conn: Connection, application: Application) -> dict[str, Any]:
    departures = rows(conn, "departure", "application_id", [application.id])
    departure = departures[0] if departures and isinstance(departures[0], Departure) else None
    checks = [
        c
        for c in rows(conn, "document_check", "application_id", [application.id])
        if isinstance(c, DocumentCheck)
    ]
    return {
        **application.model_dump(),
        "planned_departure_on": departure.planned_on if departure else None,
        "actual_departure_on": departure.confirmed_on if departure else None,
        "travel_documents": travel_documents_flag(checks),
    }


def form_values(store: Store, *, application_id: str) -> dict[str, Any]:
    with store.read() as conn:
        return form_values_in(conn, application_in(conn, application_id))


def _save_legacy(writer: Writer, application: Application, values: dict[str, Any]) -> None:
    before = form_values_in(writer.conn, application)
    changed = {k: values[k] for k in FORM_FIELDS if k in values and values[k] != before[k]}
    departure: dict[str, Any] = {}
    if "planned_departure_on" in changed:
        departure["planned_on"] = changed["planned_departure_on"]
    if "actual_departure_on" in changed:
        departure["confirmed_on"] = changed["actual_departure_on"]
        if changed["actual_departure_on"] is None:
            departure["confirmed_how"] = None
        else:
            departure["not_departed_reason"] = None
    if departure:
        set_departure_in(writer, application_id=application.id, values=departure)
    if "travel_documents" in changed:
        upsert_in(
            writer,
            "document_check",
            legacy.derived_id("document_check", application.id),
            {
                "case_id": application.case_id,
                "application_id": application.id,
                "document_type": legacy.TRAVEL_DOCUMENT,
                "status": legacy.document_status(changed["travel_documents"]),
            },
        )


def save_form(
    store: Store, *, case_id: str, application_id: str | None, values: dict[str, Any]
) -> Application:
    """Create or change the application and its departure and travel-documents row."""
    own = {k: v for k, v in values.items() if k not in FORM_FIELDS}
    with store.write() as writer:
        if application_id is None:
            record = create_in(writer, "application", {"case_id": case_id, **own})
        else:
            record = update_in(writer, "application", application_id, own)
        assert isinstance(record, Application)
        _save_legacy(writer, record, values)
        return record
