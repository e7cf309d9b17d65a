"""The person view's medical returns: fitness to travel with its date and source, the months
of medication needed, and whether the treatment is available at the destination."""

from typing import TYPE_CHECKING

from app.domain.returns.codes import FitnessSource, FitnessToTravel, TreatmentAvailability
from app.services.listing import display_name
from app.services.returns.return_file import ReturnFile
from ui.i18n import format_date
from ui.panels.person_sections import fill_table, make_table
from ui.panels.return_records import ReturnRecordsSection
from ui.qt import QtWidgets
from ui.return_labels import code_label

if TYPE_CHECKING:
    from ui.editors.medical_return import MedicalReturnEditor


class MedicalReturnsSection(ReturnRecordsSection):
    def build(self) -> None:
        headers = [
            self.tr("Person"),
            self.tr("Fit to travel"),
            self.tr("Assessed on"),
            self.tr("Source"),
            self.tr("Medication (months)"),
            self.tr("Treatment at destination"),
        ]
        self.table = make_table(self, "medical_returns", headers, (180, 160, 90, 180, 90))
        self.table.setAccessibleName(self.tr("Medical returns"))
        self.new_button = QtWidgets.QPushButton(self.tr("Ne&w medical return…"), self)
        self.edit_button = QtWidgets.QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected entry (Enter)"))
        self._count = 0

    def editor_type(self) -> "type[MedicalReturnEditor]":
        from ui.editors.medical_return import MedicalReturnEditor

        return MedicalReturnEditor

    def _name(self, person_id: str) -> str:
        if self.dossier is None:
            return ""
        for p in (self.dossier.person, *self.dossier.members):
            if p.id == person_id:
                return display_name(p.family_name, p.given_names) or ""
        return ""

    def show_files(self, files: dict[str, ReturnFile]) -> None:
        shown = [m for f in self.in_order() for m in f.medical_returns]
        self._count = len(shown)
        fill_table(
            self.table,
            [
                (
                    m.id,
                    (
                        self._name(m.person_id),
                        code_label(FitnessToTravel, m.fitness),
                        format_date(m.assessed_on),
                        code_label(FitnessSource, m.source),
                        "" if m.medication_months is None else str(m.medication_months),
                        code_label(TreatmentAvailability, m.treatment_available),
                    ),
                )
                for m in shown
            ],
        )

    def count(self) -> int:
        return self._count
