"""Merging from the person view (leads and admins): pick the other person or household, confirm.

The one on screen is offered as the one that stays (the lead is looking at it, and usually
found the double while working on it); the merge dialog can swap them. The pickers are the ones
the household tab uses to add a person and the person form to join a household, so finding the
other record works the same everywhere. The server accepts merges only from leads and admins,
so the action is not built for counsellors at all.
"""

from collections.abc import Callable

from app.store.store import Store
from ui.context import Context
from ui.editors.person_household import household_hits
from ui.panels.merge_dialog import MergeDialog
from ui.qt import Qt, QtCore, QtWidgets, Signal
from ui.widgets.record_picker import Hit, RecordPicker, Search, open_picker


def without(search: Callable[[Store, str], list[Hit]], record_id: str) -> Search:
    """The picker's search minus the record on screen: nothing merges with itself."""

    def hits(store: Store, text: str) -> list[Hit]:
        return [hit for hit in search(store, text) if hit[0] != record_id]

    return hits


class MergeAction(QtCore.QObject):
    """Pick the other record for `entity` ("person" or "household"), then open the dialog."""

    merged = Signal(str)  # the survivor's id

    def __init__(self, ctx: Context, entity: str, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.entity, self.widget = ctx, entity, parent
        self.picker: RecordPicker | None = None
        self.dialog: MergeDialog | None = None

    def start(self, record_id: str, name: str) -> None:
        from ui.panels.person_sections import person_hits

        if self.entity == "household":
            title = self.tr("Merge the household {0} with another").format(name)
            prompt = self.tr("&Household label or a member's name:")
            search = without(household_hits, record_id)
        else:
            title = self.tr("Merge {0} with another person").format(name)
            prompt = self.tr("&Name:")
            search = without(person_hits, record_id)
        self.picker = open_picker(
            self.ctx,
            self.widget,
            title=title,
            prompt=prompt,
            search=search,
            chosen=lambda other, _name: self.confirm(record_id, other),
        )

    def confirm(self, stays: str, other: str) -> None:
        self.picker = None
        dialog = MergeDialog(self.ctx, stays, other, self.widget, entity=self.entity)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def _merged(self, survivor: str) -> None:
        self.merged.emit(survivor)
