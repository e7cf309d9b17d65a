"""An unlocked store as the GUI sees it: background queries, mutations and a signal for what changed."""

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.store.store import Store
from ui.qt import QObject, Signal
from ui.tasks import Failure, Tasks

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Changed:
    """Which entities a mutation or a sync touched; screens refresh only when it concerns them."""

    entities: frozenset[str]
    origin: str = "local"  # "local" or "sync"

    def touches(self, *entities: str) -> bool:
        return not self.entities.isdisjoint(entities)


class Session(QObject):
    changed = Signal(object)  # Changed

    def __init__(self, store: Store, tasks: Tasks) -> None:
        super().__init__()
        self.store = store
        self.tasks = tasks
        self.closed = False

    @property
    def actor(self) -> str:
        return self.store.device.actor

    @property
    def setting(self) -> dict[str, str]:
        return self.store.settings

    def query(
        self,
        fn: Callable[[Store], Any],
        *,
        done: Callable[[Any], None],
        failed: Callable[[Failure], None] | None = None,
    ) -> None:
        if self.closed:
            return  # locked: the store is (being) closed and no screen waits for an answer
        store = self.store
        self.tasks.run(lambda: fn(store), done=self._alive(done), failed=self._failure(failed))

    def mutate(
        self,
        fn: Callable[[Store], Any],
        *,
        touches: Iterable[str],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Failure], None] | None = None,
    ) -> None:
        if self.closed:
            return
        store, entities = self.store, frozenset(touches)

        def finished(value: Any) -> None:
            if done is not None:
                done(value)
            self.changed.emit(Changed(entities))

        self.tasks.run(lambda: fn(store), done=self._alive(finished), failed=self._failure(failed))

    def announce(self, changed: Changed) -> None:
        self.changed.emit(changed)

    def close(self) -> None:
        """Wait for running work, then close the store; nothing is delivered to a closed session."""
        self.closed = True
        self.tasks.wait_done()
        self.store.close()

    def _alive(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            if not self.closed:
                fn(value)

        return deliver

    def _failure(self, fn: Callable[[Failure], None] | None) -> Callable[[Failure], None] | None:
        """A failure reaches its screen only while the session is open (the screen may be gone);
        after the lock a bug is logged (its type and code, no data), never shown over the lock."""
        if fn is None:
            return None

        def deliver(failure: Failure) -> None:
            if not self.closed:
                fn(failure)
            elif failure.is_bug:
                log.error("task failed after the lock: %s\n%s", failure.message, failure.trace)

        return deliver
