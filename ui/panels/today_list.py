"""Today's short lists in columns: a long task title is cut at its end, never the case number."""

from ui.qt import Qt, QtGui, QtWidgets

ROLE_TARGET = Qt.ItemDataRole.UserRole  # what activating a row opens: ("case", id), ("draft", …)


MIN_ROWS = 4
FIT_ROWS = 50
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum"


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
        # A column is as wide as its widest of the first rows, not of all 1,000 an overdue
        # list can hold: measuring them all cost a fifth of a second at each unlock.
        header.setResizeContentsPrecision(FIT_ROWS)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        # The free text (task, name) takes the room that is left; dates and numbers keep theirs.
        self._stretch = 1 if len(columns) > 2 else 0
        header.setSectionResizeMode(self._stretch, QtWidgets.QHeaderView.ResizeMode.Stretch)
        # Eight lists share a laptop screen: each keeps room for a few rows and Today scrolls;
        # a list with nothing in it keeps one line, so the lists that matter come up the page.
        self._row = self.fontMetrics().height() + 6
        self._rows(MIN_ROWS)

    def _rows(self, rows: int) -> None:
        height = self.header().sizeHint().height() + rows * self._row + 2 * self.frameWidth()
        self.setMinimumHeight(height)
        self.setMaximumHeight(height if rows < MIN_ROWS else QWIDGETSIZE_MAX)

    def clear(self) -> None:  # type: ignore[override]  # Qt's slot, widened here
        super().clear()
        self._rows(MIN_ROWS)

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
        if self.topLevelItemCount() == 1:
            self._rows(1)

    def more(self, text: str, target: object) -> TodayItem:
        """A last line that leads to where the whole list is."""
        entry = TodayItem([text])
        entry.setData(0, ROLE_TARGET, target)
        entry.setFirstColumnSpanned(True)
        font = entry.font(0)
        font.setItalic(True)
        entry.setFont(0, font)
        self.addTopLevelItem(entry)
        return entry

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
