"""Background sync while the app is unlocked: a timer, sync on demand, never two at once, a state to show."""

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol

from app.domain.registry import ENTITIES
from app.errors import UserError
from app.services.conflicts import list_conflicts
from app.services.lease import LeaseState, lease_state, note_time
from app.services.status import unsynced_changes
from app.services.team_directory import KEY as DIRECTORY
from app.store.store import Store
from sync import device as local
from sync.cli import connect
from sync.client import (
    BadResponse,
    Cancelled,
    ClockSkew,
    DeviceRevoked,
    ProtocolMismatch,
    Rejected,
    ServerBusy,
    ServerUnreachable,
    SyncClient,
    SyncError,
    Unauthorized,
)
from sync.engine import Progress, SyncResult, sync_once, wipe
from sync.enrolment import Enrolment, enrolment_of
from sync.protocol import MAX_PULL_RECORDS
from ui.qt import QObject, QTimer, Signal
from ui.session import Changed, Session
from ui.settings import DesktopSettings
from ui.tasks import Failure

log = logging.getLogger(__name__)


class SyncContext(Protocol):
    """What sync needs of its owner: the workspace's Context, or the sync-required screen's."""

    @property
    def session(self) -> Session: ...

    @property
    def settings(self) -> DesktopSettings: ...


# After "server unreachable" the next try comes sooner than the interval, then ever later.
FIRST_RETRY_S = 15
# Local edits arrive in bursts (an import, a consultation with its follow-up): count once.
RECOUNT_DELAY_MS = 400
HISTORY = 50


@dataclass(frozen=True)
class SyncState:
    """What the status bar and the Sync screen show; `error` is short and translated, `detail`
    technical but free of personal data."""

    enrolled: bool = False
    enrolment: Enrolment | None = None
    user: str = ""  # the user name on the server
    online: bool | None = None  # None: not tried yet in this session
    running: bool = False
    phase: str | None = None  # "push" or "pull" while running
    done: int = 0  # records pushed or pulled so far in this phase
    last_success: datetime | None = None
    unsynced: int = 0
    conflicts: int = 0
    error: str | None = None
    detail: str | None = None
    lease: LeaseState | None = None  # the offline lease (app/services/lease.py); None: not read yet


@dataclass(frozen=True)
class SyncRun:
    """One line of the Sync screen's log of this session."""

    finished_at: datetime
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    seconds: float = 0.0
    error: str | None = None


@dataclass(frozen=True)
class _Local:
    enrolment: Enrolment | None
    user: str
    last_success: datetime | None
    unsynced: int
    conflicts: int
    lease: LeaseState


def _read_local(store: Store) -> _Local:
    with store.read() as conn:
        user = local.get_setting(conn, "server_user")
        last = local.get_setting(conn, "last_sync")
    return _Local(
        enrolment_of(store),
        user,
        _parse_time(last),
        unsynced_changes(store),
        _open_conflicts(store),
        # Each refresh marks the time as seen, so a clock set back while unlocked is noticed.
        note_time(store),
    )


def _parse_time(text: str) -> datetime | None:
    try:
        stamp = datetime.fromisoformat(text)
    except ValueError:
        return None
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def _open_conflicts(store: Store) -> int:
    return len(list_conflicts(store))


@dataclass(frozen=True)
class _Outcome:
    result: SyncResult
    unsynced: int
    conflicts: int
    finished_at: datetime
    lease: LeaseState


class _Connection:
    """The one client of this session, made lazily on a worker (it reads the token from the
    keyring) and cancellable from the GUI thread."""

    def __init__(self, factory: Callable[[Store], SyncClient]) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._client: SyncClient | None = None
        self._cancelled = False

    def get(self, store: Store) -> SyncClient:
        with self._lock:
            if self._client is None:
                self._client = self._factory(store)
            if self._cancelled:
                self._client.cancel.set()
            return self._client

    def arm(self) -> None:
        with self._lock:
            self._cancelled = False
            if self._client is not None:
                self._client.cancel.clear()

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            if self._client is not None:
                self._client.cancel.set()

    def drop(self) -> None:
        """Forget the client (a new enrolment or a refused token); the next sync makes a new one."""
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()


def wipe_local_data(store: Store) -> None:
    """Erase this device's store after a revoke with wipe (idempotent: the engine may have begun)."""
    wipe(store)


class SyncController(QObject):
    """Owns the session's sync: `start()` on unlock, `stop()` on lock or quit, `sync_now()` any time."""

    state_changed = Signal(object)  # SyncState
    sync_finished = Signal(object)  # SyncRun, after every attempt
    revoked = Signal(bool, str)  # wipe, message for the final notice

    def __init__(
        self,
        ctx: SyncContext,
        *,
        client_factory: Callable[[Store], SyncClient] = connect,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session = ctx.session
        self.settings = ctx.settings
        self.state = SyncState()
        self.history: list[SyncRun] = []
        self.first_retry_s = FIRST_RETRY_S
        self.pull_limit = MAX_PULL_RECORDS
        self._connection = _Connection(client_factory)
        self._active = False
        self._running = False
        self._again = False
        self._revoked = False
        self._failures = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.on_timer_timeout)
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(RECOUNT_DELAY_MS)
        self._recount.timeout.connect(self.refresh)
        session.changed.connect(self.on_session_changed)
        # The owner calls refresh() (or start()) once the first screen is filled, so the status
        # bar's count does not compete with it; until then the bar shows no number.

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def active(self) -> bool:
        return self._active

    @property
    def running(self) -> bool:
        return self._running

    @property
    def revoked_here(self) -> bool:
        """The server revoked this device in this session: no more syncs until the app restarts."""
        return self._revoked

    def start(self) -> None:
        """Unlocked: read the local state, sync now, then every `sync_interval_seconds`."""
        self._active = True
        self._failures = 0
        self.refresh(then_sync=True)

    def stop(self) -> None:
        """Locked or quitting: no more ticks, and a running sync stops after its current request."""
        self._active = False
        self._again = False
        self._timer.stop()
        self._recount.stop()
        self._connection.cancel()

    def reconnect(self) -> None:
        """The device was just connected to a server: a new client, then sync as after unlocking."""
        self._connection.drop()
        self._revoked = False
        self.start()

    def refresh(self, *, then_sync: bool = False) -> None:
        """Re-read enrolment, last sync, unsynced changes and open conflicts off the GUI thread."""

        def loaded(found: _Local) -> None:
            self._set(
                enrolled=found.enrolment is not None,
                enrolment=found.enrolment,
                user=found.user,
                last_success=found.last_success or self.state.last_success,
                unsynced=found.unsynced,
                conflicts=found.conflicts,
                lease=found.lease,
            )
            if then_sync:
                self.sync_now()

        self.session.query(_read_local, done=loaded, failed=self._on_refresh_failed)

    def _on_refresh_failed(self, failure: Failure) -> None:
        if failure.is_bug:
            log.error("reading the sync state failed: %s\n%s", failure.message, failure.trace)

    # -- syncing ---------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a sync unless one runs (then one more follows it); False if none was started."""
        if self.session.closed or self._revoked or not self.state.enrolled:
            return False
        if self._running:
            self._again = True
            return False
        self._timer.stop()
        self._running = True
        self._connection.arm()
        self._set(running=True, phase=None, done=0)
        store, connection, limit = self.session.store, self._connection, self.pull_limit

        def job(report: Callable[[object], None]) -> _Outcome:
            # On "revoked, wipe" the app erases the store itself, after stopping its other work.
            result = sync_once(
                store,
                connection.get(store),
                progress=report,
                pull_limit=limit,
                wipe_on_revoke=False,
            )
            return _Outcome(
                result,
                unsynced_changes(store),
                _open_conflicts(store),
                datetime.now(UTC),
                lease_state(store),
            )

        self.session.tasks.run_reporting(
            job, progress=self._on_progress, done=self._on_synced, failed=self._on_sync_failed
        )
        return True

    def _on_progress(self, progress: object) -> None:
        if isinstance(progress, Progress) and not self.session.closed:
            self._set(phase=progress.phase, done=progress.done)

    def _on_synced(self, outcome: _Outcome) -> None:
        self._running = False
        if self.session.closed:
            return
        result = outcome.result
        self._failures = 0
        self._set(
            running=False,
            phase=None,
            done=0,
            online=True,
            last_success=outcome.finished_at,
            unsynced=outcome.unsynced,
            conflicts=outcome.conflicts,
            error=None,
            detail=None,
            lease=outcome.lease,
        )
        self._log(
            SyncRun(
                outcome.finished_at,
                pushed=result.pushed,
                pulled=result.pulled,
                conflicts=result.conflicts,
                seconds=result.seconds,
            )
        )
        touched = set(result.entities)
        if (result.erased or result.evicted) and not touched:
            touched = set(ENTITIES)
        if result.conflicts:
            touched.add("conflict")
        if result.directory_changed:
            touched.add(DIRECTORY)
        if touched and (
            result.pulled
            or result.erased
            or result.evicted
            or result.conflicts
            or result.directory_changed
        ):
            self.session.announce(Changed(frozenset(touched), origin="sync"))
        self._next(self.settings.sync_interval_seconds)

    def _on_sync_failed(self, failure: Failure) -> None:
        self._running = False
        if isinstance(failure.exception, DeviceRevoked):
            self._on_revoked(failure.exception)
            return
        if self.session.closed:
            return
        exc = failure.exception
        if isinstance(exc, Cancelled):  # stopped on purpose (lock, quit): nothing to report
            self._set(running=False, phase=None, done=0)
            self._next(self.settings.sync_interval_seconds)
            return
        offline = isinstance(exc, ServerUnreachable)
        if isinstance(exc, Unauthorized):
            self._connection.drop()  # a new token (a new enrolment) needs a new client
        if failure.is_bug:
            log.error("sync failed: %s\n%s", failure.message, failure.trace)
        error = None if offline else self.error_text(exc)
        detail = None if error is None else self._detail(failure)
        if offline:
            online: bool | None = False
        elif isinstance(exc, SyncError):
            online = True  # the server answered, if not as hoped
        else:
            online = self.state.online  # nothing was learnt about the server
        self._set(running=False, phase=None, done=0, online=online, error=error, detail=detail)
        self._log(SyncRun(datetime.now(UTC), error=error or self.tr("offline")))
        self._failures += 1
        retryable = offline or (isinstance(exc, SyncError) and exc.retryable)
        if retryable:
            delay = self.first_retry_s * 2 ** (self._failures - 1)
            self._next(min(delay, self.settings.sync_interval_seconds))
        else:
            self._next(self.settings.sync_interval_seconds)
        self.refresh()  # what is unsynced now (a failed push keeps the outbox)

    def _on_revoked(self, exc: DeviceRevoked) -> None:
        self.stop()
        self._connection.drop()
        self._revoked = True
        self._set(
            running=False,
            phase=None,
            online=True,
            error=self.tr("This device was revoked by the server."),
            detail=str(exc),
        )
        if exc.wipe:
            message = self.tr(
                "A team lead or administrator revoked this device and asked for its data to be "
                "erased. The case data on this computer has been deleted.\n\nThe server said: {0}"
            ).format(str(exc))
        else:
            message = self.tr(
                "A team lead or administrator revoked this device; it can no longer "
                "synchronise. The data on this computer is kept.\n\nThe server said: {0}"
            ).format(str(exc))
        self.revoked.emit(exc.wipe, message)

    def _next(self, seconds: int | float) -> None:
        if self._again:  # "Sync now" was pressed while a sync ran
            self._again = False
            self.sync_now()
        elif self._active:
            self._timer.start(int(seconds * 1000))

    def on_timer_timeout(self) -> None:
        if self._active:
            if self.state.enrolled:
                self.sync_now()
            else:
                self.refresh(then_sync=True)

    def on_session_changed(self, changed: Changed) -> None:
        if changed.origin == "local" and not self._revoked:
            self._recount.start()

    def next_sync_in_ms(self) -> int | None:
        """For the screens and tests: when the timer fires next, or None if it does not run."""
        return self._timer.remainingTime() if self._timer.isActive() else None

    # -- state and messages ------------------------------------------------------------

    def _set(self, **changes: object) -> None:
        self.state = replace(self.state, **changes)  # type: ignore[arg-type]
        self.state_changed.emit(self.state)

    def _log(self, run: SyncRun) -> None:
        self.history.append(run)
        del self.history[:-HISTORY]
        self.sync_finished.emit(run)

    def _detail(self, failure: Failure) -> str:
        # Sync errors name URLs, paths and record ids, never values; a bug shows only its trace.
        if failure.is_bug:
            return f"{failure.message}\n{failure.trace}"
        return f"{type(failure.exception).__name__}: {failure.message}"

    def error_text(self, exc: BaseException) -> str:
        """A short message for the status bar; the exception's own text goes into the details."""
        if isinstance(exc, ClockSkew):
            return self.tr(
                "This computer's clock is wrong. Set the date and time, then sync again."
            )
        if isinstance(exc, ProtocolMismatch):
            return self.tr("This version of Fallakte is too old for the server. Please update.")
        if isinstance(exc, Unauthorized):
            return self.tr("The server did not accept this device. Connect it to the server again.")
        if isinstance(exc, ServerBusy):
            return self.tr("The server is busy. Sync will try again shortly.")
        if isinstance(exc, BadResponse):
            return self.tr("The server's answer was incomplete. Sync will try again shortly.")
        if isinstance(exc, Rejected):
            return self.tr("The server refused the sync.")
        if isinstance(exc, UserError):
            return self.tr("Sync failed.")
        return self.tr("Sync failed because of an internal error.")
