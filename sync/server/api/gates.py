"""Bounded concurrency for expensive requests: a few run, some wait their turn, the rest get 503.

Password checks (argon2id, 64 MiB each), pushes and pulls (a page is megabytes of JSON) are
admitted through a gate each, so that no burst of requests can take the server's memory with
it. Waiting happens on the event loop, not in a worker thread: a queue of 200 pulls holds no
thread and no database connection, and /health still answers at once.

Not an asyncio.Semaphore: one application may be served from several event loops (the test
client starts one per client), and a waiter is woken on its own loop.
"""

import asyncio
import contextlib
import os
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sync.server.api.deps import ApiError

T = TypeVar("T")
# Password checks run at a lower CPU priority: argon2id keeps every core busy for a tenth of
# a second per check (with threads of its own, which inherit the priority), and requests
# such as /health must not wait for a core behind them.
HASH_NICENESS = 10


class Gate:
    def __init__(self, name: str, *, capacity: int, max_waiting: int) -> None:
        self.name = name
        self.capacity = capacity
        self.max_waiting = max_waiting
        self._lock = threading.Lock()
        self._active = 0
        self._waiters: deque[tuple[asyncio.AbstractEventLoop, asyncio.Future[None]]] = deque()

    @property
    def active(self) -> int:
        return self._active

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    @asynccontextmanager
    async def slot(self) -> AsyncIterator[None]:
        await self._acquire()
        try:
            yield
        finally:
            self._release()

    async def _acquire(self) -> None:
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._active < self.capacity and not self._waiters:
                self._active += 1
                return
            if len(self._waiters) >= self.max_waiting:
                raise ApiError(
                    503,
                    "busy",
                    "Server ausgelastet / the server is busy; try again in a moment",
                    headers={"Retry-After": "2"},
                )
            future: asyncio.Future[None] = loop.create_future()
            entry = (loop, future)
            self._waiters.append(entry)
        try:
            await future
        except asyncio.CancelledError:
            with self._lock:
                queued = entry in self._waiters
                if queued:
                    self._waiters.remove(entry)
            if not queued and future.done() and not future.cancelled():
                self._release()  # the slot was handed over just as the request went away
            raise

    def _release(self) -> None:
        with self._lock:
            if not self._waiters:
                self._active -= 1
                return
            loop, future = self._waiters.popleft()
        # The slot passes to the next waiter directly; the count stays.
        loop.call_soon_threadsafe(self._hand_over, future)

    def _hand_over(self, future: asyncio.Future[None]) -> None:
        if future.cancelled():
            self._release()  # that request went away while it waited: the next one
        else:
            future.set_result(None)


def _lower_priority() -> None:
    with contextlib.suppress(AttributeError, OSError):  # not on Windows; best effort elsewhere
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), HASH_NICENESS)


@dataclass(frozen=True)
class Gates:
    hashes: Gate
    pushes: Gate
    pulls: Gate
    # Uploads stream to temporary files: a bound on them is a bound on the disk they fill.
    uploads: Gate
    # The threads password checks run in, as many as the gate admits.
    hashing: ThreadPoolExecutor = field(compare=False)

    @classmethod
    def build(cls, *, max_hashes: int) -> "Gates":
        return cls(
            hashes=Gate("password checks", capacity=max_hashes, max_waiting=16 * max_hashes),
            # Page building holds the GIL (rows to JSON): more at once would only slow the
            # event loop, which answers everything else, without pulling faster.
            pushes=Gate("pushes", capacity=2, max_waiting=64),
            pulls=Gate("pulls", capacity=2, max_waiting=512),
            uploads=Gate("uploads", capacity=4, max_waiting=64),
            hashing=ThreadPoolExecutor(
                max_workers=max_hashes,
                thread_name_prefix="fallakte-hash",
                initializer=_lower_priority,
            ),
        )

    async def hash(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run `work` (which checks a password) through the gate, at the hashing priority."""
        async with self.hashes.slot():
            loop = asyncio.get_running_loop()
            return await loop.run_in_executor(self.hashing, lambda: work(*args, **kwargs))
