"""Create, patch, read, list and erase any entity: the generic use cases the others build on."""

import types
from typing import Any, Union, get_args, get_origin

from sqlalchemy import ColumnElement, Text, delete, func, select, type_coerce

from app.domain.base import Record
from app.domain.enums import AuditAction
from app.domain.ids import new_id
from app.domain.registry import goes_with, model_for, references, referrers
from app.errors import Conflict, Erased, NotFound, ValidationFailed
from app.services.validation import validate
from app.store.store import Store
from app.store.tables import draft, entity_tables, tombstone
from app.store.writer import Changes, Writer

_ROW_META = ("clocks",)


def to_record(entity: str, row: dict[str, Any]) -> Record:
    model = model_for(entity)
    return model.model_validate({k: v for k, v in row.items() if k not in _ROW_META})


def is_list_field(model: type[Record], name: str) -> bool:
    annotation = model.model_fields[name].annotation
    if get_origin(annotation) in (Union, types.UnionType):
        annotation = next(a for a in get_args(annotation) if a is not type(None))
    return get_origin(annotation) is list


def check_references(
    writer: Writer, entity: str, records: list[Record], pending: frozenset[str] = frozenset()
) -> None:
    """Every referenced id must exist (or be written in the same batch) and not be erased."""
    for field, target in references(entity).items():
        wanted: set[str] = set()
        for record in records:
            value = getattr(record, field)
            if isinstance(value, list):
                wanted.update(value)
            elif value:
                wanted.add(value)
        wanted -= pending
        if not wanted:
            continue
        found = set(writer.existing(target, sorted(wanted)))
        missing = wanted - found
        if missing:
            raise ValidationFailed(
                entity,
                {
                    field: f"verweist auf unbekannten Datensatz / refers to unknown {target} {sorted(missing)[0]}"
                },
            )


def unique_columns(entity: str) -> list[str]:
    table = entity_tables[entity]
    return [
        next(iter(ix.columns)).name for ix in table.indexes if ix.unique and len(ix.columns) == 1
    ]


def check_unique(writer: Writer, entity: str, records: list[Record]) -> None:
    """A clear message instead of a constraint error, e.g. for a case number clash."""
    table = entity_tables[entity]
    for name in unique_columns(entity):
        seen: dict[Any, str] = {}
        for record in records:
            value = getattr(record, name)
            if value is None:
                continue
            if seen.setdefault(value, record.id) != record.id:
                raise Conflict(f"{entity}.{name} {value} kommt zweimal vor / appears twice")
            clash = writer.conn.execute(
                select(table.c.id).where(table.c[name] == value, table.c.id != record.id)
            ).first()
            if clash is not None:
                raise Conflict(
                    f"{entity}.{name} {value} ist schon vergeben / is taken by {clash.id}"
                )


def create_in(writer: Writer, entity: str, data: dict[str, Any]) -> Record:
    model = model_for(entity)
    record = validate(model, {"id": new_id(), **data})
    if writer.existing(entity, [record.id]):
        raise Conflict(f"{entity} {record.id} exists already")
    check_references(writer, entity, [record])
    check_unique(writer, entity, [record])
    writer.put(entity, record.id, record.fields())
    return record


def update_in(writer: Writer, entity: str, record_id: str, patch: dict[str, Any]) -> Record:
    """Patch semantics: only the given fields change; the whole record is re-validated."""
    model = model_for(entity)
    if writer.erased_ids(entity, [record_id]):
        raise Erased(entity, record_id)
    current = writer.existing(entity, [record_id]).get(record_id)
    if current is None:
        raise NotFound(entity, record_id)
    unknown = set(patch) - set(model.field_names())
    if unknown:
        raise ValidationFailed(
            entity, dict.fromkeys(sorted(unknown), "unbekanntes Feld / unknown field")
        )
    merged = {k: v for k, v in current.items() if k not in _ROW_META}
    record = validate(model, {**merged, **patch, "id": record_id})
    check_references(writer, entity, [record])
    check_unique(writer, entity, [record])
    writer.put(entity, record_id, record.fields())
    return record


def get_in(writer_or_conn: Any, entity: str, record_id: str) -> Record:
    table = entity_tables[entity]
    conn = writer_or_conn.conn if isinstance(writer_or_conn, Writer) else writer_or_conn
    row = conn.execute(select(table).where(table.c.id == record_id)).first()
    if row is None:
        erased = conn.execute(
            select(tombstone.c.record_id).where(
                tombstone.c.entity == entity, tombstone.c.record_id == record_id
            )
        ).first()
        raise Erased(entity, record_id) if erased else NotFound(entity, record_id)
    return to_record(entity, dict(row._mapping))


def create(store: Store, *, entity: str, data: dict[str, Any]) -> Record:
    with store.write() as writer:
        return create_in(writer, entity, data)


def update(store: Store, *, entity: str, record_id: str, patch: dict[str, Any]) -> Record:
    with store.write() as writer:
        return update_in(writer, entity, record_id, patch)


def get(store: Store, *, entity: str, record_id: str, audit: bool = True) -> Record:
    """Read one record; opening a record is an audited view."""
    if not audit:
        with store.read() as conn:
            return get_in(conn, entity, record_id)
    with store.write() as writer:
        record = get_in(writer, entity, record_id)
        writer.audit(AuditAction.viewed, entity, record_id)
        return record


def find(
    store: Store,
    *,
    entity: str,
    where: dict[str, Any] | None = None,
    order_by: tuple[str, ...] = ("id",),
    limit: int | None = None,
    offset: int = 0,
) -> list[Record]:
    table = entity_tables[entity]
    query = (
        select(table).where(*_conditions(entity, where)).order_by(*(table.c[c] for c in order_by))
    )
    query = query.limit(limit).offset(offset) if limit is not None else query
    with store.read() as conn:
        return [to_record(entity, dict(row._mapping)) for row in conn.execute(query)]


def count(store: Store, *, entity: str, where: dict[str, Any] | None = None) -> int:
    table = entity_tables[entity]
    with store.read() as conn:
        return conn.execute(
            select(func.count()).select_from(table).where(*_conditions(entity, where))
        ).scalar_one()


def _conditions(entity: str, where: dict[str, Any] | None) -> list[ColumnElement[bool]]:
    table = entity_tables[entity]
    model = model_for(entity)
    conditions: list[ColumnElement[bool]] = []
    for name, value in (where or {}).items():
        if name != "id" and name not in model.model_fields:
            raise ValidationFailed(entity, {name: "unbekanntes Feld / unknown field"})
        column = table.c[name]
        if isinstance(value, (list, tuple, set)):
            conditions.append(column.in_([getattr(v, "value", v) for v in value]))
        else:
            conditions.append(
                column.is_(None) if value is None else column == getattr(value, "value", value)
            )
    return conditions


def erase_in(writer: Writer, entity: str, record_id: str, *, cascade: bool) -> None:
    """Erase a record; records that cannot exist without it go too when `cascade` is set.

    Optional references to it are cleared and list references drop its id, so no
    record keeps pointing at content that is gone.
    """
    if not writer.existing(entity, [record_id]):
        if writer.erased_ids(entity, [record_id]):
            return
        raise NotFound(entity, record_id)
    dependants: list[tuple[str, str]] = []
    for other, field in referrers(entity):
        table = entity_tables[other]
        model = model_for(other)
        if is_list_field(model, field):
            rows = writer.conn.execute(
                select(table.c.id, table.c[field]).where(
                    type_coerce(table.c[field], Text).contains(record_id)
                )
            )
            for rid, values in rows.all():
                if record_id in values:
                    writer.put(other, rid, {field: [v for v in values if v != record_id]})
            continue
        ids = list(writer.conn.scalars(select(table.c.id).where(table.c[field] == record_id)))
        if not goes_with(other, field):
            writer.put_many(other, [(rid, {field: None}) for rid in ids])
        else:
            dependants.extend((other, rid) for rid in ids)
    attachments = entity_tables["attachment"]
    dependants.extend(
        ("attachment", rid)
        for rid in writer.conn.scalars(
            select(attachments.c.id).where(attachments.c.owner_id == record_id)
        )
    )
    if dependants and not cascade:
        kinds = sorted({other for other, _ in dependants})
        raise Conflict(
            f"{entity} {record_id} still has {len(dependants)} dependent records ({', '.join(kinds)}); "
            "erase them first or erase with cascade"
        )
    for other, rid in dependants:
        erase_in(writer, other, rid, cascade=True)
    writer.erase(entity, record_id)
    # An unsaved form about the record may hold its content too.
    writer.conn.execute(delete(draft).where(draft.c.record_id == record_id))


def erase(store: Store, *, entity: str, record_id: str, cascade: bool = False) -> Changes:
    with store.write() as writer:
        erase_in(writer, entity, record_id, cascade=cascade)
        return writer.changes
