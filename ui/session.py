"""An unlocked store as the GUI sees it: background queries, mutations and a signal for what changed."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.store.store import Store
from ui.qt import QObject, Signal
from ui.tasks import Failure, Tasks


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
        store = self.store
        self.tasks.run(lambda: fn(store), done=self._alive(done), failed=failed)

    def mutate(
        self,
        fn: Callable[[Store], Any],
        *,
        touches: Iterable[str],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Failure], None] | None = None,
    ) -> None:
        store, entities = self.store, frozenset(touches)

        def finished(value: Any) -> None:
            if done is not None:
                done(value)
            self.changed.emit(Changed(entities))

        self.tasks.run(lambda: fn(store), done=self._alive(finished), failed=failed)

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
