"""A list of checkable choices (topics, participants); Space toggles the current item."""

from collections.abc import Iterable, Sequence

from ui.qt import Qt, QtCore, QtWidgets, Signal


class CheckList(QtWidgets.QListWidget):
    checked_changed = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.itemChanged.connect(self.on_item_changed)

    def set_choices(self, choices: Iterable[tuple[str, str]], checked: Iterable[str] = ()) -> None:
        """(code, label) pairs; replaces the items, keeping the given codes checked."""
        wanted = set(checked)
        self.blockSignals(True)
        self.clear()
        for code, text in choices:
            item = QtWidgets.QListWidgetItem(text, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        if self.count():
            # The keyboard starts at the top without the first item looking chosen.
            self.setCurrentRow(0, QtCore.QItemSelectionModel.SelectionFlag.NoUpdate)

    def codes(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())]

    def checked(self) -> list[str]:
        return [
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, codes: Sequence[str]) -> None:
        wanted = set(codes)
        self.blockSignals(True)
        for i in range(self.count()):
            item = self.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.blockSignals(False)
        self.checked_changed.emit()

    def on_item_changed(self, _item: QtWidgets.QListWidgetItem) -> None:
        self.checked_changed.emit()

    def fit_rows(self, most: int, least: int = 2) -> None:
        """As tall as its items, between `least` and `most` rows; longer lists scroll."""
        height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 6
        rows = max(least, min(most, self.count()))
        self.setFixedHeight(height * rows + 2 * self.frameWidth())
