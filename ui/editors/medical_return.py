"""The editor of a medical return: who travels with a condition, whether they are fit to travel
(with the date and who said so), how many months of medication they need to take along, and
whether the treatment is available at the destination (often what an information request asked)."""

from typing import Any

from app.domain.cases import Case
from app.domain.returns.codes import (
    FitnessSource,
    FitnessToTravel,
    InformationTopic,
    TreatmentAvailability,
)
from app.services import dossier, records
from app.services.listing import display_name
from app.store.store import Store
from ui.i18n import format_date
from ui.qt import QtWidgets
from ui.return_labels import choices, code_label
from ui.widgets.combos import CodeCombo
from ui.widgets.dates import OptionalDateEdit, parse_iso
from ui.widgets.record_editor import RecordEditor

MAX_MONTHS = 24  # the domain's bound (MedicalReturn.medication_months), checked by a test
NOT_RECORDED = -1  # the spin box's "not recorded" below 0 months


def medical_choices(
    store: Store, case: Case
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Off the GUI thread: the household's persons and the case's information requests."""
    persons = [
        (p.id, display_name(p.family_name, p.given_names) or p.id)
        for p in dossier.household_members(store, household_id=case.household_id)
    ]
    requests = [
        (r.id, f"{code_label(InformationTopic, r.topic)} ({format_date(r.asked_on)})")  # type: ignore[attr-defined]
        for r in records.find(store, entity="information_request", where={"case_id": case.id})
    ]
    return persons, requests


class MedicalReturnEditor(RecordEditor):
    form = "medical_return"
    entity = "medical_return"

    def build(self) -> None:
        self.person = CodeCombo(self)
        self.fitness = CodeCombo(self, choices=choices(FitnessToTravel))
        self.assessed_on = OptionalDateEdit(self.tr("Assessed on"), self)
        self.source = CodeCombo(self, choices=choices(FitnessSource), empty=self.tr("(not given)"))
        self.medication = QtWidgets.QSpinBox(self)
        self.medication.setRange(NOT_RECORDED, MAX_MONTHS)
        self.medication.setSpecialValueText(self.tr("(not recorded)"))
        self.medication.setSuffix(self.tr(" month(s)"))
        self.treatment = CodeCombo(self, choices=choices(TreatmentAvailability))
        self.request = CodeCombo(self, empty=self.tr("(none)"))
        self._wanted: dict[str, str | None] = {"person_id": None, "information_request_id": None}

        self.add_row(self.tr("&Person"), "person_id", self.person, self.person.code_changed)
        self.add_row(self.tr("&Fit to travel"), "fitness", self.fitness, self.fitness.code_changed)
        self.add_row(
            self.tr("Assessed &on"), "assessed_on", self.assessed_on, self.assessed_on.changed
        )
        self.add_row(self.tr("&Source"), "source", self.source, self.source.code_changed)
        self.add_row(
            self.tr("&Medication to take (months)"),
            "medication_months",
            self.medication,
            self.medication.valueChanged,
        )
        self.add_row(
            self.tr("&Treatment at destination"),
            "treatment_available",
            self.treatment,
            self.treatment.code_changed,
        )
        self.add_row(
            self.tr("&Information request"),
            "information_request_id",
            self.request,
            self.request.code_changed,
        )
        self.person.code_changed.connect(lambda: self._chosen("person_id", self.person))
        self.request.code_changed.connect(
            lambda: self._chosen("information_request_id", self.request)
        )
        self.resize(560, 400)

    def _chosen(self, name: str, combo: CodeCombo) -> None:
        if not self._loading:
            self._wanted[name] = combo.code()

    def record_title(self, case: Case | None) -> str:
        if case is None:
            return self.tr("Medical return")
        return self.tr("Medical return – {0}").format(case.reference)

    def on_loaded(self, value: Any) -> None:
        super().on_loaded(value)
        case = self.case
        if case is not None:
            self.ctx.session.query(
                lambda store: medical_choices(store, case),
                done=self.while_open(self._choices_arrived),
            )

    def _choices_arrived(self, found: tuple[list[tuple[str, str]], list[tuple[str, str]]]) -> None:
        persons, requests = found
        was_loading, self._loading = self._loading, True
        try:
            self.person.set_choices(persons)
            self.request.set_choices(requests)
            if self._wanted["person_id"] is None and self.case is not None:
                self._wanted["person_id"] = self.case.main_contact_id
            self.person.set_code(self._wanted["person_id"])
            self.request.set_code(self._wanted["information_request_id"])
        finally:
            self._loading = was_loading

    def values(self) -> dict[str, Any]:
        months = self.medication.value()
        return {
            "person_id": self.person.code() or self._wanted["person_id"],
            "fitness": self.fitness.code(),
            "assessed_on": self.assessed_on.value(),
            "source": self.source.code(),
            "medication_months": None if months == NOT_RECORDED else months,
            "treatment_available": self.treatment.code(),
            "information_request_id": self.request.code() or self._wanted["information_request_id"],
        }

    def set_values(self, values: dict[str, Any]) -> None:
        for name in self._wanted:
            self._wanted[name] = values.get(name)
        self.person.set_code(values.get("person_id"))
        self.request.set_code(values.get("information_request_id"))
        self.fitness.set_code(values.get("fitness"))
        self.assessed_on.set_value(parse_iso(values.get("assessed_on")))
        self.source.set_code(values.get("source"))
        months = values.get("medication_months")
        self.medication.setValue(NOT_RECORDED if months is None else int(months))
        self.treatment.set_code(values.get("treatment_available"))

    def check(self) -> bool:
        if not (self.person.code() or self._wanted["person_id"]):
            self.problems.set("person_id", self.tr("Choose the person."))
            self.person.setFocus()
            return False
        known = self.fitness.code() != FitnessToTravel.unknown.value
        if known and self.assessed_on.value() is None:
            self.problems.set("assessed_on", self.tr("Enter the date of the assessment."))
            self.assessed_on.setFocus()
            return False
        return True
