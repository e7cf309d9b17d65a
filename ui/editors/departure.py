"""The editor of an application's departure: planned, then confirmed or "did not depart"."""

from datetime import date
from typing import Any, Self

from app.domain.base import Record
from app.domain.cases import Case
from app.domain.returns.codes import ConfirmationMethod, Escort, NotDepartedReason, TravelMode
from app.services.returns.departures import set_departure
from app.store.store import Store
from ui import return_labels
from ui.context import Context
from ui.qt import QtCore, QtWidgets
from ui.widgets.combos import CodeCombo
from ui.widgets.dates import DateEdit, OptionalDateEdit, parse_iso
from ui.widgets.record_editor import RecordEditor

OPEN, DEPARTED, NOT_DEPARTED = "open", "departed", "not_departed"


def _write(
    store: Store, *, entity: str, existing_id: str | None, case_id: str, values: dict[str, Any]
) -> Record:
    # One departure per application under a stable id: the service finds or makes it.
    fields = dict(values)
    application_id = fields.pop("application_id")
    return set_departure(store, application_id=application_id, values=fields)


class DepartureEditor(RecordEditor):
    form = "departure"
    entity = "departure"
    write_form = staticmethod(_write)
    # Known before the record is: the section names the application, a draft carries it.
    application_id: str | None = None
    _confirm_when_loaded = False

    @classmethod
    def for_application(
        cls,
        ctx: Context,
        *,
        case_id: str,
        application_id: str,
        departure_id: str | None,
        confirm: bool = False,
    ) -> Self:
        """The application's departure, a new one if none is recorded yet; `confirm` starts
        at the confirmation (today, departed)."""
        editor = cls(ctx)
        editor.application_id = application_id
        editor._confirm_when_loaded = confirm
        if departure_id is None:
            editor.load_record(case_id=case_id)
        else:
            editor.load_record(record_id=departure_id)
        return editor

    def build(self) -> None:
        self.planned_on = OptionalDateEdit(self.tr("Planned departure"), self)
        self.mode = CodeCombo(
            self, choices=return_labels.choices(TravelMode), empty=self.tr("(not yet known)")
        )
        self.booking_reference = QtWidgets.QLineEdit(self)
        self.booking_reference.setMaxLength(60)
        self.departure_point = QtWidgets.QLineEdit(self)
        self.departure_point.setMaxLength(120)
        self.escort = CodeCombo(self, choices=return_labels.choices(Escort))
        self.outcome = CodeCombo(
            self,
            choices=[
                (OPEN, self.tr("not yet")),
                (DEPARTED, self.tr("departed")),
                (NOT_DEPARTED, self.tr("did not depart")),
            ],
        )
        self.confirmed_on = DateEdit(self, latest=date.today())
        self.confirmed_how = CodeCombo(
            self, choices=return_labels.choices(ConfirmationMethod), empty=self.tr("(choose)")
        )
        self.reason = CodeCombo(
            self, choices=return_labels.choices(NotDepartedReason), empty=self.tr("(choose)")
        )
        self.note = QtWidgets.QLineEdit(self)
        self.note.setMaxLength(500)

        self.add_row(
            self.tr("&Planned departure"), "planned_on", self.planned_on, self.planned_on.changed
        )
        self.add_row(self.tr("Travel &mode"), "mode", self.mode, self.mode.code_changed)
        self.add_row(
            self.tr("&Booking reference"),
            "booking_reference",
            self.booking_reference,
            self.booking_reference.textChanged,
        )
        self.add_row(
            self.tr("&Airport or border crossing"),
            "departure_point",
            self.departure_point,
            self.departure_point.textChanged,
        )
        self.add_row(self.tr("&Escort"), "escort", self.escort, self.escort.code_changed)
        self.add_row(self.tr("&Outcome"), "outcome", self.outcome, self.outcome.code_changed)
        self.add_row(
            self.tr("&Confirmed on"),
            "confirmed_on",
            self.confirmed_on,
            self.confirmed_on.dateChanged,
        )
        self.add_row(
            self.tr("Confirmed &how"),
            "confirmed_how",
            self.confirmed_how,
            self.confirmed_how.code_changed,
        )
        self.add_row(
            self.tr("&Reason"), "not_departed_reason", self.reason, self.reason.code_changed
        )
        self.add_row(self.tr("&Note"), "note", self.note, self.note.textChanged)
        self.outcome.code_changed.connect(self.on_outcome_code_changed)
        self.on_outcome_code_changed()
        self.resize(520, 420)

    def record_title(self, case: Case | None) -> str:
        if case is None:
            return self.tr("Departure")
        return self.tr("Departure – {0}").format(case.reference)

    def on_outcome_code_changed(self) -> None:
        outcome = self.outcome.code()
        self.confirmed_on.setEnabled(outcome == DEPARTED)
        self.confirmed_how.setEnabled(outcome == DEPARTED)
        self.reason.setEnabled(outcome == NOT_DEPARTED)

    def on_loaded(self, value: tuple[Case, Record | None, dict[str, Any] | None]) -> None:
        super().on_loaded(value)
        if self._confirm_when_loaded and not self._from_draft and self.is_open():
            self._confirm_when_loaded = False
            self.outcome.set_code(DEPARTED)
            self.confirmed_on.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict[str, Any]:
        outcome = self.outcome.code()
        departed, stayed = outcome == DEPARTED, outcome == NOT_DEPARTED
        return {
            "application_id": self.application_id,
            "planned_on": self.planned_on.value(),
            "mode": self.mode.code(),
            "booking_reference": self.booking_reference.text().strip() or None,
            "departure_point": self.departure_point.text().strip() or None,
            "escort": self.escort.code(),
            "confirmed_on": self.confirmed_on.value() if departed else None,
            "confirmed_how": self.confirmed_how.code() if departed else None,
            "not_departed_reason": self.reason.code() if stayed else None,
            "note": self.note.text().strip() or None,
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.application_id = values.get("application_id") or self.application_id
        self.planned_on.set_value(parse_iso(values.get("planned_on")))
        self.mode.set_code(values.get("mode"))
        self.booking_reference.setText(values.get("booking_reference") or "")
        self.departure_point.setText(values.get("departure_point") or "")
        self.escort.set_code(values.get("escort"))
        confirmed_on = parse_iso(values.get("confirmed_on"))
        if confirmed_on is not None:
            self.confirmed_on.set_value(confirmed_on)
        self.confirmed_how.set_code(values.get("confirmed_how"))
        self.reason.set_code(values.get("not_departed_reason"))
        if confirmed_on is not None:
            self.outcome.set_code(DEPARTED)
        elif values.get("not_departed_reason"):
            self.outcome.set_code(NOT_DEPARTED)
        else:
            self.outcome.set_code(OPEN)
        self.note.setText(values.get("note") or "")

    def check(self) -> bool:
        outcome = self.outcome.code()
        if outcome == DEPARTED and self.confirmed_how.code() is None:
            self.problems.set("confirmed_how", self.tr("Choose how the departure was confirmed."))
            self.confirmed_how.setFocus()
            return False
        if outcome == NOT_DEPARTED and self.reason.code() is None:
            self.problems.set("not_departed_reason", self.tr("Choose why they did not depart."))
            self.reason.setFocus()
            return False
        return True
