"""Shared steps: records with stable ids, and the application a return record belongs to."""

from typing import Any

from sqlalchemy import Connection, select

from app.domain.base import Record
from app.domain.casework import Application
from app.domain.registry import model_for
from app.errors import Erased, ValidationFailed
from app.services.records import check_references, get_in, update_in
from app.services.validation import validate
from app.store.tables import entity_tables
from app.store.writer import Writer


def upsert_in(writer: Writer, entity: str, record_id: str, data: dict[str, Any]) -> Record:
    """Create the record under a stable id, or patch it if a device made it already."""
    if writer.erased_ids(entity, [record_id]):
        raise Erased(entity, record_id)
    if writer.existing(entity, [record_id]):
        return update_in(writer, entity, record_id, data)
    record = validate(model_for(entity), {"id": record_id, **data})
    check_references(writer, entity, [record])
    writer.put(entity, record.id, record.fields())
    return record


def application_in(writer_or_conn: Any, application_id: str) -> Application:
    found = get_in(writer_or_conn, "application", application_id)
    assert isinstance(found, Application)
    return found


def check_same_case(entity: str, application: Application, case_id: str) -> None:
    """A record under an application belongs to that application's case (scope, erasure)."""
    if application.case_id != case_id:
        raise ValidationFailed(
            entity,
            {"application_id": "gehört zu einem anderen Fall / belongs to another case"},
        )


def rows(conn: Connection, entity: str, field: str, values: list[str]) -> list[Record]:
    """Records of `entity` whose `field` is one of `values`, in id order."""
    from app.services.records import to_record

    table = entity_tables[entity]
    found: list[Record] = []
    for start in range(0, len(values), 500):
        chunk = values[start : start + 500]
        query = select(table).where(table.c[field].in_(chunk)).order_by(table.c.id)
        found.extend(to_record(entity, dict(r._mapping)) for r in conn.execute(query))
    return found
