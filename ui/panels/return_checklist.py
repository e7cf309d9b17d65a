"""The Return section's checklist: one row per required document, amber or red when it needs acting.

Colour never says it alone (not everyone sees it): the Attention column says the same in
words, with a symbol in front. Enter or F2 on a row (or a double click) asks to edit it.
"""

from collections.abc import Mapping, Sequence

from app.domain.returns.codes import DocumentStatus
from app.services.returns.checklist import ChecklistRow, DocumentState
from ui import return_labels
from ui.i18n import format_date
from ui.panels.person_sections import fill_table
from ui.panels.record_table import RecordTable
from ui.qt import QtGui, QtWidgets, Signal

# Light backgrounds that keep black text readable (WCAG contrast above 7:1).
AMBER = QtGui.QColor("#ffe08a")
RED = QtGui.QColor("#f4b4b4")
SYMBOL = {"problem": "✖", "soon": "⚠", "ok": "✔", "not_needed": "–"}


class ReturnChecklist(RecordTable):
    """`edit_requested` carries the document check's id."""

    generate_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        headers = [
            self.tr("Document"),
            self.tr("Traveller"),
            self.tr("Status"),
            self.tr("Attention"),  # before the dates: seen first in a narrow window
            self.tr("Issued on"),
            self.tr("Valid until"),
            self.tr("Valid at departure"),
        ]
        self.make_record_table(
            "checklist",
            self.tr("Document checklist"),
            headers,
            (200, 160, 100, 220, 90, 90),
        )
        self.states: list[DocumentState] = []
        self.edit_button = QtWidgets.QPushButton(self.tr("Edit entr&y…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected document (Enter or F2)"))
        self.generate_button = QtWidgets.QPushButton(self.tr("Add from pro&gramme"), self)
        self.generate_button.setToolTip(
            self.tr("Add the documents the programme asks of these travellers")
        )
        self.generate_button.clicked.connect(self.generate_requested)
        self.lay_out(self.edit_button, self.generate_button)

    def fill(self, rows: Sequence[ChecklistRow], names: Mapping[str, str]) -> None:
        self.states = [r.state for r in rows]
        fill_table(
            self.table,
            [
                (
                    r.check.id,
                    (
                        return_labels.document_name(r.check.document_type),
                        names.get(r.check.person_id, "")
                        if r.check.person_id
                        else self.tr("(whole application)"),
                        return_labels.label(r.check.status),
                        self.attention(r.state, r.check.status),
                        format_date(r.check.issued_on),
                        format_date(r.check.valid_until),
                        self.valid_text(r.state.valid_at_departure),
                    ),
                )
                for r in rows
            ],
        )
        for row, state in enumerate(self.states):
            colour = {"problem": RED, "soon": AMBER}.get(state.level)
            for column in range(self.table.columnCount()):
                item = self.table.item(row, column)
                if item is None:
                    continue
                if colour is not None:
                    item.setBackground(colour)
                    item.setForeground(QtGui.QColor("black"))
                elif state.level == "not_needed":
                    item.setForeground(QtGui.QColor("#555555"))
        self.on_table_item_selection_changed()

    def valid_text(self, valid: bool | None) -> str:
        if valid is None:
            return ""
        return self.tr("yes") if valid else self.tr("no")

    def attention(self, state: DocumentState, status: DocumentStatus) -> str:
        words = {
            "expired": self.tr("expired"),
            "invalid_at_departure": self.tr("not valid at departure"),
            "issued_too_early": self.tr("issued too early for the departure"),
            "missing_before_departure": self.tr("not there, departure soon"),
        }
        said = []
        for reason in state.reasons:
            if reason == "expires_soon" and state.days_left is not None:
                said.append(self.tr("expires in %n day(s)", "", state.days_left))
            elif reason in words:
                said.append(words[reason])
        if not said and state.level == "soon":
            said.append(self.tr("still to get"))
        if not said and state.level == "ok":
            said.append(self.tr("in order"))
        if state.level == "not_needed":
            said = [return_labels.label(status)]
        return f"{SYMBOL[state.level]} " + "; ".join(said)

    def level_of(self, row: int) -> str:
        return self.states[row].level
