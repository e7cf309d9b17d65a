"""Today's short lists in columns: a long task title is cut at its end, never the case number."""

from ui.qt import Qt, QtGui, QtWidgets

ROLE_TARGET = Qt.ItemDataRole.UserRole  # what activating a row opens: ("case", id), ("draft", …)


MIN_ROWS = 4


class TodayItem(QtWidgets.QTreeWidgetItem):
    def text(self, column: int = -1) -> str:  # type: ignore[override]
        """One column's text, or with no column the whole row as it reads (tests, screen readers)."""
        base = QtWidgets.QTreeWidgetItem.text
        if column >= 0:
            return base(self, column)
        return "  ".join(t for c in range(self.columnCount()) if (t := base(self, c)))


class TodayList(QtWidgets.QTreeWidget):
    """A short list in columns: a long task title is cut at its end, never the case number."""

    def __init__(
        self,
        name: str,
        columns: tuple[str, ...],
        parent: QtWidgets.QWidget,
        *,
        cap_last: bool = True,
    ) -> None:
        super().__init__(parent)
        # The last column is a name ("Who"), kept to a share of the width; where it is the
        # case number (the return lists), it stays whole.
        self._cap_last = cap_last
        self.setAccessibleName(name)
        self.setColumnCount(len(columns))
        self.setHeaderLabels(list(columns))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAllColumnsShowFocus(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        # The free text (task, name) takes the room that is left; dates and numbers keep theirs.
        self._stretch = 1 if len(columns) > 2 else 0
        header.setSectionResizeMode(self._stretch, QtWidgets.QHeaderView.ResizeMode.Stretch)
        # Eight lists share a laptop screen: each keeps room for a few rows and Today scrolls.
        rows = self.fontMetrics().height() + 6
        self.setMinimumHeight(header.sizeHint().height() + MIN_ROWS * rows + 2 * self.frameWidth())

    def count(self) -> int:
        return self.topLevelItemCount()

    def item(self, row: int) -> TodayItem:
        found = self.topLevelItem(row)
        assert isinstance(found, TodayItem)
        return found

    def add(self, columns: tuple[str, ...], target: object) -> TodayItem:
        entry = TodayItem(list(columns))
        entry.setData(0, ROLE_TARGET, target)
        for column, text in enumerate(columns):
            entry.setToolTip(column, text)
        self.addTopLevelItem(entry)
        return entry

    def empty(self, text: str) -> None:
        entry = TodayItem([text])
        entry.setFlags(Qt.ItemFlag.NoItemFlags)
        entry.setFirstColumnSpanned(True)
        self.addTopLevelItem(entry)

    def fit_columns(self) -> None:
        """Dates and case numbers whole; names up to a share of the width; the task the rest."""
        header = self.header()
        room = max(self.viewport().width(), 200)
        last = self.columnCount() - 1
        for column in range(self.columnCount()):
            if column == self._stretch:
                continue
            self.resizeColumnToContents(column)
            if column == last and last != self._stretch and self._cap_last:
                header.resizeSection(column, min(header.sectionSize(column), int(room * 0.28)))

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # Qt override
        super().resizeEvent(event)
        self.fit_columns()
