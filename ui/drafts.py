"""Forms that never lose what was typed: one close path, drafts within seconds, Ctrl+S saves.

Every form of the app (editors and the small dialogs alike) is an `Editor`. However it
closes (Esc, Cancel, the window's close button, the lock, quitting, the session ending)
the window goes through `closeEvent`, which asks or keeps a draft: QDialog's own
reject()/done() would hide and delete the window without a close event, which is how
Esc once threw typing away and left the workspace holding a dead window.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar

from app.domain.ids import new_id
from app.services import drafts as draft_service
from app.store.store import Store
from ui.context import Context
from ui.crash import trace_of
from ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal, is_alive
from ui.session import Session
from ui.tasks import Failure
from ui.window_place import fit_on_screen

log = logging.getLogger(__name__)

# A draft is written this long after the last keystroke, so a crash or a power cut loses at
# most a few words; while typing goes on without a pause it is written at least every
# AUTOSAVE_MAX_MS. Each write is one small encrypted row, cheap enough at this pace.
AUTOSAVE_MS = 2_000
AUTOSAVE_MAX_MS = 10_000

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CloseMode(StrEnum):
    ASK = "ask"  # the person closes the form: unsaved changes? ask
    KEEP = "keep"  # lock, quit, session end, rebuild: keep the changes as a draft, do not ask
    DISCARD = "discard"  # saved, or "discard changes" chosen: the draft goes
    DROP = "drop"  # the device's data is being wiped: write nothing at all


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


class DraftChannel:
    """The writes of one form's draft, one after another, the latest winning.

    Tasks run on a pool of three threads in no fixed order: without this, the discard after a
    save could overtake an autosave still in flight, and the stale draft would come back.
    A plain object (not the widget), so a write finishing after the window is gone is safe.
    """

    def __init__(self, session: Session, key: str) -> None:
        self.session, self.key = session, key
        self.written: Callable[[], None] | None = None  # told after each write of a draft
        self._busy = False
        self._next: Callable[[Store], object] | None = None

    @property
    def idle(self) -> bool:
        return not self._busy and self._next is None

    def save(self, data: DraftData) -> None:
        def write(store: Store) -> object:
            return draft_service.save_draft(
                store,
                key=data.key,
                form=data.form,
                payload=data.payload,
                record_id=data.record_id,
                title=data.title,
            )

        self._submit(write)

    def discard(self) -> None:
        key = self.key
        self._submit(lambda store: draft_service.discard_draft(store, key=key))

    def _submit(self, write: Callable[[Store], object]) -> None:
        self._next = write
        if not self._busy:
            self._start()

    def _start(self) -> None:
        write, self._next = self._next, None
        if write is None or self.session.closed:
            return
        self._busy = True
        self.session.mutate(write, touches=("draft",), done=self._done, failed=self._failed)

    def _done(self, value: object) -> None:
        self._busy = False
        if isinstance(value, draft_service.Draft) and self.written is not None:
            self.written()
        self._start()

    def _failed(self, failure: Failure) -> None:
        # E.g. the record was erased meanwhile (drafts of erased records are refused on
        # purpose). Never the typed content in the log: only what went wrong.
        self._busy = False
        log.warning("draft not written: %s", type(failure.exception).__name__)
        self._start()


class Editor(QtWidgets.QDialog):
    """A form in its own window. Subclasses give `payload()`/`load_payload()` and `save()`.

    Enter never saves (a half-filled form was saved by Enter in a field); Ctrl+S does.
    """

    form: ClassVar[str]

    closed = Signal()  # exactly once, however the window closes
    saved = Signal(object)
    draft_saved = Signal()  # a draft of this form has reached the store

    def __init__(
        self, ctx: Context, *, draft_key: str | None = None, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft_key = draft_key or new_id()
        self.record_id: str | None = None
        self._dirty = False
        self._close_mode = CloseMode.ASK
        self._closed_told = False
        self.close_question: QtWidgets.QMessageBox | None = None
        self._drafts = DraftChannel(ctx.session, self.draft_key)
        self._drafts.written = self._tell_draft_saved
        self._placed = False
        self._open = True  # False from the close on (Qt deletes the window soon after)
        self.setModal(False)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self._autosave = QtCore.QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save_draft)
        self._unsaved_since = QtCore.QElapsedTimer()
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

    @classmethod
    def from_draft(cls, ctx: Context, draft: DraftData) -> "Editor":
        """The form again, filled from a draft (after the lock, from Today → Drafts)."""
        editor = cls(ctx, draft_key=draft.key)
        editor.record_id = draft.record_id
        editor.load_payload(draft.payload)
        editor.mark_dirty()
        return editor

    # -- dirty state and drafts --------------------------------------------------------

    def mark_dirty(self, *_: object) -> None:
        if not self._dirty:
            self._dirty = True
            self.setWindowModified(True)
        if not self._unsaved_since.isValid():
            self._unsaved_since.start()
        # Restarted by every change, unless typing has gone on so long without a pause that
        # the words since the last draft are worth keeping now.
        if not self._autosave.isActive() or self._unsaved_since.elapsed() < AUTOSAVE_MAX_MS:
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
        self._autosave.stop()
        self._unsaved_since.invalidate()
        data = self.draft()
        if data is not None:
            self._drafts.save(data)

    def finish_saved(self, value: object) -> None:
        """After a successful save: the draft is no longer needed and the window closes."""
        self._dirty = False
        self.saved.emit(value)
        self.close_with(CloseMode.DISCARD)

    # -- answers of background work ------------------------------------------------------

    def is_open(self) -> bool:
        # A parent going takes a form along without a close event: ask Qt too.
        return self._open and is_alive(self)

    def while_open(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        """`fn` for a task's answer, called only while the form is open: a load or save may
        answer after the window was closed, and Qt has deleted it by then."""

        def deliver(value: Any) -> None:
            if self.is_open():
                fn(value)

        return deliver

    def _tell_draft_saved(self) -> None:
        if self.is_open():
            self.draft_saved.emit()

    # -- closing: the one path -----------------------------------------------------------

    def close_with(self, mode: CloseMode) -> None:
        """Close now, deciding the unsaved changes as `mode` says (the lock: KEEP)."""
        self._close_mode = mode
        self.close()

    def close_keeping_draft(self) -> None:
        self.close_with(CloseMode.KEEP)

    def reject(self) -> None:  # Qt override: Esc and Cancel
        self.close()

    def done(self, result: int) -> None:  # Qt override: accept() and reject() end here
        self.setResult(result)
        self.close()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # Qt override keeps Qt casing
        mode = self._close_mode
        if mode == CloseMode.ASK and self._dirty:
            event.ignore()
            self._ask_on_close()
            return
        try:
            self._settle(mode)
        except Exception as exc:  # the window closes whatever a form's own code raises
            log.error("form %s: closing: %s\n%s", self.form, type(exc).__name__, trace_of(exc))
        self._open = False
        if not self._closed_told:
            self._closed_told = True
            self.closed.emit()
        event.accept()

    def _settle(self, mode: CloseMode) -> None:
        """The unsaved changes as `mode` says, before the window goes."""
        self._autosave.stop()
        self._drafts.written = None
        if self.close_question is not None:
            self.close_question.done(0)
        if mode == CloseMode.KEEP:
            self.save_draft()
        elif mode == CloseMode.DISCARD:
            self._drafts.discard()

    def _ask_on_close(self) -> None:
        """Keep as draft, discard, or stay; asked without a nested event loop, so that the lock
        can close the form while the question is open."""
        if self.close_question is not None:
            self.close_question.raise_()
            return

        # The base class's own context, spelled out so that lupdate files the texts under it
        # (self.tr would look under each subclass's name; a helper hid them from lupdate, and
        # the German question came up in English).
        box = QtWidgets.QMessageBox(self)
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle(QtCore.QCoreApplication.translate("Editor", "Unsaved changes"))
        # The buttons say what they do: keeping a draft is not saving the record, and a plain
        # "Save" here was read as the latter.
        box.setText(
            QtCore.QCoreApplication.translate(
                "Editor",
                "This form has changes that are not saved yet. Keep them as a draft to "
                "finish later (under Today → Drafts), or discard them?",
            )
        )
        keep = box.addButton(
            QtCore.QCoreApplication.translate("Editor", "&Keep as draft"),
            QtWidgets.QMessageBox.ButtonRole.AcceptRole,
        )
        discard = box.addButton(
            QtCore.QCoreApplication.translate("Editor", "&Discard changes"),
            QtWidgets.QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        choices = {id(keep): CloseMode.KEEP, id(discard): CloseMode.DISCARD}

        def answered(_result: int) -> None:
            self.close_question = None
            clicked = box.clickedButton()
            choice = choices.get(id(clicked)) if clicked is not None else None
            if choice is not None and not self._closed_told:
                self.close_with(choice)

        box.finished.connect(answered)
        self.close_question = box
        box.open()

    # -- keys and windowing ---------------------------------------------------------------

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # Qt override keeps Qt casing
        # Enter in a field must not save half a form (QDialog would press the default button);
        # Ctrl+S saves. A focused button still takes Enter itself before it arrives here.
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() in ENTER and plain == Qt.KeyboardModifier.NoModifier:
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QtCore.QEvent) -> None:  # Qt override keeps Qt casing
        # Leaving the window (another window, another program) writes the draft at once.
        if (
            event.type() == QtCore.QEvent.Type.ActivationChange
            and not self.isActiveWindow()
            and self._autosave.isActive()
        ):
            self.save_draft()
        super().changeEvent(event)

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # Qt override keeps Qt casing
        if not self._placed:
            self._placed = True
            fit_on_screen(self)  # a form taller than a small or scaled screen still fits
        super().showEvent(event)
