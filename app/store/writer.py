"""The one write path for local edits: row, field stamps, outbox, audit and search in one transaction."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update

from app.domain.enums import AuditAction
from app.domain.ids import new_id
from app.errors import Erased
from app.store import bulk, search
from app.store.hlc import HybridClock
from app.store.tables import audit_event, entity_tables, meta, outbox, tombstone

_CHUNK = 500


def stamp_of(clocks: dict[str, str], name: str) -> str:
    return clocks.get(name, clocks["*"])


@dataclass
class Changes:
    """What a transaction changed, by entity: the screens refresh only what concerns them."""

    created: dict[str, list[str]] = field(default_factory=dict)
    changed: dict[str, list[str]] = field(default_factory=dict)
    erased: dict[str, list[str]] = field(default_factory=dict)

    def add(self, kind: str, entity: str, record_id: str) -> None:
        getattr(self, kind).setdefault(entity, []).append(record_id)

    def entities(self) -> set[str]:
        return {*self.created, *self.changed, *self.erased}

    def __bool__(self) -> bool:
        return bool(self.entities())


class Writer:
    """Used inside `Store.write()`; not shared across threads or transactions."""

    def __init__(self, conn: Connection, *, clock: HybridClock, device_id: str, actor: str) -> None:
        self.conn = conn
        self.clock = clock
        self.device_id = device_id
        self.actor = actor
        self.changes = Changes()
        self._audit: list[dict[str, Any]] = []
        # One transaction is one moment for the audit log.
        self._now = datetime.now(UTC).isoformat(timespec="milliseconds")

    def existing(self, entity: str, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        table = entity_tables[entity]
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            for row in self.conn.execute(select(table).where(table.c.id.in_(chunk))):
                found[row.id] = dict(row._mapping)
        return found

    def erased_ids(self, entity: str, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            query = select(tombstone.c.record_id).where(
                tombstone.c.entity == entity, tombstone.c.record_id.in_(chunk)
            )
            found.update(self.conn.scalars(query))
        return found

    def put_many(
        self,
        entity: str,
        items: Iterable[tuple[str, dict[str, Any]]],
        *,
        current: dict[str, dict[str, Any]] | None = None,
        full_base: bool = False,
    ) -> list[dict[str, Any]]:
        """Create or patch records; `fields` are validated JSON values. Returns the new rows.

        Only fields whose value differs are stamped and sent: an edit that changes
        nothing writes nothing, so a re-import is idempotent. A caller that has
        already read the current rows (and checked for tombstones) passes them as
        `current` to save the lookups. With `full_base` a change names the stamp of every
        field as this device saw it, not only of those it changes (a merge: the server
        folds what the device had not seen into the survivor, sync/server/pushpull/merged.py).
        """
        items = list(items)
        if current is None:
            ids = [record_id for record_id, _ in items]
            erased = self.erased_ids(entity, ids)
            if erased:
                raise Erased(entity, sorted(erased)[0])
            current = self.existing(entity, ids)
        else:
            current = dict(current)
        table = entity_tables[entity]
        inserts, updates, changes, result = [], [], [], []
        for record_id, fields in items:
            stamp = self.clock.now()
            old = current.get(record_id)
            if old is None:
                row = {"id": record_id, **fields, "clocks": {"*": stamp}}
                inserts.append(row)
                changes.append(self._change(entity, record_id, stamp, fields, {}))
                self._note(AuditAction.created, entity, record_id)
            else:
                diff = {k: v for k, v in fields.items() if old.get(k) != v}
                if not diff:
                    result.append(old)
                    continue
                clocks = dict(old["clocks"])
                seen = (str(k) for k in old if k not in ("id", "clocks")) if full_base else diff
                base = {k: stamp_of(clocks, k) for k in seen}
                clocks.update(dict.fromkeys(diff, stamp))
                row = {**old, **diff, "clocks": clocks}
                updates.append(row)
                changes.append(self._change(entity, record_id, stamp, diff, base))
                self._note(AuditAction.changed, entity, record_id)
            current[record_id] = row
            result.append(row)
        bulk.insert_rows(self.conn, table, inserts)
        bulk.update_rows(self.conn, table, updates)
        bulk.insert_rows(self.conn, outbox, changes)
        search.index_new(self.conn, entity, inserts)
        search.reindex(self.conn, entity, updates)
        return result

    def put(
        self, entity: str, record_id: str, fields: dict[str, Any], *, full_base: bool = False
    ) -> dict[str, Any]:
        return self.put_many(entity, [(record_id, fields)], full_base=full_base)[0]

    def erase(self, entity: str, record_id: str) -> None:
        """Erasure is final: content purged, pending edits of it dropped, a tombstone kept."""
        table = entity_tables[entity]
        if self.erased_ids(entity, [record_id]):
            return
        stamp = self.clock.now()
        self.conn.execute(delete(table).where(table.c.id == record_id))
        # Unsent changes still carry the content; the tombstone supersedes them.
        self.conn.execute(
            delete(outbox).where(outbox.c.entity == entity, outbox.c.record_id == record_id)
        )
        self.conn.execute(insert(tombstone).values(entity=entity, record_id=record_id, stamp=stamp))
        self.conn.execute(
            insert(outbox), [self._change(entity, record_id, stamp, {}, {}, deleted=True)]
        )
        search.remove(self.conn, [record_id])
        self._note(AuditAction.deleted, entity, record_id)

    def audit(
        self, action: AuditAction, entity: str, record_id: str | None, detail: str | None = None
    ) -> None:
        self._audit.append(self._event(action, entity, record_id, detail))

    def finish(self) -> None:
        """Flush audit events and persist the clock; called once before commit."""
        bulk.insert_rows(self.conn, audit_event, self._audit)
        self._audit.clear()
        self.conn.execute(update(meta).where(meta.c.key == "hlc").values(value=self.clock.last))

    def _change(
        self,
        entity: str,
        record_id: str,
        stamp: str,
        fields: dict[str, Any],
        base: dict[str, str],
        *,
        deleted: bool = False,
    ) -> dict[str, Any]:
        return {
            "entity": entity,
            "record_id": record_id,
            "stamp": stamp,
            "fields": fields,
            "base": base,
            "deleted": deleted,
        }

    def _note(self, action: AuditAction, entity: str, record_id: str) -> None:
        kind = {AuditAction.created: "created", AuditAction.changed: "changed"}.get(
            action, "erased"
        )
        self.changes.add(kind, entity, record_id)
        self.audit(action, entity, record_id)

    def _event(
        self, action: AuditAction, entity: str, record_id: str | None, detail: str | None
    ) -> dict[str, Any]:
        return {
            "id": new_id(),
            "at": self._now,
            "actor": self.actor,
            "device_id": self.device_id,
            "action": action.value,
            "entity": entity,
            "record_id": record_id,
            "detail": detail,
        }
