"""A case's status history as a vertical list: date, step, outcome and who made the change."""

from collections.abc import Callable, Sequence

from app.domain.cases import CaseStatusChange
from ui import labels
from ui.i18n import format_date
from ui.qt import Qt, QtWidgets


class StatusTimeline(QtWidgets.QListWidget):
    """Oldest change at the top, the current status at the bottom (highlighted)."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_timeline")
        self.setAccessibleName(self.tr("Status history"))
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setWordWrap(True)
        self.setSpacing(4)
        self._history: list[CaseStatusChange] = []
        # How a user name reads (the team directory's display name, ui/colleagues.py).
        self.names: Callable[[str], str] = str

    def set_history(self, history: Sequence[CaseStatusChange]) -> None:
        self._history = sorted(history, key=lambda h: (h.changed_on, h.id))
        self.clear()
        for number, change in enumerate(self._history, start=1):
            item = QtWidgets.QListWidgetItem(self.describe(change), self)
            item.setData(Qt.ItemDataRole.UserRole, change.id)
            if number == len(self._history):
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        if not self._history:
            QtWidgets.QListWidgetItem(self.tr("No status changes yet."), self)

    def history(self) -> list[CaseStatusChange]:
        return list(self._history)

    def describe(self, change: CaseStatusChange) -> str:
        step = labels.of(change.to_status)
        if change.from_status is not None:
            step = self.tr("{0} → {1}").format(labels.of(change.from_status), step)
        text = self.tr("{0}: {1}").format(format_date(change.changed_on), step)
        if change.outcome is not None:
            text += " " + self.tr("(outcome: {0})").format(labels.of(change.outcome))
        return text + "\n" + self.tr("by {0}").format(self.names(change.changed_by))
