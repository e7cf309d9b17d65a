"""Gather everything the server database holds about one person, in one consistent snapshot."""

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, select

from app.errors import UserError
from sync.server.db import snapshot
from sync.server.tables import audit_event, blob, conflict, record

CASE_CHILDREN = ("case_status_change", "follow_up", "referral", "application")


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


def _live(conn: Connection, entity: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(record.c.id, record.c.fields, record.c.updated_at)
        .where(record.c.entity == entity, record.c.deleted.is_(False))
        .order_by(record.c.id)
    )
    return [_row(r) for r in rows]


def collect(engine: Engine, person_id: str) -> PersonExport:
    with snapshot(engine) as conn:
        return _collect(conn, person_id)


def _collect(conn: Connection, person_id: str) -> PersonExport:
    found = conn.execute(
        select(record.c.id, record.c.fields, record.c.updated_at).where(
            record.c.entity == "person", record.c.id == person_id, record.c.deleted.is_(False)
        )
    ).first()
    if found is None:
        raise UnknownPerson(f"no person with id {person_id!r} on this server (unknown or erased)")
    export = PersonExport(person=_row(found))
    household_id = export.person.get("household_id")
    if household_id:
        households = [h for h in _live(conn, "household") if h["id"] == household_id]
        export.household = households[0] if households else None
        export.members = [
            {k: p.get(k) for k in ("id", "family_name", "given_names")}
            for p in _live(conn, "person")
            if p.get("household_id") == household_id and p["id"] != person_id
        ]
    for entity in ("vulnerability", "consent"):
        export.records[entity] = [r for r in _live(conn, entity) if r.get("person_id") == person_id]
    cases = [
        c
        for c in _live(conn, "case")
        if c.get("main_contact_id") == person_id
        or (household_id and c.get("household_id") == household_id)
    ]
    export.records["case"] = cases
    case_ids = {c["id"] for c in cases}
    export.records["consultation"] = [
        c
        for c in _live(conn, "consultation")
        if c.get("case_id") in case_ids or person_id in (c.get("participant_ids") or [])
    ]
    for entity in CASE_CHILDREN:
        export.records[entity] = [r for r in _live(conn, entity) if r.get("case_id") in case_ids]
    owned = {("person", person_id)} | {
        (entity, r["id"]) for entity, rows in export.records.items() for r in rows
    }
    if export.household:
        owned.add(("household", export.household["id"]))
    consent_files = {c.get("attachment_id") for c in export.records["consent"]} - {None}
    attachments = [
        a
        for a in _live(conn, "attachment")
        if (a.get("owner_entity"), a.get("owner_id")) in owned or a["id"] in consent_files
    ]
    export.records["attachment"] = attachments
    owned |= {("attachment", a["id"]) for a in attachments}
    export.conflicts = _conflicts(conn, owned)
    export.audit = _audit(conn, owned)
    export.blobs = _blobs(conn, attachments)
    return export


def _conflicts(conn: Connection, owned: set[tuple[str, str]]) -> list[dict[str, Any]]:
    ids = sorted({record_id for _, record_id in owned})
    rows = conn.execute(
        select(conflict)
        .where(conflict.c.record_id.in_(ids), conflict.c.resolved.is_(False))
        .order_by(conflict.c.created_at, conflict.c.id)
    )
    return [dict(r._mapping) for r in rows if (r.entity, r.record_id) in owned]


def _audit(conn: Connection, owned: set[tuple[str, str]]) -> list[dict[str, Any]]:
    ids = sorted({record_id for _, record_id in owned})
    rows = conn.execute(
        select(audit_event)
        .where(audit_event.c.record_id.in_(ids))
        .order_by(audit_event.c.at, audit_event.c.id)
    )
    return [dict(r._mapping) for r in rows if (r.entity, r.record_id) in owned]


def _blobs(conn: Connection, attachments: list[dict[str, Any]]) -> list[Blob]:
    digests = sorted({a["sha256"] for a in attachments if a.get("sha256")})
    contents = dict(
        conn.execute(select(blob.c.sha256, blob.c.content).where(blob.c.sha256.in_(digests))).all()
    )
    return [
        Blob(
            attachment_id=a["id"],
            filename=str(a.get("filename") or ""),
            media_type=str(a.get("media_type") or ""),
            content=bytes(contents[a["sha256"]]),
        )
        for a in attachments
        if a.get("sha256") in contents
    ]
