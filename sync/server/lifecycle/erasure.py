"""Erasure of a person on the server (GDPR Art. 17): what goes, what changes, what is recorded.

What erasing person P means:
- erased (content purged, a tombstone kept): P; P's vulnerabilities and consents; every
  attachment owned by an erased record or referenced by an erased consent;
- if P was the only live member of their household: the household and all its cases with all
  case work (status changes, consultations, follow-ups, referrals, applications and the
  return process under them: travellers, departures, checklists, payments, references,
  information requests, medical returns, reintegration plans, measures, follow-up contacts,
  sustainability assessments) and the attachments of all of these;
- P's own rows of the return process that cannot exist without P (P as a traveller, P's
  medical return and sustainability assessments) go with P; rows that merely name P (a
  checklist row or a payment for P) lose the reference and stay with the case;
- changed (a server-stamped field change, like any device's edit): shared records that point
  at an erased record drop the reference: P's id leaves consultations' participant_ids, a case
  whose main contact was P gets no main contact, an optional reference becomes null; a record
  that cannot exist without an erased one (a required reference) is erased with it, and so is
  a duplicate merged into an erased person or household (its `merged_into`: the merged record's
  content is the survivor's too);
- conflicts of erased records are deleted, conflicts on a changed field are emptied; blobs no
  longer referenced by a live attachment are deleted; audit events about the erased records
  are replaced by one event: actor, "deleted", entity "person", P's id, "erasure (Art. 17)".

What it cannot do: free text in records that stay (a family's consultation notes, a referral's
purpose) may name P. Nothing finds that reliably; the admin reads the access export
(`export person`) before erasing and edits such text by hand.

Erasing again changes nothing, unless a device that was offline has since pushed a record made
earlier that points at the person: the repeat sweeps those (and the one audit event is renewed).
An id the server never held is an error.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, get_args, get_origin

from sqlalchemy import Connection, Engine, Text, cast, delete, or_, select

from app.domain.enums import AuditAction
from app.domain.registry import ENTITIES, case_work, goes_with, model_for, referrers
from app.errors import UserError
from sync.server.blobs import blob_gc
from sync.server.pushpull import server_changes
from sync.server.pushpull.server_changes import Applied, Key, chunks
from sync.server.storage.db import snapshot, transaction
from sync.server.storage.server_audit import add_server_event
from sync.server.storage.tables import audit_event, conflict, record

# Everything recorded under a case, the return process included (derived from the models).
CASE_WORK = case_work()
DETAIL = "erasure (Art. 17)"
MAX_REASON = 200


class UnknownPerson(UserError):
    def __init__(self, person_id: str) -> None:
        super().__init__(
            f"keine Person mit der Id {person_id!r} auf diesem Server / "
            f"no person with id {person_id!r} on this server"
        )


@dataclass
class ErasurePlan:
    person_id: str
    already_erased: bool = False
    erase: set[Key] = field(default_factory=set)
    patch: dict[Key, dict[str, Any]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """Records to erase by entity; names never appear here."""
        found: dict[str, int] = {}
        for entity, _ in self.erase:
            found[entity] = found.get(entity, 0) + 1
        return dict(sorted(found.items()))

    def changed(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for entity, _ in self.patch:
            found[entity] = found.get(entity, 0) + 1
        return dict(sorted(found.items()))


@dataclass
class ErasureResult:
    plan: ErasurePlan
    applied: Applied
    blobs: int = 0
    audit_removed: int = 0


def plan(engine: Engine, person_id: str) -> ErasurePlan:
    """What erasing the person would do, read in one snapshot; changes nothing."""
    with snapshot(engine) as conn:
        return _plan(conn, person_id)


def erase_person(
    engine: Engine, *, person_id: str, actor: str, reason: str | None = None
) -> ErasureResult:
    """Erase in one transaction: planned and applied on the same state, nothing half done."""
    reason = " ".join((reason or "").split())
    if len(reason) > MAX_REASON:
        raise UserError(f"Begründung zu lang / reason: at most {MAX_REASON} characters")
    with transaction(engine) as conn:
        found = _plan(conn, person_id)
        if found.already_erased and not found.erase and not found.patch:
            return ErasureResult(found, Applied())
        digests = _attachment_digests(conn, [rid for e, rid in found.erase if e == "attachment"])
        naming = _conflicts_naming(conn, {rid for _, rid in found.erase})
        applied = server_changes.apply(conn, erase=found.erase, patch=found.patch, husk=naming)
        blobs = blob_gc.collect(conn, digests)
        removed = _replace_audit(conn, found, actor=actor, reason=reason)
    server_changes.checkpoint(engine)
    return ErasureResult(found, applied, blobs, removed)


# -- planning ------------------------------------------------------------------


def _fields(conn: Connection, entity: str, record_id: str) -> tuple[bool, dict[str, Any]] | None:
    row = conn.execute(
        select(record.c.deleted, record.c.fields).where(
            record.c.entity == entity, record.c.id == record_id
        )
    ).first()
    return None if row is None else (bool(row.deleted), dict(row.fields))


def live_where(conn: Connection, entity: str, name: str, values: Iterable[str]) -> dict[str, Any]:
    """Live records of `entity` whose field `name` holds one of `values`: id -> fields."""
    found: dict[str, Any] = {}
    column = record.c.fields[name].as_string()
    for chunk in chunks(values):
        rows = conn.execute(
            select(record.c.id, record.c.fields).where(
                record.c.entity == entity, record.c.deleted.is_(False), column.in_(chunk)
            )
        )
        found.update({r.id: dict(r.fields) for r in rows})
    return found


def _live_containing(
    conn: Connection, entity: str, name: str, values: Iterable[str]
) -> dict[str, Any]:
    """Live records whose list field `name` contains one of `values` (a text match, then exact)."""
    found: dict[str, Any] = {}
    as_text = cast(record.c.fields, Text)
    for chunk in chunks(values):
        rows = conn.execute(
            select(record.c.id, record.c.fields).where(
                record.c.entity == entity,
                record.c.deleted.is_(False),
                or_(*(as_text.contains(v) for v in chunk)),
            )
        )
        wanted = set(chunk)
        found.update({r.id: dict(r.fields) for r in rows if wanted & set(r.fields.get(name) or [])})
    return found


def _plan(conn: Connection, person_id: str) -> ErasurePlan:
    person = _fields(conn, "person", person_id)
    if person is None:
        raise UnknownPerson(person_id)
    result = ErasurePlan(person_id)
    deleted, fields = person
    erase: set[Key] = {("person", person_id)}
    if deleted:
        # Erased before. A device offline at the time may since have pushed a record created
        # earlier that points at the person (a vulnerability, a participant list): sweep those.
        result.already_erased = True
        found, result.patch = close_over_references(conn, erase)
        result.erase = {key for key in found if key != ("person", person_id)}
        return result
    for entity in ("vulnerability", "consent"):
        erase |= {(entity, rid) for rid in live_where(conn, entity, "person_id", [person_id])}
    household = fields.get("household_id")
    if household:
        members = live_where(conn, "person", "household_id", [household])
        if set(members) <= {person_id} and _fields(conn, "household", household) is not None:
            erase.add(("household", household))
            cases = live_where(conn, "case", "household_id", [household])
            erase |= {("case", rid) for rid in cases}
            for entity in CASE_WORK:
                erase |= {(entity, rid) for rid in live_where(conn, entity, "case_id", cases)}
    result.erase, result.patch = close_over_references(conn, erase)
    return result


def close_over_references(
    conn: Connection, erase: set[Key]
) -> tuple[set[Key], dict[Key, dict[str, Any]]]:
    """Add what cannot exist without an erased record; plan how the rest lets go of them.

    Attachments belong to their owner (owner_entity/owner_id) and to a consent naming them.
    """
    erase = set(erase)
    patch: dict[Key, dict[str, Any]] = {}
    done: set[Key] = set()
    while pending := erase - done:
        done |= pending
        by_entity: dict[str, set[str]] = {}
        for entity, rid in pending:
            by_entity.setdefault(entity, set()).add(rid)
        owned = live_where(conn, "attachment", "owner_id", {rid for _, rid in pending})
        erase |= {("attachment", rid) for rid in owned}
        for consent_id in by_entity.get("consent", set()):
            row = _fields(conn, "consent", consent_id)
            if row is not None and row[1].get("attachment_id"):
                erase.add(("attachment", row[1]["attachment_id"]))
        for target, ids in by_entity.items():
            for other, name in referrers(target):
                model = model_for(other)
                if _is_list(model, name):
                    for rid, values in _live_containing(conn, other, name, ids).items():
                        patch.setdefault((other, rid), {})[name] = values.get(name) or []
                    continue
                holders = live_where(conn, other, name, ids)
                if goes_with(other, name):
                    erase |= {(other, rid) for rid in holders}
                else:
                    for rid in holders:
                        patch.setdefault((other, rid), {})[name] = None
    erased_ids = {rid for _, rid in erase}
    final: dict[Key, dict[str, Any]] = {}
    for key, changes in patch.items():
        if key in erase:
            continue
        model = ENTITIES[key[0]]
        final[key] = {
            name: [v for v in value if v not in erased_ids]
            if _is_list(model, name) and isinstance(value, list)
            else value
            for name, value in changes.items()
        }
    return erase, final


def _is_list(model: Any, name: str) -> bool:
    annotation = model.model_fields[name].annotation
    return get_origin(annotation) is list or any(
        get_origin(arg) is list for arg in get_args(annotation)
    )


# -- effects -------------------------------------------------------------------


def _attachment_digests(conn: Connection, ids: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(ids):
        rows = conn.execute(
            select(record.c.fields).where(record.c.entity == "attachment", record.c.id.in_(chunk))
        )
        found |= {r.fields.get("sha256") for r in rows if r.fields.get("sha256")}
    return found


def _conflicts_naming(conn: Connection, ids: set[str]) -> set[str]:
    """Conflicts of other records whose kept values hold an erased id (a lost participant list):
    restoring one would point at the erased record again."""
    found: set[str] = set()
    values = (cast(conflict.c.winner_value, Text), cast(conflict.c.loser_value, Text))
    for chunk in chunks(ids):
        matches = [v.contains(i) for i in chunk for v in values]
        found |= set(conn.scalars(select(conflict.c.id).where(or_(*matches))))
    return found


def _replace_audit(conn: Connection, found: ErasurePlan, *, actor: str, reason: str) -> int:
    removed = 0
    for chunk in chunks(rid for _, rid in found.erase):
        removed += (
            conn.execute(delete(audit_event).where(audit_event.c.record_id.in_(chunk))).rowcount
            or 0
        )
    if found.already_erased:
        return removed  # a sweep after the erasure: its one event is there already
    add_server_event(
        conn,
        actor=actor,
        action=AuditAction.deleted,
        entity="person",
        record_id=found.person_id,
        detail=f"{DETAIL}: {reason}" if reason else DETAIL,
    )
    return removed
