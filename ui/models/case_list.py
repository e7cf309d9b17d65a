"""The case list: ids of the chosen status group up front, rows fetched by page as they are shown."""

from collections.abc import Collection
from datetime import date
from typing import Any

from app.domain.enums import CaseStatus
from app.services import listing
from app.services.listing import CaseRow
from ui import labels
from ui.i18n import format_date
from ui.qt import QtCore, QtGui, Signal
from ui.session import Changed, Session
from ui.tasks import Failure

Qt = QtCore.Qt
PAGE_SIZE = 100
PLACEHOLDER = "…"
ID_ROLE = Qt.ItemDataRole.UserRole

# Entities whose change can alter what the list shows (the next follow-up is a column).
WATCHES = frozenset({"case", "household", "person", "follow_up"})

S = CaseStatus
# Status groups of the filter; None means every status.
STATUS_GROUPS: dict[str, frozenset[str] | None] = {
    "active": frozenset(s.value for s in CaseStatus if s not in (S.paused, S.closed, S.withdrawn)),
    "paused": frozenset({S.paused.value}),
    "closed": frozenset({S.closed.value, S.withdrawn.value}),
    "all": None,
}

OVERDUE = QtGui.QColor("#b00020")


class CaseListModel(QtCore.QAbstractTableModel):
    """Rows are case ids, newest opened first; a row's text arrives with its page."""

    REFERENCE, MAIN_CONTACT, HOUSEHOLD, STATUS, SINCE, COUNSELLOR, NEXT_FOLLOW_UP = range(7)

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
        self._rows: dict[str, CaseRow | None] = {}  # None: erased since the ids were read
        self._pages: set[int] = set()
        self._pending: set[int] = set()
        self._statuses: frozenset[str] | None = STATUS_GROUPS["active"]
        self._counsellor: str | None = None
        # Answers from before the last reload are dropped: their ids no longer match.
        self._generation = 0
        if follow_changes:
            session.changed.connect(self.on_session_changed)

    # -- the filter ------------------------------------------------------------------

    def set_filter(
        self, *, statuses: Collection[str] | None, counsellor: str | None = None
    ) -> bool:
        """Cases with these statuses (None: all), of this counsellor (None: everyone's).

        Reloads and answers True if the filter changed."""
        wanted = frozenset(statuses) if statuses is not None else None
        if (wanted, counsellor) == (self._statuses, self._counsellor):
            return False
        self._statuses, self._counsellor = wanted, counsellor
        self.reload()
        return True

    def set_group(self, group: str, *, counsellor: str | None = None) -> bool:
        return self.set_filter(statuses=STATUS_GROUPS[group], counsellor=counsellor)

    # -- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        """Read the ids again; rows already shown are fetched again when next asked for."""
        self._generation += 1
        generation, statuses, counsellor = self._generation, self._statuses, self._counsellor
        self.session.query(
            lambda store: listing.case_ids(store, statuses=statuses, counsellor=counsellor),
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
            lambda store: listing.case_rows(store, ids=wanted),
            done=lambda rows: self._page_arrived(generation, page, wanted, rows),
            failed=lambda failure: self._page_failed(generation, page, failure),
        )

    def _page_arrived(
        self, generation: int, page: int, wanted: list[str], rows: list[CaseRow]
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

    def case_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def case_row(self, row: int) -> CaseRow | None:
        """The row's data if its page has arrived."""
        case_id = self.case_id(row)
        return self._rows.get(case_id) if case_id is not None else None

    def row_of(self, case_id: str) -> int:
        try:
            return self._ids.index(case_id)
        except ValueError:
            return -1

    def rowCount(self, parent: QtCore.QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._ids)

    def columnCount(self, parent: QtCore.QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Case"),
            self.tr("Main contact"),
            self.tr("Household"),
            self.tr("Status"),
            self.tr("Since"),
            self.tr("Counsellor"),
            self.tr("Next follow-up"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: QtCore.QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        case_id = self._ids[index.row()]
        if role == ID_ROLE:
            return case_id
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        if case_id not in self._rows:
            self._request(index.row() // self.page_size)
            if role == Qt.ItemDataRole.ForegroundRole:
                return None
            return PLACEHOLDER if index.column() == self.REFERENCE else ""
        row = self._rows[case_id]
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE if row is not None and self._overdue(row, index.column()) else None
        if row is None:
            return self.tr("(erased)") if index.column() == self.REFERENCE else ""
        return self._text(row, index.column())

    def _overdue(self, row: CaseRow, column: int) -> bool:
        due = row.next_follow_up_on
        return column == self.NEXT_FOLLOW_UP and due is not None and due < date.today()

    def _text(self, row: CaseRow, column: int) -> str:
        if column == self.REFERENCE:
            return row.reference
        if column == self.MAIN_CONTACT:
            return row.main_contact_name or ""
        if column == self.HOUSEHOLD:
            return row.household_label or ""
        if column == self.STATUS:
            return labels.label("status", row.status)
        if column == self.SINCE:
            return format_date(row.status_since)
        if column == self.COUNSELLOR:
            return row.counsellor
        if column == self.NEXT_FOLLOW_UP:
            return format_date(row.next_follow_up_on)
        return ""
