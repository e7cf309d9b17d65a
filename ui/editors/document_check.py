"""The editor of one checklist row: where the document stands, when issued, until when valid."""

from datetime import date
from typing import Any

from app.domain.cases import Case
from app.domain.returns.codes import DocumentStatus
from app.domain.returns.travel import DocumentCheck
from ui import return_labels
from ui.qt import QtWidgets
from ui.widgets.combos import CodeCombo
from ui.widgets.dates import OptionalDateEdit, parse_iso
from ui.widgets.record_editor import RecordEditor

NOTE_MAX = 500


class DocumentCheckEditor(RecordEditor):
    """Rows are made from the programme (services/returns/checklist.py), so this form only
    ever edits one: there is no new document check."""

    form = "document_check"
    entity = "document_check"

    def build(self) -> None:
        self.status = CodeCombo(self, choices=return_labels.choices(DocumentStatus))
        self.issued_on = OptionalDateEdit(self.tr("Issued on"), self, latest=date.today())
        self.valid_until = OptionalDateEdit(self.tr("Valid until"), self)
        self.note = QtWidgets.QLineEdit(self)
        self.note.setMaxLength(NOTE_MAX)
        self.add_row(self.tr("S&tatus"), "status", self.status, self.status.code_changed)
        self.add_row(self.tr("&Issued on"), "issued_on", self.issued_on, self.issued_on.changed)
        self.add_row(
            self.tr("&Valid until"), "valid_until", self.valid_until, self.valid_until.changed
        )
        self.add_row(self.tr("&Note"), "note", self.note, self.note.textChanged)
        self.resize(480, 260)

    def record_title(self, case: Case | None) -> str:
        existing = self.existing
        name = (
            return_labels.document_name(existing.document_type)
            if isinstance(existing, DocumentCheck)
            else self.tr("Document")
        )
        if case is None:
            return name
        return self.tr("{0} – {1}").format(name, case.reference)

    def values(self) -> dict[str, Any]:
        return {
            "status": self.status.code(),
            "issued_on": self.issued_on.value(),
            "valid_until": self.valid_until.value(),
            "note": self.note.text().strip() or None,
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.status.set_code(values.get("status"))
        self.issued_on.set_value(parse_iso(values.get("issued_on")))
        self.valid_until.set_value(parse_iso(values.get("valid_until")))
        self.note.setText(values.get("note") or "")

    def check(self) -> bool:
        issued, valid = self.issued_on.value(), self.valid_until.value()
        if issued is not None and valid is not None and valid < issued:
            self.problems.set("valid_until", self.tr("Valid until cannot come before issued on."))
            self.valid_until.setFocus()
            return False
        return True
