"""Gather everything the server database holds about one person, in one consistent snapshot.

Every query selects only the person's rows: the JSON fields are filtered in SQL, so an access
request on a server with 100,000 consultations reads the person's few, not all of them.
"""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, and_, exists, false, func, or_, select
from sqlalchemy import tuple_ as sql_tuple
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.sql.expression import cast

from app.domain.registry import case_work
from app.errors import UserError
from sync.server.blobs import blob_ownership, blob_store
from sync.server.storage.db import snapshot
from sync.server.storage.tables import audit_event, conflict, record

# Everything under a case besides the consultations, which are also found by participant.
CASE_CHILDREN = tuple(e for e in case_work() if e != "consultation")


class UnknownPerson(UserError):
    """No live person with that id on this server (never there, or erased)."""


@dataclass
class Blob:
    attachment_id: str
    filename: str
    media_type: str
    content: bytes


@dataclass
class PersonExport:
    person: dict[str, Any]
    household: dict[str, Any] | None = None
    # Other household members appear only as relations: id and names, nothing else.
    members: list[dict[str, Any]] = field(default_factory=list)
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    audit: list[dict[str, Any]] = field(default_factory=list)
    blobs: list[Blob] = field(default_factory=list)


def _row(row: Any) -> dict[str, Any]:
    return {"id": row.id, **dict(row.fields), "updated_at": row.updated_at}


def _text(name: str) -> ColumnElement[str]:
    return record.c.fields[name].as_string()


def _live(conn: Connection, entity: str, where: ColumnElement[bool]) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(record.c.id, record.c.fields, record.c.updated_at)
        .where(record.c.entity == entity, record.c.deleted.is_(False), where)
        .order_by(record.c.id)
    )
    return [_row(r) for r in rows]


def _in(name: str, values: set[str]) -> ColumnElement[bool]:
    # An empty IN is rendered as a false expression by SQLAlchemy; spelled out for clarity.
    return _text(name).in_(sorted(values)) if values else false()


def _list_contains(conn: Connection, name: str, value: str) -> ColumnElement[bool]:
    """The JSON list in field `name` holds `value` exactly (not as a substring)."""
    if conn.dialect.name == "postgresql":
        # `fields` is JSON, not JSONB: containment needs the cast; `@>` matches whole elements.
        return cast(record.c.fields, JSONB)[name].contains([value])
    element = func.json_each(record.c.fields, f"$.{name}").table_valued("value")
    return exists(select(1).select_from(element).where(element.c.value == value))


def collect(engine: Engine, person_id: str) -> PersonExport:
    with snapshot(engine) as conn:
        return _collect(conn, person_id)


def _collect(conn: Connection, person_id: str) -> PersonExport:
    found = _live(conn, "person", record.c.id == person_id)
    if not found:
        raise UnknownPerson(f"no person with id {person_id!r} on this server (unknown or erased)")
    export = PersonExport(person=found[0])
    household_id = export.person.get("household_id")
    if household_id:
        households = _live(conn, "household", record.c.id == household_id)
        export.household = households[0] if households else None
        members = _live(
            conn, "person", and_(_text("household_id") == household_id, record.c.id != person_id)
        )
        export.members = [
            {k: p.get(k) for k in ("id", "family_name", "given_names")} for p in members
        ]
    # Duplicates merged into the person: their content is the person's too (Art. 15).
    export.records["person"] = _live(conn, "person", _text("merged_into") == person_id)
    for entity in ("vulnerability", "consent"):
        export.records[entity] = _live(conn, entity, _text("person_id") == person_id)
    mine = _text("main_contact_id") == person_id
    cases = _live(
        conn, "case", or_(mine, _text("household_id") == household_id) if household_id else mine
    )
    export.records["case"] = cases
    case_ids = {c["id"] for c in cases}
    export.records["consultation"] = _live(
        conn,
        "consultation",
        or_(_in("case_id", case_ids), _list_contains(conn, "participant_ids", person_id)),
    )
    for entity in CASE_CHILDREN:
        export.records[entity] = _live(conn, entity, _in("case_id", case_ids))
    owned = {("person", person_id)} | {
        (entity, r["id"]) for entity, rows in export.records.items() for r in rows
    }
    if export.household:
        owned.add(("household", export.household["id"]))
    consent_files = {
        str(c["attachment_id"]) for c in export.records["consent"] if c.get("attachment_id")
    }
    attachments = _live(conn, "attachment", _owned_by(owned, consent_files))
    export.records["attachment"] = attachments
    owned |= {("attachment", a["id"]) for a in attachments}
    export.conflicts = _about(conn, conflict, owned, conflict.c.created_at)
    export.audit = _about(conn, audit_event, owned, audit_event.c.at)
    export.blobs = _blobs(conn, _teams(conn, attachments))
    return export


def _teams(conn: Connection, attachments: list[dict[str, Any]]) -> list[tuple[str, dict[str, Any]]]:
    ids = sorted(a["id"] for a in attachments)
    teams = dict(
        conn.execute(
            select(record.c.id, record.c.team_id).where(
                record.c.entity == "attachment", record.c.id.in_(ids)
            )
        ).all()
    )
    return [(teams[a["id"]], a) for a in attachments]


def _owned_by(owned: set[tuple[str, str]], ids: set[str]) -> ColumnElement[bool]:
    """Attachments whose owner is one of `owned`, or whose id is in `ids` (a consent's scan)."""
    by_entity: dict[str, set[str]] = {}
    for entity, record_id in owned:
        by_entity.setdefault(entity, set()).add(record_id)
    return or_(
        record.c.id.in_(sorted(ids)) if ids else false(),
        *(
            and_(_text("owner_entity") == entity, _in("owner_id", record_ids))
            for entity, record_ids in sorted(by_entity.items())
        ),
    )


def _about(
    conn: Connection, table: Any, owned: set[tuple[str, str]], when: Any
) -> list[dict[str, Any]]:
    """Rows of `table` (conflicts, audit events) about one of the `owned` records."""
    pairs = sorted(owned)
    rows = conn.execute(
        select(table)
        .where(sql_tuple(table.c.entity, table.c.record_id).in_(pairs))
        .order_by(when, table.c.id)
    )
    return [dict(r._mapping) for r in rows]


def _blobs(conn: Connection, attachments: list[tuple[str, dict[str, Any]]]) -> list[Blob]:
    """The files: only content the attachment's team uploaded (naming a hash holds nothing)."""
    found = []
    for team_id, a in attachments:
        digest = a.get("sha256")
        if not digest or not blob_ownership.holds(conn, team_id, str(digest)):
            continue
        found.append(
            Blob(
                attachment_id=a["id"],
                filename=str(a.get("filename") or ""),
                media_type=str(a.get("media_type") or ""),
                content=blob_store.read(conn, str(digest)),
            )
        )
    return found
