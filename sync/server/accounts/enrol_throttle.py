"""Enrolment attempts per user name and per client address: failures lead to a lockout.

A password guess costs the attacker nothing and the server an argon2id hash, and each guess
could be right. After `per_user` failed enrolments of one user name within the window, or
`per_address` from one address, further attempts are answered 429 with Retry-After without
checking the password (also a right one: nothing tells a lockout that would have passed). The
lockout starts at one minute and doubles with each repeat, up to an hour; a successful
enrolment clears the user's record. Kept in memory per server process: a restart forgets it
(and with several workers each keeps its own), and no address is ever written to disk.
"""

import math
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field

WINDOW_S = 15 * 60
FIRST_LOCK_S = 60
LONGEST_LOCK_S = 60 * 60
# Tracked names and addresses: the oldest are forgotten first, so random names fill nothing.
MAX_KEYS = 20_000


@dataclass
class _Record:
    failures: deque[float] = field(default_factory=deque)
    lockouts: int = 0
    locked_until: float = 0.0


class EnrolThrottle:
    def __init__(
        self, *, per_user: int, per_address: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.limits = {"user": per_user, "address": per_address}
        self._clock = clock
        self._lock = threading.Lock()
        self._records: OrderedDict[tuple[str, str], _Record] = OrderedDict()

    def retry_after(self, username: str, address: str) -> int | None:
        """Seconds until this user name and address may try again, or None if they may now."""
        now = self._clock()
        with self._lock:
            waits = [
                record.locked_until - now
                for key in (("user", username), ("address", address))
                if (record := self._records.get(key)) is not None and record.locked_until > now
            ]
        return max(1, math.ceil(max(waits))) if waits else None

    def failed(self, username: str, address: str) -> None:
        now = self._clock()
        with self._lock:
            for key in (("user", username), ("address", address)):
                record = self._records.pop(key, None) or _Record()
                self._records[key] = record  # most recent last
                while record.failures and record.failures[0] < now - WINDOW_S:
                    record.failures.popleft()
                record.failures.append(now)
                if len(record.failures) >= self.limits[key[0]]:
                    lock = min(FIRST_LOCK_S * 2**record.lockouts, LONGEST_LOCK_S)
                    record.locked_until = now + lock
                    record.lockouts += 1
                    record.failures.clear()
            while len(self._records) > MAX_KEYS:
                self._records.popitem(last=False)

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._records.pop(("user", username), None)
