"""The editor of a contact after the return: due on, held on, how (phone, video, a visit by
the partner…), by whom (the counsellor or the partner), and what it showed. Due ones are on Today."""

from datetime import date, timedelta
from typing import Any

from app.domain.cases import Case
from app.domain.returns.codes import ContactBy, ContactMode
from ui.editors.reintegration_parts import PlanPartEditor
from ui.qt import QtWidgets
from ui.return_labels import choices
from ui.widgets.combos import CodeCombo
from ui.widgets.dates import DateEdit, OptionalDateEdit, parse_iso

FIRST_CONTACT_DAYS = 30  # the first contact a month after the return, as programmes ask


class ReintegrationFollowUpEditor(PlanPartEditor):
    form = "reintegration_follow_up"
    entity = "reintegration_follow_up"

    def build(self) -> None:
        self.due_on = DateEdit(self)
        self.held_on = OptionalDateEdit(self.tr("Held on"), self, latest=date.today())
        self.mode = CodeCombo(self, choices=choices(ContactMode))
        self.by = CodeCombo(self, choices=choices(ContactBy))
        self.notes = QtWidgets.QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.add_row(self.tr("D&ue on"), "due_on", self.due_on, self.due_on.dateChanged)
        self.add_row(self.tr("&Held on"), "held_on", self.held_on, self.held_on.changed)
        self.add_row(self.tr("H&ow"), "mode", self.mode, self.mode.code_changed)
        self.add_row(self.tr("&By"), "by", self.by, self.by.code_changed)
        self.add_row(self.tr("&Notes"), "notes", self.notes, self.notes.textChanged)
        self.resize(520, 360)

    def record_title(self, case: Case | None) -> str:
        if case is None:
            return self.tr("Contact after return")
        return self.tr("Contact after return – {0}").format(case.reference)

    def defaults(self, case: Case) -> None:
        self.due_on.set_value(date.today() + timedelta(days=FIRST_CONTACT_DAYS))

    def part_values(self) -> dict[str, Any]:
        return {
            "due_on": self.due_on.value(),
            "held_on": self.held_on.value(),
            "mode": self.mode.code(),
            "by": self.by.code(),
            "notes": self.notes.toPlainText().strip() or None,
        }

    def set_part_values(self, values: dict[str, Any]) -> None:
        due_on = parse_iso(values.get("due_on"))
        if due_on is not None:
            self.due_on.set_value(due_on)
        self.held_on.set_value(parse_iso(values.get("held_on")))
        self.mode.set_code(values.get("mode"))
        self.by.set_code(values.get("by"))
        self.notes.setPlainText(values.get("notes") or "")
