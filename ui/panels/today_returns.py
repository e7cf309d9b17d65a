"""Today's lists of the return process: documents expiring and departures in the next 14 days,
information requests past their answer date, contacts after the return that are due.

Each row opens its case, as the follow-up lists do; each box says in its title how many.
"""

from collections.abc import Callable

from app.domain.returns.codes import ContactBy, ContactMode, InformationTopic
from app.services.returns.today import DAYS, Item, ReturnsToday
from ui import i18n
from ui.panels.today_list import TodayList
from ui.qt import QtCore, QtGui, QtWidgets, Signal, is_alive
from ui.reference_labels import country_name
from ui.return_labels import code_label, document_name

OVERDUE = QtGui.QColor("#b3261e")


class ReturnFeeds(QtCore.QObject):
    """The four lists, each in its titled box; Today places the boxes among its own.

    `activated` carries the row's item like TodayList's.
    """

    activated = Signal(object, int)  # QTreeWidgetItem, column

    def __init__(self, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.documents = TodayList(
            self.tr("Documents expiring within {0} days").format(DAYS),
            (self.tr("Valid until"), self.tr("Document"), self.tr("Case"), self.tr("Who")),
            parent,
        )
        self.departures = TodayList(
            self.tr("Departures in the next {0} days").format(DAYS),
            (self.tr("Planned on"), self.tr("Who"), self.tr("Case")),
            parent,
            cap_last=False,
        )
        self.requests = TodayList(
            self.tr("Information requests overdue"),
            (self.tr("Answer due"), self.tr("Topic"), self.tr("Case"), self.tr("Country")),
            parent,
        )
        self.contacts = TodayList(
            self.tr("Contacts after return due"),
            (self.tr("Due"), self.tr("How"), self.tr("Case"), self.tr("By")),
            parent,
        )
        # Mnemonics apart from Today's own (O, D, R, F).
        self._titles = {
            self.documents: self.tr("Documents e&xpiring"),
            self.departures: self.tr("Dep&artures"),
            self.requests: self.tr("Information re&quests overdue"),
            self.contacts: self.tr("Contacts after re&turn"),
        }
        self.boxes: dict[TodayList, QtWidgets.QGroupBox] = {}
        for widget, title in self._titles.items():
            widget.itemActivated.connect(self.activated.emit)
            # The title's mnemonic moves into the list (see TodayPanel._boxed).
            box = QtWidgets.QGroupBox(title, parent)
            QtWidgets.QVBoxLayout(box).addWidget(widget)
            self.boxes[widget] = box

    def lists(self) -> tuple[TodayList, ...]:
        return (self.documents, self.departures, self.requests, self.contacts)

    def show_view(self, view: ReturnsToday) -> None:
        if not is_alive(self):
            return  # the screen went while the lists were read (a test's teardown)
        self._fill(
            self.documents,
            view.documents_expiring,
            lambda i: (
                i18n.format_date(i.record.valid_until),
                document_name(i.record.document_type),
                i.case_reference,
                i.household_label,
            ),
            self.tr("No document expires soon"),
        )
        self._fill(
            self.departures,
            view.departures,
            lambda i: (i18n.format_date(i.record.planned_on), i.household_label, i.case_reference),
            self.tr("No departure planned"),
        )
        self._fill(
            self.requests,
            view.requests_overdue,
            lambda i: (
                i18n.format_date(i.record.answer_due_on),
                code_label(InformationTopic, i.record.topic),
                i.case_reference,
                country_name(i.record.country),
            ),
            self.tr("No request overdue"),
            overdue=True,
        )
        self._fill(
            self.contacts,
            view.follow_ups_due,
            lambda i: (
                i18n.format_date(i.record.due_on),
                code_label(ContactMode, i.record.mode),
                i.case_reference,
                code_label(ContactBy, i.record.by),
            ),
            self.tr("No contact due"),
        )

    def _fill(
        self,
        widget: TodayList,
        items: list[Item],
        cells: Callable[[Item], tuple[str, ...]],
        empty: str,
        *,
        overdue: bool = False,
    ) -> None:
        widget.clear()
        for item in items:
            columns = cells(item)
            entry = widget.add(columns, ("case", item.record.case_id))
            if overdue:
                for column in range(len(columns)):
                    entry.setForeground(column, QtGui.QBrush(OVERDUE))
        if not items:
            widget.empty(empty)
        title = self._titles[widget]  # with its mnemonic
        self.boxes[widget].setTitle(self.tr("{0} ({1})").format(title, len(items)))
        widget.fit_columns()
