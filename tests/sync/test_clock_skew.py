"""A device whose clock ran ahead: refused with a clear error, nothing lost, restamped once set right."""

import time

import pytest

from app.services import records
from app.store.hlc import HybridClock, Stamp
from sync.client import ClockSkew
from sync.device import pending_changes

TWO_HOURS = 2 * 3600 * 1000


def test_a_clock_two_hours_ahead_is_refused_then_restamped_when_fixed(enrolled):
    laptop = enrolled("anna")
    other = enrolled("bo")
    real = lambda: time.time_ns() // 1_000_000  # noqa: E731
    laptop.store.clock = HybridClock(laptop.store.device.device_id, wall=lambda: real() + TWO_HOURS)
    household = records.create(laptop.store, entity="household", data={"label": "Familie Nuri"})

    with pytest.raises(ClockSkew, match="clock is .* ahead"):
        laptop.sync()
    assert [c.record_id for c in pending_changes(laptop.store, limit=10)] == [household.id]

    # The counsellor sets the clock right; the HLC alone would keep stamping from the future.
    laptop.store.clock = HybridClock(laptop.store.device.device_id, last=laptop.store.clock.last)
    result = laptop.sync()
    assert result.pushed == 1 and pending_changes(laptop.store, limit=10) == []
    assert Stamp.parse(laptop.store.clock.now()).ms - real() < 60_000

    other.sync()
    assert (
        records.get(other.store, entity="household", record_id=household.id, audit=False).label
        == "Familie Nuri"
    )
