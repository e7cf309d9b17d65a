"""Person view sections about the household's cases: cases with their timeline, consultations, referrals, applications."""

from app.domain.casework import Consultation
from app.domain.enums import FollowUpStatus
from app.domain.reference import default_reference
from app.services import cases as case_service
from app.services.dossier import CaseFile, PersonDossier
from ui import labels
from ui.context import Context
from ui.i18n import format_date, format_money, format_number
from ui.panels.person_sections import (
    Section,
    buttons,
    fill_table,
    make_table,
    preview,
    select_id,
    selected_id,
    show_failure,
)
from ui.qt import Qt, QtWidgets
from ui.reference_labels import country_name, display_language
from ui.widgets.timeline import StatusTimeline


class CasesSection(Section):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        headers = [
            self.tr("Case"),
            self.tr("Status"),
            self.tr("Since"),
            self.tr("Opened"),
            self.tr("Counsellor"),
            self.tr("Next follow-up"),
        ]
        self.table = make_table(self, "cases", headers)
        self.table.setAccessibleName(self.tr("Cases"))
        for column, width in enumerate((190, 150, 90, 90, 120)):
            self.table.setColumnWidth(column, width)
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)
        self.timeline = StatusTimeline(self)
        self.consult_button = QtWidgets.QPushButton(self.tr("New consu&ltation…"), self)
        self.consult_button.clicked.connect(self.on_consult_button_clicked)
        self.status_button = QtWidgets.QPushButton(self.tr("Change &status…"), self)
        self.status_button.clicked.connect(self.on_status_button_clicked)
        self.open_button = QtWidgets.QPushButton(self.tr("&Open case"), self)
        self.open_button.setToolTip(self.tr("Open a case for this household"))
        self.open_button.clicked.connect(self.on_open_button_clicked)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.timeline)
        splitter.setSizes([200, 160])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons(self.consult_button, self.status_button, self.open_button))

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        rows = []
        for file in dossier.cases:
            case = file.case
            due = [f.due_on for f in file.follow_ups if f.status == FollowUpStatus.open]
            rows.append(
                (
                    case.id,
                    (
                        case.reference,
                        labels.of(case.status),
                        format_date(case.status_since),
                        format_date(case.opened_on),
                        case.counsellor,
                        format_date(min(due)) if due else "",
                    ),
                )
            )
        fill_table(self.table, rows)
        self.open_button.setEnabled(not dossier.cases and dossier.person.household_id is not None)
        self.on_table_item_selection_changed()

    def count(self) -> int:
        return len(self.dossier.cases) if self.dossier else 0

    def select_case(self, case_id: str) -> bool:
        return select_id(self.table, case_id)

    def selected(self) -> CaseFile | None:
        case_id = selected_id(self.table)
        found = [f for f in self.dossier.cases if f.case.id == case_id] if self.dossier else []
        return found[0] if found else None

    def on_table_item_selection_changed(self) -> None:
        file = self.selected()
        self.timeline.set_history(file.history if file else [])
        self.consult_button.setEnabled(file is not None)
        self.status_button.setEnabled(file is not None)

    def on_consult_button_clicked(self) -> None:
        file = self.selected()
        if file is not None:
            self.ctx.navigator.new_consultation(file.case.id)

    def on_status_button_clicked(self) -> None:
        file = self.selected()
        if file is None:
            return
        # Another screen's dialog: imported when needed so the person view loads without it.
        from ui.editors.case_status import CaseStatusDialog

        CaseStatusDialog(self.ctx, file.case.id, self).open()

    def on_open_button_clicked(self) -> None:
        if self.dossier is None or self.dossier.person.household_id is None:
            return
        person, household = self.dossier.person, self.dossier.household
        site = (household.site if household else None) or person.site
        site = site or self.ctx.session.setting.get("site") or None
        if site is None:
            QtWidgets.QMessageBox.information(
                self, self.tr("Open case"), self.tr("Set the person's site first (Edit).")
            )
            return
        household_id, person_id = person.household_id, person.id
        self.open_button.setEnabled(False)
        self.ctx.session.mutate(
            lambda store: case_service.open_case(
                store, household_id=household_id, site=site, main_contact_id=person_id
            ),
            touches=("case", "case_status_change"),
            failed=lambda failure: show_failure(self, failure),
        )


def _consultation_cells(c: Consultation, reference: str) -> tuple[str, ...]:
    mode = labels.of(c.mode)
    if c.interpreter_mode is not None:
        mode += ", " + labels.of(c.interpreter_mode)
    return (
        format_date(c.held_on),
        format_number(c.duration_minutes) + " min",
        mode,
        ", ".join(labels.of(t) for t in c.topics),
        preview(c.notes),
        c.counsellor,
        reference,
    )


class ConsultationsSection(Section):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        headers = [
            self.tr("Date"),
            self.tr("Duration"),
            self.tr("Mode"),
            self.tr("Topics"),
            self.tr("Notes"),
            self.tr("Counsellor"),
            self.tr("Case"),
        ]
        self.table = make_table(self, "consultations", headers)
        self.table.setAccessibleName(self.tr("Consultations"))
        for column, width in enumerate((90, 70, 130, 220, 300, 100)):
            self.table.setColumnWidth(column, width)
        self.notes = QtWidgets.QPlainTextEdit(self)
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Notes of the selected consultation"))
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.notes)
        splitter.setSizes([260, 120])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        self._by_id: dict[str, Consultation] = {}

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        pairs = [(c, f.case.reference) for f in dossier.cases for c in f.consultations]
        pairs.sort(key=lambda pair: (pair[0].held_on, pair[0].id), reverse=True)
        self._by_id = {c.id: c for c, _ in pairs}
        fill_table(self.table, [(c.id, _consultation_cells(c, ref)) for c, ref in pairs])
        self.on_table_item_selection_changed()

    def count(self) -> int:
        return len(self._by_id)

    def on_table_item_selection_changed(self) -> None:
        found = self._by_id.get(selected_id(self.table) or "")
        text = ""
        if found is not None:
            text = found.notes or ""
            if found.next_steps:
                text += "\n\n" + self.tr("Next steps:") + "\n" + found.next_steps
        self.notes.setPlainText(text)


class ReferralsSection(Section):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        headers = [
            self.tr("Referred on"),
            self.tr("Partner"),
            self.tr("Kind"),
            self.tr("Purpose"),
            self.tr("Status"),
            self.tr("Result"),
        ]
        self.table = make_table(self, "referrals", headers, (100, 200, 170, 260, 100))
        self.table.setAccessibleName(self.tr("Referrals"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        self._count = 0

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        referrals = [r for f in dossier.cases for r in f.referrals]
        referrals.sort(key=lambda r: (r.referred_on, r.id), reverse=True)
        self._count = len(referrals)
        fill_table(
            self.table,
            [
                (
                    r.id,
                    (
                        format_date(r.referred_on),
                        r.partner,
                        labels.of(r.partner_kind),
                        preview(r.purpose),
                        labels.of(r.status),
                        preview(r.result),
                    ),
                )
                for r in referrals
            ],
        )

    def count(self) -> int:
        return self._count


def programme_name(code: str) -> str:
    found = default_reference().programmes_by_code.get(code)
    if found is None:
        return code
    return found.name_de if display_language() == "de" else found.name_en


class ApplicationsSection(Section):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
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
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        self._count = 0

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        applications = [a for f in dossier.cases for a in f.applications]
        applications.sort(key=lambda a: (a.submitted_on, a.id), reverse=True)
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
                        format_date(a.planned_departure_on),
                        format_date(a.actual_departure_on),
                        country_name(a.destination_country),
                        labels.of(a.travel_documents),
                    ),
                )
                for a in applications
            ],
        )

    def count(self) -> int:
        return self._count
