"""The case list: ids of the chosen status group up front, rows fetched by page as they are shown."""

from collections.abc import Callable, Collection
from datetime import date
from typing import Any

from app.domain.enums import CaseStatus
from app.services import listing
from app.services.listing import CaseRow
from app.store.store import Store
from ui import labels
from ui.i18n import format_date
from ui.models.paged import ID_ROLE, PAGE_SIZE, PLACEHOLDER, PagedIdModel, Qt
from ui.qt import QtCore, QtGui
from ui.session import Session

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


class CaseListModel(PagedIdModel[CaseRow]):
    """Rows are case ids, newest opened first; a row's text arrives with its page."""

    REFERENCE, MAIN_CONTACT, HOUSEHOLD, STATUS, SINCE, COUNSELLOR, NEXT_FOLLOW_UP = range(7)
    watches = WATCHES

    def __init__(
        self,
        session: Session,
        *,
        page_size: int = PAGE_SIZE,
        follow_changes: bool = True,
        parent: QtCore.QObject | None = None,
    ) -> None:
        self._statuses: frozenset[str] | None = STATUS_GROUPS["active"]
        self._counsellor: str | None = None
        super().__init__(session, page_size=page_size, follow_changes=follow_changes, parent=parent)

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

    def ids_query(self) -> Callable[[Store], list[str]]:
        statuses, counsellor = self._statuses, self._counsellor
        return lambda store: listing.case_ids(store, statuses=statuses, counsellor=counsellor)

    def rows_query(self, store: Store, ids: list[str]) -> list[CaseRow]:
        return listing.case_rows(store, ids=ids)

    # -- what a view asks ------------------------------------------------------------

    def case_id(self, row: int) -> str | None:
        return self.record_id(row)

    def case_row(self, row: int) -> CaseRow | None:
        """The row's data if its page has arrived."""
        case_id = self.case_id(row)
        return self._rows.get(case_id) if case_id is not None else None

    def columnCount(self, parent: QtCore.QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        titles = (
            self.tr("Case"),
            self.tr("Main contact"),
            self.tr("Household"),
            self.tr("Status"),
            self.tr("Since"),
            self.tr("Counsellor"),
            self.tr("Next follow-up"),
        )
        return self._header(titles, section, orientation, role)

    def data(self, index: QtCore.QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        if role == ID_ROLE:
            return self.record_id(index.row())
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        arrived, row = self.cached(index.row())
        if not arrived:
            if role == Qt.ItemDataRole.ForegroundRole:
                return None
            return PLACEHOLDER if index.column() == self.REFERENCE else ""
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
