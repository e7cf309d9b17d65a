"""Lazy lists: all ids up front (cheap), each row's data fetched with its page off the GUI thread
the first time a view asks for it. Answers from before the last reload are dropped."""

from collections.abc import Callable
from typing import Any, ClassVar, Generic, TypeVar

from app.store.store import Store
from ui.qt import QtCore, Signal
from ui.session import Changed, Session
from ui.tasks import Failure

Qt = QtCore.Qt
PAGE_SIZE = 100
PLACEHOLDER = "…"
ID_ROLE = Qt.ItemDataRole.UserRole

R = TypeVar("R")


class PagedIdModel(QtCore.QAbstractTableModel, Generic[R]):
    """Subclasses say how to read the ids (`ids_query`) and a page of rows (`rows_query`)."""

    watches: ClassVar[frozenset[str]]  # entities whose change can alter what the list shows

    ids_loaded = Signal()  # the ids (and so the row count) are current
    page_loaded = Signal(int)  # page number
    load_failed = Signal(object)  # Failure

    def __init__(
        self,
        session: Session,
        *,
        page_size: int = PAGE_SIZE,
        follow_changes: bool = True,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.page_size = page_size
        self._ids: list[str] = []
        self._rows: dict[str, R | None] = {}  # None: erased since the ids were read
        self._pages: set[int] = set()  # loaded
        self._pending: set[int] = set()
        self._generation = 0
        if follow_changes:
            session.changed.connect(self.on_session_changed)

    # -- what subclasses give ------------------------------------------------------------

    def ids_query(self) -> Callable[[Store], list[str]]:
        """The ids in display order under the current filter (captured now, run off-thread)."""
        raise NotImplementedError

    def rows_query(self, store: Store, ids: list[str]) -> list[R]:
        raise NotImplementedError

    # -- loading -------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the ids again; rows already shown are fetched again when next asked for."""
        self._generation += 1
        generation = self._generation
        self.session.query(
            self.ids_query(),
            done=lambda ids: self._ids_arrived(generation, ids),
            failed=self._failed,
        )

    def _ids_arrived(self, generation: int, ids: list[str]) -> None:
        if generation != self._generation:
            return
        same = ids == self._ids
        if not same:
            self.beginResetModel()
        self._ids = ids
        self._rows.clear()
        self._pages.clear()
        self._pending.clear()
        if not same:
            self.endResetModel()
        elif ids:
            # Keep the view's selection and scroll position; visible rows ask again.
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(ids) - 1, self.columnCount() - 1)
            )
        self.ids_loaded.emit()

    def _request(self, page: int) -> None:
        if page in self._pages or page in self._pending:
            return
        self._pending.add(page)
        start = page * self.page_size
        wanted = self._ids[start : start + self.page_size]
        generation = self._generation
        self.session.query(
            lambda store: self.rows_query(store, wanted),
            done=lambda rows: self._page_arrived(generation, page, wanted, rows),
            failed=lambda failure: self._page_failed(generation, page, failure),
        )

    def _page_arrived(self, generation: int, page: int, wanted: list[str], rows: list[R]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages.add(page)
        self._rows.update(dict.fromkeys(wanted))
        self._rows.update((row.id, row) for row in rows)  # type: ignore[attr-defined]
        first = page * self.page_size
        last = min(first + self.page_size, len(self._ids)) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.page_loaded.emit(page)

    def _page_failed(self, generation: int, page: int, failure: Failure) -> None:
        if generation == self._generation:
            self._pending.discard(page)
        self._failed(failure)

    def _failed(self, failure: Failure) -> None:
        self.load_failed.emit(failure)

    def on_session_changed(self, changed: Changed) -> None:
        if changed.touches(*self.watches):
            self.reload()

    # -- what a view asks ----------------------------------------------------------------

    def loaded_pages(self) -> frozenset[int]:
        return frozenset(self._pages)

    def record_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: str) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def cached(self, row: int) -> tuple[bool, R | None]:
        """(arrived, data) for a row; asks for its page if it has not arrived yet."""
        record_id = self._ids[row]
        if record_id not in self._rows:
            self._request(row // self.page_size)
            return False, None
        return True, self._rows[record_id]

    def rowCount(self, parent: QtCore.QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def _valid(self, index: QtCore.QModelIndex) -> bool:
        return index.isValid() and 0 <= index.row() < len(self._ids)

    def _header(self, titles: tuple[str, ...], section: int, orientation: Any, role: int) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return titles[section] if 0 <= section < len(titles) else None
