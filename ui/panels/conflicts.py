"""The Conflicts screen: values that lost to a concurrent edit, side by side, kept or restored.

A conflict of `merged_into` is a notice, not a value to bring back: two laptops merged the same
duplicate into two different survivors offline, the first merge the server took stands
(app/services/conflicts.py). The screen says so, shows both survivors by name and offers only
"Keep current"; merging the two is a lead's decision in Possible duplicates.
"""

from typing import Any

from app.services import conflicts as conflict_service
from ui.context import Context
from ui.models.conflicts import (
    ConflictRow,
    ConflictsModel,
    Side,
    describe_source,
    entity_name,
    field_name,
    format_value,
)
from ui.panels.base import Panel
from ui.qt import Qt, QtWidgets
from ui.session import Changed
from ui.tasks import Failure
from ui.widgets import columns


class _SideBox(QtWidgets.QGroupBox):
    """One side of the comparison: the value in full and where and when it was written."""

    def __init__(self, title: str, parent: QtWidgets.QWidget) -> None:
        super().__init__(title, parent)
        self.value = QtWidgets.QPlainTextEdit(self)
        self.value.setReadOnly(True)
        self.value.setAccessibleName(title)
        self.value.setTabChangesFocus(True)
        self.value.setMaximumHeight(110)
        self.source = QtWidgets.QLabel(self)
        self.source.setWordWrap(True)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.source)

    def show_side(self, row: ConflictRow | None, side: Side | None) -> None:
        if row is None or side is None:
            self.value.clear()
            self.source.clear()
            return
        self.value.setPlainText(format_value(row.entity, row.field, side.value))
        self.source.setText(self.tr("Written: {0}").format(describe_source(side)))


class ConflictsPanel(Panel):
    name = "conflicts"
    watches = frozenset({"conflict"})

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = ConflictsModel(ctx.session, parent=self)
        self.model.loaded.connect(self.on_model_loaded)
        self.model.resolved.connect(self.on_model_resolved)
        self.model.failed.connect(self.on_model_failed)

        intro = QtWidgets.QLabel(
            self.tr(
                "When the same field was changed on two devices, the later change wins and the "
                "other value is kept here. Keep the current value, or restore the lost one."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("summary")
        self.empty_label = QtWidgets.QLabel(self.tr("No open conflicts."), self)
        self.empty_label.setObjectName("emptyState")

        self.table = QtWidgets.QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Open conflicts"))
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        columns.set_widths(self.table, (240, 150, 200, 200))
        self.table.selectionModel().currentRowChanged.connect(self.on_table_current_row_changed)

        # The comparison and its buttons, shown only while there is a conflict to compare
        # (an empty screen once showed two empty value boxes and dead buttons).
        self.details = QtWidgets.QWidget(self)
        self.heading = QtWidgets.QLabel(self.details)
        self.heading.setObjectName("conflictHeading")
        self.heading.setWordWrap(True)
        self.current_box = _SideBox(self.tr("Current value"), self.details)
        self.lost_box = _SideBox(self.tr("Lost value"), self.details)
        sides = QtWidgets.QHBoxLayout()
        sides.addWidget(self.current_box)
        sides.addWidget(self.lost_box)

        self.keep_button = QtWidgets.QPushButton(self.tr("&Keep current"), self.details)
        self.keep_button.setToolTip(self.tr("The current value stays; the lost value is discarded"))
        self.keep_button.clicked.connect(self.on_keep_button_clicked)
        self.restore_button = QtWidgets.QPushButton(self.tr("&Restore this value"), self.details)
        self.restore_button.setToolTip(
            self.tr("The lost value becomes current again and is synchronised to the team")
        )
        self.restore_button.clicked.connect(self.on_restore_button_clicked)
        self.open_button = QtWidgets.QPushButton(self.tr("&Open record"), self.details)
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.error_label = QtWidgets.QLabel(self)
        self.error_label.setProperty("role", "error")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.restore_button)

        details = QtWidgets.QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.heading)
        details.addLayout(sides)
        details.addLayout(buttons)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty_label, 1, Qt.AlignmentFlag.AlignTop)  # alone: at the top
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.details)
        self.setTabOrder(self.table, self.current_box.value)
        self.setTabOrder(self.current_box.value, self.lost_box.value)
        self.setTabOrder(self.lost_box.value, self.keep_button)
        self.setTabOrder(self.keep_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.open_button)

        self._show_selected()
        self._stale = False

    def title(self) -> str:
        return self.tr("Conflicts")

    def reload(self) -> None:
        self.model.reload()

    def start_background(self) -> None:
        # The badge counts open conflicts before the screen is ever shown.
        self.model.reload()

    def on_session_changed(self, changed: Changed) -> None:
        pass  # the model follows changes itself, shown or not, for the badge

    # -- selection and details -----------------------------------------------------------

    def selected(self) -> ConflictRow | None:
        return self.model.row_at(self.table.currentIndex().row())

    def select(self, conflict_id: str) -> None:
        row = self.model.row_of(conflict_id)
        if row >= 0:
            self.table.selectRow(row)

    def on_table_current_row_changed(self, *_: object) -> None:
        self.error_label.hide()
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected()
        twice = row is not None and conflict_service.is_merged_twice(row.field)
        if row is None:
            self.heading.setText("")
        elif twice:
            subject = row.subject or self.tr("(no longer on this device)")
            self.heading.setText(
                self.tr(
                    "“{0}” was merged twice, into two different records. The first merge "
                    "stands: everything recorded for it belongs to the current one. The two "
                    "are probably one as well: check them under Admin › Possible duplicates "
                    "and merge them there."
                ).format(subject)
            )
        else:
            subject = row.subject or self.tr("(no longer on this device)")
            self.heading.setText(
                self.tr("{0} “{1}”, field “{2}”").format(
                    entity_name(row.entity), subject, field_name(row.field)
                )
            )
        self.current_box.show_side(row, row.current if row else None)
        self.lost_box.show_side(row, row.lost if row else None)
        busy = row is not None and self.model.is_resolving(row.id)
        self.keep_button.setEnabled(row is not None and not busy)
        self.restore_button.setEnabled(row is not None and not busy and not twice)
        self.open_button.setEnabled(row is not None and row.owner is not None)
        if twice and row is not None:
            self._name_survivors(row.id, row.entity, [row.current.value, row.lost.value])

    def _name_survivors(self, conflict_id: str, entity: str, ids: list[Any]) -> None:
        """The two survivors by name instead of their ids, read off the GUI thread."""
        wanted = [i for i in ids if isinstance(i, str)]

        def shown(names: dict[str, str]) -> None:
            row = self.selected()
            if row is None or row.id != conflict_id:
                return  # another row was selected meanwhile
            for box, side in ((self.current_box, row.current), (self.lost_box, row.lost)):
                name = names.get(side.value) if isinstance(side.value, str) else None
                if name:
                    box.value.setPlainText(name)

        self.ctx.session.query(
            lambda store: conflict_service.survivor_names(store, entity, wanted),
            done=shown,
            failed=self.on_model_failed,
        )

    def on_model_loaded(self, count: int) -> None:
        self.empty_label.setVisible(count == 0)
        self.table.setVisible(count > 0)
        self.details.setVisible(count > 0)
        if count and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._show_selected()
        self.badge_changed.emit(count)
        self.loaded.emit()

    # -- actions -------------------------------------------------------------------------------

    def on_keep_button_clicked(self) -> None:
        row = self.selected()
        if row is not None:
            self.model.keep_current(row.id)
            self._show_selected()

    def on_restore_button_clicked(self) -> None:
        row = self.selected()
        if row is not None and self.restore_button.isEnabled():
            self.model.restore(row.id)
            self._show_selected()

    def on_open_button_clicked(self) -> None:
        row = self.selected()
        if row is None or row.owner is None:
            return
        kind, record_id = row.owner
        if kind == "person":
            self.ctx.navigator.show_person(record_id)
        else:
            self.ctx.navigator.show_case(record_id)

    def on_model_resolved(self, _conflict_id: str) -> None:
        self.error_label.hide()

    def on_model_failed(self, failure: Failure) -> None:
        self.error_label.setText(
            self.tr("That did not work because of an internal error.")
            if failure.is_bug
            else failure.message
        )
        self.error_label.show()
        self._show_selected()
