"""The editor of a support application: programme, dates, decision, amount in euros, departure."""

from datetime import date
from typing import Any

from app.domain.base import Record
from app.domain.cases import Case
from app.domain.casework import Application
from app.domain.enums import ApplicationDecision, TravelDocuments
from app.services.returns import application_form
from app.store.store import Store
from ui import labels
from ui.widgets.combos import CodeCombo, countries, programmes
from ui.widgets.dates import DateEdit, OptionalDateEdit, parse_iso
from ui.widgets.money import AmountEdit
from ui.widgets.record_editor import RecordEditor

# The domain's upper bound, so the spin box never offers what the record refuses.
MAX_CENTS: int = next(
    m.le for m in Application.model_fields["amount_cents"].metadata if hasattr(m, "le")
)


def _read(store: Store, record: Record) -> dict[str, Any]:
    return application_form.form_values(store, application_id=record.id)


def _write(
    store: Store, *, entity: str, existing_id: str | None, case_id: str, values: dict[str, Any]
) -> Record:
    return application_form.save_form(
        store, case_id=case_id, application_id=existing_id, values=values
    )


class ApplicationEditor(RecordEditor):
    """The departure dates and travel documents live in the application's departure and
    checklist records; app/services/returns/application_form.py reads and writes them."""

    form = "application"
    entity = "application"
    read_form = staticmethod(_read)
    write_form = staticmethod(_write)

    def build(self) -> None:
        self.programme = CodeCombo(self, choices=programmes())
        self.submitted_on = DateEdit(self, latest=date.today())
        self.decision = CodeCombo(self, choices=labels.choices(ApplicationDecision))
        self.decided_on = OptionalDateEdit(self.tr("Decided on"), self, latest=date.today())
        self.amount = AmountEdit(self, maximum_cents=MAX_CENTS)
        self.planned_departure = OptionalDateEdit(self.tr("Planned departure"), self)
        self.actual_departure = OptionalDateEdit(
            self.tr("Actual departure"), self, latest=date.today()
        )
        self.destination = CodeCombo(
            self, choices=countries(), empty=self.tr("(not yet known)"), searchable=True
        )
        self.documents = CodeCombo(self, choices=labels.choices(TravelDocuments))

        self.add_row(
            self.tr("&Programme"), "programme", self.programme, self.programme.code_changed
        )
        self.add_row(
            self.tr("Su&bmitted on"),
            "submitted_on",
            self.submitted_on,
            self.submitted_on.dateChanged,
        )
        self.add_row(self.tr("&Decision"), "decision", self.decision, self.decision.code_changed)
        self.add_row(self.tr("Decided &on"), "decided_on", self.decided_on, self.decided_on.changed)
        self.add_row(self.tr("&Amount"), "amount_cents", self.amount, self.amount.valueChanged)
        self.add_row(
            self.tr("P&lanned departure"),
            "planned_departure_on",
            self.planned_departure,
            self.planned_departure.changed,
        )
        self.add_row(
            self.tr("Ac&tual departure"),
            "actual_departure_on",
            self.actual_departure,
            self.actual_departure.changed,
        )
        self.add_row(
            self.tr("Desti&nation country"),
            "destination_country",
            self.destination,
            self.destination.code_changed,
            self.destination.editTextChanged,
        )
        self.add_row(
            self.tr("T&ravel documents"),
            "travel_documents",
            self.documents,
            self.documents.code_changed,
        )
        self.decision.code_changed.connect(self.on_decision_code_changed)
        self.resize(560, 420)

    def record_title(self, case: Case | None) -> str:
        if case is None:
            return self.tr("Application")
        return self.tr("Application – {0}").format(case.reference)

    def defaults(self, case: Case) -> None:
        self.submitted_on.set_value(date.today())

    def on_decision_code_changed(self) -> None:
        if self._loading:
            return
        # A decision has a date and "pending" has none: follow the choice, keep a date typed.
        decided = self.decision.code() != ApplicationDecision.pending.value
        if decided and self.decided_on.value() is None:
            self.decided_on.set_value(date.today())
        elif not decided:
            self.decided_on.set_value(None)

    def values(self) -> dict[str, Any]:
        return {
            "programme": self.programme.code(),
            "submitted_on": self.submitted_on.value(),
            "decision": self.decision.code(),
            "decided_on": self.decided_on.value(),
            "amount_cents": self.amount.cents(),
            "planned_departure_on": self.planned_departure.value(),
            "actual_departure_on": self.actual_departure.value(),
            "destination_country": self.destination.code(),
            "travel_documents": self.documents.code(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        programme = values.get("programme")
        if programme and programme not in self.programme.codes():
            # An old record's programme that is no longer offered for new applications.
            self.programme.set_choices(programmes(keep=str(programme)))
        self.programme.set_code(programme)
        submitted_on = parse_iso(values.get("submitted_on"))
        if submitted_on is not None:
            self.submitted_on.set_value(submitted_on)
        self.decision.set_code(values.get("decision"))
        self.decided_on.set_value(parse_iso(values.get("decided_on")))
        amount = values.get("amount_cents")
        self.amount.set_cents(int(amount) if amount is not None else None)
        self.planned_departure.set_value(parse_iso(values.get("planned_departure_on")))
        self.actual_departure.set_value(parse_iso(values.get("actual_departure_on")))
        self.destination.set_code(values.get("destination_country"))
        self.documents.set_code(values.get("travel_documents"))

    def check(self) -> bool:
        pending = self.decision.code() == ApplicationDecision.pending.value
        decided_on = self.decided_on.value()
        message = ""
        if not pending and decided_on is None:
            message = self.tr("Enter the date of the decision.")
        elif pending and decided_on is not None:
            message = self.tr("A pending application has no decision date.")
        elif decided_on is not None and decided_on < self.submitted_on.value():
            message = self.tr("The decision cannot come before the application.")
        if message:
            self.problems.set("decided_on", message)
            self.decided_on.setFocus()
            return False
        return True
