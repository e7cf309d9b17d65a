"""Changes the server makes itself (erasure, retention): stamped, sequenced and pulled like any.

Every record touched gets a server stamp newer than all it replaces and a new server_seq, so
devices receive tombstones and field changes through the normal pull cursor. Conflicts of an
erased record are deleted (they hold its old values); conflicts on a field the server changed
are emptied and marked resolved under a new seq, so that devices drop their copy too.
"""

import contextlib
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, and_, bindparam, delete, null, or_, select, update

from app.domain.registry import model_for
from sync.merge import ERASED, RecordState, is_server_stamp
from sync.server.pushpull import server_clock
from sync.server.pushpull.sync_service import CONFLICT, RECORD, _allocate, _lock_records, now_utc

Key = tuple[str, str]
_CHUNK = 500
# Not yet emptied: still open, or resolved but holding values.
_HELD = or_(
    CONFLICT.c.resolved.is_(False),
    CONFLICT.c.winner_value.is_not(None),
    CONFLICT.c.loser_value.is_not(None),
)


@dataclass
class Applied:
    """What one call changed, by entity (counts only: nothing here may name anyone)."""

    erased: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0

    def total(self) -> int:
        return sum(self.erased.values()) + sum(self.changed.values())


def load(conn: Connection, keys: Iterable[Key]) -> dict[Key, tuple[str, RecordState]]:
    """Current (team, state) of these records, row-locked on PostgreSQL."""
    return _lock_records(conn, sorted(set(keys)))


def peek(conn: Connection, keys: Iterable[Key]) -> dict[Key, RecordState]:
    """Current states without a lock: for a preview in a read-only snapshot."""
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in set(keys):
        by_entity.setdefault(entity, []).append(record_id)
    found: dict[Key, RecordState] = {}
    for entity, ids in sorted(by_entity.items()):
        for chunk in chunks(ids):
            rows = conn.execute(
                select(RECORD).where(RECORD.c.entity == entity, RECORD.c.id.in_(chunk))
            )
            for row in rows:
                found[(entity, row.id)] = RecordState(
                    dict(row.fields), dict(row.clocks), dict(row.bases), bool(row.deleted)
                )
    return found


def apply(
    conn: Connection,
    *,
    erase: Iterable[Key] = (),
    patch: Mapping[Key, dict[str, Any]] | None = None,
    husk: Iterable[str] = (),
) -> Applied:
    """Erase records and set fields, in the caller's transaction; already-done work is skipped.

    `husk`: ids of further conflicts to empty (e.g. a lost value naming an erased record).
    """
    erase = set(erase)
    patch = {k: v for k, v in (patch or {}).items() if k not in erase}
    if conn.dialect.name == "sqlite":
        # Overwrite freed content with zeros: a deleted value must not stay readable in the
        # file's free pages (PostgreSQL keeps dead rows until VACUUM reuses their space).
        conn.exec_driver_sql("PRAGMA secure_delete = ON")
    states = load(conn, [*erase, *patch])
    hlc = server_clock.clock(
        conn, after=(s for _, state in states.values() for s in state.clocks.values())
    )
    touched: dict[Key, RecordState] = {}
    result = Applied()
    for key in sorted(erase):
        found = states.get(key)
        if found is None or found[1].deleted:
            continue
        touched[key] = RecordState(clocks={ERASED: hlc.now()}, deleted=True)
        result.erased[key[0]] = result.erased.get(key[0], 0) + 1
    for key in sorted(patch):
        found = states.get(key)
        if found is None or found[1].deleted:
            continue
        state = found[1].copy()
        # A field the server sets becomes the server's even where the value is already right
        # (an empty phone): an older offline edit must not fill it in again (see sync.merge).
        names = [n for n, v in patch[key].items() if not held(state, n, v)]
        if not names:
            continue
        stamp = hlc.now()
        for name in names:
            state.fields[name] = patch[key][name]
            state.bases[name] = state.clocks.get(name)
            state.clocks[name] = stamp
        _check(key, state)
        touched[key] = state
        result.changed[key[0]] = result.changed.get(key[0], 0) + 1
    # Conflicts on every field the caller replaces, changed now or earlier: they hold old values.
    husks = _conflicts_on(
        conn, {k: list(v) for k, v in patch.items() if k in states and not states[k][1].deleted}
    )
    husks = sorted((set(husks) | _unhusked(conn, husk)) - _of_erased(conn, touched))
    if not touched and not husks:
        return result
    server_clock.save(conn, hlc)
    for entity, record_id in (k for k, s in touched.items() if s.deleted):
        conn.execute(
            delete(CONFLICT).where(CONFLICT.c.entity == entity, CONFLICT.c.record_id == record_id)
        )
    seq = _allocate(conn, len(touched) + len(husks))
    now = now_utc()
    rows = []
    for key in sorted(touched):
        state = touched[key]
        rows.append(
            {
                "_entity": key[0],
                "_id": key[1],
                "fields": {} if state.deleted else state.fields,
                "clocks": state.clocks,
                "bases": {} if state.deleted else state.bases,
                "deleted": state.deleted,
                "server_seq": seq,
                "updated_at": now,
            }
        )
        seq += 1
    changing = ("fields", "clocks", "bases", "deleted", "server_seq", "updated_at")
    if rows:
        conn.execute(
            update(RECORD)
            .where(RECORD.c.entity == bindparam("_entity"), RECORD.c.id == bindparam("_id"))
            .values({name: bindparam(name) for name in changing}),
            rows,
        )
    tombstones = [k for k, state in touched.items() if state.deleted]
    for entity, ids in _by_entity(tombstones).items():
        for chunk in chunks(ids):
            # A tombstone is something every device can apply: it leaves quarantine.
            conn.execute(
                update(RECORD)
                .where(RECORD.c.entity == entity, RECORD.c.id.in_(chunk))
                .values(quarantined_at=null(), quarantine_reason=null())
            )
    for conflict_id in husks:
        conn.execute(
            update(CONFLICT)
            .where(CONFLICT.c.id == conflict_id)
            .values(winner_value=null(), loser_value=null(), resolved=True, server_seq=seq)
        )
        seq += 1
    result.conflicts = len(husks)
    return result


def checkpoint(engine: Engine) -> None:
    """SQLite: move the WAL into the database file and empty it, so that old page versions
    holding erased values do not linger in the -wal file. Best effort: a reader may hold it."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        # On the driver connection: SQLAlchemy would open a transaction, inside which SQLite
        # refuses to checkpoint.
        raw = conn.connection.driver_connection
        assert raw is not None
        with contextlib.suppress(sqlite3.OperationalError):
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def held(state: RecordState, name: str, value: Any) -> bool:
    """The field holds `value`, set by the server."""
    stamp = state.clocks.get(name)
    return stamp is not None and is_server_stamp(stamp) and state.fields.get(name) == value


def _check(key: Key, state: RecordState) -> None:
    try:
        model_for(key[0]).model_validate({"id": key[1], **state.fields})
    except ValidationError as exc:
        names = sorted({str(e["loc"][0]) for e in exc.errors() if e.get("loc")})
        raise AssertionError(
            f"server change leaves {key[0]} invalid ({', '.join(names)})"
        ) from None


def _unhusked(conn: Connection, ids: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(ids):
        found |= set(conn.scalars(select(CONFLICT.c.id).where(CONFLICT.c.id.in_(chunk), _HELD)))
    return found


def _of_erased(conn: Connection, touched: dict[Key, RecordState]) -> set[str]:
    """Conflicts of records erased now: they are deleted, not emptied."""
    found: set[str] = set()
    for (entity, record_id), state in touched.items():
        if state.deleted:
            found |= set(
                conn.scalars(
                    select(CONFLICT.c.id).where(
                        CONFLICT.c.entity == entity, CONFLICT.c.record_id == record_id
                    )
                )
            )
    return found


def _conflicts_on(conn: Connection, changed: dict[Key, list[str]]) -> list[str]:
    """Conflicts still holding a value of a field the server replaces (or is not yet husked)."""
    found: list[str] = []
    for (entity, record_id), names in sorted(changed.items()):
        found.extend(
            conn.scalars(
                select(CONFLICT.c.id)
                .where(
                    and_(
                        CONFLICT.c.entity == entity,
                        CONFLICT.c.record_id == record_id,
                        CONFLICT.c.field.in_(names),
                        _HELD,
                    )
                )
                .order_by(CONFLICT.c.id)
            )
        )
    return found


def _by_entity(keys: Iterable[Key]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for entity, record_id in keys:
        found.setdefault(entity, []).append(record_id)
    return found


def chunks(values: Iterable[str]) -> Iterable[list[str]]:
    items = sorted(set(values))
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
