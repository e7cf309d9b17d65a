"""One sync round for a device: push the outbox in batches, then pull until caught up.

Callable from the CLI and from a GUI worker thread: progress arrives through a
callback, a threading.Event cancels between requests, and every applied page
moves the cursor in the same transaction, so an interrupted sync resumes where
it stopped.
"""

import contextlib
import hashlib
import shutil
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

import orjson

from app.store.store import Store
from sync import device as local
from sync.client import BadResponse, Cancelled, ClockSkew, DeviceRevoked, NotFound, SyncClient
from sync.credentials import forget_token
from sync.directory import refresh_directory
from sync.lease import renew_lease
from sync.protocol import (
    MAX_PULL_RECORDS,
    MAX_PUSH_BYTES,
    MAX_PUSH_CHANGES,
    Change,
    PullResponse,
    PushRequest,
)

PUSH_BATCH = 500
# Half the server's limit on a push body: room for the audit events and the JSON around them.
PUSH_BATCH_BYTES = MAX_PUSH_BYTES // 2
# Below the server's default limit (5 min), so a rebased stamp is always accepted.
SKEW_TOLERANCE_MS = 60_000


@dataclass
class Progress:
    phase: str  # "push" or "pull"
    done: int
    remaining: int | None = None


@dataclass
class SyncResult:
    pushed: int = 0
    rejected: int = 0
    dropped: int = 0
    pulled: int = 0
    erased: int = 0
    evicted: int = 0
    conflicts: int = 0
    blobs: int = 0
    lease_days: int | None = None  # the renewed offline lease; None: not renewed (old server)
    directory_changed: bool = False  # the team directory (names of colleagues) was renewed
    seconds: float = 0.0
    entities: set[str] = field(default_factory=set)


def sync_once(
    store: Store,
    client: SyncClient,
    *,
    progress: Callable[[Progress], None] | None = None,
    pull_limit: int = MAX_PULL_RECORDS,
    wipe_on_revoke: bool = True,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> SyncResult:
    """One round: push everything unsent, pull everything new.

    The round ends by renewing the offline lease (sync/lease.py); `now` is the device's clock
    for it (tests move it). `wipe_on_revoke=False` leaves the erasure after "revoked, wipe" to the caller (the desktop
    app first stops everything else that reads the store, then erases it, then says so).
    """
    started = time.perf_counter()
    result = SyncResult()
    report = progress or (lambda _: None)
    try:
        _push_all(store, client, result, report)
        _pull_all(store, client, result, report, pull_limit)
        # Asked after push and pull went through, so a lease is renewed only by a whole round.
        result.lease_days = renew_lease(store, client, now=now())
    except DeviceRevoked as exc:
        if exc.wipe and wipe_on_revoke:
            wipe(store)
        raise
    result.blobs = _fetch_blobs(store, client)
    # Every successful round renews the names, so a rename on the server arrives with the data.
    result.directory_changed = refresh_directory(store, client=client)
    with store.write() as writer:
        local.set_setting(writer.conn, "last_sync", datetime.now(UTC).isoformat(timespec="seconds"))
    result.seconds = time.perf_counter() - started
    return result


def _push_all(
    store: Store, client: SyncClient, result: SyncResult, report: Callable[[Progress], None]
) -> None:
    try:
        _push_batches(store, client, result, report)
    except ClockSkew as exc:
        local_ms = store.clock.wall_ms()
        if exc.server_ms is None or abs(local_ms - exc.server_ms) > SKEW_TOLERANCE_MS:
            raise  # the clock is still wrong: the counsellor must set it; nothing is lost
        # The clock was set right since those edits: restamp them and send again.
        local.rebase_pending(store, limit_ms=SKEW_TOLERANCE_MS)
        _push_batches(store, client, result, report)


def _push_batches(
    store: Store, client: SyncClient, result: SyncResult, report: Callable[[Progress], None]
) -> None:
    while True:
        changes = _within_bytes(
            local.pending_changes(store, limit=min(PUSH_BATCH, MAX_PUSH_CHANGES))
        )
        events, audit_seq = local.pending_audit(store, limit=MAX_PUSH_CHANGES)
        resolved = local.pending_resolutions(store)
        if not changes and not events and not resolved:
            return
        _upload_blobs(store, client, changes)
        response = client.push(
            PushRequest(changes=changes, audit_events=events, resolved_conflicts=resolved)
        )
        settled = local.settle_push(
            store,
            changes=changes,
            outcomes=response.outcomes,
            audit_seq=audit_seq,
            resolved=resolved,
        )
        result.pushed += settled.applied
        result.rejected += settled.rejected
        result.dropped += settled.dropped
        report(Progress("push", result.pushed + result.rejected + result.dropped))
        if client.cancel.is_set():
            raise Cancelled("Synchronisation abgebrochen / sync cancelled")


def _within_bytes(changes: list[Change]) -> list[Change]:
    """The first changes of the batch that fit PUSH_BATCH_BYTES (always at least one)."""
    size = 0
    for count, change in enumerate(changes):
        size += len(orjson.dumps(change.model_dump(mode="json")))
        if size > PUSH_BATCH_BYTES and count:
            return changes[:count]
    return changes


def _pull_all(
    store: Store,
    client: SyncClient,
    result: SyncResult,
    report: Callable[[Progress], None],
    limit: int,
) -> None:
    """Pull pages until caught up, fetching the next page while this one is applied."""
    with store.read() as conn:
        cursor = int(local.get_setting(conn, local.CURSOR, "0"))
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="fallakte-pull") as fetcher:
        pending: Future[PullResponse] | None = fetcher.submit(
            client.pull, cursor=cursor, limit=limit
        )
        while pending is not None:
            page = pending.result()
            pending = None
            if page.more and not client.cancel.is_set():
                pending = fetcher.submit(client.pull, cursor=page.cursor, limit=limit)
            applied = local.apply_page(store, page)
            result.pulled += applied.records
            result.erased += applied.erased
            result.evicted += applied.evicted
            result.conflicts += applied.conflicts
            result.entities |= applied.entities
            report(Progress("pull", result.pulled))
            # On cancel, a page already asked for is still applied: it costs little and keeps
            # where the sync stopped predictable.
            if client.cancel.is_set() and pending is None and page.more:
                raise Cancelled("Synchronisation abgebrochen / sync cancelled")


def wipe(store: Store) -> None:
    """Revoked with wipe: the key file goes first (the data is unreadable without it), then the rest."""
    data_dir = store.data_dir
    # The token is useless once revoked, but it must not outlive the data in the OS keyring.
    with contextlib.suppress(Exception):
        forget_token(store)
    store.close()
    (data_dir / "keys.json").unlink(missing_ok=True)
    shutil.rmtree(data_dir, ignore_errors=True)


def _upload_blobs(store: Store, client: SyncClient, changes: list[Change]) -> None:
    """Attachment content goes up before the record that points at it (content-addressed, idempotent)."""
    wanted = {
        c.fields["sha256"] for c in changes if c.entity == "attachment" and c.fields.get("sha256")
    }
    for sha256 in sorted(wanted):
        content = local.blob(store, sha256)
        if content is not None:
            client.put_blob(sha256, content)


def _fetch_blobs(store: Store, client: SyncClient) -> int:
    fetched = 0
    for sha256 in local.missing_blobs(store):
        try:
            content = client.get_blob(sha256)
        except NotFound:
            # The server holds no content this team may read under that hash (an attachment
            # whose upload never came, or content erased since): the record stays, without
            # its file, and the rest of the sync goes on.
            continue
        if hashlib.sha256(content).hexdigest() != sha256:
            raise BadResponse(
                f"attachment content {sha256[:12]}… does not match its hash; not stored"
            )
        local.store_blob(store, sha256, content)
        fetched += 1
    return fetched
