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

from sqlalchemy import Connection, Engine, bindparam, insert, select, text, update
from sqlalchemy.exc import IntegrityError, OperationalError

from app.domain.ids import new_id
from app.domain.registry import ENTITIES
from app.store.hlc import Stamp
from sync.merge import RecordState, apply_change
from sync.protocol import Change, ChangeOutcome, PushRequest, PushResponse
from sync.server.blobs import blob_gc, blob_ownership
from sync.server.lifecycle import quarantine
from sync.server.pushpull import audit_intake, case_team, record_shape, references, scope
from sync.server.pushpull.device_ids import is_device_id
from sync.server.storage.tables import metadata

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
    # The user the token belongs to: the actor of every audit event this device pushes.
    username: str = ""


# A complete new record under an id another team holds: the one answer "not yours" cannot
# share with "not there" (which would be applied); reaching it needs that team's record id.
NOT_AVAILABLE = "Datensatz-Id nicht verfügbar / this record id is not available to this device"
STAMP_OF_ANOTHER = "stamp belongs to another device"
UNKNOWN_ENTITY = "unbekannte Datenart / unknown entity"


def now_utc() -> datetime:
    return datetime.now(UTC)


class ClockSkewRefused(Exception):
    """The device's clock runs ahead of the server's beyond the limit: nothing of the batch is taken."""


def _stamp_problem(stamp: str, device_id: str) -> str | None:
    return None if Stamp.parse(stamp).device_id == device_id else STAMP_OF_ANOTHER


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
    if not is_device_id(pusher.device_id):
        # Only the server's own code paths write server stamps (sync.server.pushpull.server_changes).
        raise ValueError("a push must come from an enrolled device, never the server's own id")
    check_skew(request, max_skew_ms)
    for attempt in range(5):
        try:
            with engine.begin() as conn:
                response, conflicts = _push(conn, pusher, request, max_skew_ms)
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


@dataclass
class _Accepted:
    """A change as it will be applied: the merged state and what it brings along."""

    state: RecordState
    lost: list[Any]
    late: list[str]
    move: str | None = None


class _Batch:
    """What one push decides, change by change, before anything is written."""

    def __init__(self, conn: Connection, pusher: Pusher, request: PushRequest) -> None:
        self.conn = conn
        self.pusher = pusher
        seqs = [c.change_id.seq for c in request.changes]
        self.done = (
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
        pending = [c for c in request.changes if c.change_id.seq not in self.done]
        keys = sorted({(c.entity, c.record_id) for c in pending})
        self.states = _lock_records(conn, keys)
        self.quarantined = quarantine.held_back(conn, keys)
        # Records this batch may create: every key not held by another team.
        creatable = {k for k in keys if k not in self.states or self._own(k)}
        wanted = [
            key
            for c in pending
            if c.entity in ENTITIES
            for _, key in references.targets(c.entity, c.fields, c.fields)
        ]
        self.refs = references.TeamReferences(conn, pusher.team_id, creatable, wanted)
        digests = {
            str(c.fields["sha256"])
            for c in pending
            if c.entity == "attachment" and isinstance(c.fields.get("sha256"), str)
        }
        self.owned = blob_ownership.held(conn, pusher.team_id, digests)

    def _own(self, key: tuple[str, str]) -> bool:
        return self.states[key][0] == self.pusher.team_id

    def evaluate(self, change: Change, current: RecordState | None, own: bool) -> _Accepted | str:
        """The change merged and checked, or "dropped" (an edit of an erased record).

        Raises Refused with the reason. A record of another team is evaluated as if it did
        not exist (`own` False, `current` None), so its answer is that of a missing record.
        """
        if change.deleted:
            merged = apply_change(current, stamp=change.stamp, fields={}, base={}, deleted=True)
            return _Accepted(merged.state, [], [])
        fields = record_shape.incoming(change.entity, change.fields, change.base)
        merged = apply_change(current, stamp=change.stamp, fields=fields, base=change.base)
        if merged.dropped:
            return "dropped"
        state = merged.state
        names = record_shape.field_names(change.entity)
        complete = record_shape.complete(
            change.entity, change.record_id, {k: v for k, v in state.fields.items() if k in names}
        )
        for name, value in complete.items():
            if name not in state.clocks:
                # Defaults are stored, stamped like the change that brought the record, so
                # every device reads the same complete record, also after a release adds a field.
                state.clocks[name] = change.stamp
                state.bases[name] = None
            state.fields[name] = value
        for kept in (state.fields, state.clocks, state.bases):
            for name in set(kept) - names:
                del kept[
                    name
                ]  # a key an old release stored: the record is repaired as it is edited
        changed = set(fields)
        self.refs.check(change.entity, state.fields, changed)
        named = state.fields.get("sha256") if change.entity == "attachment" else None
        if "sha256" in changed and named not in self.owned:
            raise record_shape.Refused(NOT_UPLOADED)
        move, retyped = None, False
        if change.entity == "case":
            move, retyped = case_team.settle(
                self.conn,
                pusher_team=self.pusher.team_id,
                role=self.pusher.role,
                before=current if own and current is not None and not current.deleted else None,
                state=state,
                changed=changed,
            )
        record_shape.check_size(state.fields, state.clocks, state.bases)
        # A refused edit stamped later than the server's value would win on the device that
        # made it: the server states its value again, newer, so that device converges.
        late = [n for n in merged.refused if change.stamp > state.clocks[n]]
        if retyped:
            late.append("team")
        return _Accepted(state, list(merged.lost), late, move)


NOT_UPLOADED = (
    "Inhalt des Anhangs nicht von diesem Team hochgeladen / the attachment's content was not "
    "uploaded by this team"
)


def _push(
    conn: Connection, pusher: Pusher, request: PushRequest, max_skew_ms: int
) -> tuple[PushResponse, int]:
    batch = _Batch(conn, pusher, request)
    outcomes: list[ChangeOutcome] = []
    touched: dict[tuple[str, str], RecordState] = {}
    new_keys: set[tuple[str, str]] = set()
    conflicts: list[dict[str, Any]] = []
    purge: set[tuple[str, str]] = set()
    applied_seqs: list[int] = []
    moves: dict[tuple[str, str], str] = {}
    restamp: dict[tuple[str, str], list[str]] = {}
    digests: set[str] = set()  # content of attachments erased in this push
    claimed: set[str] = set()  # content named by attachments applied in this push
    for change in request.changes:
        seq = change.change_id.seq
        if seq in batch.done:
            outcomes.append(ChangeOutcome(seq=seq, status="duplicate"))
            continue
        problem = None
        if change.change_id.device_id != pusher.device_id:
            problem = "change id of another device"
        elif change.entity not in ENTITIES:
            problem = UNKNOWN_ENTITY
        else:
            problem = _stamp_problem(change.stamp, pusher.device_id)
        key = (change.entity, change.record_id)
        existing = batch.states.get(key)
        own = existing is None or existing[0] == pusher.team_id
        if problem is None and own and key in batch.quarantined:
            problem = quarantine.HELD_BACK
        if problem is not None:
            outcomes.append(ChangeOutcome(seq=seq, status="rejected", reason=problem))
            continue
        current = touched.get(key, existing[1] if existing else None) if own else None
        try:
            accepted = batch.evaluate(change, current, own)
        except record_shape.Refused as exc:
            outcomes.append(ChangeOutcome(seq=seq, status="rejected", reason=str(exc)))
            continue
        if not own:
            # Valid as a new record, but the id is another team's: nothing is stored.
            outcomes.append(ChangeOutcome(seq=seq, status="rejected", reason=NOT_AVAILABLE))
            continue
        if accepted == "dropped":
            outcomes.append(ChangeOutcome(seq=seq, status="dropped", reason=ERASED_FINAL))
            continue
        assert isinstance(accepted, _Accepted)
        state = accepted.state
        if state.deleted:
            purge.add(key)
            conflicts = [c for c in conflicts if (c["entity"], c["record_id"]) != key]
            if change.entity == "attachment" and current is not None and not current.deleted:
                digests.add(str(current.fields.get("sha256") or ""))
        elif change.entity == "attachment":
            claimed.add(str(state.fields["sha256"]))
        touched[key] = state
        if accepted.late:
            restamp.setdefault(key, []).extend(accepted.late)
        if existing is None:
            new_keys.add(key)
        if accepted.move is not None:
            moves[key] = accepted.move
        for lost in accepted.lost:
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
    blob_ownership.claim(conn, pusher.team_id, claimed)
    _write(conn, pusher, touched, new_keys, conflicts, purge, resolved, moves)
    blob_gc.collect(conn, digests - {""})
    if applied_seqs:
        now = now_utc()
        conn.execute(
            insert(APPLIED),
            [{"device_id": pusher.device_id, "seq": s, "applied_at": now} for s in applied_seqs],
        )
    now = now_utc()
    accepted_events = audit_intake.store(
        conn,
        request.audit_events,
        username=pusher.username,
        device_id=pusher.device_id,
        now=now,
        max_skew_ms=max_skew_ms,
    )
    response = PushResponse(outcomes=outcomes, audit_accepted=accepted_events, server_time=now)
    return response, len(conflicts)


ERASED_FINAL = "record was erased; erasure is final"


def _restamp(
    conn: Connection,
    touched: dict[tuple[str, str], RecordState],
    fields: dict[tuple[str, str], list[str]],
    seen: list[str],
) -> None:
    if not fields:
        return
    from sync.server.pushpull import server_clock

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
    """Hand records to their new team (new seq, so its devices pull them) and evict them from the old.

    Only records of the old team move: a case may name something of another team (an old
    database), and that stays where it is. Attachments take their content's ownership along.
    """
    files: dict[str, list[str]] = {}
    for (entity, record_id), target in sorted(handed_over.items()):
        moved = conn.execute(
            update(RECORD)
            .where(
                RECORD.c.entity == entity, RECORD.c.id == record_id, RECORD.c.team_id == old_team
            )
            .values(team_id=target, server_seq=seq)
        ).rowcount
        seq += 1
        if moved:
            conn.execute(
                insert(EVICTION).values(
                    team_id=old_team, entity=entity, record_id=record_id, server_seq=seq
                )
            )
            if entity == "attachment":
                files.setdefault(target, []).append(record_id)
        seq += 1
    for target, ids in files.items():
        digests = conn.scalars(
            select(RECORD.c.fields["sha256"].as_string()).where(
                RECORD.c.entity == "attachment", RECORD.c.id.in_(ids)
            )
        )
        blob_ownership.hand_over(conn, {d for d in digests if d}, target)
    return seq
