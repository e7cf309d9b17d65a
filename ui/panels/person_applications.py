"""The person view's applications: support programmes applied for in the household's cases."""

from datetime import date
from typing import TYPE_CHECKING

from app.domain.reference import default_reference
from app.domain.returns.travel import Departure
from app.services.dossier import PersonDossier
from app.services.returns.application_form import travel_documents_flag
from ui import labels
from ui.i18n import format_date, format_money
from ui.panels.person_casework import CaseRecordsSection
from ui.panels.person_sections import fill_table, make_table
from ui.qt import QtWidgets
from ui.reference_labels import country_name, display_language

if TYPE_CHECKING:
    from ui.editors.application import ApplicationEditor


def programme_name(code: str) -> str:
    found = default_reference().programmes_by_code.get(code)
    if found is None:
        return code
    return found.name_de if display_language() == "de" else found.name_en


def _departure(departures: dict[str, Departure], application_id: str, name: str) -> date | None:
    found = departures.get(application_id)
    return None if found is None else getattr(found, name)


class ApplicationsSection(CaseRecordsSection):
    def build(self) -> None:
        headers = [
            self.tr("Programme"),
            self.tr("Submitted"),
            self.tr("Decision"),
            self.tr("Decided"),
            self.tr("Amount"),
            self.tr("Departure planned"),
            self.tr("Departed"),
            self.tr("Destination"),
            self.tr("Travel documents"),
        ]
        self.table = make_table(self, "applications", headers, (220, 90, 90, 90, 100, 120, 90, 130))
        self.table.setAccessibleName(self.tr("Applications"))
        self.new_button = QtWidgets.QPushButton(self.tr("Ne&w application…"), self)
        self.edit_button = QtWidgets.QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected application (Enter)"))
        self._count = 0

    def editor_type(self) -> "type[ApplicationEditor]":
        from ui.editors.application import ApplicationEditor

        return ApplicationEditor

    def fill(self, dossier: PersonDossier) -> None:
        applications = [a for f in dossier.cases for a in f.applications]
        applications.sort(key=lambda a: (a.submitted_on, a.id), reverse=True)
        departures = {k: v for f in dossier.cases for k, v in f.departures.items()}
        documents = {k: v for f in dossier.cases for k, v in f.documents.items()}
        self._count = len(applications)
        fill_table(
            self.table,
            [
                (
                    a.id,
                    (
                        programme_name(a.programme),
                        format_date(a.submitted_on),
                        labels.of(a.decision),
                        format_date(a.decided_on),
                        format_money(a.amount_cents),
                        format_date(_departure(departures, a.id, "planned_on")),
                        format_date(_departure(departures, a.id, "confirmed_on")),
                        country_name(a.destination_country),
                        labels.of(travel_documents_flag(documents.get(a.id, []))),
                    ),
                )
                for a in applications
            ],
        )
        super().fill(dossier)

    def count(self) -> int:
        return self._count
