"""Moving a case to its next status: only the allowed steps are offered; closing asks for the outcome.

A form like the others (drafts.Editor): Esc asks, the lock keeps a draft, Enter does not save.
"""

from datetime import date
from typing import Any, ClassVar

from app.domain.cases import Case
from app.domain.enums import CaseOutcome, CaseStatus
from app.services import cases, records
from app.store.store import Store
from ui import labels
from ui.context import Context
from ui.drafts import DraftData, Editor
from ui.i18n import format_date
from ui.qt import QtWidgets, Signal
from ui.tasks import Failure
from ui.widgets.combos import CodeCombo
from ui.widgets.dates import DateEdit, iso, parse_iso
from ui.widgets.fields import Field, Problems, chain_tab_order, localized

TOUCHES = ("case", "case_status_change")


def load_case(store: Store, case_id: str) -> Case:
    case = records.get(store, entity="case", record_id=case_id, audit=False)
    assert isinstance(case, Case)
    return case


class CaseStatusDialog(Editor):
    form: ClassVar[str] = "case_status"
    status_changed = Signal(object)  # the updated Case

    def __init__(
        self,
        ctx: Context,
        case_id: str,
        parent: QtWidgets.QWidget | None = None,
        *,
        draft_key: str | None = None,
    ) -> None:
        super().__init__(ctx, draft_key=draft_key, parent=parent)
        self.case_id = case_id
        self.record_id = case_id  # erasing the case discards the draft with it
        self.case: Case | None = None
        self._saving = False
        self._loading = True
        self._wanted: dict[str, Any] = {}
        self.setWindowTitle(self.tr("Change case status") + "[*]")
        self._build()
        self._loading = False
        self.ctx.session.query(
            lambda store: load_case(store, case_id),
            done=self.while_open(self.on_case_loaded),
            failed=self.while_open(self.on_case_failed),
        )

    @classmethod
    def from_draft(cls, ctx: Context, draft: DraftData) -> "CaseStatusDialog":
        dialog = cls(ctx, str(draft.payload.get("case_id") or draft.record_id), draft_key=draft.key)
        dialog.load_payload(draft.payload)
        dialog.mark_dirty()
        return dialog

    def _build(self) -> None:
        self.problems = Problems(QtWidgets.QLabel(self))
        self.current = QtWidgets.QLabel(self.tr("Loading…"), self)
        self.current.setWordWrap(True)
        self.target = CodeCombo(self)
        self.changed_on = DateEdit(self, latest=date.today())
        self.outcome = CodeCombo(
            self, choices=labels.choices(CaseOutcome), empty=self.tr("(choose the outcome)")
        )
        self.rows = QtWidgets.QFormLayout()
        current_label = QtWidgets.QLabel(self.tr("Current status"), self)
        self.rows.addRow(current_label, self.current)
        self._row(self.tr("&New status"), "to", self.target)
        self._row(self.tr("&Date of change"), "on", self.changed_on)
        self.outcome_field = self._row(self.tr("&Outcome"), "outcome", self.outcome)

        self.buttons = QtWidgets.QDialogButtonBox(self)
        self.ok_button = self.buttons.addButton(
            self.tr("&Change status"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ok_button.setEnabled(False)
        self.ok_button.setToolTip(self.tr("Change status (Ctrl+S)"))
        self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close)

        outer = QtWidgets.QVBoxLayout(self)
        outer.addLayout(self.rows)
        outer.addWidget(self.problems.general)
        outer.addStretch(1)
        outer.addWidget(self.buttons)
        chain_tab_order([self.target, self.changed_on, self.outcome, self.ok_button])
        self.target.code_changed.connect(self.on_target_code_changed)
        for signal in (
            self.target.code_changed,
            self.changed_on.dateChanged,
            self.outcome.code_changed,
        ):
            signal.connect(self.on_input_changed)
        self.on_target_code_changed()
        self.resize(480, 260)

    def _row(self, text: str, name: str, widget: QtWidgets.QWidget) -> Field:
        label = QtWidgets.QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(label.text().replace("&", ""))
        field = self.problems.add(name, Field(widget, self))
        self.rows.addRow(label, field)
        return field

    def on_input_changed(self, *_: object) -> None:
        if not self._loading:
            self.mark_dirty()

    # -- drafts ---------------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        if self.case is None:
            return {"case_id": self.case_id, **self._wanted}  # the case has not arrived yet
        return {
            "case_id": self.case_id,
            "to": self.target.code(),
            "on": iso(self.changed_on.value()),
            "outcome": self.outcome.code(),
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        """The choices wait for the case (the steps on offer depend on its status)."""
        self._wanted = {k: payload.get(k) for k in ("to", "on", "outcome")}
        if self.case is not None:
            self._show_wanted()

    def _show_wanted(self) -> None:
        self._loading = True
        try:
            if self._wanted.get("to"):
                self.target.set_code(self._wanted["to"])
            on = parse_iso(self._wanted.get("on"))
            if on is not None:
                self.changed_on.set_value(on)
            self.outcome.set_code(self._wanted.get("outcome"))
        finally:
            self._loading = False

    def draft_title(self) -> str:
        return self.windowTitle().replace("[*]", "")

    # -- loading --------------------------------------------------------------------

    def on_case_loaded(self, case: Case) -> None:
        self.case = case
        self.setWindowTitle(self.tr("Change status – {0}").format(case.reference) + "[*]")
        self.current.setText(
            self.tr("{0} since {1}").format(labels.of(case.status), format_date(case.status_since))
        )
        steps = cases.next_steps(case)
        self._loading = True
        self.target.set_choices((s.value, labels.of(s)) for s in steps)
        self.changed_on.set_earliest(min(case.status_since, date.today()))
        self._loading = False
        self._show_wanted()
        self.on_target_code_changed()
        self.ok_button.setEnabled(bool(steps))
        self.target.setFocus()

    def on_case_failed(self, failure: Failure) -> None:
        self.current.setText("")
        self.problems.show_general(
            self.tr("The case could not be opened: {0}").format(localized(failure.message))
        )

    def offered(self) -> list[str]:
        """The status codes on offer, in the order shown."""
        return self.target.codes()

    def on_target_code_changed(self) -> None:
        closing = self.target.code() == CaseStatus.closed.value
        self.rows.setRowVisible(self.outcome_field, closing)
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
            done=self.while_open(self.on_save_done),
            failed=self.while_open(self.on_save_failed),
        )

    def on_save_done(self, case: Case) -> None:
        self._saving = False
        self.status_changed.emit(case)
        self.finish_saved(case)

    def on_save_failed(self, failure: Failure) -> None:
        self._saving = False
        self.ok_button.setEnabled(True)
        self.problems.show_failure(
            failure, bug=self.tr("The status could not be changed (internal error).")
        )
