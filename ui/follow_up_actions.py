"""Done, done with an outcome note, undo and reassign: the same for every screen that lists
follow-ups (Follow-ups, the person view's case follow-ups, Today).

Each is an ordinary edit through the session, so it syncs like any other. After "done" the
screen's undo bar offers to take it back (Ctrl+Z or its button): the follow-up is open again,
without a done date, with the note it had before.
"""

from collections.abc import Callable
from typing import Any

from app.domain.casework import FollowUp
from app.domain.enums import FollowUpStatus
from app.services import follow_ups
from ui.context import Context
from ui.qt import QObject, Qt, QtWidgets, Signal
from ui.tasks import Failure
from ui.widgets.undo_bar import UndoBar

TOUCHES = ("follow_up",)


class FollowUpActions(QObject):
    done = Signal(object)  # the FollowUp as it is now
    undone = Signal(object)
    reassigned = Signal(object)
    failed = Signal(object)  # Failure
    busy_changed = Signal(bool)

    def __init__(self, ctx: Context, host: QtWidgets.QWidget, bar: UndoBar) -> None:
        super().__init__(host)
        self.ctx = ctx
        self.bar = bar  # the host is the Qt parent: no Python reference back to the screen
        self.busy = False
        self._last: FollowUp | None = None  # as it was before the last "done"
        self.dialog: QtWidgets.QDialog | None = None  # the one open now (tests reach it here)
        bar.undo_requested.connect(self.undo)
        # A result may arrive after the screen is gone (locked meanwhile): then it is dropped.
        alive = self._alive = [True]
        host.destroyed.connect(lambda *_: alive.__setitem__(0, False))

    # -- done ---------------------------------------------------------------------------

    def mark_done(self, follow_up: FollowUp, *, note: str = "") -> None:
        if self.busy or follow_up.status != FollowUpStatus.open:
            return
        before, follow_up_id = follow_up, follow_up.id
        self._start()
        self.ctx.session.mutate(
            lambda store: follow_ups.complete(store, follow_up_id=follow_up_id, outcome_note=note),
            touches=TOUCHES,
            done=self._while_alive(lambda now: self._done(before, now)),
            failed=self._while_alive(self._failed),
        )

    def ask_outcome(self, follow_up: FollowUp) -> None:
        """The outcome note first, then done (nothing happens on Esc)."""
        if self.busy or follow_up.status != FollowUpStatus.open:
            return
        from ui.editors.follow_up_outcome import OutcomeDialog

        dialog = OutcomeDialog(follow_up, self._host())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(lambda note: self.mark_done(follow_up, note=note))
        self.dialog = dialog
        dialog.open()

    def _done(self, before: FollowUp, now: FollowUp) -> None:
        self._last = before
        self._stop()
        self.bar.offer(self.tr("“{0}” marked as done.").format(now.title))
        self.done.emit(now)

    # -- undo ---------------------------------------------------------------------------

    def undo(self) -> None:
        before = self._last
        if before is None or self.busy:
            return
        self._last = None
        follow_up_id, note = before.id, before.outcome_note
        self._start()
        self.ctx.session.mutate(
            lambda store: follow_ups.reopen(store, follow_up_id=follow_up_id, outcome_note=note),
            touches=TOUCHES,
            done=self._while_alive(self._undone),
            failed=self._while_alive(self._failed),
        )

    def _undone(self, now: FollowUp) -> None:
        self._stop()
        self.bar.inform(self.tr("“{0}” is open again.").format(now.title))
        self.undone.emit(now)

    # -- reassign -----------------------------------------------------------------------

    def reassign(self, follow_up: FollowUp) -> None:
        if self.busy:
            return
        from ui.editors.follow_up_reassign import ReassignDialog

        dialog = ReassignDialog(self.ctx, follow_up, self._host())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(lambda username: self._reassign(follow_up, username))
        self.dialog = dialog
        dialog.open()

    def _reassign(self, follow_up: FollowUp, username: str) -> None:
        follow_up_id = follow_up.id
        self._start()
        self.ctx.session.mutate(
            lambda store: follow_ups.reassign(store, follow_up_id=follow_up_id, assignee=username),
            touches=TOUCHES,
            done=self._while_alive(self._reassigned),
            failed=self._while_alive(self._failed),
        )

    def _reassigned(self, now: FollowUp) -> None:
        from ui.colleagues import colleagues_of

        self._stop()
        name = colleagues_of(self.ctx.session).display_name(now.assignee)
        self.bar.inform(self.tr("“{0}” is now with {1}.").format(now.title, name))
        self.reassigned.emit(now)

    # -- plumbing -----------------------------------------------------------------------

    def _host(self) -> QtWidgets.QWidget:
        host = self.parent()
        assert isinstance(host, QtWidgets.QWidget)
        return host

    def _while_alive(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        alive = self._alive

        def deliver(value: Any) -> None:
            if alive[0]:
                fn(value)

        return deliver

    def _start(self) -> None:
        self.busy = True
        self.busy_changed.emit(True)

    def _stop(self) -> None:
        self.busy = False
        self.busy_changed.emit(False)

    def _failed(self, failure: Failure) -> None:
        self._stop()
        self.bar.dismiss()
        self.failed.emit(failure)
