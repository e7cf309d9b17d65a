"""The new-person form's list of persons already on file who may be the one being typed, and why."""

from app.services.duplicates import Candidate, Match
from ui.panels.admin_duplicates import reason_text
from ui.qt import Qt, QtWidgets, Signal
from ui.reference_labels import country_name


class MatchList(QtWidgets.QGroupBox):
    """Hidden while nothing matches; Enter, a double click or "Open" shows the person."""

    open_requested = Signal(str)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Possibly already on file"))
        self.table = QtWidgets.QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Possible matches"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setHeaderLabels(
            [self.tr("Name"), self.tr("Born"), self.tr("Nationality"), self.tr("Alike in")]
        )
        self.table.setMaximumHeight(self.table.fontMetrics().height() * 7 + 12)
        self.table.itemActivated.connect(self.on_table_item_activated)
        self.open_button = QtWidgets.QPushButton(self.tr("&Open match"), self)
        self.open_button.setToolTip(self.tr("Show this person (the form stays open)"))
        self.open_button.clicked.connect(self.on_open_button_clicked)
        row = QtWidgets.QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.open_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.hide()

    def show_matches(self, found: list[tuple[Match, Candidate]]) -> None:
        current = self.current_id()
        self.table.clear()
        for match, person in found:
            name = ", ".join(p for p in (person.family_name, person.given_names) if p)
            item = QtWidgets.QTreeWidgetItem(
                [
                    name,
                    str(person.birth_year) if person.birth_year else "",
                    country_name(person.nationality) if person.nationality else "",
                    reason_text(match.reasons),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, match.person_id)
            self.table.addTopLevelItem(item)
            if match.person_id == current:
                self.table.setCurrentItem(item)
        if found and self.table.currentItem() is None:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.setVisible(bool(found))

    def ids(self) -> list[str]:
        return [
            self.table.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
            for i in range(self.table.topLevelItemCount())
        ]

    def current_id(self) -> str | None:
        item = self.table.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def on_table_item_activated(self, item: QtWidgets.QTreeWidgetItem, _column: int) -> None:
        self.open_requested.emit(item.data(0, Qt.ItemDataRole.UserRole))

    def on_open_button_clicked(self) -> None:
        person_id = self.current_id()
        if person_id:
            self.open_requested.emit(person_id)
