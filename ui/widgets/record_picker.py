"""A small search-and-pick window: type, arrow down, Enter (a household to join, a person to add).

Not a form (it holds nothing worth a draft): opened with `open()`, so it never runs an event
loop of its own and the lock closes it like any dialog.
"""

from collections.abc import Callable, Sequence
from typing import Any

from app.store.store import Store
from ui.context import Context
from ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal
from ui.tasks import Failure

SEARCH_DELAY_MS = 150

# Per hit: record id, the text shown in the list, the name the chooser gets back.
Hit = tuple[str, str, str]
Search = Callable[[Store, str], Sequence[Hit]]


class RecordPicker(QtWidgets.QDialog):
    chosen = Signal(str, str)  # record id, its name
    searched = Signal()  # hits arrived (tests and screen readers wait on it)

    def __init__(
        self,
        ctx: Context,
        *,
        title: str,
        prompt: str,
        search: Search,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self._search = ctx, search
        self._asked = 0  # answers of earlier searches are dropped
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.filter_edit = QtWidgets.QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        label = QtWidgets.QLabel(prompt, self)
        label.setBuddy(self.filter_edit)
        self.filter_edit.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        self.list = QtWidgets.QListWidget(self)
        self.list.setAccessibleName(title)
        self.list.itemActivated.connect(self.on_list_item_activated)
        self.status = QtWidgets.QLabel(self)
        self._debounce = QtCore.QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.filter_edit.textChanged.connect(lambda _: self._debounce.start())
        self.filter_edit.installEventFilter(self)
        box = QtWidgets.QDialogButtonBox(self)
        self.choose_button = box.addButton(
            self.tr("&Choose"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        box.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        box.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(box)
        self.resize(460, 360)

    def run_search(self) -> None:
        self._debounce.stop()
        text = self.filter_edit.text().strip()
        self._asked += 1
        asked, search = self._asked, self._search
        if not text:
            self._show(asked, [])
            return
        self.ctx.session.query(
            lambda store: search(store, text),
            done=lambda hits: self._show(asked, hits),
            failed=self._failed,
        )

    def _show(self, asked: int, hits: Sequence[Hit]) -> None:
        if asked != self._asked or not self.isVisible():
            return
        self.list.clear()
        for record_id, text, name in hits:
            item = QtWidgets.QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (record_id, name))
            self.list.addItem(item)
        if hits:
            self.list.setCurrentRow(0)
        typed = bool(self.filter_edit.text().strip())
        self.status.setText("" if hits or not typed else self.tr("Nothing found."))
        self.searched.emit()

    def _failed(self, failure: Failure) -> None:
        if self.isVisible():
            self.status.setText(self.tr("internal error") if failure.is_bug else failure.message)

    def _choose(self, item: QtWidgets.QListWidgetItem | None) -> None:
        if item is None:
            return
        record_id, name = item.data(Qt.ItemDataRole.UserRole)
        self.chosen.emit(record_id, name)
        self.accept()

    def on_list_item_activated(self, item: QtWidgets.QListWidgetItem) -> None:
        self._choose(item)

    def on_choose_button_clicked(self) -> None:
        self._choose(self.list.currentItem())

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # Qt casing
        # Down and Up move in the list while typing goes on in the search; Enter chooses.
        if (
            watched is self.filter_edit
            and isinstance(event, QtGui.QKeyEvent)
            and event.type() == QtCore.QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.list.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._debounce.isActive():
                    self.run_search()  # Enter straight after typing: search first
                else:
                    self._choose(self.list.currentItem())
                return True
        return super().eventFilter(watched, event)


def open_picker(
    ctx: Context,
    parent: QtWidgets.QWidget,
    *,
    title: str,
    prompt: str,
    search: Search,
    chosen: Callable[[str, str], Any],
) -> RecordPicker:
    picker = RecordPicker(ctx, title=title, prompt=prompt, search=search, parent=parent)
    picker.chosen.connect(chosen)
    picker.open()
    picker.filter_edit.setFocus()
    return picker
