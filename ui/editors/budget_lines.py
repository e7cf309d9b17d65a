"""The budget lines a reintegration measure is paid from: the case's support payments, ticked.

The payments arrive after the form opens (one more read); ids wanted before then (a draft, the
stored measure) are kept and ticked on arrival, and a line no longer on file stays ticked as
itself, so saving never drops a link the person did not untick.
"""

from collections.abc import Sequence

from app.domain.returns.support import SupportPayment
from ui import return_labels
from ui.i18n import format_money
from ui.qt import Qt, QtCore, QtWidgets, Signal


def line_text(p: SupportPayment) -> str:
    parts = [return_labels.label(p.component)]
    if p.instalment > 1:
        parts.append(
            QtCore.QCoreApplication.translate("BudgetLines", "instalment {0}").format(p.instalment)
        )
    parts.append(return_labels.label(p.status))
    if p.amount_cents is not None:
        parts.append(format_money(p.amount_cents))
    return ", ".join(parts)


class BudgetLines(QtWidgets.QListWidget):
    changed = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._wanted: list[str] = []
        self._arrived = False
        self._filling = False
        self.setMaximumHeight(120)
        self.itemChanged.connect(self.on_item_changed)

    def set_payments(self, payments: Sequence[SupportPayment]) -> None:
        self._filling = True
        try:
            self.clear()
            known = set()
            for p in payments:
                self._add(p.id, line_text(p))
                known.add(p.id)
            for missing in (i for i in self._wanted if i not in known):
                self._add(
                    missing,
                    QtCore.QCoreApplication.translate("BudgetLines", "(payment not on file)"),
                )
            self._arrived = True
            self._tick(self._wanted)
        finally:
            self._filling = False

    def _add(self, payment_id: str, text: str) -> None:
        item = QtWidgets.QListWidgetItem(text, self)
        item.setData(Qt.ItemDataRole.UserRole, payment_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)

    def _tick(self, ids: Sequence[str]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            on = item.data(Qt.ItemDataRole.UserRole) in ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def payment_ids(self) -> list[str]:
        if not self._arrived:
            return list(self._wanted)
        return [
            str(self.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.count())
            if self.item(r).checkState() == Qt.CheckState.Checked
        ]

    def set_payment_ids(self, ids: Sequence[str]) -> None:
        self._wanted = [str(i) for i in ids]
        if self._arrived:
            self._filling = True
            try:
                known = {self.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.count())}
                for missing in (i for i in self._wanted if i not in known):
                    self._add(
                        missing,
                        QtCore.QCoreApplication.translate("BudgetLines", "(payment not on file)"),
                    )
                self._tick(self._wanted)
            finally:
                self._filling = False

    def on_item_changed(self, _item: QtWidgets.QListWidgetItem) -> None:
        if not self._filling:
            self._wanted = self.payment_ids()
            self.changed.emit()
