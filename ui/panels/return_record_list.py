"""A table of records with New and Edit buttons, for the parts of the reintegration
section (measures, contacts after return, assessments); Enter on a row edits it."""

from collections.abc import Callable, Sequence

from ui.context import Context
from ui.drafts import Editor
from ui.panels.person_sections import buttons, fill_table, make_table, open_editor, selected_id
from ui.qt import QtWidgets


class RecordList(QtWidgets.QWidget):
    def __init__(
        self,
        ctx: Context,
        parent: QtWidgets.QWidget,
        *,
        title: str,
        name: str,
        headers: Sequence[str],
        widths: Sequence[int],
        new_text: str,
        new_editor: Callable[[], Editor | None],
        edit_editor: Callable[[str], Editor],
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.new_editor, self.edit_editor = new_editor, edit_editor
        self.table = make_table(self, name, headers, widths)
        self.table.setAccessibleName(title.replace("&", ""))
        self.table.activated.connect(self.on_table_activated)
        self.new_button = QtWidgets.QPushButton(new_text, self)
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.new_button.setEnabled(False)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons(self.new_button))

    def fill(self, rows: Sequence[tuple[str, Sequence[str]]], *, can_add: bool) -> None:
        fill_table(self.table, rows)
        self.new_button.setEnabled(can_add)

    def on_table_activated(self, _index: object) -> None:
        record_id = selected_id(self.table)
        if record_id is not None:
            open_editor(self.ctx, self.edit_editor(record_id))

    def on_new_button_clicked(self) -> None:
        editor = self.new_editor()
        if editor is not None:
            open_editor(self.ctx, editor)
