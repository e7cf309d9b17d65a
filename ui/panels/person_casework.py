"""Person view sections about the household's cases: cases with timeline and follow-ups, consultations.

Referrals and applications have their own modules; they share `CaseRecordsSection` from here.
"""

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from app.domain.casework import Consultation
from app.domain.enums import CaseStatus, FollowUpStatus
from app.services.dossier import CaseFile, PersonDossier
from ui import labels, return_labels
from ui.colleagues import colleagues_of
from ui.context import Context
from ui.i18n import format_date, format_number
from ui.panels.person_follow_ups import CaseFollowUps
from ui.panels.person_sections import (
    Section,
    buttons,
    fill_table,
    make_table,
    open_editor,
    preview,
    select_id,
    selected_id,
)
from ui.qt import Qt, QtCore, QtGui, QtWidgets
from ui.widgets import columns
from ui.widgets.timeline import StatusTimeline

if TYPE_CHECKING:
    from ui.widgets.record_editor import RecordEditor


def case_for_new(cases: Sequence[CaseFile], chosen: str | None) -> str | None:
    """The case a new record goes to: the one chosen in the Cases tab, else the household's
    newest case that is not closed, else its newest case; None without a case."""
    if chosen is not None and any(f.case.id == chosen for f in cases):
        return chosen
    for file in cases:  # newest first
        if file.case.status != CaseStatus.closed:
            return file.case.id
    return cases[0].case.id if cases else None


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
            self.tr("Found us via"),
        ]
        self.table = make_table(self, "cases", headers)
        self.table.setAccessibleName(self.tr("Cases"))
        columns.set_widths(self.table, (190, 150, 90, 90, 120, 110))
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)
        self.table.clicked.connect(self.on_table_clicked)
        self.timeline = StatusTimeline(self)
        self.follow_ups = CaseFollowUps(ctx, self)
        self.colleagues = colleagues_of(ctx.session)
        self.timeline.names = self.colleagues.display_name
        self.colleagues.changed.connect(self.on_names_changed)
        self.consult_button = QtWidgets.QPushButton(self.tr("New consu&ltation…"), self)
        self.consult_button.clicked.connect(self.on_consult_button_clicked)
        self.status_button = QtWidgets.QPushButton(self.tr("Change &status…"), self)
        self.status_button.clicked.connect(self.on_status_button_clicked)
        self.details_button = QtWidgets.QPushButton(self.tr("Case de&tails…"), self)
        self.details_button.setToolTip(self.tr("How the person found the service"))
        self.details_button.clicked.connect(self.on_details_button_clicked)
        self.open_button = QtWidgets.QPushButton(self.tr("&Open case…"), self)
        self.open_button.setToolTip(
            self.tr("Open a case for this household; asks how the person found the service")
        )
        self.open_button.clicked.connect(self.on_open_button_clicked)
        below = QtWidgets.QSplitter(Qt.Orientation.Horizontal, self)
        below.addWidget(self.timeline)
        below.addWidget(self.follow_ups)
        below.setSizes([380, 560])
        splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setSizes([170, 220])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(
            buttons(self.consult_button, self.status_button, self.details_button, self.open_button)
        )
        self._filling = False
        self._chosen: str | None = None  # the case the user picked, not the first one shown

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
                        self.colleagues.display_name(case.counsellor),
                        format_date(min(due)) if due else "",
                        return_labels.label(case.outreach_channel),
                    ),
                )
            )
        self._filling = True
        try:
            fill_table(self.table, rows)
        finally:
            self._filling = False
        self.open_button.setEnabled(not dossier.cases and dossier.person.household_id is not None)
        self._show_selected()

    def on_names_changed(self) -> None:
        if self.dossier is not None:
            self.fill(self.dossier)

    def count(self) -> int:
        return len(self.dossier.cases) if self.dossier else 0

    def select_case(self, case_id: str) -> bool:
        found = select_id(self.table, case_id)
        if found:
            self._chosen = case_id
        return found

    def chosen_case_id(self) -> str | None:
        """The case the user picked here (by click, keys or show_case), if it is still shown."""
        if self.dossier is None or not any(f.case.id == self._chosen for f in self.dossier.cases):
            return None
        return self._chosen

    def selected(self) -> CaseFile | None:
        case_id = selected_id(self.table)
        found = [f for f in self.dossier.cases if f.case.id == case_id] if self.dossier else []
        return found[0] if found else None

    def on_table_clicked(self, _index: object) -> None:
        self._chosen = selected_id(self.table)

    def on_table_item_selection_changed(self) -> None:
        if not self._filling:
            self._chosen = selected_id(self.table) or self._chosen
            self._show_selected()

    def _show_selected(self) -> None:
        file = self.selected()
        self.timeline.set_history(file.history if file else [])
        self.follow_ups.set_case(file)
        self.consult_button.setEnabled(file is not None)
        self.status_button.setEnabled(file is not None)
        self.details_button.setEnabled(file is not None)

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

        open_editor(self.ctx, CaseStatusDialog(self.ctx, file.case.id, self))

    def on_details_button_clicked(self) -> None:
        file = self.selected()
        if file is None:
            return
        from ui.editors.case_details import CaseDetailsEditor

        open_editor(self.ctx, CaseDetailsEditor.for_case(self.ctx, file.case.id))

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
        from ui.editors.case_open import CaseToOpen, OpenCaseEditor

        target = CaseToOpen(household_id=person.household_id, person_id=person.id, site=site)
        open_editor(self.ctx, OpenCaseEditor(self.ctx, target))


def _consultation_cells(c: Consultation, reference: str, counsellor: str) -> tuple[str, ...]:
    mode = labels.of(c.mode)
    if c.interpreter_mode is not None:
        mode += ", " + labels.of(c.interpreter_mode)
    return (
        format_date(c.held_on),
        format_number(c.duration_minutes) + " min",
        mode,
        ", ".join(labels.of(t) for t in c.topics),
        preview(c.notes),
        counsellor,
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
        columns.set_widths(self.table, (90, 70, 130, 220, 300, 100))
        self.notes = QtWidgets.QPlainTextEdit(self)
        self.notes.setReadOnly(True)
        self.notes.setAccessibleName(self.tr("Notes of the selected consultation"))
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)
        self.table.activated.connect(self.on_table_activated)
        self.edit_button = QtWidgets.QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected consultation (Enter)"))
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.notes)
        splitter.setSizes([260, 120])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons(self.edit_button))
        self._by_id: dict[str, Consultation] = {}

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        pairs = [(c, f.case.reference) for f in dossier.cases for c in f.consultations]
        pairs.sort(key=lambda pair: (pair[0].held_on, pair[0].id), reverse=True)
        self._by_id = {c.id: c for c, _ in pairs}
        names = colleagues_of(self.ctx.session).display_name
        fill_table(
            self.table,
            [(c.id, _consultation_cells(c, ref, names(c.counsellor))) for c, ref in pairs],
        )
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
        self.edit_button.setEnabled(found is not None)

    def on_table_activated(self, _index: object) -> None:
        self.on_edit_button_clicked()

    def on_edit_button_clicked(self) -> None:
        from ui.editors.consultation import ConsultationEditor

        consultation_id = selected_id(self.table)
        if consultation_id in self._by_id:
            open_editor(self.ctx, ConsultationEditor.for_record(self.ctx, consultation_id))


class CaseRecordsSection(Section):
    """A table of one kind of case record with New and Edit buttons opening its editor.

    Subclasses make `table`, `new_button` and `edit_button` in `build`, fill the table before
    calling `fill` here, and name their editor in `editor_type` (imported when needed, so the
    view loads without it). `chosen_case` tells which case the Cases tab has chosen.
    """

    table: QtWidgets.QTableWidget
    new_button: QtWidgets.QPushButton
    edit_button: QtWidgets.QPushButton

    def __init__(
        self,
        ctx: Context,
        parent: QtWidgets.QWidget | None = None,
        *,
        chosen_case: Callable[[], str | None] | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.chosen_case = chosen_case or (lambda: None)
        self.build()
        self._finish_layout()

    def build(self) -> None:
        raise NotImplementedError

    def editor_type(self) -> "type[RecordEditor]":
        raise NotImplementedError

    def _finish_layout(self) -> None:
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)
        self.table.activated.connect(self.on_table_activated)
        self.new_button.clicked.connect(self.on_new_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons(self.new_button, self.edit_button))
        self.new_button.setEnabled(False)
        self.edit_button.setEnabled(False)

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        self.new_button.setEnabled(bool(dossier.cases))
        self.on_table_item_selection_changed()
        self._tell_case()

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # Qt override keeps Qt casing
        self._tell_case()  # the Cases tab may have chosen another case meanwhile
        super().showEvent(event)

    def case_for_new(self) -> str | None:
        return case_for_new(self.dossier.cases, self.chosen_case()) if self.dossier else None

    def _tell_case(self) -> None:
        case_id = self.case_for_new()
        found = [f.case for f in self.dossier.cases if f.case.id == case_id] if self.dossier else []
        self.new_button.setToolTip(
            QtCore.QCoreApplication.translate("CaseRecordsSection", "For case {0}").format(
                found[0].reference
            )
            if found
            else QtCore.QCoreApplication.translate(
                "CaseRecordsSection", "The household has no case yet"
            )
        )

    def on_table_item_selection_changed(self) -> None:
        self.edit_button.setEnabled(selected_id(self.table) is not None)

    def on_table_activated(self, _index: object) -> None:
        self.on_edit_button_clicked()

    def on_new_button_clicked(self) -> None:
        case_id = self.case_for_new()
        if case_id is not None:
            open_editor(self.ctx, self.editor_type().for_case(self.ctx, case_id))

    def on_edit_button_clicked(self) -> None:
        record_id = selected_id(self.table)
        if record_id is not None:
            open_editor(self.ctx, self.editor_type().for_record(self.ctx, record_id))
