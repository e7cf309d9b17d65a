"""The one background helper: run a function on the thread pool, deliver its result on the GUI thread.

Code off the GUI thread never touches widgets; it gets plain values in and
returns plain values (pydantic records, dataclasses). Each call of a service
opens its own transaction, so nothing database-related crosses threads.
"""

import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.errors import UserError
from ui.qt import QObject, QtCore, Signal, Slot

log = logging.getLogger(__name__)

Report = Callable[[object], None]


@dataclass(frozen=True)
class Failure:
    """Why a task failed: a user error's message is fit to show; a bug carries only its type and trace."""

    message: str
    is_bug: bool
    exception: BaseException
    trace: str = ""


def failure_of(exc: BaseException) -> Failure:
    if isinstance(exc, UserError):
        return Failure(str(exc), False, exc)
    # A bug's message may quote data; the trace names only code, so it is what a report may carry.
    trace = "".join(traceback.format_tb(exc.__traceback__))
    return Failure(type(exc).__name__, True, exc, trace)


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive here queued."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(object)

    def __init__(
        self,
        done: Callable[[Any], None] | None,
        fail: Callable[[Failure], None] | None,
        progress: Callable[[Any], None] | None,
        finish: Callable[["_Relay"], None],
    ) -> None:
        super().__init__()
        self._done, self._fail, self._progress, self._finish = done, fail, progress, finish
        self.succeeded.connect(self.on_succeeded)
        self.failed.connect(self.on_failed)
        self.progressed.connect(self.on_progressed)

    @Slot(object)
    def on_succeeded(self, value: object) -> None:
        try:
            if self._done is not None:
                self._done(value)
        finally:
            self._release()
            self._finish(self)

    @Slot(object)
    def on_failed(self, failure: Failure) -> None:
        try:
            if self._fail is not None:
                self._fail(failure)
            elif failure.is_bug:
                log.error("background task failed: %s\n%s", failure.message, failure.trace)
        finally:
            self._release()
            self._finish(self)

    def _release(self) -> None:
        # The callbacks hold screens. The worker's job keeps this relay until its thread lets
        # go of it, maybe last: were the callbacks still here, a closed screen would then be
        # destroyed on that thread (Qt aborts: timers cannot be stopped from another thread).
        self._done = self._fail = self._progress = None

    @Slot(object)
    def on_progressed(self, value: object) -> None:
        if self._progress is not None:
            self._progress(value)


class _Job(QtCore.QRunnable):
    def __init__(self, fn: Callable[..., Any], relay: _Relay, with_report: bool) -> None:
        super().__init__()
        self._fn, self._relay, self._with_report = fn, relay, with_report

    def run(self) -> None:
        try:
            value = self._fn(self._relay.progressed.emit) if self._with_report else self._fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self._relay.failed.emit(failure_of(exc))
        else:
            self._relay.succeeded.emit(value)


class Tasks(QObject):
    """Runs functions off the GUI thread; `idle` fires when the last running task has delivered."""

    busy_changed = Signal(bool)
    idle = Signal()
    bug_reported = Signal(object)

    def __init__(self, *, threads: int = 3) -> None:
        super().__init__()
        self._pool = QtCore.QThreadPool()
        self._pool.setMaxThreadCount(threads)
        self._running: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        *,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Failure], None] | None = None,
    ) -> None:
        self._start(fn, done, failed, None, with_report=False)

    def run_reporting(
        self,
        fn: Callable[[Report], Any],
        *,
        progress: Callable[[Any], None],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Failure], None] | None = None,
    ) -> None:
        """Like run, but `fn` gets a report function whose values reach `progress` on the GUI thread."""
        self._start(fn, done, failed, progress, with_report=True)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait_done(self, timeout_ms: int = 30_000) -> bool:
        """For shutdown and tests: wait for the pool, then deliver what is queued."""
        finished = self._pool.waitForDone(timeout_ms)
        QtCore.QCoreApplication.processEvents()
        return finished

    def _start(
        self,
        fn: Callable[..., Any],
        done: Callable[[Any], None] | None,
        failed: Callable[[Failure], None] | None,
        progress: Callable[[Any], None] | None,
        *,
        with_report: bool,
    ) -> None:
        relay = _Relay(done, failed or self._unhandled, progress, self._finished)
        was_busy = self.busy
        self._running.add(relay)
        if not was_busy:
            self.busy_changed.emit(True)
        self._pool.start(_Job(fn, relay, with_report))

    def _unhandled(self, failure: Failure) -> None:
        if failure.is_bug:
            log.error("background task failed: %s\n%s", failure.message, failure.trace)
        self.bug_reported.emit(failure)

    def _finished(self, relay: _Relay) -> None:
        self._running.discard(relay)
        relay.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)
            self.idle.emit()
