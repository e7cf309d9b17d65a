"""The person view's information requests (ZIRF-style): what was asked about the country of
return, by when the answer is due, and what came back; overdue ones in red, as on Today."""

from datetime import date
from typing import TYPE_CHECKING

from app.domain.returns.codes import InformationTopic
from app.domain.returns.information import InformationRequest
from app.services.returns.return_file import ReturnFile
from ui.i18n import format_date
from ui.panels.person_sections import fill_table, make_table, preview
from ui.panels.return_records import ReturnRecordsSection
from ui.qt import QtGui, QtWidgets
from ui.reference_labels import country_name
from ui.return_labels import code_label

if TYPE_CHECKING:
    from ui.editors.information_request import InformationRequestEditor

OVERDUE = QtGui.QColor("#b00020")


def is_overdue(request: InformationRequest, today: date) -> bool:
    """As Today counts it: unanswered past the day the answer was due."""
    due = request.answer_due_on
    return request.answered_on is None and due is not None and due < today


class InformationRequestsSection(ReturnRecordsSection):
    def build(self) -> None:
        headers = [
            self.tr("Topic"),
            self.tr("Country"),
            self.tr("Asked on"),
            self.tr("Answer due"),
            self.tr("Answered on"),
            self.tr("Summary"),
        ]
        self.table = make_table(self, "information_requests", headers, (200, 130, 90, 90, 90))
        self.table.setAccessibleName(self.tr("Information requests"))
        self.new_button = QtWidgets.QPushButton(self.tr("Ne&w request…"), self)
        self.edit_button = QtWidgets.QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected request (Enter)"))
        self._count = 0

    def editor_type(self) -> "type[InformationRequestEditor]":
        from ui.editors.information_request import InformationRequestEditor

        return InformationRequestEditor

    def show_files(self, files: dict[str, ReturnFile]) -> None:
        shown = [r for f in self.in_order() for r in f.information_requests]
        self._count = len(shown)
        fill_table(
            self.table,
            [
                (
                    r.id,
                    (
                        code_label(InformationTopic, r.topic),
                        country_name(r.country),
                        format_date(r.asked_on),
                        format_date(r.answer_due_on),
                        format_date(r.answered_on),
                        preview(r.summary),
                    ),
                )
                for r in shown
            ],
        )
        today = date.today()
        for row, request in enumerate(shown):
            if is_overdue(request, today):
                for column in range(self.table.columnCount()):
                    item = self.table.item(row, column)
                    if item is not None:
                        item.setForeground(OVERDUE)
                        item.setToolTip(self.tr("The answer is overdue"))

    def count(self) -> int:
        return self._count
