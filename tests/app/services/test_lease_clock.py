"""The offline lease's counting (app/services/lease.py) on a real store: whatever the clock
says at each unlock, it never grants more than what is left after the latest time seen."""

import math
from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.services import lease
from app.services.lease import (
    CLOCK_BACK_TOLERANCE,
    MARK_STEP,
    LeaseStatus,
    lease_state,
    note_time,
)

DAY = timedelta(days=1)
START = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
# Clock readings around the confirmation, in whole seconds (the store keeps seconds).
readings = st.lists(st.integers(-400 * 86_400, 400 * 86_400), max_size=8)


def enrolled_and_confirmed(store, days: int) -> None:
    with store.write() as writer:
        lease._set(writer.conn, "server_url", "https://fallakte.example.org")
        for key in (lease.SEEN_AT, lease.CONFIRMED_AT):
            lease._set(writer.conn, key, "")
        lease.confirm(writer.conn, days=days, now=START, server_time=START)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(days=st.integers(1, 365), seen=readings, asked=st.integers(-400 * 86_400, 400 * 86_400))
def test_no_clock_reading_extends_the_lease(store, days, seen, asked):
    enrolled_and_confirmed(store, days)
    for offset in seen:
        note_time(store, START + timedelta(seconds=offset))
    # The mark moves in steps of MARK_STEP: it may lag the latest reading by less than one.
    latest = max([START, *(START + timedelta(seconds=s) for s in seen)]) - MARK_STEP
    now = START + timedelta(seconds=asked)
    state = lease_state(store, now)
    allowed = START + days * DAY - latest
    if now < latest - CLOCK_BACK_TOLERANCE:
        assert state.status is LeaseStatus.clock_back
    if allowed <= timedelta(0):
        assert state.expired
    if not state.expired:
        assert 1 <= state.days_left <= min(days, math.ceil(allowed / DAY))


def test_an_upgraded_device_counts_from_its_last_sync(store):
    with store.write() as writer:
        lease._set(writer.conn, "server_url", "https://fallakte.example.org")
        lease._set(writer.conn, lease.LAST_SYNC, (START - 20 * DAY).isoformat())
    assert lease_state(store, START).days_left == 10
    assert lease_state(store, START + 10 * DAY).expired


def test_an_enrolled_device_never_synced_starts_its_lease_when_first_seen(store):
    with store.write() as writer:
        lease._set(writer.conn, "server_url", "https://fallakte.example.org")
    assert lease_state(store, START).days_left == lease.DEFAULT_DAYS
    note_time(store, START)
    assert lease_state(store, START + 29 * DAY).days_left == 1
    assert lease_state(store, START + 30 * DAY).expired
