"""The editor of a reintegration measure: in which dimension (economic, social, psychosocial),
the goal, what is done for it, where it stands, and its budget."""

from typing import Any

from app.domain.cases import Case
from app.domain.returns.codes import Dimension, MeasureStatus
from ui.editors.reintegration_parts import PlanPartEditor
from ui.qt import QtWidgets
from ui.return_labels import choices
from ui.widgets.combos import CodeCombo
from ui.widgets.money import AmountEdit

MAX_CENTS = 10_000_000  # the domain's bound (ReintegrationMeasure.budget_cents)


class ReintegrationMeasureEditor(PlanPartEditor):
    form = "reintegration_measure"
    entity = "reintegration_measure"

    def build(self) -> None:
        self.dimension = CodeCombo(self, choices=choices(Dimension))
        self.goal = QtWidgets.QLineEdit(self)
        self.goal.setMaxLength(200)
        self.measure = QtWidgets.QPlainTextEdit(self)
        self.measure.setTabChangesFocus(True)
        self.status = CodeCombo(self, choices=choices(MeasureStatus))
        self.budget = AmountEdit(self, maximum_cents=MAX_CENTS)
        self.add_row(
            self.tr("&Dimension"), "dimension", self.dimension, self.dimension.code_changed
        )
        self.add_row(self.tr("&Goal"), "goal", self.goal, self.goal.textChanged)
        self.add_row(self.tr("&Measure"), "measure", self.measure, self.measure.textChanged)
        self.add_row(self.tr("S&tatus"), "status", self.status, self.status.code_changed)
        self.add_row(self.tr("&Budget"), "budget_cents", self.budget, self.budget.valueChanged)
        self.resize(540, 380)

    def record_title(self, case: Case | None) -> str:
        if case is None:
            return self.tr("Reintegration measure")
        return self.tr("Reintegration measure – {0}").format(case.reference)

    def part_values(self) -> dict[str, Any]:
        return {
            "dimension": self.dimension.code(),
            "goal": self.goal.text().strip(),
            "measure": self.measure.toPlainText().strip() or None,
            "status": self.status.code(),
            "budget_cents": self.budget.cents(),
        }

    def set_part_values(self, values: dict[str, Any]) -> None:
        self.dimension.set_code(values.get("dimension"))
        self.goal.setText(values.get("goal") or "")
        self.measure.setPlainText(values.get("measure") or "")
        self.status.set_code(values.get("status"))
        budget = values.get("budget_cents")
        self.budget.set_cents(int(budget) if budget is not None else None)

    def check(self) -> bool:
        if not self.goal.text().strip():
            self.problems.set("goal", self.tr("Name the goal."))
            self.goal.setFocus()
            return False
        return True
