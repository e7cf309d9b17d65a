"""Merge two persons (or two households) who are one: both records side by side, which one
stays, then merge.

Opened from Admin › Possible duplicates and from the person view (a person, or the household
in its Household tab). The lead sees every field of both records, in the words the person view
uses (ui/field_values.py), and what the one that stays will hold; values it does not take stay
on the merged record and travel to the team as conflicts of the survivor, so deciding here
loses nothing (services/merging.py). The dialog is window-modal and opened with `open()`, not
`exec()`: the lock closes it like any pop-up without a nested event loop.
"""

from dataclasses import dataclass
from functools import partial

from app.domain.field_labels import entity_label, field_label
from app.domain.people import Household, Person
from app.domain.registry import referrers
from app.errors import UserError
from app.services import merging, records
from app.services.listing import display_name
from app.store.store import Store
from ui.context import Context
from ui.field_values import referenced_entity, value_text
from ui.qt import Qt, QtWidgets, Signal
from ui.reference_labels import display_language
from ui.tasks import Failure

# Everything a merge can change on screen: the pair, and what named the duplicate (also the
# return process's records of a person, which a hand-kept list had missed).
TOUCHES = tuple(
    dict.fromkeys(
        entity
        for merged in merging.MERGEABLE
        for entity in (merged, *(other for other, _ in referrers(merged)))
    )
)


@dataclass(frozen=True)
class ShownPlan:
    """The plan, and the names of the records its fields name by id (a person's household)."""

    plan: merging.MergePlan
    names: dict[str, str]


def record_name(store: Store, entity: str, record_id: str) -> str:
    """How the person view names a record another one points to; its id if it cannot be read."""
    try:
        found = records.get(store, entity=entity, record_id=record_id, audit=False)
    except UserError:
        return record_id
    if isinstance(found, Household):
        return found.label
    if isinstance(found, Person):
        return display_name(found.family_name, found.given_names) or record_id
    return record_id


def shown_plan(store: Store, *, entity: str, duplicate_id: str, survivor_id: str) -> ShownPlan:
    found = merging.plan(store, entity=entity, duplicate_id=duplicate_id, survivor_id=survivor_id)
    names: dict[str, str] = {}
    for item in found.fields:
        target = referenced_entity(entity, item.name)
        if target is None:
            continue
        for value in (item.survivor, item.duplicate, item.result):
            for record_id in value if isinstance(value, list) else [value]:
                if isinstance(record_id, str) and record_id not in names:
                    names[record_id] = record_name(store, target, record_id)
    return ShownPlan(found, names)


class MergeDialog(QtWidgets.QDialog):
    """Confirm a merge of `first` and `second` (persons, or households with
    entity="household"); `first` stays unless the lead swaps them."""

    merged = Signal(str)  # the survivor's id
    planned = Signal()
    failed = Signal(str)

    def __init__(
        self,
        ctx: Context,
        first: str,
        second: str,
        parent: QtWidgets.QWidget | None = None,
        *,
        entity: str = "person",
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entity = entity
        self.survivor, self.duplicate = first, second
        self.plan: merging.MergePlan | None = None
        households = entity == "household"
        self.setWindowTitle(
            self.tr("Merge two households") if households else self.tr("Merge two persons")
        )
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = QtWidgets.QLabel(
            self.tr(
                "The household on the left stays. The members of the household on the right "
                "join it, and its cases move to it; fields the left one lacks are taken from "
                "the right. Values that differ stay on the merged record and are kept as "
                "conflicts, so nothing is lost. Other devices take the merge with their next "
                "sync."
            )
            if households
            else self.tr(
                "The person on the left stays. Everything recorded for the person on the "
                "right moves to them; fields the left one lacks are taken from the right. "
                "Values that differ stay on the merged record and are kept as conflicts, so "
                "nothing is lost. Other devices take the merge with their next sync."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QtWidgets.QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Both records side by side"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setHeaderLabels(
            [self.tr("Field"), self.tr("Stays"), self.tr("Merged into it"), self.tr("After")]
        )
        self.moving = QtWidgets.QLabel(self)
        self.problem = QtWidgets.QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.swap_button = QtWidgets.QPushButton(
            self.tr("S&wap: keep the other household")
            if households
            else self.tr("S&wap: keep the other one"),
            self,
        )
        self.merge_button = QtWidgets.QPushButton(self.tr("&Merge"), self)
        self.cancel_button = QtWidgets.QPushButton(self.tr("Cancel"), self)
        self.merge_button.setEnabled(False)
        self.swap_button.clicked.connect(self.on_swap_clicked)
        self.merge_button.clicked.connect(self.on_merge_clicked)
        self.cancel_button.clicked.connect(self.close)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.cancel_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.moving)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        self.resize(760, 360 if households else 520)  # a household has two fields
        self.load()

    def load(self) -> None:
        self.merge_button.setEnabled(False)
        fn = partial(
            shown_plan, entity=self.entity, duplicate_id=self.duplicate, survivor_id=self.survivor
        )
        self.ctx.session.query(fn, done=self._show, failed=self._failed)

    def _show(self, shown: ShownPlan) -> None:
        plan, names = shown.plan, shown.names
        self.plan = plan
        self.table.clear()
        language = display_language()
        for item in plan.fields:
            row = QtWidgets.QTreeWidgetItem(
                [
                    field_label(self.entity, item.name, language),
                    *(
                        value_text(self.entity, item.name, value, names)
                        for value in (item.survivor, item.duplicate, item.result)
                    ),
                ]
            )
            if item.differs:
                font = row.font(0)
                font.setBold(True)
                row.setFont(0, font)
            self.table.addTopLevelItem(row)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        self._fit_width()
        count = sum(plan.moving.values())
        moving = (
            self.tr("%n record(s) move to the household that stays.", "", count)
            if self.entity == "household"
            else self.tr("%n record(s) move to the person who stays.", "", count)
        )
        # Which kinds move (a household's members above all), so the lead sees who joins.
        kinds = ", ".join(
            f"{entity_label(kind, language)}: {number}"
            for kind, number in sorted(plan.moving.items())
            if number
        )
        self.moving.setText(f"{moving.rstrip('.')} ({kinds})." if kinds else moving)
        self.problem.hide()
        self.merge_button.setEnabled(True)
        self.merge_button.setDefault(True)
        self.planned.emit()

    def _fit_width(self) -> None:
        """Wide enough for all four columns (long German labels, three language names), so
        "After" is never cut off; no wider than the screen."""
        header = self.table.header()
        columns = sum(header.sectionSize(c) for c in range(self.table.columnCount()))
        scroll = self.table.verticalScrollBar().sizeHint().width()
        margins = self.layout().contentsMargins()
        wanted = (
            columns + 2 * self.table.frameWidth() + scroll + margins.left() + margins.right() + 8
        )
        screen = self.screen().availableGeometry().width() if self.screen() else wanted
        width = min(max(self.width(), wanted), int(screen * 0.95))
        if width != self.width():
            self.resize(width, self.height())

    def _failed(self, failure: Failure) -> None:
        message = self.tr("internal error") if failure.is_bug else failure.message
        self.problem.setText(self.tr("Cannot merge: {0}").format(message))
        self.problem.show()
        self.merge_button.setEnabled(False)
        self.failed.emit(message)

    def on_swap_clicked(self) -> None:
        self.survivor, self.duplicate = self.duplicate, self.survivor
        self.load()

    def on_merge_clicked(self) -> None:
        if self.plan is None:
            return
        self.merge_button.setEnabled(False)
        self.swap_button.setEnabled(False)
        entity, survivor, duplicate = self.entity, self.survivor, self.duplicate
        self.ctx.session.mutate(
            lambda store: merging.merge(
                store, entity=entity, duplicate_id=duplicate, survivor_id=survivor
            ),
            touches=TOUCHES,
            done=lambda _: self._done(survivor),
            failed=self._failed,
        )

    def _done(self, survivor: str) -> None:
        self.merged.emit(survivor)
        self.close()
