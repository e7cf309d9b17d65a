"""The Admin area's "Possible duplicates" tab: pairs of persons on this device that look like one.

For leads: the check at intake catches most doubles while a person is typed, this list finds
those that came in another way (an import, two offices, a colleague offline). Opening a pair
shows both persons; whether they are one person is a person's decision, and Merge… makes them
one (ui/panels/merge_dialog.py).
"""

from app.services.duplicates import PairRow, pair_rows
from ui import i18n
from ui.context import Context
from ui.panels.merge_dialog import MergeDialog
from ui.qt import QT_TRANSLATE_NOOP, Qt, QtCore, QtWidgets, Signal
from ui.tasks import Failure

REASONS = {
    "name": QT_TRANSLATE_NOOP("Duplicates", "name"),
    "birth_year": QT_TRANSLATE_NOOP("Duplicates", "birth year"),
    "nationality": QT_TRANSLATE_NOOP("Duplicates", "nationality"),
    "file_number": QT_TRANSLATE_NOOP("Duplicates", "file number"),
    "phone": QT_TRANSLATE_NOOP("Duplicates", "phone"),
}
# Persons whose change can make or break a pair.
WATCHES = frozenset({"person"})


def reason_text(reasons: tuple[str, ...]) -> str:
    return ", ".join(
        QtCore.QCoreApplication.translate("Duplicates", REASONS.get(r, r)) for r in reasons
    )


class DuplicatesPage(QtWidgets.QWidget):
    loaded = Signal()
    failed = Signal(str)

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[PairRow] = []
        self.computed = False
        intro = QtWidgets.QLabel(
            self.tr(
                "Pairs of persons on this device that are likely one person: similar names "
                "(also in other spellings), birth years at most a year apart, the same file "
                "number or phone. Open both and decide."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.status = QtWidgets.QLabel(self)
        self.table = QtWidgets.QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAllColumnsShowFocus(True)
        self.table.setHeaderLabels(
            [
                self.tr("Score"),
                self.tr("Person"),
                self.tr("Born"),
                self.tr("Possibly the same as"),
                self.tr("Born"),
                self.tr("Alike in"),
            ]
        )
        self.table.itemActivated.connect(self.on_table_item_activated)
        self.table.currentItemChanged.connect(self._update_buttons)
        self.refresh_button = QtWidgets.QPushButton(self.tr("&Search again"), self)
        self.refresh_button.clicked.connect(self.compute)
        self.open_first = QtWidgets.QPushButton(self.tr("Open &first"), self)
        self.open_second = QtWidgets.QPushButton(self.tr("Open &second"), self)
        self.open_first.clicked.connect(lambda: self._open(0))
        self.open_second.clicked.connect(lambda: self._open(1))
        self.merge_button = QtWidgets.QPushButton(self.tr("&Merge…"), self)
        self.merge_button.clicked.connect(self.on_merge_button_clicked)
        self.merge_dialog: MergeDialog | None = None
        buttons = QtWidgets.QHBoxLayout()
        for button in (self.refresh_button, self.open_first, self.open_second, self.merge_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def compute(self) -> None:
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Looking for likely duplicates…"))
        self.ctx.session.query(pair_rows, done=self._show, failed=self._failed)

    def _show(self, rows: list[PairRow]) -> None:
        self.computed = True
        self.rows = rows
        self.table.clear()
        for row in rows:
            item = QtWidgets.QTreeWidgetItem(
                [
                    str(row.score),
                    row.first_name,
                    i18n.format_partial_date(row.first_birth),
                    row.second_name,
                    i18n.format_partial_date(row.second_birth),
                    reason_text(row.reasons),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, (row.first_id, row.second_id))
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addTopLevelItem(item)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self.status.setText(
            self.tr("%n likely pair(s).", "", len(rows)) if rows else self.tr("No likely pairs.")
        )
        self.refresh_button.setEnabled(True)
        if rows:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        self._update_buttons()
        self.loaded.emit()

    def _failed(self, failure: Failure) -> None:
        self.refresh_button.setEnabled(True)
        message = self.tr("internal error") if failure.is_bug else failure.message
        self.status.setText(self.tr("The search failed: {0}").format(message))
        self.failed.emit(message)

    def mark_stale(self) -> None:
        if self.computed:
            self.status.setText(self.tr("Persons have changed since; press Search again."))

    def selected(self) -> tuple[str, str] | None:
        item = self.table.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def _update_buttons(self, *_: object) -> None:
        chosen = self.selected() is not None
        self.open_first.setEnabled(chosen)
        self.open_second.setEnabled(chosen)
        self.merge_button.setEnabled(chosen)

    def on_merge_button_clicked(self) -> None:
        pair = self.selected()
        if pair is None:
            return
        dialog = MergeDialog(self.ctx, pair[0], pair[1], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        self.merge_dialog = dialog
        dialog.open()

    def _merged(self, survivor: str) -> None:
        self.merge_dialog = None
        self.compute()

    def _open(self, which: int) -> None:
        pair = self.selected()
        if pair is not None:
            self.ctx.navigator.show_person(pair[which])

    def on_table_item_activated(self, item: QtWidgets.QTreeWidgetItem, _column: int) -> None:
        self.table.setCurrentItem(item)
        self._open(0)
