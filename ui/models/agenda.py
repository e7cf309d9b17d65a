"""Open follow-ups to act on, overdue first: mine or everyone's, with the case they belong to."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from app.domain.casework import FollowUp
from app.domain.enums import FollowUpStatus
from app.services import follow_ups, listing, records
from app.store.store import Store
from ui.i18n import format_date
from ui.qt import QtCore, QtGui, Signal
from ui.session import Changed, Session
from ui.tasks import Failure

Qt = QtCore.Qt
ID_ROLE = Qt.ItemDataRole.UserRole
OVERDUE = QtGui.QColor("#b00020")
DEFAULT_DAYS = 30

# Entities whose change can alter what the agenda shows.
WATCHES = frozenset({"follow_up", "case", "household", "person"})


@dataclass(frozen=True)
class AgendaRow:
    follow_up: FollowUp
    overdue: bool
    # "" if the case has not arrived yet (sync may deliver a follow-up before its case).
    case_reference: str
    household_label: str | None
    main_contact_name: str | None


def agenda_rows(store: Store, *, assignee: str | None, on: date, days: int) -> list[AgendaRow]:
    """Open follow-ups due up to `days` after `on`, by due date; `assignee` None: everyone's."""
    if assignee is not None:
        mine = follow_ups.agenda(store, assignee=assignee, on=on, days=days)
        found = [*mine.overdue, *mine.due]
    else:
        horizon = on + timedelta(days=days)
        found = [
            f
            for f in records.find(
                store,
                entity="follow_up",
                where={"status": FollowUpStatus.open},
                order_by=("due_on", "id"),
            )
            if isinstance(f, FollowUp) and f.due_on <= horizon
        ]
    cases = {
        row.id: row for row in listing.case_rows(store, ids=sorted({f.case_id for f in found}))
    }
    rows = []
    for item in found:
        case = cases.get(item.case_id)
        rows.append(
            AgendaRow(
                follow_up=item,
                overdue=item.due_on < on,
                case_reference=case.reference if case else "",
                household_label=case.household_label if case else None,
                main_contact_name=case.main_contact_name if case else None,
            )
        )
    return rows


def overdue_count(store: Store, *, assignee: str | None = None, on: date | None = None) -> int:
    """How many of `assignee`'s (default: this device's counsellor) open follow-ups are overdue."""
    return follow_ups.overdue_count(store, assignee=assignee, on=on)


class AgendaModel(QtCore.QAbstractTableModel):
    DUE, TITLE, CASE, PERSON, ASSIGNEE = range(5)

    loaded = Signal()
    load_failed = Signal(object)  # Failure

    def __init__(
        self,
        session: Session,
        *,
        follow_changes: bool = True,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.everyone = False
        self.days = DEFAULT_DAYS
        self._rows: list[AgendaRow] = []
        self._generation = 0
        # How a user name reads on screen (the team directory's display name, ui/colleagues).
        self.names: Callable[[str], str] = str

        if follow_changes:
            session.changed.connect(self.on_session_changed)

    # -- loading ---------------------------------------------------------------------

    def set_scope(self, *, everyone: bool, days: int = DEFAULT_DAYS) -> None:
        """Everyone's follow-ups or only this counsellor's, due up to `days` ahead."""
        if (everyone, days) != (self.everyone, self.days):
            self.everyone, self.days = everyone, days
            self.reload()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        assignee = None if self.everyone else self.session.actor
        days, on = self.days, date.today()
        self.session.query(
            lambda store: agenda_rows(store, assignee=assignee, on=on, days=days),
            done=lambda rows: self._arrived(generation, rows),
            failed=self._failed,
        )

    def _arrived(self, generation: int, rows: list[AgendaRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.loaded.emit()

    def names_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.ASSIGNEE), self.index(len(self._rows) - 1, self.ASSIGNEE)
            )

    def _failed(self, failure: Failure) -> None:
        self.load_failed.emit(failure)

    def on_session_changed(self, changed: Changed) -> None:
        if changed.touches(*WATCHES):
            self.reload()

    # -- what a view asks ------------------------------------------------------------

    def agenda_row(self, row: int) -> AgendaRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def follow_up_id(self, row: int) -> str | None:
        found = self.agenda_row(row)
        return found.follow_up.id if found else None

    def row_of(self, follow_up_id: str) -> int:
        for row, found in enumerate(self._rows):
            if found.follow_up.id == follow_up_id:
                return row
        return -1

    def overdue(self) -> int:
        return sum(1 for r in self._rows if r.overdue)

    def rowCount(self, parent: QtCore.QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: QtCore.QModelIndex | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Due"),
            self.tr("Task"),
            self.tr("Case"),
            self.tr("Main contact"),
            self.tr("Assignee"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: QtCore.QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        found = self.agenda_row(index.row()) if index.isValid() else None
        if found is None:
            return None
        if role == ID_ROLE:
            return found.follow_up.id
        if role == Qt.ItemDataRole.ForegroundRole:
            return OVERDUE if found.overdue else None
        if role == Qt.ItemDataRole.FontRole and found.overdue and index.column() == self.DUE:
            font = QtGui.QFont()
            font.setBold(True)
            return font
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(found, index.column(), role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == self.DUE:
            text = format_date(found.follow_up.due_on)
            return self.tr("{0}, overdue").format(text) if found.overdue else text
        return None

    def _text(self, found: AgendaRow, column: int, tip: bool) -> str:
        item = found.follow_up
        if column == self.DUE:
            text = format_date(item.due_on)
            return self.tr("Overdue since {0}").format(text) if tip and found.overdue else text
        if column == self.TITLE:
            return item.title
        if column == self.CASE:
            return found.case_reference or self.tr("(case not yet here)")
        if column == self.PERSON:
            return found.main_contact_name or found.household_label or ""
        if column == self.ASSIGNEE:
            shown = self.names(item.assignee)
            return f"{shown} ({item.assignee})" if tip and shown != item.assignee else shown
        return ""
