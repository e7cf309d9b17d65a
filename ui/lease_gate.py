"""The "sync required" screen: shown after unlocking instead of the workspace when the offline
lease ran out (app/services/lease.py). It shows no record, only a way to sync, lock or quit.

A sync the server confirms renews the lease and the owner (ui/app.py) opens the workspace; a
revoked device goes through the sync controller's revoke path like everywhere else.
"""

from dataclasses import dataclass

from app.services.lease import LeaseState, LeaseStatus
from ui.qt import Qt, QtWidgets, Signal
from ui.session import Session
from ui.settings import DesktopSettings
from ui.sync_controller import SyncController, SyncState
from ui.widgets.card import button_row, centred_card


@dataclass(frozen=True)
class GateContext:
    """What the gate's sync needs; there is no workspace (and so no navigator) behind it."""

    session: Session
    settings: DesktopSettings


class LeaseGate(QtWidgets.QWidget):
    lock_requested = Signal()
    quit_requested = Signal()
    confirmed = Signal()  # a sync renewed the lease: the workspace may open

    def __init__(
        self,
        sync: SyncController,
        lease: LeaseState,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leaseGate")
        self.sync = sync
        self._lease = lease
        self._confirmed = False

        card, inner = centred_card(self, self.tr("Sync required"), 520)
        self.explanation = QtWidgets.QLabel(card)
        self.explanation.setWordWrap(True)
        self.status = QtWidgets.QLabel(card)
        self.status.setObjectName("leaseGateStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sync_button = QtWidgets.QPushButton(self.tr("&Sync now"), card)
        self.sync_button.setDefault(True)
        self.sync_button.setAutoDefault(True)
        self.sync_button.clicked.connect(self.on_sync_clicked)
        self.lock_button = QtWidgets.QPushButton(self.tr("&Lock"), card)
        self.lock_button.clicked.connect(self.lock_requested)
        self.quit_button = QtWidgets.QPushButton(self.tr("&Quit"), card)
        self.quit_button.clicked.connect(self.quit_requested)
        for widget in (self.explanation, self.status):
            inner.addWidget(widget)
        inner.addLayout(button_row(self.sync_button, self.lock_button, self.quit_button))

        sync.state_changed.connect(self.on_sync_state_changed)
        self._explain(lease)
        self.render(sync.state)

    def _explain(self, lease: LeaseState) -> None:
        if lease.status is LeaseStatus.clock_back:
            text = self.tr(
                "This computer's clock was set back. The case files on it are kept, encrypted "
                "and intact; they are shown again once the server has confirmed this device."
            )
        else:
            text = self.tr(
                "This device has not reached the server for more than {0} days. The case files on it are "
                "kept, encrypted and intact; they are shown again once the server has confirmed "
                "that this device may still be used."
            ).format(lease.lease_days)
        self.explanation.setText(text)

    def _holds_focus(self) -> bool:
        focused = QtWidgets.QApplication.focusWidget()
        return focused is not None and (focused is self or self.isAncestorOf(focused))

    def focus_sync(self) -> None:
        self.sync_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_sync_clicked(self) -> None:
        if self.sync.state.enrolled:
            self.sync.sync_now()
        else:  # pressed before the controller read the enrolment: read it, then sync
            self.sync.refresh(then_sync=True)

    def on_sync_state_changed(self, state: SyncState) -> None:
        self.render(state)

    def render(self, state: SyncState) -> None:
        # Only enrolled stores have a lease: the button is usable from the start, not only
        # once the controller has read the enrolment.
        usable = not state.running and not self.sync.revoked_here
        self.sync_button.setEnabled(usable)
        if usable and not self._holds_focus():
            self.focus_sync()  # a disabled button lost the focus; keyboard first: give it back
        if state.running:
            self.status.setText(self.tr("Synchronising…"))
        elif state.online is False:
            self.status.setText(
                self.tr("The server cannot be reached. Connect to the network and try again.")
            )
        elif state.error:
            self.status.setText(state.error)
        else:
            self.status.setText("")
        lease = state.lease
        if lease is not None and not state.running and lease.status != self._lease.status:
            self._lease = lease
            if lease.expired:
                self._explain(lease)
        if lease is not None and not lease.expired and not state.running and not self._confirmed:
            self._confirmed = True  # once: the owner replaces this screen
            self.confirmed.emit()
