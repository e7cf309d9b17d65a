"""Push on the server: merge changes into record states under one sequence counter.

Sequence numbers are allocated from one counter row at the end of the push
transaction (`UPDATE ... RETURNING`), and the row lock is held until commit:
a later sequence can never become visible before an earlier one, so a pull
cursor never skips a record that was committed late.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy import Connection, Engine, bindparam, insert, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError

from app.domain.ids import new_id
from app.domain.registry import ENTITIES, model_for
from app.services.validation import problems_of
from app.store.hlc import Stamp
from sync.merge import ERASED, RecordState, apply_change, is_server_stamp
from sync.protocol import (
    ChangeOutcome,
    PushRequest,
    PushResponse,
)
from sync.server import blob_gc, scope
from sync.server.tables import metadata

_t = metadata.tables
RECORD, CONFLICT, APPLIED, EVICTION, SEQ, AUDIT = (
    _t["record"],
    _t["conflict"],
    _t["applied_change"],
    _t["eviction"],
    _t["seq_counter"],
    _t["audit_event"],
)


@dataclass(frozen=True)
class Pusher:
    device_id: str
    team_id: str
    role: str = "counsellor"


def now_utc() -> datetime:
    return datetime.now(UTC)


class ClockSkewRefused(Exception):
    """The device's clock runs ahead of the server's beyond the limit: nothing of the batch is taken."""


def _stamp_problem(stamp: str, device_id: str) -> str | None:
    return None if Stamp.parse(stamp).device_id == device_id else "stamp belongs to another device"


def check_skew(request: PushRequest, max_skew_ms: int) -> None:
    """Refuse the whole batch if any stamp is too far ahead: trusting it would let it win every merge."""
    now = time.time_ns() // 1_000_000
    ahead = max((Stamp.parse(c.stamp).ms - now for c in request.changes), default=0)
    if ahead > max_skew_ms:
        raise ClockSkewRefused(
            f"Die Uhr dieses Geräts geht {ahead // 60000} min vor / this device's clock is "
            f"{ahead // 1000} s ahead of the server (limit {max_skew_ms // 1000} s): "
            "set the clock right, then sync again; nothing was lost"
        )


def push(
    engine: Engine,
    pusher: Pusher,
    request: PushRequest,
    *,
    max_skew_ms: int,
    on_conflicts: Callable[[int], None] | None = None,
) -> PushResponse:
    """Apply a batch in one transaction; `on_conflicts` hears how many conflicts it committed."""
    check_skew(request, max_skew_ms)
    for attempt in range(5):
        try:
            with engine.begin() as conn:
                response, conflicts = _push(conn, pusher, request)
            if on_conflicts is not None and conflicts:
                on_conflicts(conflicts)
            return response
        except (IntegrityError, OperationalError) as exc:
            # A concurrent push of the same new record or a deadlock victim: the retry sees it.
            if attempt == 4 or not _retryable(exc):
                raise
            time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")


def _retryable(exc: Exception) -> bool:
    text_ = str(exc).lower()
    return (
        isinstance(exc, IntegrityError)
        or "deadlock" in text_
        or "serializ" in text_
        or "locked" in text_
    )


def _push(conn: Connection, pusher: Pusher, request: PushRequest) -> tuple[PushResponse, int]:
    outcomes: list[ChangeOutcome] = []
    seqs = [c.change_id.seq for c in request.changes]
    done = (
        set(
            conn.scalars(
                select(APPLIED.c.seq).where(
                    APPLIED.c.device_id == pusher.device_id, APPLIED.c.seq.in_(seqs)
                )
            )
        )
        if seqs
        else set()
    )
    keys = sorted({(c.entity, c.record_id) for c in request.changes if c.change_id.seq not in done})
    states = _lock_records(conn, keys)
    touched: dict[tuple[str, str], RecordState] = {}
    new_keys: set[tuple[str, str]] = set()
    conflicts: list[dict[str, Any]] = []
    purge: set[tuple[str, str]] = set()
    applied_seqs: list[int] = []
    moves: dict[tuple[str, str], str] = {}
    restamp: dict[tuple[str, str], list[str]] = {}
    digests: set[str] = set()  # content of attachments erased in this push
    for change in request.changes:
        seq = change.change_id.seq
        if seq in done:
            outcomes.append(ChangeOutcome(seq=seq, status="duplicate"))
            continue
        problem = None
        if change.change_id.device_id != pusher.device_id:
            problem = "change id of another device"
        elif change.entity not in ENTITIES:
            problem = f"unknown entity '{change.entity}'"
        else:
            problem = _stamp_problem(change.stamp, pusher.device_id)
        key = (change.entity, change.record_id)
        existing = states.get(key)
        if problem is None and existing is not None and existing[0] != pusher.team_id:
            problem = "Datensatz gehört zu einem anderen Team / record belongs to another team"
        if problem is not None:
            outcomes.append(ChangeOutcome(seq=seq, status="rejected", reason=problem))
            continue
        current = touched.get(key, existing[1] if existing else None)
        merged = apply_change(
            current,
            stamp=change.stamp,
            fields=change.fields,
            base=change.base,
            deleted=change.deleted,
        )
        if merged.dropped:
            outcomes.append(
                ChangeOutcome(
                    seq=seq, status="dropped", reason="record was erased; erasure is final"
                )
            )
            continue
        if not merged.state.deleted:
            invalid = _invalid(change.entity, change.record_id, merged.state, change.stamp)
            if invalid:
                outcomes.append(ChangeOutcome(seq=seq, status="rejected", reason=invalid))
                continue
        else:
            purge.add(key)
            conflicts = [c for c in conflicts if (c["entity"], c["record_id"]) != key]
            if change.entity == "attachment" and current is not None and not current.deleted:
                digests.add(str(current.fields.get("sha256") or ""))
        move, refusal = _requested_move(conn, pusher, change.entity, existing, merged.state)
        if refusal is not None:
            outcomes.append(ChangeOutcome(seq=seq, status="rejected", reason=refusal))
            continue
        touched[key] = merged.state
        # A refused edit stamped later than the server's value would win on the device that
        # made it: the server states its value again, newer, so that device converges.
        late = [n for n in merged.refused if change.stamp > merged.state.clocks[n]]
        if late:
            restamp.setdefault(key, []).extend(late)
        if existing is None:
            new_keys.add(key)
        if move is not None:
            moves[key] = move
        for lost in merged.lost:
            conflicts.append(
                {
                    "id": new_id(),
                    "entity": change.entity,
                    "record_id": change.record_id,
                    "team_id": pusher.team_id,
                    "field": lost.field,
                    "winner_value": lost.winner_value,
                    "winner_stamp": lost.winner_stamp,
                    "loser_value": lost.loser_value,
                    "loser_stamp": lost.loser_stamp,
                    "loser_device": Stamp.parse(lost.loser_stamp).device_id,
                    "created_at": now_utc(),
                    "resolved": False,
                }
            )
        applied_seqs.append(seq)
        outcomes.append(ChangeOutcome(seq=seq, status="applied"))
    resolved = _resolvable(conn, pusher, request.resolved_conflicts)
    _restamp(conn, touched, restamp, [c.stamp for c in request.changes])
    _write(conn, pusher, touched, new_keys, conflicts, purge, resolved, moves)
    blob_gc.collect(conn, digests - {""})
    if applied_seqs:
        now = now_utc()
        conn.execute(
            insert(APPLIED),
            [{"device_id": pusher.device_id, "seq": s, "applied_at": now} for s in applied_seqs],
        )
    accepted = _store_audit(conn, request)
    response = PushResponse(outcomes=outcomes, audit_accepted=accepted, server_time=now_utc())
    return response, len(conflicts)


def _restamp(
    conn: Connection,
    touched: dict[tuple[str, str], RecordState],
    fields: dict[tuple[str, str], list[str]],
    seen: list[str],
) -> None:
    if not fields:
        return
    from sync.server import server_clock

    hlc = server_clock.clock(conn, after=seen)
    for key, names in sorted(fields.items()):
        state = touched[key]
        if state.deleted:
            continue
        stamp = hlc.now()
        for name in names:
            state.bases[name] = state.clocks[name]
            state.clocks[name] = stamp
    server_clock.save(conn, hlc)


def _lock_records(
    conn: Connection, keys: list[tuple[str, str]]
) -> dict[tuple[str, str], tuple[str, RecordState]]:
    """Current states, row-locked in key order so concurrent pushes cannot deadlock on them."""
    found: dict[tuple[str, str], tuple[str, RecordState]] = {}
    by_entity: dict[str, list[str]] = {}
    for entity, record_id in keys:
        by_entity.setdefault(entity, []).append(record_id)
    # One IN list per entity: SQLite cannot use the primary key for a row-value IN list.
    for entity in sorted(by_entity):
        ids = by_entity[entity]
        for start in range(0, len(ids), 500):
            query = (
                select(RECORD)
                .where(RECORD.c.entity == entity, RECORD.c.id.in_(ids[start : start + 500]))
                .order_by(RECORD.c.id)
            )
            if conn.dialect.name == "postgresql":
                query = query.with_for_update()
            for row in conn.execute(query):
                state = RecordState(
                    dict(row.fields), dict(row.clocks), dict(row.bases), row.deleted
                )
                found[(row.entity, row.id)] = (row.team_id, state)
    return found


def _invalid(entity: str, record_id: str, state: RecordState, stamp: str) -> str | None:
    """Why the merged record breaks the domain rules, or None; fields left out get their defaults.

    Defaults are stored (stamped like the change that brought the record), so
    every device reads the same complete record, also after a release adds a field.
    """
    try:
        record = model_for(entity).model_validate({"id": record_id, **state.fields})
    except ValidationError as exc:
        problems = problems_of(exc)
        return "; ".join(f"{name}: {message}" for name, message in problems.items())
    for name, value in record.fields().items():
        if name not in state.clocks:
            state.fields[name] = value
            state.clocks[name] = stamp
            state.bases[name] = None
    return None


def _resolvable(conn: Connection, pusher: Pusher, ids: list[str]) -> list[str]:
    if not ids:
        return []
    query = select(CONFLICT.c.id).where(
        CONFLICT.c.id.in_(ids), CONFLICT.c.team_id == pusher.team_id
    )
    return list(conn.scalars(query))


def _allocate(conn: Connection, count: int) -> int:
    """Reserve `count` sequence numbers; returns the first. Holds the counter row until commit."""
    top = conn.execute(
        text("UPDATE seq_counter SET value = value + :n WHERE id = 1 RETURNING value"), {"n": count}
    ).scalar_one()
    return int(top) - count + 1


def _write(
    conn: Connection,
    pusher: Pusher,
    touched: dict[tuple[str, str], RecordState],
    new_keys: set[tuple[str, str]],
    conflicts: list[dict[str, Any]],
    purge: set[tuple[str, str]],
    resolved: list[str],
    moves: dict[tuple[str, str], str],
) -> None:
    followers = _followers(conn, touched, moves, pusher.team_id)
    handed_over = {**moves, **followers}
    # Each handed-over record takes two numbers: its new state, and its eviction from the old team.
    count = len(touched) + len(conflicts) + len(resolved) + 2 * len(handed_over)
    if count == 0:
        return
    for entity, record_id in purge:
        conn.execute(
            CONFLICT.delete().where(CONFLICT.c.entity == entity, CONFLICT.c.record_id == record_id)
        )
    # Allocated last: every row lock this push needs is already held.
    seq = first = _allocate(conn, count)
    now = now_utc()
    inserts: list[dict[str, Any]] = []
    updates: list[dict[str, Any]] = []
    for key in sorted(touched):
        state = touched[key]
        row = {
            "entity": key[0],
            "id": key[1],
            "team_id": pusher.team_id,
            "fields": {} if state.deleted else state.fields,
            "clocks": state.clocks,
            "bases": {} if state.deleted else state.bases,
            "deleted": state.deleted,
            "server_seq": seq,
            "updated_at": now,
        }
        seq += 1
        (inserts if key in new_keys else updates).append(row)
    if inserts:
        conn.execute(insert(RECORD), inserts)
    if updates:
        changing = ("fields", "clocks", "bases", "deleted", "server_seq", "updated_at")
        statement = (
            update(RECORD)
            .where(RECORD.c.entity == bindparam("_entity"), RECORD.c.id == bindparam("_id"))
            .values({name: bindparam(name) for name in changing})
        )
        conn.execute(
            statement,
            [
                {"_entity": r["entity"], "_id": r["id"], **{n: r[n] for n in changing}}
                for r in updates
            ],
        )
    for item in conflicts:
        item["server_seq"] = seq
        seq += 1
    if conflicts:
        conn.execute(insert(CONFLICT), conflicts)
    for conflict_id in resolved:
        conn.execute(
            update(CONFLICT)
            .where(CONFLICT.c.id == conflict_id)
            .values(resolved=True, server_seq=seq)
        )
        seq += 1
    end = _move(conn, pusher.team_id, handed_over, seq)
    assert end == first + count, "sequence numbers allocated and used differ"


def _requested_move(
    conn: Connection,
    pusher: Pusher,
    entity: str,
    existing: tuple[str, RecordState] | None,
    state: RecordState,
) -> tuple[str | None, str | None]:
    """(new team, refusal): a lead edits a case's team to hand it over; nobody else moves records.

    A new case always starts in the pushing device's team, whatever its team field says.
    """
    if entity != "case" or state.deleted or existing is None:
        return None, None
    target = state.fields.get("team")
    before = existing[1].fields.get("team")
    if not target or target == before or target == pusher.team_id:
        return None, None
    if pusher.role not in ("lead", "admin"):
        return (
            None,
            "nur Teamleitungen verschieben Fälle / only a team lead can move a case to another team",
        )
    if not scope.team_exists(conn, target):
        return None, f"unbekanntes Team / unknown team '{target}'"
    return target, None


def _followers(
    conn: Connection,
    touched: dict[tuple[str, str], RecordState],
    moves: dict[tuple[str, str], str],
    old_team: str,
) -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for (entity, case_id), target in moves.items():
        household = touched[(entity, case_id)].fields.get("household_id")
        for key in scope.records_moving_with(
            conn, case_id=case_id, household_id=household, old_team=old_team
        ):
            found[key] = target
    return found


def _move(
    conn: Connection, old_team: str, handed_over: dict[tuple[str, str], str], seq: int
) -> int:
    """Hand records to their new team (new seq, so its devices pull them) and evict them from the old."""
    for (entity, record_id), target in sorted(handed_over.items()):
        conn.execute(
            update(RECORD)
            .where(RECORD.c.entity == entity, RECORD.c.id == record_id)
            .values(team_id=target, server_seq=seq)
        )
        seq += 1
        conn.execute(
            insert(EVICTION).values(
                team_id=old_team, entity=entity, record_id=record_id, server_seq=seq
            )
        )
        seq += 1
    return seq


def _server_erased(conn: Connection, events: list[Any]) -> set[str]:
    """Ids of records the server erased (Art. 17): events about them arriving late are not kept.

    The audit log of an erased person holds only that the erasure happened.
    """
    by_entity: dict[str, set[str]] = {}
    for event in events:
        if event.record_id:
            by_entity.setdefault(event.entity, set()).add(event.record_id)
    found: set[str] = set()
    for entity, ids in sorted(by_entity.items()):
        rows = conn.execute(
            select(RECORD.c.id, RECORD.c.clocks).where(
                RECORD.c.entity == entity, RECORD.c.id.in_(sorted(ids)), RECORD.c.deleted.is_(True)
            )
        )
        found |= {r.id for r in rows if is_server_stamp(r.clocks.get(ERASED))}
    return found


def _store_audit(conn: Connection, request: PushRequest) -> int:
    events = request.audit_events
    if not events:
        return 0
    ids = [e.id for e in events]
    known = set(conn.scalars(select(AUDIT.c.id).where(AUDIT.c.id.in_(ids))))
    erased = _server_erased(conn, events)
    now = now_utc()
    rows = [
        {**e.model_dump(), "received_at": now}
        for e in events
        if e.id not in known and e.record_id not in erased
    ]
    if rows:
        conn.execute(insert(AUDIT), rows)
    return len(events)
