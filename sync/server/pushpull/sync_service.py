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
from app.domain.registry import ENTITIES, referrers
from app.store.hlc import Stamp
from sync.merge import Lost, RecordState, apply_change
from sync.protocol import Change, ChangeOutcome, PushRequest, PushResponse
from sync.server.blobs import blob_gc, blob_ownership
from sync.server.lifecycle import quarantine
from sync.server.pushpull import audit_intake, case_team, merged, record_shape, references, scope
from sync.server.pushpull.device_ids import is_device_id
from sync.server.pushpull.merged import MERGED_INTO
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
        wanted = [
            key
            for c in pending
            if c.entity in ENTITIES
            for _, key in references.targets(c.entity, c.fields, c.fields)
        ]
        # Merged duplicates among the records and references: their survivors are read too.
        self.merges = merged.Survivors(conn, pusher.team_id, [*keys, *wanted])
        survivors = self.merges.keys()
        self.states = _lock_records(conn, sorted(set(keys) | survivors))
        self.quarantined = quarantine.held_back(conn, keys)
        # Records this batch may create: every key not held by another team.
        creatable = {k for k in keys if k not in self.states or self._own(k)}
        wanted.extend(survivors)
        self.refs = references.TeamReferences(conn, pusher.team_id, creatable, wanted)
        digests = {
            str(c.fields["sha256"])
            for c in pending
            if c.entity == "attachment" and isinstance(c.fields.get("sha256"), str)
        }
        self.owned = blob_ownership.held(conn, pusher.team_id, digests)

    def _own(self, key: tuple[str, str]) -> bool:
        return self.states[key][0] == self.pusher.team_id

    def state_of(self, key: tuple[str, str]) -> tuple[str, RecordState] | None:
        """The record's team and state; a survivor first named by this push is read now."""
        if key not in self.states:
            self.states.update(_lock_records(self.conn, [key]))
        return self.states.get(key)

    def held(
        self, touched: dict[tuple[str, str], RecordState], entity: str, record_id: str
    ) -> RecordState | None:
        """The record as this push has it so far, if it is the team's."""
        key = (entity, record_id)
        if key in touched:
            return touched[key]
        found = self.states.get(key)
        return found[1] if found is not None and found[0] == self.pusher.team_id else None

    def open_conflicts(self, entity: str) -> list[dict[str, Any]]:
        """The team's stored open conflicts of references to `entity` (persons, households)."""
        fields = {name for _, name in referrers(entity)} | {"owner_id"}
        holders = {other for other, _ in referrers(entity)} | {"attachment"}
        rows = self.conn.execute(
            select(CONFLICT).where(
                CONFLICT.c.team_id == self.pusher.team_id,
                CONFLICT.c.resolved.is_(False),
                CONFLICT.c.entity.in_(sorted(holders)),
                CONFLICT.c.field.in_(sorted(fields)),
            )
        )
        return [dict(r._mapping) for r in rows]

    def redirected(self, change: Change) -> Change | None:
        """The field edit of a merged duplicate, aimed at its survivor (merged.py)."""
        if change.deleted or change.entity not in merged.MERGEABLE:
            return None
        survivor = self.merges.survivor((change.entity, change.record_id))
        fields = {k: v for k, v in change.fields.items() if k not in merged.NOT_CARRIED}
        if survivor is None or not fields or merged.MERGED_INTO in change.fields:
            return None
        base = {k: v for k, v in change.base.items() if k in fields}
        return change.model_copy(update={"record_id": survivor, "fields": fields, "base": base})

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
        if (
            MERGED_INTO in changed
            and state.fields.get(MERGED_INTO)
            and self.pusher.role not in ("lead", "admin")
        ):
            raise record_shape.Refused(MERGE_NEEDS_LEAD)
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


MERGE_NEEDS_LEAD = "Zusammenführen dürfen nur Teamleitungen / merging records needs the lead role"
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
    settled: list[str] = []  # stored conflicts this push settles itself (a merge made twice)
    for original in request.changes:
        seq = original.change_id.seq
        if seq in batch.done:
            outcomes.append(ChangeOutcome(seq=seq, status="duplicate"))
            continue
        # A change names merged duplicates: references go to their survivors (restamped below,
        # so the sending device takes them), an edit of one is applied to its survivor too.
        fields, rewritten = (
            batch.merges.rewrite(original.entity, original.record_id, original.fields)
            if original.entity in ENTITIES
            else (original.fields, [])
        )
        if (
            original.entity in merged.MERGEABLE
            and batch.merges.survivor((original.entity, original.record_id)) is not None
            and "household_id" in fields
            and merged.MERGED_INTO not in fields
        ):
            # A merged person is nobody's member any more (reports, erasure count members):
            # the edit's membership is not taken, and the server's is stated again.
            fields = {k: v for k, v in fields.items() if k != "household_id"}
            rewritten = [*rewritten, "household_id"]
        # A merged record keeps the survivor of the first merge the server accepted: another
        # merge of it (a laptop offline at the time) is refused for that field and restated.
        standing, asked = None, fields.get(MERGED_INTO)
        if (
            original.entity in merged.MERGEABLE
            and MERGED_INTO in fields
            and pusher.role in ("lead", "admin")  # anyone else's merge is refused as a whole
        ):
            standing = merged.standing(
                batch.held(touched, original.entity, original.record_id), asked
            )
        if standing is not None:
            fields = {k: v for k, v in fields.items() if k != MERGED_INTO}
            rewritten = [*rewritten, MERGED_INTO]
        work: list[tuple[Change, bool]] = [
            (original.model_copy(update={"fields": fields}) if rewritten else original, False)
        ]
        while work:
            change, echo = work.pop()
            problem = None
            if change.change_id.device_id != pusher.device_id:
                problem = "change id of another device"
            elif change.entity not in ENTITIES:
                problem = UNKNOWN_ENTITY
            else:
                problem = _stamp_problem(change.stamp, pusher.device_id)
            key = (change.entity, change.record_id)
            existing = batch.state_of(key) if echo else batch.states.get(key)
            own = existing is None or existing[0] == pusher.team_id
            if problem is None and own and key in batch.quarantined:
                problem = quarantine.HELD_BACK
            if echo and (existing is None or not own):
                continue  # the survivor is gone or not the team's: the tombstone keeps the edit
            if problem is not None:
                outcomes.append(ChangeOutcome(seq=seq, status="rejected", reason=problem))
                continue
            current = touched.get(key, existing[1] if existing else None) if own else None
            try:
                accepted = batch.evaluate(change, current, own)
            except record_shape.Refused as exc:
                if not echo:
                    outcomes.append(ChangeOutcome(seq=seq, status="rejected", reason=str(exc)))
                continue
            if not own:
                # Valid as a new record, but the id is another team's: nothing is stored.
                outcomes.append(ChangeOutcome(seq=seq, status="rejected", reason=NOT_AVAILABLE))
                continue
            if accepted == "dropped":
                if not echo:
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
            # A rewritten reference the change set (or a field it may no longer set) is
            # stated again by the server, newer, so that the device that sent it converges.
            restated = [
                n for n in rewritten if state.clocks.get(n) == change.stamp or n not in fields
            ]
            late = [*accepted.late, *restated]
            if late and not echo:
                restamp.setdefault(key, []).extend(late)
            if existing is None:
                new_keys.add(key)
            if accepted.move is not None:
                moves[key] = accepted.move
            lost = list(accepted.lost)
            if echo:
                lost += merged.crossed(current, state, change.stamp, change.fields, lost)
            if change.entity in merged.MERGEABLE and not echo:
                was = current.fields.get(merged.MERGED_INTO) if current else None
                batch.merges.learn(key, state)
                into = batch.merges.survivor(key)
                if into is not None and was is None and merged.MERGED_INTO in change.fields:
                    lost += _fold(batch, touched, restamp, key, into, current, change)
            if (
                standing is not None
                and not echo
                and isinstance(asked, str)
                and merged.is_merge(original.fields, original.base)
            ):
                lost += _merged_twice(
                    batch, touched, restamp, conflicts, settled, key, asked, change.stamp
                )
            conflicts.extend(_conflict_rows(change, pusher.team_id, lost))
            if echo:
                continue
            applied_seqs.append(seq)
            outcomes.append(ChangeOutcome(seq=seq, status="applied"))
            redirected = batch.redirected(change)
            if redirected is not None:
                work.append((redirected, True))
    resolved = _resolvable(conn, pusher, request.resolved_conflicts)
    resolved += [c for c in settled if c not in resolved]
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


def _conflict_rows(change: Change, team_id: str, lost: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "id": new_id(),
            "entity": change.entity,
            "record_id": getattr(item, "record_id", None) or change.record_id,
            "team_id": team_id,
            "field": item.field,
            "winner_value": item.winner_value,
            "winner_stamp": item.winner_stamp,
            "loser_value": item.loser_value,
            "loser_stamp": item.loser_stamp,
            "loser_device": Stamp.parse(item.loser_stamp).device_id,
            "created_at": now_utc(),
            "resolved": False,
        }
        for item in lost
    ]


@dataclass(frozen=True)
class _LostOn:
    """A conflict on another record than the change's own (the survivor of a merge)."""

    record_id: str
    field: str
    winner_value: Any
    winner_stamp: str
    loser_value: Any
    loser_stamp: str


def _fold(
    batch: "_Batch",
    touched: dict[tuple[str, str], RecordState],
    restamp: dict[tuple[str, str], list[str]],
    key: tuple[str, str],
    survivor: str,
    before: RecordState | None,
    change: Change,
) -> list[Any]:
    """The merge arrived: what the merging device had not seen follows it to the survivor.

    Edits of the duplicate that reached the server after that device's last pull are applied
    to the survivor with their own stamps (the field merge decides, a loser is a conflict);
    records of the team that still name the duplicate (pushed meanwhile by other devices) name
    the survivor, restamped by the server so that every device takes it.
    """
    target = (key[0], survivor)
    found = batch.state_of(target)
    if found is None or found[0] != batch.pusher.team_id:
        return []
    lost: list[Any] = []
    state = touched.get(target, found[1])
    if not state.deleted:
        for name, value in sorted(merged.unseen(before, change.base).items()):
            state, item = merged.carry(state, name, value)
            if item is not None:
                lost.append(
                    _LostOn(
                        survivor,
                        item.field,
                        item.winner_value,
                        item.winner_stamp,
                        item.loser_value,
                        item.loser_stamp,
                    )
                )
        lost += [
            _LostOn(survivor, x.field, x.winner_value, x.winner_stamp, x.loser_value, x.loser_stamp)
            for x in merged.kept_apart(key[0], before, state, change.base)
        ]
        record_shape.check_size(state.fields, state.clocks, state.bases)
        touched[target] = state  # the survivor exists: written as an update
    # Stored referrers, and those this push changed and has not written yet: a reference an
    # earlier merge of the same push rewrote to this record (a chain A into B, B into C).
    holders = merged.referring(batch.conn, batch.pusher.team_id, key[0], key[1])
    holders |= {
        k
        for k, s in touched.items()
        if not s.deleted and merged.names(k[0], s.fields, key[0], key[1])
    }
    holders -= {key, target}
    for holder in sorted(holders):
        current = touched.get(holder)  # the team's own, possibly created by this push
        if current is None:
            held = batch.state_of(holder)
            if held is None or held[0] != batch.pusher.team_id:
                continue
            current = held[1]
        if current.deleted:
            continue
        fields, names = batch.merges.rewrite(holder[0], holder[1], current.fields)
        updated = current.copy()
        updated.fields = fields
        names += merged.redirect_owner(holder[0], updated, key[1], survivor)
        if names:
            touched[holder] = updated
            restamp.setdefault(holder, []).extend(names)
    return lost


def _merged_twice(
    batch: "_Batch",
    touched: dict[tuple[str, str], RecordState],
    restamp: dict[tuple[str, str], list[str]],
    conflicts: list[dict[str, Any]],
    settled: list[str],
    key: tuple[str, str],
    refused: str,
    stamp: str,
) -> list[Any]:
    """A merge of a record the server holds merged into another survivor: the first stands.

    The references the merging device moved from the duplicate to its own survivor met the
    first merge's move of the same values as conflicts (this push's or stored): each goes to
    the standing survivor, restamped, and its conflict is settled. What is left is one notice,
    a conflict of the duplicate's `merged_into`: the two survivors are probably one person.
    """
    entity = key[0]
    survivor = batch.merges.survivor(key)
    held = batch.held(touched, *key)
    if survivor is None or held is None or batch.merges.end(entity, refused) == survivor:
        return []
    device = batch.pusher.device_id
    # Not `merged_into`: a conflict there is an earlier merged-twice notice, a lead's to close.
    relevant = {(o, n) for o, n in referrers(entity) if n != MERGED_INTO}
    relevant.add(("attachment", "owner_id"))
    pending = [(c, None) for c in conflicts]
    stored = [(c, c["id"]) for c in batch.open_conflicts(entity) if c["id"] not in settled]
    done: list[int] = []
    for item, stored_id in [*pending, *stored]:
        holder = (item["entity"], item["record_id"])
        name = item["field"]
        if (holder[0], name) not in relevant:
            continue
        if Stamp.parse(item["winner_stamp"]).device_id == device:
            mine, other = item["winner_value"], item["loser_value"]
        elif item.get("loser_device") == device:
            mine, other = item["loser_value"], item["winner_value"]
        else:
            continue
        standing = merged.moved_apart(mine, other, refused, survivor, batch.merges, entity)
        if standing is None:
            continue
        state = batch.held(touched, *holder)
        if state is None:
            state = _team_state(batch, holder)
        if state is None or state.deleted:
            continue
        if name == "owner_id" and state.fields.get("owner_entity") != entity:
            continue
        value = state.fields.get(name)
        if value == mine:
            value = standing  # not edited since: the value the first merge made of it
        elif isinstance(value, str):
            value = merged.replaced(value, refused, survivor)
        if value != state.fields.get(name):
            updated = state.copy()
            updated.fields[name] = value
            touched[holder] = updated
            restamp.setdefault(holder, []).append(name)
        if stored_id is None:
            done.append(id(item))
        else:
            settled.append(stored_id)
    conflicts[:] = [c for c in conflicts if id(c) not in done]
    return [
        Lost(
            MERGED_INTO,
            held.fields.get(MERGED_INTO),
            held.clocks.get(MERGED_INTO, ""),
            refused,
            stamp,
        )
    ]


def _team_state(batch: "_Batch", key: tuple[str, str]) -> RecordState | None:
    found = batch.state_of(key)
    return found[1] if found is not None and found[0] == batch.pusher.team_id else None


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
