"""The editor of a reintegration plan: when it was drawn up, for which country, and the partner
organisation in the return country that carries it out."""

from datetime import date
from typing import Any

from app.domain.cases import Case
from ui.qt import QtWidgets
from ui.widgets.combos import CodeCombo, countries
from ui.widgets.dates import DateEdit, parse_iso
from ui.widgets.record_editor import RecordEditor


class ReintegrationPlanEditor(RecordEditor):
    form = "reintegration_plan"
    entity = "reintegration_plan"

    def build(self) -> None:
        self.drawn_up_on = DateEdit(self, latest=date.today())
        self.country = CodeCombo(
            self, choices=countries(), empty=self.tr("(not yet known)"), searchable=True
        )
        self.partner = QtWidgets.QLineEdit(self)
        self.partner.setMaxLength(200)
        self.add_row(
            self.tr("&Drawn up on"), "drawn_up_on", self.drawn_up_on, self.drawn_up_on.dateChanged
        )
        self.add_row(
            self.tr("Return &country"),
            "country",
            self.country,
            self.country.code_changed,
            self.country.editTextChanged,
        )
        self.add_row(
            self.tr("&Partner organisation"), "partner", self.partner, self.partner.textChanged
        )
        self.resize(520, 220)

    def record_title(self, case: Case | None) -> str:
        if case is None:
            return self.tr("Reintegration plan")
        return self.tr("Reintegration plan – {0}").format(case.reference)

    def defaults(self, case: Case) -> None:
        self.drawn_up_on.set_value(date.today())

    def values(self) -> dict[str, Any]:
        return {
            "drawn_up_on": self.drawn_up_on.value(),
            "country": self.country.code(),
            "partner": self.partner.text().strip() or None,
        }

    def set_values(self, values: dict[str, Any]) -> None:
        drawn_up_on = parse_iso(values.get("drawn_up_on"))
        if drawn_up_on is not None:
            self.drawn_up_on.set_value(drawn_up_on)
        self.country.set_code(values.get("country"))
        self.partner.setText(values.get("partner") or "")
