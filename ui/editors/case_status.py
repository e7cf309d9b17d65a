"""Moving a case to its next status: only the allowed steps are offered; closing asks for the outcome."""

from datetime import date

from app.domain.cases import Case
from app.domain.enums import CaseOutcome, CaseStatus
from app.services import cases, records
from app.store.store import Store
from ui import labels
from ui.context import Context
from ui.i18n import format_date
from ui.qt import QtWidgets, Signal
from ui.tasks import Failure
from ui.widgets.combos import CodeCombo
from ui.widgets.dates import DateEdit
from ui.widgets.fields import Field, Problems, chain_tab_order, localized

TOUCHES = ("case", "case_status_change")


def load_case(store: Store, case_id: str) -> Case:
    case = records.get(store, entity="case", record_id=case_id, audit=False)
    assert isinstance(case, Case)
    return case


class CaseStatusDialog(QtWidgets.QDialog):
    status_changed = Signal(object)  # the updated Case

    def __init__(self, ctx: Context, case_id: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case_id = case_id
        self.case: Case | None = None
        self._saving = False
        self._gone = False
        self.finished.connect(self._forget)
        self.setModal(True)
        self.setWindowTitle(self.tr("Change case status"))
        self._build()
        self.ctx.session.query(
            lambda store: load_case(store, case_id),
            done=self.on_case_loaded,
            failed=self.on_case_failed,
        )

    def _build(self) -> None:
        self.problems = Problems(QtWidgets.QLabel(self))
        self.current = QtWidgets.QLabel(self.tr("Loading…"), self)
        self.current.setWordWrap(True)
        self.target = CodeCombo(self)
        self.changed_on = DateEdit(self, latest=date.today())
        self.outcome = CodeCombo(
            self, choices=labels.choices(CaseOutcome), empty=self.tr("(choose the outcome)")
        )
        self.form = QtWidgets.QFormLayout()
        current_label = QtWidgets.QLabel(self.tr("Current status"), self)
        self.form.addRow(current_label, self.current)
        self._row(self.tr("&New status"), "to", self.target)
        self._row(self.tr("&Date of change"), "on", self.changed_on)
        self.outcome_field = self._row(self.tr("&Outcome"), "outcome", self.outcome)

        self.buttons = QtWidgets.QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Change status"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setEnabled(False)
        self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        outer = QtWidgets.QVBoxLayout(self)
        outer.addLayout(self.form)
        outer.addWidget(self.problems.general)
        outer.addStretch(1)
        outer.addWidget(self.buttons)
        chain_tab_order([self.target, self.changed_on, self.outcome, self.ok_button])
        self.target.code_changed.connect(self.on_target_code_changed)
        self.on_target_code_changed()
        self.resize(480, 260)

    def _row(self, text: str, name: str, widget: QtWidgets.QWidget) -> Field:
        label = QtWidgets.QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(label.text().replace("&", ""))
        field = self.problems.add(name, Field(widget, self))
        self.form.addRow(label, field)
        return field

    # -- loading --------------------------------------------------------------------

    def on_case_loaded(self, case: Case) -> None:
        if self._gone:
            return
        self.case = case
        self.setWindowTitle(self.tr("Change status – {0}").format(case.reference))
        self.current.setText(
            self.tr("{0} since {1}").format(labels.of(case.status), format_date(case.status_since))
        )
        steps = cases.next_steps(case)
        self.target.set_choices((s.value, labels.of(s)) for s in steps)
        self.changed_on.set_earliest(min(case.status_since, date.today()))
        self.on_target_code_changed()
        self.ok_button.setEnabled(bool(steps))
        self.target.setFocus()

    def on_case_failed(self, failure: Failure) -> None:
        if not self._gone:
            self.current.setText("")
            self.problems.show_general(
                self.tr("The case could not be opened: {0}").format(localized(failure.message))
            )

    def offered(self) -> list[str]:
        """The status codes on offer, in the order shown."""
        return self.target.codes()

    def on_target_code_changed(self) -> None:
        closing = self.target.code() == CaseStatus.closed.value
        self.form.setRowVisible(self.outcome_field, closing)
        self.problems.set("outcome", "")

    # -- saving -------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or self.case is None or self.target.code() is None:
            return
        self.problems.clear()
        to = CaseStatus(self.target.code())
        outcome_code = self.outcome.code()
        if to == CaseStatus.closed and outcome_code is None:
            self.problems.set("outcome", self.tr("Choose how the case ended."))
            self.outcome.setFocus()
            return
        outcome = CaseOutcome(outcome_code) if to == CaseStatus.closed and outcome_code else None
        on, case_id = self.changed_on.value(), self.case_id
        self._saving = True
        self.ok_button.setEnabled(False)
        self.ctx.session.mutate(
            lambda store: cases.change_status(
                store, case_id=case_id, to=to, on=on, outcome=outcome
            ),
            touches=TOUCHES,
            done=self.on_save_done,
            failed=self.on_save_failed,
        )

    def on_save_done(self, case: Case) -> None:
        self._saving = False
        if self._gone:
            return
        self.status_changed.emit(case)
        self.accept()

    def on_save_failed(self, failure: Failure) -> None:
        self._saving = False
        if self._gone:
            return
        self.ok_button.setEnabled(True)
        self.problems.show_failure(
            failure, bug=self.tr("The status could not be changed (internal error).")
        )

    def _forget(self) -> None:
        self._gone = True
