"""The editor of a referral: to which partner, what for, when, and how it went."""

from datetime import date
from typing import Any

from app.domain.cases import Case
from app.domain.enums import PartnerKind, ReferralStatus
from ui import labels
from ui.qt import QtWidgets
from ui.widgets.combos import CodeCombo
from ui.widgets.dates import DateEdit, parse_iso
from ui.widgets.record_editor import RecordEditor

PURPOSE_MAX = 500


class ReferralEditor(RecordEditor):
    form = "referral"
    entity = "referral"

    def build(self) -> None:
        self.partner = QtWidgets.QLineEdit(self)
        self.partner.setMaxLength(200)
        self.partner_kind = CodeCombo(self, choices=labels.choices(PartnerKind))
        self.purpose = QtWidgets.QPlainTextEdit(self)
        self.purpose.setTabChangesFocus(True)
        self.purpose.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.referred_on = DateEdit(self, latest=date.today())
        self.status = CodeCombo(self, choices=labels.choices(ReferralStatus))
        self.result = QtWidgets.QPlainTextEdit(self)
        self.result.setTabChangesFocus(True)

        self.add_row(self.tr("&Partner"), "partner", self.partner, self.partner.textChanged)
        self.add_row(
            self.tr("&Kind of partner"),
            "partner_kind",
            self.partner_kind,
            self.partner_kind.code_changed,
        )
        self.add_row(self.tr("P&urpose"), "purpose", self.purpose, self.purpose.textChanged)
        self.add_row(
            self.tr("&Referred on"), "referred_on", self.referred_on, self.referred_on.dateChanged
        )
        self.add_row(self.tr("S&tatus"), "status", self.status, self.status.code_changed)
        self.add_row(self.tr("Resul&t"), "result", self.result, self.result.textChanged)
        self.resize(560, 460)

    def record_title(self, case: Case | None) -> str:
        if case is None:
            return self.tr("Referral")
        return self.tr("Referral – {0}").format(case.reference)

    def values(self) -> dict[str, Any]:
        return {
            "partner": self.partner.text(),
            "partner_kind": self.partner_kind.code(),
            "purpose": self.purpose.toPlainText().strip(),
            "referred_on": self.referred_on.value(),
            "status": self.status.code(),
            "result": self.result.toPlainText().strip() or None,
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.partner.setText(values.get("partner") or "")
        self.partner_kind.set_code(values.get("partner_kind"))
        self.purpose.setPlainText(values.get("purpose") or "")
        referred_on = parse_iso(values.get("referred_on"))
        if referred_on is not None:
            self.referred_on.set_value(referred_on)
        self.status.set_code(values.get("status"))
        self.result.setPlainText(values.get("result") or "")

    def check(self) -> bool:
        if len(self.purpose.toPlainText().strip()) > PURPOSE_MAX:
            self.problems.set(
                "purpose", self.tr("At most {0} characters, please.").format(PURPOSE_MAX)
            )
            self.purpose.setFocus()
            return False
        return True
