"""The editor of one support payment: which component, for whom, where it stands, how much."""

from collections.abc import Sequence
from datetime import date
from typing import Any, Self

from app.domain.base import Record
from app.domain.cases import Case
from app.domain.returns.codes import Payer, PaymentStatus, SupportComponent
from app.domain.returns.support import Cents
from app.services import records
from app.store.store import Store
from ui import return_labels
from ui.context import Context
from ui.qt import QtWidgets
from ui.widgets.combos import CodeCombo
from ui.widgets.dates import OptionalDateEdit, parse_iso
from ui.widgets.money import AmountEdit
from ui.widgets.record_editor import RecordEditor

# The domain's upper bound, so the spin box never offers what the record refuses.
MAX_CENTS: int = next(
    m.le for info in Cents.__metadata__ for m in getattr(info, "metadata", ()) if hasattr(m, "le")
)
PAID = (PaymentStatus.paid.value, PaymentStatus.reclaimed.value)


def _write(
    store: Store, *, entity: str, existing_id: str | None, case_id: str, values: dict[str, Any]
) -> Record:
    fields = {k: v for k, v in values.items() if k != "people"}
    if existing_id is not None:
        return records.update(store, entity=entity, record_id=existing_id, patch=fields)
    return records.create(store, entity=entity, data={"case_id": case_id, **fields})


class PaymentEditor(RecordEditor):
    """The travellers to choose from come with the form (and with its draft), so it opens
    without a second look-up; "the whole application" stands for support not per person."""

    form = "support_payment"
    entity = "support_payment"
    write_form = staticmethod(_write)
    application_id: str | None = None
    people: tuple[tuple[str, str], ...] = ()

    @classmethod
    def for_application(
        cls,
        ctx: Context,
        *,
        case_id: str,
        application_id: str,
        people: Sequence[tuple[str, str]],
        payment_id: str | None = None,
        person_id: str | None = None,
    ) -> Self:
        editor = cls(ctx)
        editor.application_id = application_id
        editor.set_people(people)
        if payment_id is None:
            editor.load_record(case_id=case_id)
            editor.person.set_code(person_id)
        else:
            editor.load_record(record_id=payment_id)
        return editor

    def build(self) -> None:
        self.component = CodeCombo(self, choices=return_labels.choices(SupportComponent))
        self.person = CodeCombo(self, empty=self.tr("(whole application)"))
        self.instalment = QtWidgets.QSpinBox(self)
        self.instalment.setRange(1, 6)
        self.in_kind = QtWidgets.QCheckBox(self.tr("in kind (not money)"), self)
        self.status = CodeCombo(self, choices=return_labels.choices(PaymentStatus))
        self.amount = AmountEdit(self, maximum_cents=MAX_CENTS)
        self.payer = CodeCombo(self, choices=return_labels.choices(Payer))
        self.due_on = OptionalDateEdit(self.tr("Due on"), self)
        self.approved_on = OptionalDateEdit(self.tr("Approved on"), self, latest=date.today())
        self.paid_on = OptionalDateEdit(self.tr("Paid on"), self, latest=date.today())
        self.note = QtWidgets.QLineEdit(self)
        self.note.setMaxLength(500)

        self.add_row(
            self.tr("&Component"), "component", self.component, self.component.code_changed
        )
        self.add_row(self.tr("T&raveller"), "person_id", self.person, self.person.code_changed)
        self.add_row(
            self.tr("&Instalment"), "instalment", self.instalment, self.instalment.valueChanged
        )
        self.add_row(self.tr("&Kind"), "in_kind", self.in_kind, self.in_kind.toggled)
        self.add_row(self.tr("S&tatus"), "status", self.status, self.status.code_changed)
        self.add_row(self.tr("&Amount"), "amount_cents", self.amount, self.amount.valueChanged)
        self.add_row(self.tr("Pa&yer"), "payer", self.payer, self.payer.code_changed)
        self.add_row(self.tr("&Due on"), "due_on", self.due_on, self.due_on.changed)
        self.add_row(
            self.tr("Appr&oved on"), "approved_on", self.approved_on, self.approved_on.changed
        )
        self.add_row(self.tr("&Paid on"), "paid_on", self.paid_on, self.paid_on.changed)
        self.add_row(self.tr("&Note"), "note", self.note, self.note.textChanged)
        self.status.code_changed.connect(self.on_status_code_changed)
        self.resize(520, 480)

    def set_people(self, people: Sequence[tuple[str, str]]) -> None:
        self.people = tuple((str(i), str(n)) for i, n in people)
        self.person.set_choices(self.people)

    def record_title(self, case: Case | None) -> str:
        if case is None:
            return self.tr("Support payment")
        return self.tr("Support payment – {0}").format(case.reference)

    def on_status_code_changed(self) -> None:
        if self._loading:
            return
        # Paid money has a date, planned money none: follow the choice, keep a date typed.
        status = self.status.code()
        if status in PAID and self.paid_on.value() is None:
            self.paid_on.set_value(date.today())
        if status == PaymentStatus.planned.value:
            self.approved_on.set_value(None)
            self.paid_on.set_value(None)

    def values(self) -> dict[str, Any]:
        return {
            "application_id": self.application_id,
            "people": [list(p) for p in self.people],
            "component": self.component.code(),
            "person_id": self.person.code(),
            "instalment": self.instalment.value(),
            "in_kind": self.in_kind.isChecked(),
            "status": self.status.code(),
            "amount_cents": self.amount.cents(),
            "payer": self.payer.code(),
            "due_on": self.due_on.value(),
            "approved_on": self.approved_on.value(),
            "paid_on": self.paid_on.value(),
            "note": self.note.text().strip() or None,
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.application_id = values.get("application_id") or self.application_id
        if values.get("people"):
            self.set_people([tuple(p) for p in values["people"]])
        person_id = values.get("person_id")
        if person_id and person_id not in self.person.codes():
            # Someone no longer travelling keeps their payment: show them anyway.
            self.set_people([*self.people, (person_id, self.tr("(not travelling)"))])
        self.component.set_code(values.get("component"))
        self.person.set_code(person_id)
        self.instalment.setValue(int(values.get("instalment") or 1))
        self.in_kind.setChecked(bool(values.get("in_kind")))
        self.status.set_code(values.get("status"))
        amount = values.get("amount_cents")
        self.amount.set_cents(int(amount) if amount is not None else None)
        self.payer.set_code(values.get("payer"))
        self.due_on.set_value(parse_iso(values.get("due_on")))
        self.approved_on.set_value(parse_iso(values.get("approved_on")))
        self.paid_on.set_value(parse_iso(values.get("paid_on")))
        self.note.setText(values.get("note") or "")

    def check(self) -> bool:
        status = self.status.code()
        approved, paid = self.approved_on.value(), self.paid_on.value()
        if status in PAID and paid is None:
            self.problems.set("paid_on", self.tr("Enter the date it was paid or delivered."))
            self.paid_on.setFocus()
            return False
        if status == PaymentStatus.planned.value and (approved or paid):
            self.problems.set("status", self.tr("A planned payment has no approval or paid date."))
            self.status.setFocus()
            return False
        if approved and paid and paid < approved:
            self.problems.set("paid_on", self.tr("It cannot be paid before it was approved."))
            self.paid_on.setFocus()
            return False
        return True
