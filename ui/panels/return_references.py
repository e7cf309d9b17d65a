"""The Return section's reference numbers: what BAMF, IOM, the reintegration programme or ZIRF
call this case or the chosen application, so a call about one finds the file."""

from collections.abc import Sequence

from app.domain.returns.support import ExternalReference
from ui import return_labels
from ui.panels.person_sections import fill_table, make_table, selected_id
from ui.qt import QtWidgets, Signal


class ReturnReferences(QtWidgets.QWidget):
    new_requested = Signal()
    edit_requested = Signal(str)  # reference id

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        headers = [self.tr("Kind"), self.tr("Number"), self.tr("For")]
        self.table = make_table(self, "references", headers, (200, 150))
        self.table.setAccessibleName(self.tr("Reference numbers"))
        self.table.setTabKeyNavigation(False)  # Tab leaves for the buttons; arrows move rows
        self.table.activated.connect(lambda _: self.request_edit())
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)
        self.new_button = QtWidgets.QPushButton(self.tr("New ref&erence…"), self)
        self.edit_button = QtWidgets.QPushButton(self.tr("Edit referen&ce…"), self)
        self.new_button.clicked.connect(self.new_requested)
        self.edit_button.clicked.connect(self.request_edit)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.on_table_item_selection_changed()

    def fill(self, references: Sequence[ExternalReference]) -> None:
        whole, this = self.tr("the whole case"), self.tr("this application")
        fill_table(
            self.table,
            [
                (
                    r.id,
                    (
                        return_labels.label(r.kind),
                        r.number,
                        this if r.application_id is not None else whole,
                    ),
                )
                for r in references
            ],
        )
        self.on_table_item_selection_changed()

    def request_edit(self) -> None:
        reference_id = selected_id(self.table)
        if reference_id is not None:
            self.edit_requested.emit(reference_id)

    def on_table_item_selection_changed(self) -> None:
        self.edit_button.setEnabled(selected_id(self.table) is not None)
