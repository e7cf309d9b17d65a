"""Editors that never lose what was typed: autosaved as encrypted drafts, restored after a lock or crash."""

import logging
from dataclasses import dataclass, field
from typing import Any, ClassVar

from app.domain.ids import new_id
from app.services import drafts as draft_service
from ui.context import Context
from ui.qt import QtCore, QtGui, QtWidgets, Signal

log = logging.getLogger(__name__)

AUTOSAVE_MS = 15_000


@dataclass(frozen=True)
class DraftData:
    key: str
    form: str
    payload: dict[str, Any] = field(default_factory=dict)
    record_id: str | None = None
    title: str = ""

    @classmethod
    def of(cls, stored: draft_service.Draft) -> "DraftData":
        """A draft as the store keeps it, to reopen its editor."""
        return cls(stored.key, stored.form, stored.payload, stored.record_id, stored.title)


class Editor(QtWidgets.QDialog):
    """A form in its own window. Subclasses give `payload()`/`load_payload()` and `save()`."""

    form: ClassVar[str]

    closed = Signal()
    saved = Signal(object)

    def __init__(
        self, ctx: Context, *, draft_key: str | None = None, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft_key = draft_key or new_id()
        self.record_id: str | None = None
        self._dirty = False
        self._discarding = False
        self.setModal(False)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self._autosave = QtCore.QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Save, self, self.save)

    # -- subclasses -----------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        raise NotImplementedError

    def load_payload(self, payload: dict[str, Any]) -> None:
        raise NotImplementedError

    def draft_title(self) -> str:
        return self.windowTitle()

    def save(self) -> None:
        raise NotImplementedError

    # -- dirty state and drafts --------------------------------------------------------

    def mark_dirty(self, *_: object) -> None:
        if not self._dirty:
            self._dirty = True
            self.setWindowModified(True)
        self._autosave.start()

    @property
    def dirty(self) -> bool:
        return self._dirty

    def draft(self) -> DraftData | None:
        if not self._dirty:
            return None
        return DraftData(
            key=self.draft_key,
            form=self.form,
            payload=self.payload(),
            record_id=self.record_id,
            title=self.draft_title(),
        )

    def save_draft(self) -> None:
        data = self.draft()
        if data is None:
            return
        self.ctx.session.mutate(
            lambda store: draft_service.save_draft(
                store,
                key=data.key,
                form=data.form,
                payload=data.payload,
                record_id=data.record_id,
                title=data.title,
            ),
            touches=("draft",),
        )

    def finish_saved(self, value: object) -> None:
        """After a successful save: the draft is no longer needed and the window closes."""
        self._dirty = False
        self._autosave.stop()
        key = self.draft_key
        self.ctx.session.mutate(
            lambda store: draft_service.discard_draft(store, key=key), touches=("draft",)
        )
        self.saved.emit(value)
        self.close()

    def discard_silently(self) -> None:
        """Close without asking: the lock has already kept the draft."""
        self._discarding = True
        self._autosave.stop()
        self.close()

    def _ask_on_close(self) -> str:
        """ "draft", "discard" or "cancel". The buttons say what they do: keeping a draft is
        not saving the record, and a plain "Save" here was read as the latter."""

        def tr(text: str) -> str:
            # The base class's own context: self.tr would look under each subclass's name.
            return QtCore.QCoreApplication.translate("Editor", text)

        box = QtWidgets.QMessageBox(self)
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Unsaved changes"))
        box.setText(
            tr(
                "This form has changes that are not saved yet. Keep them as a draft to "
                "finish later (under Today → Drafts), or discard them?"
            )
        )
        keep = box.addButton(tr("&Keep as draft"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(
            tr("&Discard changes"), QtWidgets.QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return "draft"
        if clicked is discard:
            return "discard"
        return "cancel"

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # Qt override keeps Qt casing
        if self._dirty and not self._discarding:
            choice = self._ask_on_close()
            if choice == "cancel":
                event.ignore()
                return
            if choice == "draft":
                self.save_draft()
            else:
                key = self.draft_key
                self.ctx.session.mutate(
                    lambda store: draft_service.discard_draft(store, key=key), touches=("draft",)
                )
        self._autosave.stop()
        self.closed.emit()
        event.accept()
