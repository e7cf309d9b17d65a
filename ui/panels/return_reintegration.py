"""The person view's reintegration: the plan of the chosen case with its goals and measures per
dimension, the partner organisation, the contacts after the return (due ones are on Today) and
the sustainability assessments with their scores per dimension.

The plans are the section's table; the parts below follow the plan selected there (or, with
no plan yet, the case a new record would go to).
"""

from datetime import date
from typing import TYPE_CHECKING

from app.domain.returns.codes import (
    Checkpoint,
    ContactBy,
    ContactMode,
    Dimension,
    MeasureStatus,
    SustainabilityResult,
)
from app.domain.returns.reintegration import ReintegrationPlan
from app.services.returns.return_file import ReturnFile
from ui.drafts import Editor
from ui.i18n import format_date, format_money
from ui.panels.person_sections import fill_table, make_table, preview, selected_id
from ui.panels.return_record_list import RecordList
from ui.panels.return_records import ReturnRecordsSection
from ui.qt import QtGui, QtWidgets
from ui.reference_labels import country_name
from ui.return_labels import code_label

if TYPE_CHECKING:
    from ui.editors.reintegration_plan import ReintegrationPlanEditor

DUE = QtGui.QColor("#b00020")


class ReintegrationSection(ReturnRecordsSection):
    def build(self) -> None:
        headers = [
            self.tr("Drawn up on"),
            self.tr("Country"),
            self.tr("Partner organisation"),
            self.tr("Measures"),
        ]
        self.table = make_table(self, "reintegration_plans", headers, (100, 150, 260))
        self.table.setAccessibleName(self.tr("Reintegration plans"))
        self.new_button = QtWidgets.QPushButton(self.tr("New pla&n…"), self)
        self.edit_button = QtWidgets.QPushButton(self.tr("&Edit plan…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected plan (Enter)"))
        self._count = 0
        self._plans: dict[str, ReintegrationPlan] = {}
        self.measures = RecordList(
            self.ctx,
            self,
            title=self.tr("Goals and measures"),
            name="reintegration_measures",
            headers=[
                self.tr("Dimension"),
                self.tr("Goal"),
                self.tr("Measure"),
                self.tr("Status"),
                self.tr("Budget"),
            ],
            widths=(110, 320, 300, 90),  # goal and measure are the text a reader wants
            new_text=self.tr("New goa&l…"),
            new_editor=self._new_measure,
            edit_editor=self._edit_measure,
        )
        self.contacts = RecordList(
            self.ctx,
            self,
            title=self.tr("Contacts after return"),
            name="reintegration_follow_ups",
            headers=[
                self.tr("Due on"),
                self.tr("Held on"),
                self.tr("How"),
                self.tr("By"),
                self.tr("Notes"),
            ],
            widths=(90, 90, 110, 140),
            new_text=self.tr("New contact a&fter return…"),
            new_editor=self._new_contact,
            edit_editor=self._edit_contact,
        )
        self.assessments = RecordList(
            self.ctx,
            self,
            title=self.tr("Sustainability"),
            name="sustainability_assessments",
            headers=[
                self.tr("Assessed on"),
                self.tr("When"),
                *(code_label(Dimension, d.value) for d in Dimension),
                self.tr("Result"),
            ],
            widths=(90, 120, 90, 90, 90),
            new_text=self.tr("New a&ssessment…"),
            new_editor=self._new_assessment,
            edit_editor=self._edit_assessment,
        )

    def _finish_layout(self) -> None:
        super()._finish_layout()
        layout = self.layout()
        assert isinstance(layout, QtWidgets.QVBoxLayout)
        # The parts one at a time at full width: side by side their columns were cut on a
        # laptop. Ctrl+Tab (or the arrow keys on the tab bar) goes from one to the next.
        self.parts = QtWidgets.QTabWidget(self)
        self.parts.setObjectName("reintegration_parts")
        self.parts.setDocumentMode(True)
        for part in (self.measures, self.contacts, self.assessments):
            self.parts.addTab(part, "")
        layout.addWidget(self.parts, 3)
        self.table.itemSelectionChanged.connect(self._show_parts)
        self._retitle_parts()

    def _retitle_parts(self) -> None:
        for index, (title, part) in enumerate(
            (
                (self.tr("Goals and measures"), self.measures),
                (self.tr("Contacts after return"), self.contacts),
                (self.tr("Sustainability"), self.assessments),
            )
        ):
            rows = part.table.rowCount()
            self.parts.setTabText(
                index, self.tr("{0} ({1})").format(title, rows) if rows else title
            )

    def editor_type(self) -> "type[ReintegrationPlanEditor]":
        from ui.editors.reintegration_plan import ReintegrationPlanEditor

        return ReintegrationPlanEditor

    def count(self) -> int:
        return self._count

    # -- what is shown ------------------------------------------------------------------------

    def show_files(self, files: dict[str, ReturnFile]) -> None:
        plans = [p for f in self.in_order() for p in f.plans]
        self._count = len(plans)
        self._plans = {p.id: p for p in plans}
        measures = {p.id: 0 for p in plans}
        for file in files.values():
            for m in file.measures:
                measures[m.plan_id] = measures.get(m.plan_id, 0) + 1
        fill_table(
            self.table,
            [
                (
                    p.id,
                    (
                        format_date(p.drawn_up_on),
                        country_name(p.country),
                        p.partner or "",
                        str(measures.get(p.id, 0)),
                    ),
                )
                for p in plans
            ],
        )
        self._show_parts()

    def selected_plan(self) -> ReintegrationPlan | None:
        return self._plans.get(selected_id(self.table) or "")

    def parts_case(self) -> str | None:
        """The case the parts below are of: the selected plan's, else where a new one goes."""
        plan = self.selected_plan()
        return plan.case_id if plan is not None else self.case_for_new()

    def _show_parts(self) -> None:
        plan, case_id = self.selected_plan(), self.parts_case()
        file = getattr(self, "files", {}).get(case_id or "")
        measures = [m for m in file.measures if plan and m.plan_id == plan.id] if file else []
        self.measures.fill(
            [
                (
                    m.id,
                    (
                        code_label(Dimension, m.dimension),
                        m.goal,
                        preview(m.measure),
                        code_label(MeasureStatus, m.status),
                        format_money(m.budget_cents),
                    ),
                )
                for m in measures
            ],
            can_add=plan is not None,
        )
        contacts = file.follow_ups if file else []
        self.contacts.fill(
            [
                (
                    c.id,
                    (
                        format_date(c.due_on),
                        format_date(c.held_on),
                        code_label(ContactMode, c.mode),
                        code_label(ContactBy, c.by),
                        preview(c.notes),
                    ),
                )
                for c in contacts
            ],
            can_add=case_id is not None,
        )
        today = date.today()
        for row, contact in enumerate(contacts):
            if contact.held_on is None and contact.due_on <= today:
                for column in range(self.contacts.table.columnCount()):
                    item = self.contacts.table.item(row, column)
                    if item is not None:
                        item.setForeground(DUE)
        assessments = file.assessments if file else []
        self.assessments.fill(
            [
                (
                    a.id,
                    (
                        format_date(a.assessed_on),
                        code_label(Checkpoint, a.checkpoint),
                        *(self._score(a.scores.get(d)) for d in Dimension),
                        code_label(SustainabilityResult, a.result) if a.result else self.tr("open"),
                    ),
                )
                for a in assessments
            ],
            can_add=case_id is not None,
        )
        self._retitle_parts()

    @staticmethod
    def _score(value: float | None) -> str:
        return "" if value is None else f"{value:.2f}"

    # -- the parts' editors ----------------------------------------------------------------------

    def _new_measure(self) -> Editor | None:
        from ui.editors.reintegration_measure import ReintegrationMeasureEditor

        plan = self.selected_plan()
        if plan is None:
            return None
        return ReintegrationMeasureEditor.for_plan(self.ctx, plan.case_id, plan.id)

    def _edit_measure(self, record_id: str) -> Editor:
        from ui.editors.reintegration_measure import ReintegrationMeasureEditor

        return ReintegrationMeasureEditor.for_record(self.ctx, record_id)

    def _new_contact(self) -> Editor | None:
        from ui.editors.reintegration_follow_up import ReintegrationFollowUpEditor

        case_id, plan = self.parts_case(), self.selected_plan()
        if case_id is None:
            return None
        return ReintegrationFollowUpEditor.for_plan(self.ctx, case_id, plan.id if plan else None)

    def _edit_contact(self, record_id: str) -> Editor:
        from ui.editors.reintegration_follow_up import ReintegrationFollowUpEditor

        return ReintegrationFollowUpEditor.for_record(self.ctx, record_id)

    def _new_assessment(self) -> Editor | None:
        from ui.editors.sustainability import SustainabilityEditor

        case_id, plan = self.parts_case(), self.selected_plan()
        if case_id is None:
            return None
        return SustainabilityEditor.for_plan(self.ctx, case_id, plan.id if plan else None)

    def _edit_assessment(self, record_id: str) -> Editor:
        from ui.editors.sustainability import SustainabilityEditor

        return SustainabilityEditor.for_record(self.ctx, record_id)
