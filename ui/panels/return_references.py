"""The Return section's reference numbers: what BAMF, IOM, the reintegration programme or ZIRF
call this case or the chosen application, so a call about one finds the file."""

from collections.abc import Sequence

from app.domain.returns.support import ExternalReference
from ui import return_labels
from ui.panels.person_sections import fill_table
from ui.panels.record_table import RecordTable
from ui.qt import QtWidgets, Signal


class ReturnReferences(RecordTable):
    """`edit_requested` carries the reference's id."""

    new_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        headers = [self.tr("Kind"), self.tr("Number"), self.tr("For")]
        self.make_record_table("references", self.tr("Reference numbers"), headers, (200, 150))
        self.new_button = QtWidgets.QPushButton(self.tr("New ref&erence…"), self)
        self.edit_button = QtWidgets.QPushButton(self.tr("Edit referen&ce…"), self)
        self.new_button.clicked.connect(self.new_requested)
        self.lay_out(self.new_button, self.edit_button)

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
