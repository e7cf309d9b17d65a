"""The person list: all ids up front, rows fetched page by page off the GUI thread as they are shown."""

from collections.abc import Callable
from typing import Any

from app.services import listing
from app.services.listing import PersonRow
from app.store.store import Store
from ui import i18n, labels
from ui.models.paged import ID_ROLE, PAGE_SIZE, PLACEHOLDER, PagedIdModel, Qt
from ui.qt import QtCore
from ui.reference_labels import country_name
from ui.session import Session

# Entities whose change can alter what the list shows.
WATCHES = frozenset({"person", "household", "case"})


class PersonListModel(PagedIdModel[PersonRow]):
    """Rows are person ids; a row's text is fetched with its page the first time a view asks for it."""

    NAME, BIRTH_DATE, NATIONALITY, HOUSEHOLD, CASE, STATUS = range(6)
    watches = WATCHES

    def __init__(
        self,
        session: Session,
        *,
        page_size: int = PAGE_SIZE,
        follow_changes: bool = True,
        parent: QtCore.QObject | None = None,
    ) -> None:
        self._filter = ""
        super().__init__(session, page_size=page_size, follow_changes=follow_changes, parent=parent)

    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        text = text.strip()
        if text != self._filter:
            self._filter = text
            self.reload()

    def ids_query(self) -> Callable[[Store], list[str]]:
        text = self._filter or None
        return lambda store: listing.person_ids(store, text=text)

    def rows_query(self, store: Store, ids: list[str]) -> list[PersonRow]:
        return listing.person_rows(store, ids=ids)

    def person_id(self, row: int) -> str | None:
        return self.record_id(row)

    def columnCount(self, parent: QtCore.QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        titles = (
            self.tr("Name"),
            self.tr("Born"),
            self.tr("Nationality"),
            self.tr("Household"),
            self.tr("Case"),
            self.tr("Case status"),
        )
        return self._header(titles, section, orientation, role)

    def data(self, index: QtCore.QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        if role == ID_ROLE:
            return self.record_id(index.row())
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        arrived, row = self.cached(index.row())
        if not arrived:
            return PLACEHOLDER if index.column() == self.NAME else ""
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
