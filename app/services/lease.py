"""The offline lease: how long an enrolled device may be browsed without reaching its server.

A team's devices may go `lease_days` (a server setting, default 30) without a sync the server
confirmed; after that the store still unlocks and syncs, but shows nothing until a sync renews
the lease. A lost laptop that never reconnects thereby stops opening its records.

The lease is counted on the device's own clock from the moment of the last confirmation, so a
device clock that is wrong by hours neither shortens nor lengthens it. What a clock set back
could gain is closed by `seen_at`, the latest wall time this store has seen: a clock that runs
more than CLOCK_BACK_TOLERANCE behind it counts the lease as expired, so the trick costs the
counsellor a sync instead of extending anything.

A store that is not enrolled has no server to confirm it, so no lease applies to it. An
enrolled store that has no confirmation yet (enrolled by an older release) counts from its
last sync, else from the first time it is seen after the upgrade.

The sync engine writes confirmations (`confirm`), every unlock and the status bar note the
time (`note_time`); both live here because `app` must not import `sync`.
"""

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from sqlalchemy import Connection, insert, select, update

from app.store.store import Store
from app.store.tables import meta

DEFAULT_DAYS = 30
MIN_DAYS, MAX_DAYS = 1, 365
# NTP corrections are seconds; a clock this far behind what the store saw was set back.
CLOCK_BACK_TOLERANCE = timedelta(minutes=15)
# The seen mark moves in steps of this, so a refresh every few seconds does not write each time.
MARK_STEP = timedelta(minutes=1)
# In the last days the status bar warns.
WARN_DAYS = 5

DAYS = "lease_days"
CONFIRMED_AT = "lease_confirmed_at"  # the device's clock when the server last confirmed it
SERVER_TIME = "lease_server_time"  # the server's clock then (shown, not counted)
SEEN_AT = "lease_seen_at"  # the latest wall time this store has seen
LAST_SYNC = "last_sync"  # written by the sync engine; where an upgraded device's lease starts


class LeaseStatus(StrEnum):
    not_enrolled = "not_enrolled"  # no server, no lease
    running = "running"
    expired = "expired"
    clock_back = "clock_back"  # the clock runs behind what the store saw: counts as expired


@dataclass(frozen=True, slots=True)
class LeaseState:
    status: LeaseStatus
    days_left: int  # whole days, rounded up; 0 when expired
    lease_days: int
    confirmed_at: datetime | None  # None: never confirmed (not enrolled)

    @property
    def applies(self) -> bool:
        return self.status is not LeaseStatus.not_enrolled

    @property
    def expired(self) -> bool:
        """Browsing is refused until a sync renews the lease."""
        return self.status in (LeaseStatus.expired, LeaseStatus.clock_back)

    @property
    def warning(self) -> bool:
        return self.applies and (self.expired or self.days_left <= WARN_DAYS)


def refusal(state: LeaseState) -> str:
    """Why browsing is refused, for the command line (the GUI words it in its own screen)."""
    if state.status is LeaseStatus.clock_back:
        why = "die Uhr wurde zurückgestellt / the clock was set back"
    else:
        why = (
            f"{state.lease_days} Tage ohne Synchronisation / {state.lease_days} days without a sync"
        )
    return (
        f"Synchronisation erforderlich ({why}): run 'fallakte sync'; "
        "the data is intact, and shown again once the server has confirmed this device"
    )


def lease_state(store: Store, now: datetime | None = None) -> LeaseState:
    """The lease as of `now` (default: the wall clock), read from the store's settings."""
    with store.read() as conn:
        return state_in(conn, now or _now())


def state_in(conn: Connection, now: datetime) -> LeaseState:
    values = _settings(conn)
    days = _days(values.get(DAYS))
    if not values.get("server_url"):
        return LeaseState(LeaseStatus.not_enrolled, days, days, None)
    start = _time(values.get(CONFIRMED_AT)) or _time(values.get(LAST_SYNC))
    seen = _time(values.get(SEEN_AT))
    if start is None:
        # Enrolled by an older release and never synced: the first note_time starts it.
        return LeaseState(LeaseStatus.running, days, days, None)
    latest = max(start, seen) if seen else start
    if now < latest - CLOCK_BACK_TOLERANCE:
        return LeaseState(LeaseStatus.clock_back, 0, days, start)
    left = start + timedelta(days=days) - max(now, latest)
    if left <= timedelta(0):
        return LeaseState(LeaseStatus.expired, 0, days, start)
    return LeaseState(LeaseStatus.running, math.ceil(left / timedelta(days=1)), days, start)


def note_time(store: Store, now: datetime | None = None) -> LeaseState:
    """Remember `now` as seen (never moving the mark back) and return the lease then.

    Called at unlock and by the status bar, so a clock set back later is noticed. The state is
    computed before the mark moves: a clock set back must see the old, later mark.
    """
    now = now or _now()
    with store.read() as conn:
        state = state_in(conn, now)
        values = _settings(conn)
    if not _needs_mark(values, now):
        return state  # the status bar refreshes often: most calls write nothing
    with store.write() as writer:
        conn = writer.conn
        values = _settings(conn)  # again, inside the write: another thread may have moved it
        if not values.get(CONFIRMED_AT) and not values.get(LAST_SYNC):
            _set(conn, CONFIRMED_AT, _iso(now))
        if _needs_mark(values, now):
            _set(conn, SEEN_AT, _iso(now))
    return state


def _needs_mark(values: dict[str, str], now: datetime) -> bool:
    """Whether `now` moves the seen mark on by a minute or more (far below the tolerance)."""
    if not values.get("server_url"):
        return False
    seen = _time(values.get(SEEN_AT))
    return seen is None or now >= seen + MARK_STEP


def confirm(conn: Connection, *, days: int, now: datetime, server_time: datetime | None) -> None:
    """The server confirmed this device (a sync round or an enrolment): the lease starts again.

    The seen mark is reset to `now` too: the server vouched for the device at this moment, and
    a clock set right again (forward or back) counts from here.
    """
    _set(conn, DAYS, str(_days(str(days))))
    _set(conn, CONFIRMED_AT, _iso(now))
    _set(conn, SEEN_AT, _iso(now))
    if server_time is not None:
        _set(conn, SERVER_TIME, _iso(server_time))


def _settings(conn: Connection) -> dict[str, str]:
    keys = (DAYS, CONFIRMED_AT, SEEN_AT, LAST_SYNC, "server_url")
    rows = conn.execute(select(meta.c.key, meta.c.value).where(meta.c.key.in_(keys))).all()
    return {row.key: row.value for row in rows}


def _set(conn: Connection, key: str, value: str) -> None:
    done = conn.execute(update(meta).where(meta.c.key == key).values(value=value))
    if done.rowcount == 0:
        conn.execute(insert(meta).values(key=key, value=value))


def _days(text: str | None) -> int:
    try:
        days = int(text or DEFAULT_DAYS)
    except ValueError:
        return DEFAULT_DAYS
    return min(max(days, MIN_DAYS), MAX_DAYS)


def _time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _now() -> datetime:
    return datetime.now(UTC)
