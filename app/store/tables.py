"""SQLAlchemy Core tables: one per synced entity, derived from the domain models, plus local tables.

Entity columns hold JSON-compatible values (ISO dates as text, enum codes,
lists as JSON) so that a change from the outbox or the wire applies as is.
References between entities carry no FOREIGN KEY: sync delivers records in
server order, not causal order, so a consultation may arrive before its case;
the services check references on local writes instead.
"""

import types
from datetime import date, datetime
from enum import Enum
from typing import Annotated, Any, Union, get_args, get_origin

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
)
from sqlalchemy.types import TypeEngine

from app.domain.registry import ENTITIES

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# Lookups the screens and services make often enough to deserve an index.
_INDEXES: dict[str, list[tuple[str, ...]]] = {
    "household": [("merged_into",)],
    "person": [("household_id",), ("family_name",), ("merged_into",)],
    "case": [("household_id",), ("status",), ("team",)],
    "case_status_change": [("case_id",)],
    "consultation": [("case_id", "held_on")],
    "follow_up": [("assignee", "status", "due_on"), ("case_id",)],
    "referral": [("case_id",)],
    "application": [("case_id",)],
    "vulnerability": [("person_id",)],
    "attachment": [("owner_id",), ("sha256",)],
    "consent": [("person_id",)],
    # The return process: read per case and application; the Today feeds by their dates.
    "application_traveller": [("application_id",), ("case_id",), ("person_id",)],
    "departure": [("application_id",), ("case_id",), ("planned_on",)],
    "support_payment": [("application_id",), ("case_id",)],
    "external_reference": [("case_id",)],
    "information_request": [("case_id",), ("answered_on", "answer_due_on")],
    "document_check": [("application_id",), ("case_id",), ("valid_until",)],
    "medical_return": [("case_id",), ("person_id",)],
    "reintegration_plan": [("case_id",)],
    "reintegration_measure": [("plan_id",), ("case_id",)],
    "reintegration_follow_up": [("case_id",), ("held_on", "due_on")],
    "sustainability_assessment": [("case_id",), ("person_id",)],
}
_UNIQUE: dict[str, list[tuple[str, ...]]] = {"case": [("reference",)]}


def column_type(annotation: Any) -> TypeEngine[Any]:
    """Map a pydantic annotation to the column type holding its JSON value."""
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    if get_origin(annotation) in (Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        return column_type(inner[0])
    if get_origin(annotation) in (list, dict) or annotation in (list, dict):
        return JSON()
    if annotation is bool:
        return Boolean()
    if annotation is int:
        return Integer()
    if annotation is float:
        return Float()
    if annotation in (str, date, datetime) or (
        isinstance(annotation, type) and issubclass(annotation, Enum)
    ):
        return Text()
    raise TypeError(f"no column type for {annotation!r}")


def _entity_table(entity: str) -> Table:
    model = ENTITIES[entity]
    columns = [Column("id", Text, primary_key=True)]
    for name in model.field_names():
        info = model.model_fields[name]
        columns.append(Column(name, column_type(info.annotation), nullable=True))
    # Field stamps: {"*": stamp of the row's creation, field: stamp where later edited}.
    columns.append(Column("clocks", JSON, nullable=False))
    table = Table(entity, metadata, *columns)
    for cols in _INDEXES[entity]:
        Index(None, *(table.c[c] for c in cols), _table=table)
    for cols in _UNIQUE.get(entity, []):
        Index(None, *(table.c[c] for c in cols), unique=True, _table=table)
    return table


entity_tables: dict[str, Table] = {entity: _entity_table(entity) for entity in ENTITIES}

meta = Table(
    "meta",
    metadata,
    Column("key", Text, primary_key=True),
    Column("value", Text, nullable=False),
)

# Pending local changes, in the order they were made: (device_id, seq) is the change id.
outbox = Table(
    "outbox",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("entity", Text, nullable=False),
    Column("record_id", Text, nullable=False),
    Column("stamp", Text, nullable=False),
    Column("fields", JSON, nullable=False),
    Column("base", JSON, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    sqlite_autoincrement=True,
)
Index(None, outbox.c.record_id, _table=outbox)

tombstone = Table(
    "tombstone",
    metadata,
    Column("entity", Text, primary_key=True),
    Column("record_id", Text, primary_key=True),
    Column("stamp", Text, nullable=False),
)

# Append-only; the sync engine pushes it by seq, so it needs no outbox entry.
audit_event = Table(
    "audit_event",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("id", Text, nullable=False, unique=True),
    Column("at", Text, nullable=False),
    Column("actor", Text, nullable=False),
    Column("device_id", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("entity", Text, nullable=False),
    Column("record_id", Text, nullable=True),
    Column("detail", Text, nullable=True),
    sqlite_autoincrement=True,
)
Index(None, audit_event.c.record_id, _table=audit_event)

attachment_blob = Table(
    "attachment_blob",
    metadata,
    Column("sha256", Text, primary_key=True),
    Column("content", LargeBinary, nullable=False),
)

# The row behind each full-text document; search_fts (FTS5, made in the migration) shares its rowid.
search_doc = Table(
    "search_doc",
    metadata,
    Column("rowid", Integer, primary_key=True),
    Column("entity", Text, nullable=False),
    Column("record_id", Text, nullable=False, unique=True),
)

# Concurrent edits that lost, as decided by the server; restorable until resolved.
conflict = Table(
    "conflict",
    metadata,
    Column("id", Text, primary_key=True),
    Column("entity", Text, nullable=False),
    Column("record_id", Text, nullable=False),
    Column("field", Text, nullable=False),
    Column("winner_value", JSON, nullable=True),
    Column("winner_stamp", Text, nullable=False),
    Column("loser_value", JSON, nullable=True),
    Column("loser_stamp", Text, nullable=False),
    Column("resolved", Boolean, nullable=False, default=False),
    Column("server_seq", Integer, nullable=False),
)
Index(None, conflict.c.record_id, _table=conflict)

# Changes the server refused (validation, scope, erased record): kept so that nothing typed is lost.
rejected_change = Table(
    "rejected_change",
    metadata,
    Column("seq", Integer, primary_key=True),
    Column("entity", Text, nullable=False),
    Column("record_id", Text, nullable=False),
    Column("stamp", Text, nullable=False),
    Column("fields", JSON, nullable=False),
    Column("status", Text, nullable=False),
    Column("reason", Text, nullable=True),
)

# Unsaved forms, so that typing survives the auto-lock and crashes. Local only: it lives in
# the encrypted database but never goes to the outbox, the audit log or the server.
draft = Table(
    "draft",
    metadata,
    Column("key", Text, primary_key=True),
    Column("form", Text, nullable=False),
    Column("record_id", Text, nullable=True),
    Column("title", Text, nullable=False),
    Column("payload", JSON, nullable=False),
    Column("saved_at", Text, nullable=False),
)
