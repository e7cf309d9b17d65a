"""The device side of sync: read the outbox as wire changes, settle acknowledgements, apply pulled pages."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Text, cast, delete, insert, or_, select, update

from app.domain.base import FROM_SERVER
from app.domain.registry import ENTITIES, model_for, references
from app.services import team_directory
from app.store import bulk, search
from app.store.hlc import Stamp
from app.store.store import Store
from app.store.tables import (
    attachment_blob,
    audit_event,
    conflict,
    draft,
    entity_tables,
    meta,
    outbox,
    rejected_change,
    tombstone,
)
from sync.client import BadResponse
from sync.merge import ERASED, RecordState, apply_state, is_server_stamp
from sync.protocol import (
    AuditEventWire,
    Change,
    ChangeId,
    ChangeOutcome,
    ConflictWire,
    PullResponse,
)

CURSOR = "sync_cursor"
DIRECTORY = team_directory.KEY  # names of the old server's team
AUDIT_SENT = "sync_audit_seq"


def get_setting(conn: Connection, key: str, default: str = "") -> str:
    value = conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()
    return default if value is None else value


def set_setting(conn: Connection, key: str, value: str) -> None:
    done = conn.execute(update(meta).where(meta.c.key == key).values(value=value))
    if done.rowcount == 0:
        conn.execute(insert(meta).values(key=key, value=value))


def forget_server(conn: Connection) -> None:
    """Drop what this device knew of the server it was enrolled with, for a new server.

    The pull cursor starts again at 0 and the settled conflict resolutions that were waiting to
    go up are dropped (their ids are the old server's). Unsent changes and audit events stay in
    the outbox and go to the new server; records the old server had already acknowledged stay
    on this device and are not sent again (docs/user-guide.md, "Anderer Server").
    """
    conn.execute(delete(meta).where(meta.c.key.in_((CURSOR, "last_sync", DIRECTORY))))
    conn.execute(delete(conflict).where(conflict.c.resolved.is_(True)))


def pending_changes(store: Store, *, limit: int) -> list[Change]:
    with store.read() as conn:
        rows = conn.execute(select(outbox).order_by(outbox.c.seq).limit(limit)).all()
    device = store.device.device_id
    return [
        Change(
            change_id=ChangeId(device_id=device, seq=row.seq),
            entity=row.entity,
            record_id=row.record_id,
            stamp=row.stamp,
            fields=row.fields,
            base=row.base,
            deleted=row.deleted,
        )
        for row in rows
    ]


def pending_audit(store: Store, *, limit: int) -> tuple[list[AuditEventWire], int]:
    with store.read() as conn:
        after = int(get_setting(conn, AUDIT_SENT, "0"))
        rows = conn.execute(
            select(audit_event)
            .where(audit_event.c.seq > after)
            .order_by(audit_event.c.seq)
            .limit(limit)
        ).all()
    events = [
        AuditEventWire.model_validate({k: v for k, v in r._mapping.items() if k != "seq"})
        for r in rows
    ]
    return events, (rows[-1].seq if rows else after)


def pending_resolutions(store: Store) -> list[str]:
    with store.read() as conn:
        return list(conn.scalars(select(conflict.c.id).where(conflict.c.resolved.is_(True))))


@dataclass
class PushSettled:
    applied: int = 0
    rejected: int = 0
    dropped: int = 0


def settle_push(
    store: Store,
    *,
    changes: list[Change],
    outcomes: list[ChangeOutcome],
    audit_seq: int,
    resolved: list[str],
) -> PushSettled:
    """Remove what the server took; keep what it refused where the counsellor can see it."""
    by_seq = {c.change_id.seq: c for c in changes}
    settled = PushSettled()
    with store.write() as writer:
        conn = writer.conn
        for outcome in outcomes:
            change = by_seq.get(outcome.seq)
            if change is None:
                continue
            if outcome.status in ("rejected", "dropped"):
                conn.execute(
                    insert(rejected_change)
                    .values(
                        seq=outcome.seq,
                        entity=change.entity,
                        record_id=change.record_id,
                        stamp=change.stamp,
                        # Dropped = the record was erased: erasure wins over "nothing typed is
                        # lost", so only the fact that an edit was refused is kept.
                        fields={} if outcome.status == "dropped" else change.fields,
                        status=outcome.status,
                        reason=outcome.reason,
                    )
                    .prefix_with("OR REPLACE")
                )
                setattr(settled, outcome.status, getattr(settled, outcome.status) + 1)
            else:
                settled.applied += 1
            conn.execute(delete(outbox).where(outbox.c.seq == outcome.seq))
        set_setting(conn, AUDIT_SENT, str(audit_seq))
        if resolved:
            conn.execute(delete(conflict).where(conflict.c.id.in_(resolved)))
    return settled


def _full_clocks(entity: str, clocks: dict[str, str]) -> dict[str, str]:
    star = clocks.get("*", "")
    names = model_for(entity).field_names()
    full = {name: clocks.get(name, star) for name in names}
    return {name: stamp for name, stamp in full.items() if stamp}


def _compact_clocks(clocks: dict[str, str]) -> dict[str, str]:
    if not clocks:
        return {}
    common = max(set(clocks.values()), key=list(clocks.values()).count)
    return {"*": common, **{k: v for k, v in clocks.items() if v != common}}


@dataclass
class PullApplied:
    records: int = 0
    erased: int = 0
    evicted: int = 0
    conflicts: int = 0
    purged: int = 0  # records the server changed for data protection (erasure, retention)
    removed: int = 0  # local records whose content was removed (erased, evicted)
    entities: set[str] = field(default_factory=set)


def apply_page(store: Store, page: PullResponse) -> PullApplied:
    """Apply one page atomically and move the cursor with it: a crash resumes at this page."""
    applied = PullApplied()
    newest = max((stamp for r in page.records for stamp in r.clocks.values()), default=None)
    if newest is not None:
        store.clock.observe(newest, trusted=True)
    with store.write() as writer:
        conn = writer.conn
        by_entity: dict[str, list[Any]] = {}
        for record in page.records:
            if record.entity in ENTITIES:
                by_entity.setdefault(record.entity, []).append(record)
        for entity, records in by_entity.items():
            _apply_records(conn, entity, records, applied)
            applied.entities.add(entity)
        for eviction in page.evictions:
            if eviction.entity in ENTITIES:
                applied.removed += _forget(conn, eviction.entity, [eviction.id])
                applied.evicted += 1
        _store_conflicts(conn, page.conflicts, applied)
        if applied.removed or applied.purged:
            # Not on an initial pull of tombstones: only where this device held the content.
            _optimize_index(conn)
        set_setting(conn, CURSOR, str(page.cursor))
    return applied


def _apply_records(conn: Connection, entity: str, records: list[Any], applied: PullApplied) -> None:
    table = entity_tables[entity]
    names = model_for(entity).field_names()
    known_names = frozenset(names)
    ids = [r.id for r in records]
    local = {
        row.id: dict(row._mapping) for row in conn.execute(select(table).where(table.c.id.in_(ids)))
    }
    erased_here = set(
        conn.scalars(
            select(tombstone.c.record_id).where(
                tombstone.c.entity == entity, tombstone.c.record_id.in_(ids)
            )
        )
    )
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    erase: list[Any] = []
    server_changed: list[str] = []
    for record in records:
        if record.deleted:
            erase.append(record)
            continue
        if record.id in erased_here:
            continue  # erased on this device; the server hears of it with the next push
        row = local.get(record.id)
        mine = (
            RecordState(
                fields={n: row[n] for n in names},
                clocks=_full_clocks(entity, row["clocks"]),
            )
            if row
            else None
        )
        if set(record.fields) - set(record.clocks) or set(record.clocks) - set(names):
            raise BadResponse(
                f"the server sent {entity} {record.id} with fields and clocks that do not match; "
                "nothing of this page was applied"
            )
        remote = RecordState(fields=dict(record.fields), clocks=dict(record.clocks))
        if mine is None:
            merged = remote  # new here: nothing local to weigh it against
        else:
            merged, changed = apply_state(mine, remote)
            if not changed:
                continue
            if any(
                is_server_stamp(merged.clocks.get(n)) and not _redirected(entity, n, mine, merged)
                for n in changed
            ):
                server_changed.append(record.id)
        values = _checked(entity, record.id, merged, known_names)
        new_row = {"id": record.id, **values, "clocks": _compact_clocks(merged.clocks)}
        (updates if row else inserts).append(new_row)
        applied.records += 1
    bulk.insert_rows(conn, table, inserts)
    bulk.update_rows(conn, table, updates)
    search.index_new(conn, entity, inserts)
    search.reindex(conn, entity, updates)
    if server_changed:
        _purge_copies(conn, entity, server_changed)
        applied.purged += len(server_changed)
    for record in erase:
        stamp = record.clocks.get(ERASED, next(iter(record.clocks.values()), ""))
        if record.id not in erased_here:
            applied.removed += _forget(conn, entity, [record.id])
            conn.execute(insert(tombstone).values(entity=entity, record_id=record.id, stamp=stamp))
            applied.erased += 1
        else:
            # Erased here and confirmed: the index entries removed then still linger in segments.
            applied.removed += 1
        _purge_copies(conn, entity, [record.id], naming=True)
        if is_server_stamp(stamp):
            # Erased by the server (Art. 17): even this device's log of viewing it goes.
            conn.execute(delete(audit_event).where(audit_event.c.record_id == record.id))


def _redirected(entity: str, name: str, before: RecordState, after: RecordState) -> bool:
    """A server-stamped reference that now names a merge's survivor (sync/server/pushpull/merged.py):
    nothing was removed for data protection, so drafts and refused edits of the record stay."""
    target = references(entity).get(name) or ("attachment" if name == "owner_id" else None)
    old, new = before.fields.get(name), after.fields.get(name)
    if target is None or not new:
        return False
    if new == old:
        # Restated only (a merge made twice: the server stamps the value this device holds
        # already): nothing was removed.
        return True
    if isinstance(new, list):
        return bool(set(new) - set(old or []))
    return new != old


def _checked(
    entity: str, record_id: str, merged: RecordState, names: frozenset[str]
) -> dict[str, Any]:
    """The record as the domain model sees it (defaults filled in); a record that breaks the
    rules stops the whole page: nothing of it is written."""
    known = {k: v for k, v in merged.fields.items() if k in names}
    try:
        record = model_for(entity).model_validate(
            {"id": record_id, **known}, context={FROM_SERVER: True}
        )
        return record.fields()
    except ValidationError:
        raise BadResponse(
            f"Der Server schickte einen ungültigen Datensatz / the server sent an invalid {entity} "
            f"{record_id}; nothing of this page was applied"
        ) from None


def _forget(conn: Connection, entity: str, ids: Iterable[str]) -> int:
    """Remove content everywhere on this device: row, index, unsent edits, conflicts, drafts,
    attachment content no other attachment uses. Returns how many records this device held."""
    ids = list(ids)
    table = entity_tables[entity]
    digests = (
        set(conn.scalars(select(table.c.sha256).where(table.c.id.in_(ids))))
        if entity == "attachment"
        else set()
    )
    held = conn.execute(delete(table).where(table.c.id.in_(ids))).rowcount or 0
    if digests:
        used = select(table.c.sha256).where(table.c.sha256.in_(digests))
        conn.execute(
            delete(attachment_blob).where(
                attachment_blob.c.sha256.in_(digests), attachment_blob.c.sha256.not_in(used)
            )
        )
    conn.execute(delete(draft).where(draft.c.record_id.in_(ids)))
    conn.execute(delete(outbox).where(outbox.c.entity == entity, outbox.c.record_id.in_(ids)))
    conn.execute(delete(conflict).where(conflict.c.entity == entity, conflict.c.record_id.in_(ids)))
    search.remove(conn, ids)
    return held


def _purge_copies(conn: Connection, entity: str, ids: list[str], *, naming: bool = False) -> None:
    """Erasure and anonymisation win over "nothing typed is lost": the side copies of these
    records go (drafts, refused changes); with `naming` (erased records) also drafts of other
    forms that mention them. Conflicts on a field the server changed arrive emptied and
    resolved, so they go the normal way."""
    conn.execute(delete(draft).where(draft.c.record_id.in_(ids)))
    if naming:
        payload = cast(draft.c.payload, Text)
        conn.execute(delete(draft).where(or_(*(payload.contains(i) for i in ids))))
    conn.execute(
        delete(rejected_change).where(
            rejected_change.c.entity == entity, rejected_change.c.record_id.in_(ids)
        )
    )


def _optimize_index(conn: Connection) -> None:
    """Deleted full-text entries linger in FTS segments until merged: merge them away now."""
    conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('optimize')")


def _store_conflicts(conn: Connection, conflicts: list[ConflictWire], applied: PullApplied) -> None:
    for item in conflicts:
        if item.entity not in ENTITIES:
            continue
        conn.execute(delete(conflict).where(conflict.c.id == item.id))
        if item.resolved:
            continue
        conn.execute(
            insert(conflict).values(
                id=item.id,
                entity=item.entity,
                record_id=item.record_id,
                field=item.field,
                winner_value=item.winner_value,
                winner_stamp=item.winner_stamp,
                loser_value=item.loser_value,
                loser_stamp=item.loser_stamp,
                resolved=False,
                server_seq=item.server_seq,
            )
        )
        applied.conflicts += 1


def rebase_pending(store: Store, *, limit_ms: int) -> int:
    """Give unsent changes fresh stamps after the device's clock ran ahead and was set right.

    Nobody has seen these stamps (the server refused them), so replacing them is
    safe; keeping them would make every edit of the last hours unsendable until
    real time caught up, and the clock would keep stamping from the future.
    """
    now = store.clock.wall_ms()
    with store.write() as writer:
        conn = writer.conn
        rows = conn.execute(select(outbox).order_by(outbox.c.seq)).all()
        future = {r.stamp for r in rows if Stamp.parse(r.stamp).ms - now > limit_ms}
        if not future:
            return 0
        fresh = store.clock.fresh()
        for table in entity_tables.values():
            for (clocks,) in conn.execute(select(table.c.clocks)):
                for stamp in clocks.values():
                    if stamp not in future and Stamp.parse(stamp).ms - now <= limit_ms:
                        fresh.observe(stamp)
        renamed: dict[str, str] = {}
        for row in rows:
            new = fresh.now()
            renamed[row.stamp] = new
            base = {k: renamed.get(v, v) if v else v for k, v in row.base.items()}
            conn.execute(update(outbox).where(outbox.c.seq == row.seq).values(stamp=new, base=base))
        for entity, table in entity_tables.items():
            ids = {r.record_id for r in rows if r.entity == entity}
            for chunk_start in range(0, len(ids), 500):
                chunk = sorted(ids)[chunk_start : chunk_start + 500]
                for rid, clocks in conn.execute(
                    select(table.c.id, table.c.clocks).where(table.c.id.in_(chunk))
                ):
                    moved = {k: renamed.get(v, v) for k, v in clocks.items()}
                    if moved != clocks:
                        conn.execute(update(table).where(table.c.id == rid).values(clocks=moved))
        for old, new in renamed.items():
            conn.execute(update(tombstone).where(tombstone.c.stamp == old).values(stamp=new))
        store.clock = fresh
        writer.clock = fresh
        return len(rows)


def blob(store: Store, sha256: str) -> bytes | None:
    with store.read() as conn:
        row = conn.execute(
            select(attachment_blob.c.content).where(attachment_blob.c.sha256 == sha256)
        ).first()
    return bytes(row.content) if row else None


def missing_blobs(store: Store) -> list[str]:
    """Content of attachments this device knows of but does not hold yet."""
    attachments = entity_tables["attachment"]
    query = (
        select(attachments.c.sha256)
        .where(attachments.c.sha256.not_in(select(attachment_blob.c.sha256)))
        .distinct()
    )
    with store.read() as conn:
        return sorted(conn.scalars(query))


def store_blob(store: Store, sha256: str, content: bytes) -> None:
    with store.write() as writer:
        known = writer.conn.execute(
            select(attachment_blob.c.sha256).where(attachment_blob.c.sha256 == sha256)
        )
        if known.first() is None:
            writer.conn.execute(insert(attachment_blob).values(sha256=sha256, content=content))
