"""The status bar's sync corner: online or not, last sync, unsynced changes, errors, "Sync now"."""

from datetime import UTC, datetime

from app.services.lease import LeaseState
from ui import i18n
from ui.qt import QtCore, QTimer, QtWidgets
from ui.sync_controller import SyncController, SyncState

# Relative times ("3 minutes ago") go stale: re-render this often.
REFRESH_MS = 30_000

_DOT_COLOURS = {
    "online": "#2e7d32",
    "offline": "#9e9e9e",
    "running": "#1565c0",
    "error": "#c62828",
    "none": "#9e9e9e",
}


def relative_time(when: datetime | None, now: datetime | None = None) -> str:
    """ "just now", "12 minutes ago", "today 14:05" or a locale date and time."""
    if when is None:
        return QtCore.QCoreApplication.translate("SyncStatus", "never")
    now = now or datetime.now(UTC)
    seconds = (now - when).total_seconds()
    if seconds < 60:
        return QtCore.QCoreApplication.translate("SyncStatus", "just now")
    if seconds < 3600:
        return QtCore.QCoreApplication.translate(
            "SyncStatus", "%n minute(s) ago", "", int(seconds // 60)
        )
    local_when, local_now = when.astimezone(), now.astimezone()
    if local_when.date() == local_now.date():
        time_text = i18n.locale().toString(
            QtCore.QTime(local_when.hour, local_when.minute), QtCore.QLocale.FormatType.ShortFormat
        )
        return QtCore.QCoreApplication.translate("SyncStatus", "today {0}").format(time_text)
    return i18n.format_datetime(when)


def state_text(state: SyncState) -> str:
    """The one-word-ish state: "Offline", "Online", "Synchronising… 1,234 records", …"""
    if not state.enrolled:
        return QtCore.QCoreApplication.translate("SyncStatus", "Not connected to a server")
    if state.running:
        if state.done:
            return QtCore.QCoreApplication.translate(
                "SyncStatus", "Synchronising… {0} records"
            ).format(i18n.format_number(state.done))
        return QtCore.QCoreApplication.translate("SyncStatus", "Synchronising…")
    if state.online is False:
        return QtCore.QCoreApplication.translate("SyncStatus", "Offline")
    if state.online is None:
        return QtCore.QCoreApplication.translate("SyncStatus", "Not synchronised yet")
    return QtCore.QCoreApplication.translate("SyncStatus", "Online")


# The lease's last days, and a lease run out, are shown in this colour.
LEASE_WARNING_COLOUR = "#c62828"


def lease_text(lease: LeaseState) -> str:
    """ "Offline-Frist: 12 Tage", or that a sync is required."""
    if lease.expired:
        return QtCore.QCoreApplication.translate("SyncStatus", "Offline lease over: sync required")
    return QtCore.QCoreApplication.translate(
        "SyncStatus", "Offline lease: %n day(s)", "", lease.days_left
    )


def _dot(state: SyncState) -> str:
    if not state.enrolled:
        return "none"
    if state.running:
        return "running"
    if state.error:
        return "error"
    return "online" if state.online else "offline"


class SyncStatusWidget(QtWidgets.QWidget):
    """A permanent status-bar widget following a SyncController."""

    def __init__(self, controller: SyncController, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.controller = controller
        self.message_box: QtWidgets.QMessageBox | None = None

        self.dot = QtWidgets.QLabel("●", self)
        self.dot.setAccessibleName(self.tr("Sync state indicator"))
        self.state_label = QtWidgets.QLabel(self)
        self.last_sync_label = QtWidgets.QLabel(self)
        self.unsynced_label = QtWidgets.QLabel(self)
        self.lease_label = QtWidgets.QLabel(self)
        self.lease_label.setObjectName("leaseDays")
        self.lease_label.setToolTip(
            self.tr("Days this device may still be used without reaching the server")
        )
        self.error_button = QtWidgets.QToolButton(self)
        self.error_button.setIcon(
            self.style().standardIcon(QtWidgets.QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        self.error_button.setAutoRaise(True)
        self.error_button.setAccessibleName(self.tr("Show the sync error"))
        self.error_button.setToolTip(self.tr("Sync problem: click for details"))
        self.error_button.clicked.connect(self.on_error_button_clicked)
        self.sync_button = QtWidgets.QToolButton(self)
        self.sync_button.setText(self.tr("S&ync now"))
        self.sync_button.setToolTip(self.tr("Synchronise now (Ctrl+Shift+S or F5)"))
        self.sync_button.setAccessibleName(self.tr("Sync now"))
        self.sync_button.clicked.connect(self.on_sync_button_clicked)

        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(12)
        layout.addStretch(1)  # the bar may give us its whole width: keep together, on the right
        for widget in (
            self.dot,
            self.state_label,
            self.last_sync_label,
            self.unsynced_label,
            self.lease_label,
            self.error_button,
            self.sync_button,
        ):
            layout.addWidget(widget)

        self._ticker = QTimer(self)
        self._ticker.setInterval(REFRESH_MS)
        self._ticker.timeout.connect(self.render)
        self._ticker.start()
        controller.state_changed.connect(self.on_controller_state_changed)
        self.render()

    def on_controller_state_changed(self, _state: SyncState) -> None:
        self.render()

    def render(self) -> None:
        state = self.controller.state
        colour = _DOT_COLOURS[_dot(state)]
        self.dot.setStyleSheet(f"color: {colour};")
        text = state_text(state)
        self.state_label.setText(text)
        self.dot.setToolTip(text)
        self.last_sync_label.setVisible(state.enrolled)
        self.last_sync_label.setText(
            self.tr("Last sync: {0}").format(relative_time(state.last_success))
        )
        if state.last_success is not None:
            self.last_sync_label.setToolTip(i18n.format_datetime(state.last_success))
        self.unsynced_label.setText(self.tr("%n unsynced change(s)", "", state.unsynced))
        self.unsynced_label.setVisible(state.unsynced > 0)
        lease = state.lease
        shows_lease = lease is not None and lease.applies
        self.lease_label.setVisible(shows_lease)
        if lease is not None and shows_lease:
            self.lease_label.setText(lease_text(lease))
            warn = f"color: {LEASE_WARNING_COLOUR}; font-weight: bold;" if lease.warning else ""
            self.lease_label.setStyleSheet(warn)
            self.lease_label.setProperty("warning", lease.warning)
        self.error_button.setVisible(bool(state.error))
        self.sync_button.setEnabled(
            state.enrolled and not state.running and not self.controller.revoked_here
        )
        parts = [text]
        if state.enrolled:
            parts.append(self.last_sync_label.text())
        if state.unsynced:
            parts.append(self.unsynced_label.text())
        if shows_lease:
            parts.append(self.lease_label.text())
        self.setAccessibleName(", ".join(parts))

    def on_sync_button_clicked(self) -> None:
        self.controller.sync_now()

    def on_error_button_clicked(self) -> None:
        """The short message, with the technical details behind "Show Details…"."""
        state = self.controller.state
        if not state.error:
            return
        box = QtWidgets.QMessageBox(self.window())
        box.setIcon(QtWidgets.QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Sync problem"))
        box.setText(state.error)
        if state.detail:
            box.setDetailedText(state.detail)
        box.setStandardButtons(QtWidgets.QMessageBox.StandardButton.Close)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message_box = box
        box.open()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        if event.type() == QtCore.QEvent.Type.LanguageChange:
            self.sync_button.setText(self.tr("S&ync now"))
            self.sync_button.setToolTip(self.tr("Synchronise now (Ctrl+Shift+S or F5)"))
            self.error_button.setToolTip(self.tr("Sync problem: click for details"))
            self.lease_label.setToolTip(
                self.tr("Days this device may still be used without reaching the server")
            )
            self.render()
        super().changeEvent(event)
