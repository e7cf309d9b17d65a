"""The person list: all ids up front, rows fetched page by page off the GUI thread as they are shown."""

from typing import Any

from app.services import listing
from app.services.listing import PersonRow
from ui import i18n, labels
from ui.qt import QtCore, Signal
from ui.reference_labels import country_name
from ui.session import Changed, Session
from ui.tasks import Failure

Qt = QtCore.Qt
PAGE_SIZE = 100
PLACEHOLDER = "…"
ID_ROLE = Qt.ItemDataRole.UserRole

# Entities whose change can alter what the list shows.
WATCHES = frozenset({"person", "household", "case"})


class PersonListModel(QtCore.QAbstractTableModel):
    """Rows are person ids; a row's text is fetched with its page the first time a view asks for it."""

    NAME, BIRTH_DATE, NATIONALITY, HOUSEHOLD, CASE, STATUS = range(6)

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
        self._rows: dict[str, PersonRow | None] = {}  # None: erased since the ids were read
        self._pages: set[int] = set()  # loaded
        self._pending: set[int] = set()
        self._filter = ""
        # Answers from before the last reload are dropped: their ids no longer match.
        self._generation = 0
        if follow_changes:
            session.changed.connect(self.on_session_changed)

    # -- loading ---------------------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        text = text.strip()
        if text != self._filter:
            self._filter = text
            self.reload()

    def reload(self) -> None:
        """Read the ids again; rows already shown are fetched again when next asked for."""
        self._generation += 1
        generation, text = self._generation, self._filter or None
        self.session.query(
            lambda store: listing.person_ids(store, text=text),
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
        if same:
            # Keep the view's selection and scroll position; visible rows ask again.
            if ids:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(ids) - 1, self.columnCount() - 1)
                )
        else:
            self.endResetModel()
        self.ids_loaded.emit()

    def _request(self, page: int) -> None:
        if page in self._pages or page in self._pending:
            return
        self._pending.add(page)
        start = page * self.page_size
        wanted = self._ids[start : start + self.page_size]
        generation = self._generation
        self.session.query(
            lambda store: listing.person_rows(store, ids=wanted),
            done=lambda rows: self._page_arrived(generation, page, wanted, rows),
            failed=lambda failure: self._page_failed(generation, page, failure),
        )

    def _page_arrived(
        self, generation: int, page: int, wanted: list[str], rows: list[PersonRow]
    ) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages.add(page)
        self._rows.update(dict.fromkeys(wanted))
        self._rows.update((row.id, row) for row in rows)
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
        if changed.touches(*WATCHES):
            self.reload()

    # -- what a view asks ------------------------------------------------------------

    def loaded_pages(self) -> frozenset[int]:
        return frozenset(self._pages)

    def person_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, person_id: str) -> int:
        try:
            return self._ids.index(person_id)
        except ValueError:
            return -1

    def rowCount(self, parent: QtCore.QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def columnCount(self, parent: QtCore.QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Born"),
            self.tr("Nationality"),
            self.tr("Household"),
            self.tr("Case"),
            self.tr("Case status"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: QtCore.QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        person_id = self._ids[index.row()]
        if role == ID_ROLE:
            return person_id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if person_id not in self._rows:
            self._request(index.row() // self.page_size)
            return PLACEHOLDER if index.column() == self.NAME else ""
        row = self._rows[person_id]
        if row is None:
            return self.tr("(erased)") if index.column() == self.NAME else ""
        return self._text(row, index.column())

    def _text(self, row: PersonRow, column: int) -> str:
        if column == self.NAME:
            return listing.display_name(row.family_name, row.given_names) or ""
        if column == self.BIRTH_DATE:
            return i18n.format_partial_date(row.birth_date)
        if column == self.NATIONALITY:
            return country_name(row.nationality)
        if column == self.HOUSEHOLD:
            return row.household_label or ""
        if column == self.CASE:
            return row.case_reference or ""
        if column == self.STATUS:
            return labels.label("status", row.case_status)
        return ""
