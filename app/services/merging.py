"""Merge two person records (or two households) that are one: the duplicate becomes a tombstone.

The survivor keeps its values and takes the duplicate's where it has none (lists are joined,
the duplicate's differing family name becomes an alias); every record that names the
duplicate names the survivor instead; the duplicate keeps its content, gets `merged_into` and
is hidden everywhere (lists, search, the duplicates check), and opening it opens the survivor.
Its differing values are therefore never dropped: they stay on the tombstone, the confirmation
shows them side by side, and erasing the survivor erases the tombstone too (a `MergedInto`
reference is a dependant, like a required one).

Everything is an ordinary field change with stamps, so sync carries a merge like any edit.
What another device changes offline meanwhile is redirected: the server applies edits of the
duplicate to the survivor (a concurrent edit becomes a conflict, never lost) and rewrites
references to it in what it receives, with a server stamp (sync/server/pushpull/merged.py); the
device that sent them takes the rewritten values with its next pull like any server change
(sync/device.py). `redirect_in` is the merging device's own rewrite.

Two laptops merging the same duplicate into different survivors offline end on the survivor of
the merge the server accepted first, references included; the other survivor keeps what its
merge gave it, and a conflict of the duplicate's `merged_into` tells the team the two are
probably one as well (sync/server/pushpull/merged.py; app/services/conflicts.py never
restores it).
"""

from dataclasses import dataclass
from typing import Any

from annotated_types import MaxLen
from sqlalchemy import Connection, Text, select, type_coerce

from app.domain.base import Record
from app.domain.enums import AuditAction
from app.domain.registry import model_for, referrers
from app.errors import UserError
from app.services.records import check_references, get_in, is_list_field
from app.services.validation import validate
from app.store.store import Store
from app.store.tables import entity_tables
from app.store.writer import Changes, Writer

MERGEABLE = ("person", "household")
# A chain of merges (A into B, later B into C) is followed this far: real chains are short,
# and a cycle (two devices merging each into the other offline) must not loop.
MAX_CHAIN = 16
_ROW_META = ("id", "clocks", "merged_into")


class NotMergeable(UserError):
    pass


@dataclass(frozen=True)
class FieldComparison:
    """One field of the confirmation: both values side by side, and what the survivor keeps."""

    name: str
    duplicate: Any
    survivor: Any
    result: Any

    @property
    def differs(self) -> bool:
        return self.duplicate != self.survivor


@dataclass(frozen=True)
class MergePlan:
    entity: str
    duplicate_id: str
    survivor_id: str
    fields: list[FieldComparison]
    # How many records name the duplicate and will name the survivor, by entity.
    moving: dict[str, int]


def survivor_of(conn: Connection, entity: str, record_id: str) -> str:
    """The record an id stands for now: itself, or the end of its chain of merges."""
    if entity not in MERGEABLE:
        return record_id
    table = entity_tables[entity]
    seen = {record_id}
    current = record_id
    for _ in range(MAX_CHAIN):
        target = conn.execute(
            select(table.c.merged_into).where(table.c.id == current)
        ).scalar_one_or_none()
        if not target or target in seen:
            return current
        seen.add(target)
        current = target
    return current


def combined(entity: str, survivor: dict[str, Any], duplicate: dict[str, Any]) -> dict[str, Any]:
    """The survivor's fields after the merge: its own values, the duplicate's where it has none."""
    model = model_for(entity)
    result = {k: v for k, v in survivor.items() if k not in _ROW_META}
    for name in model.field_names():
        if name in _ROW_META:
            continue
        mine, theirs = survivor.get(name), duplicate.get(name)
        if is_list_field(model, name):
            joined = list(mine or [])
            joined += [v for v in theirs or [] if v not in joined]
            result[name] = joined[: _max_len(model, name)]
        elif is_empty(model, name, mine) and not is_empty(model, name, theirs):
            result[name] = theirs
    if entity == "person":
        if is_empty(model, "birth_date", survivor.get("birth_date")):
            result["birth_date_estimated"] = duplicate.get("birth_date_estimated", False)
        other = duplicate.get("family_name")
        aliases = list(result.get("aliases") or [])
        if other and other != result.get("family_name") and other not in aliases:
            result["aliases"] = [*aliases, other][: _max_len(model, "aliases")]
    return result


def is_empty(model: type[Record], name: str, value: Any) -> bool:
    info = model.model_fields[name]
    default = None if info.is_required() else info.get_default(call_default_factory=True)
    return value is None or value == getattr(default, "value", default)


def _max_len(model: type[Record], name: str) -> int:
    found = [m.max_length for m in model.model_fields[name].metadata if isinstance(m, MaxLen)]
    return found[0] if found else 1_000


def plan_in(conn: Connection, entity: str, duplicate_id: str, survivor_id: str) -> MergePlan:
    """What merging would do, checked; nothing is written."""
    if entity not in MERGEABLE:
        raise NotMergeable(f"{entity}: nur Personen und Haushalte / only persons and households")
    if duplicate_id == survivor_id:
        raise NotMergeable("ein Datensatz mit sich selbst / a record cannot merge with itself")
    rows = {}
    for role, record_id in (("duplicate", duplicate_id), ("survivor", survivor_id)):
        get_in(conn, entity, record_id)  # NotFound / Erased with the usual message
        table = entity_tables[entity]
        row = dict(conn.execute(select(table).where(table.c.id == record_id)).one()._mapping)
        if row.get("merged_into"):
            raise NotMergeable(
                f"{entity} {record_id} ist schon zusammengeführt / was merged already "
                f"(into {row['merged_into']})"
            )
        rows[role] = row
    result = combined(entity, rows["survivor"], rows["duplicate"])
    model = model_for(entity)
    fields = [
        FieldComparison(
            name, rows["duplicate"].get(name), rows["survivor"].get(name), result.get(name)
        )
        for name in model.field_names()
        if name not in _ROW_META
    ]
    moving: dict[str, int] = {}
    for (other, _), ids in _referring(conn, entity, duplicate_id).items():
        moving[other] = moving.get(other, 0) + len(ids)
    return MergePlan(entity, duplicate_id, survivor_id, fields, moving)


def plan(store: Store, *, entity: str, duplicate_id: str, survivor_id: str) -> MergePlan:
    with store.read() as conn:
        return plan_in(conn, entity, duplicate_id, survivor_id)


def merge_in(writer: Writer, entity: str, duplicate_id: str, survivor_id: str) -> MergePlan:
    found = plan_in(writer.conn, entity, duplicate_id, survivor_id)
    model = model_for(entity)
    values = {f.name: f.result for f in found.fields}
    survivor = validate(model, {**values, "id": survivor_id, "merged_into": None})
    check_references(writer, entity, [survivor])
    writer.put(entity, survivor_id, survivor.fields())
    redirect_in(writer, entity, duplicate_id, survivor_id)
    tombstone: dict[str, Any] = {"merged_into": survivor_id}
    if entity == "person":
        tombstone["household_id"] = None  # no longer a member: the survivor is
    # The base names every field as seen here, so the server can fold into the survivor the
    # edits of the duplicate that reached it after this device's last pull.
    writer.put(entity, duplicate_id, tombstone, full_base=True)
    # Ids only: which records became one is no personal data, their values would be.
    writer.audit(AuditAction.changed, entity, duplicate_id, f"merged into {survivor_id}")
    writer.audit(AuditAction.changed, entity, survivor_id, f"merged from {duplicate_id}")
    return found


def merge(store: Store, *, entity: str, duplicate_id: str, survivor_id: str) -> Changes:
    """Merge `duplicate_id` into `survivor_id` in one transaction; returns what changed."""
    with store.write() as writer:
        merge_in(writer, entity, duplicate_id, survivor_id)
        return writer.changes


def redirect_in(writer: Writer, entity: str, duplicate_id: str, survivor_id: str) -> int:
    """Make every record that names the duplicate name the survivor; returns how many changed."""
    changed = 0
    for (other, field_name), ids in _referring(writer.conn, entity, duplicate_id).items():
        model = model_for(other)
        ids = [i for i in ids if not (other == entity and i in (duplicate_id, survivor_id))]
        current = writer.existing(other, ids)
        items = []
        for rid in ids:
            value = current[rid][field_name]
            new: Any = survivor_id
            if is_list_field(model, field_name):
                new = []
                for v in value or []:
                    v = survivor_id if v == duplicate_id else v
                    if v not in new:
                        new.append(v)
            items.append((rid, {field_name: new}))
        before = len(writer.changes.changed.get(other, []))
        writer.put_many(other, items, current=current)
        changed += len(writer.changes.changed.get(other, [])) - before
    attachments = entity_tables["attachment"]
    owned = list(
        writer.conn.scalars(
            select(attachments.c.id).where(
                attachments.c.owner_entity == entity, attachments.c.owner_id == duplicate_id
            )
        )
    )
    if owned:
        writer.put_many("attachment", [(rid, {"owner_id": survivor_id}) for rid in owned])
        changed += len(owned)
    return changed


def _referring(conn: Connection, entity: str, record_id: str) -> dict[tuple[str, str], list[str]]:
    """Ids of the records with a reference field naming `record_id`, by (entity, field)."""
    found: dict[tuple[str, str], list[str]] = {}
    for other, field_name in referrers(entity):
        table = entity_tables[other]
        column = table.c[field_name]
        if is_list_field(model_for(other), field_name):
            rows = conn.execute(
                select(table.c.id, column).where(type_coerce(column, Text).contains(record_id))
            )
            ids = [rid for rid, values in rows if record_id in (values or [])]
        else:
            ids = list(conn.scalars(select(table.c.id).where(column == record_id)))
        if ids:
            found[(other, field_name)] = ids
    return found
