"""A table of records above a row of buttons, as the Return section's parts show them.

The current row is edited from the keyboard or by a double click, Tab leaves the table for
the buttons (arrows move between rows), and Edit is enabled only while a row is selected.
The parts built this by hand, each a little differently: here it is once.
"""

from collections.abc import Sequence

from ui.panels.person_sections import buttons, make_table, selected_id
from ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal

EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)


class RecordTable(QtWidgets.QWidget):
    """Subclasses make `table` with `make_record_table` and `edit_button`, then `lay_out`.

    No texts here: self.tr() would look them up under each subclass's name.
    """

    edit_requested = Signal(str)  # the id of the row to edit

    table: QtWidgets.QTableWidget
    edit_button: QtWidgets.QPushButton

    def make_record_table(
        self,
        name: str,
        title: str,
        headers: Sequence[str],
        widths: Sequence[int],
    ) -> QtWidgets.QTableWidget:
        """The table; a row is edited by Enter, F2 or a double click, in every part alike
        (not on Qt's "activated", which some styles fire on a single click)."""
        table = make_table(self, name, headers, widths)
        table.setAccessibleName(title)
        table.setTabKeyNavigation(False)  # Tab leaves for the buttons; arrows move rows
        table.installEventFilter(self)
        table.doubleClicked.connect(lambda _: self.request_edit())
        self.table = table
        return table

    def lay_out(self, *row: QtWidgets.QPushButton, table_stretch: int = 1) -> QtWidgets.QVBoxLayout:
        """The table above `row` (which holds `edit_button`); more may be added below."""
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)
        self.edit_button.clicked.connect(self.request_edit)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, table_stretch)
        layout.addLayout(buttons(*row))
        self.on_table_item_selection_changed()
        return layout

    def request_edit(self) -> None:
        record_id = selected_id(self.table)
        if record_id is not None:
            self.edit_requested.emit(record_id)

    def on_table_item_selection_changed(self) -> None:
        self.edit_button.setEnabled(selected_id(self.table) is not None)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # Qt override
        if (
            watched is self.table
            and event.type() == QtCore.QEvent.Type.KeyPress
            and isinstance(event, QtGui.QKeyEvent)
            and event.key() in EDIT_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.request_edit()
            return True
        return super().eventFilter(watched, event)
