"""The editor of a reintegration measure: in which dimension (economic, social, psychosocial),
the goal, what is done for it, where it stands, its budget and the support payments (budget
lines) that pay for it."""

from typing import Any

from app.domain.base import Record
from app.domain.cases import Case
from app.domain.returns.codes import Dimension, MeasureStatus
from app.domain.returns.support import SupportPayment
from app.services import records
from app.store.store import Store
from ui.editors.budget_lines import BudgetLines
from ui.editors.reintegration_parts import PlanPartEditor
from ui.qt import QtWidgets
from ui.return_labels import choices
from ui.widgets.combos import CodeCombo
from ui.widgets.money import AmountEdit

MAX_CENTS = 10_000_000  # the domain's bound (ReintegrationMeasure.budget_cents)


def case_payments(store: Store, case_id: str) -> list[SupportPayment]:
    found = records.find(store, entity="support_payment", where={"case_id": case_id})
    payments = [p for p in found if isinstance(p, SupportPayment)]
    payments.sort(key=lambda p: (p.component.value, p.instalment, p.id))
    return payments


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
        self.lines = BudgetLines(self)
        self.add_row(self.tr("Paid &from"), "payment_ids", self.lines, self.lines.changed)
        self.resize(540, 480)

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
            "payment_ids": self.lines.payment_ids(),
        }

    def set_part_values(self, values: dict[str, Any]) -> None:
        self.dimension.set_code(values.get("dimension"))
        self.goal.setText(values.get("goal") or "")
        self.measure.setPlainText(values.get("measure") or "")
        self.status.set_code(values.get("status"))
        budget = values.get("budget_cents")
        self.budget.set_cents(int(budget) if budget is not None else None)
        self.lines.set_payment_ids(values.get("payment_ids") or [])

    def on_loaded(self, value: tuple[Case, Record | None, dict[str, Any] | None]) -> None:
        super().on_loaded(value)
        if self._gone or self.case is None:
            return
        case_id = self.case.id
        self.ctx.session.query(
            lambda store: case_payments(store, case_id),
            done=self.on_payments_loaded,
            failed=self.on_load_failed,
        )

    def on_payments_loaded(self, payments: list[SupportPayment]) -> None:
        if self._gone:
            return
        self._loading = True
        try:
            self.lines.set_payments(payments)
        finally:
            self._loading = False

    def check(self) -> bool:
        if not self.goal.text().strip():
            self.problems.set("goal", self.tr("Name the goal."))
            self.goal.setFocus()
            return False
        return True
