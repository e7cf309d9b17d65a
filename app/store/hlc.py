"""Hybrid logical clock stamps: sortable strings "<ms:13>-<counter:05>-<device id>".

Comparing two stamps as strings orders them by (physical ms, counter, device):
exactly the last-writer-wins key, so stamps need no parsing on the hot path.
"""

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

ZERO = "0000000000000-00000-"
_MAX_COUNTER = 99_999


@dataclass(frozen=True)
class Stamp:
    ms: int
    counter: int
    device_id: str

    def __str__(self) -> str:
        return f"{self.ms:013d}-{self.counter:05d}-{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> "Stamp":
        try:
            ms, counter, device_id = text.split("-", 2)
            return cls(int(ms), int(counter), device_id)
        except ValueError:
            raise ValueError(f"malformed clock stamp {text[:40]!r}") from None


class ClockSkewError(ValueError):
    """A remote stamp lies further in the future than the allowed drift."""


class HybridClock:
    """Thread-safe HLC for one device; `now()` for local events, `observe()` for remote ones."""

    def __init__(
        self,
        device_id: str,
        *,
        last: str | None = None,
        wall: Callable[[], int] | None = None,
        max_drift_ms: int = 5 * 60 * 1000,
    ) -> None:
        self.device_id = device_id
        self._wall = wall or (lambda: time.time_ns() // 1_000_000)
        self._max_drift_ms = max_drift_ms
        self._lock = threading.Lock()
        self._ms, self._counter = 0, 0
        if last:
            stamp = Stamp.parse(last)
            self._ms, self._counter = stamp.ms, stamp.counter

    def now(self) -> str:
        with self._lock:
            wall = self._wall()
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            else:
                self._tick()
            return str(Stamp(self._ms, self._counter, self.device_id))

    def observe(self, remote: str, *, trusted: bool = False) -> None:
        """Move past a stamp received from elsewhere so later local stamps sort after it.

        An untrusted stamp too far ahead is refused. Stamps the server already
        accepted are `trusted`: when this device's clock runs behind, absorbing
        them is exactly what the HLC is for.
        """
        stamp = Stamp.parse(remote)
        with self._lock:
            wall = self._wall()
            if not trusted and stamp.ms - wall > self._max_drift_ms:
                raise ClockSkewError(
                    f"remote clock is {(stamp.ms - wall) // 1000} s ahead of this device "
                    f"(limit {self._max_drift_ms // 1000} s)"
                )
            if stamp.ms > self._ms or (stamp.ms == self._ms and stamp.counter > self._counter):
                self._ms, self._counter = stamp.ms, stamp.counter

    def wall_ms(self) -> int:
        """The physical clock this HLC reads (the system clock, unless a test injects one)."""
        return self._wall()

    def fresh(self) -> "HybridClock":
        """A clock on the same wall that forgot every stamp it made or saw."""
        return HybridClock(self.device_id, wall=self._wall, max_drift_ms=self._max_drift_ms)

    @property
    def last(self) -> str:
        with self._lock:
            return str(Stamp(self._ms, self._counter, self.device_id))

    def _tick(self) -> None:
        if self._counter >= _MAX_COUNTER:
            # Counter exhausted within one millisecond: borrow the next one.
            self._ms, self._counter = self._ms + 1, 0
        else:
            self._counter += 1
