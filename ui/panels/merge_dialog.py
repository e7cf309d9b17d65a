"""Merge two persons who are one: both records side by side, which one stays, then merge.

Opened from Admin › Possible duplicates. The lead sees every field of both records and what
the one that stays will hold; values it does not take stay on the merged record and travel to
the team as conflicts of the survivor, so deciding here loses nothing (services/merging.py).
The dialog is window-modal and opened with `open()`, not `exec()`: the lock closes it like any
pop-up without a nested event loop.
"""

import json
from functools import partial
from typing import Any

from app.domain.field_labels import field_label
from app.services import merging
from ui.context import Context
from ui.qt import Qt, QtWidgets, Signal
from ui.reference_labels import display_language
from ui.tasks import Failure

# Everything a merge can change on screen: the pair, and what named the duplicate.
TOUCHES = ("person", "household", "case", "consultation", "vulnerability", "consent")


def shown(value: Any) -> str:
    if value is None or value == []:
        return "–"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "✓" if value else "–"
    return value if isinstance(value, str) else json.dumps(value)


class MergeDialog(QtWidgets.QDialog):
    """Confirm a merge of `first` and `second`; `first` stays unless the lead swaps them."""

    merged = Signal(str)  # the survivor's id
    planned = Signal()
    failed = Signal(str)

    def __init__(
        self, ctx: Context, first: str, second: str, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.survivor, self.duplicate = first, second
        self.plan: merging.MergePlan | None = None
        self.setWindowTitle(self.tr("Merge two persons"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = QtWidgets.QLabel(
            self.tr(
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
        self.swap_button = QtWidgets.QPushButton(self.tr("S&wap: keep the other one"), self)
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
        self.resize(760, 520)
        self.load()

    def load(self) -> None:
        self.merge_button.setEnabled(False)
        fn = partial(
            merging.plan, entity="person", duplicate_id=self.duplicate, survivor_id=self.survivor
        )
        self.ctx.session.query(fn, done=self._show, failed=self._failed)

    def _show(self, plan: merging.MergePlan) -> None:
        self.plan = plan
        self.table.clear()
        language = display_language()
        for item in plan.fields:
            row = QtWidgets.QTreeWidgetItem(
                [
                    field_label("person", item.name, language),
                    shown(item.survivor),
                    shown(item.duplicate),
                    shown(item.result),
                ]
            )
            if item.differs:
                font = row.font(0)
                font.setBold(True)
                row.setFont(0, font)
            self.table.addTopLevelItem(row)
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
        count = sum(plan.moving.values())
        self.moving.setText(self.tr("%n record(s) move to the person who stays.", "", count))
        self.problem.hide()
        self.merge_button.setEnabled(True)
        self.merge_button.setDefault(True)
        self.planned.emit()

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
        survivor, duplicate = self.survivor, self.duplicate
        self.ctx.session.mutate(
            lambda store: merging.merge(
                store, entity="person", duplicate_id=duplicate, survivor_id=survivor
            ),
            touches=TOUCHES,
            done=lambda _: self._done(survivor),
            failed=self._failed,
        )

    def _done(self, survivor: str) -> None:
        self.merged.emit(survivor)
        self.close()
