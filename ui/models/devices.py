"""The team's devices as the server lists them, for the Admin area; revoking one goes to the server.

Nothing here is in the local store: every load asks the server off the GUI thread,
and "offline" is a state of the list, not an error.
"""

from collections.abc import Callable
from typing import Any

from app.store.store import Store
from sync.cli import connect
from sync.client import ServerUnreachable, SyncClient
from sync.enrolment import enrolment_of
from sync.protocol import DeviceEntry
from ui import i18n
from ui.qt import QT_TRANSLATE_NOOP, QtCore, Signal
from ui.session import Session
from ui.tasks import Failure

Qt = QtCore.Qt
ID_ROLE = Qt.ItemDataRole.UserRole
_C = "Devices"

STATES = {
    "active": QT_TRANSLATE_NOOP("Devices", "active"),
    "revoked": QT_TRANSLATE_NOOP("Devices", "revoked"),
    "revoked+wipe": QT_TRANSLATE_NOOP("Devices", "revoked, data erased"),
}


class NotEnrolled(Exception):
    """This device has no server: there is no device list to show."""


def with_client(
    store: Store, factory: Callable[[Store], SyncClient], call: Callable[[SyncClient], Any]
) -> Any:
    """Run `call` with a client of this device's server (off the GUI thread), then close it."""
    if enrolment_of(store) is None:
        raise NotEnrolled
    client = factory(store)
    try:
        return call(client)
    finally:
        client.close()


def load_failure_state(failure: Failure) -> str:
    """ "offline" or "not_enrolled" (a state of a server list, not an error), else "error"."""
    if isinstance(failure.exception, ServerUnreachable):
        return "offline"
    if isinstance(failure.exception, NotEnrolled):
        return "not_enrolled"
    return "error"


class DevicesModel(QtCore.QAbstractTableModel):
    """Rows are the server's DeviceEntry objects; `availability` says why there are none."""

    NAME, USER, TEAM, PREFIX, ENROLLED, LAST_SEEN, STATE, REASON = range(8)

    loaded = Signal(int)  # number of devices
    unavailable = Signal(str)  # "offline" or "not_enrolled": the list needs the server
    revoked = Signal(object)  # DeviceEntry as the server now has it
    failed = Signal(object)  # Failure

    def __init__(
        self,
        session: Session,
        *,
        client_factory: Callable[[Store], SyncClient] = connect,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.client_factory = client_factory
        self.this_device = session.store.device.device_id
        self.availability = "unknown"  # "loading", "online", "offline", "not_enrolled", "error"
        self._rows: list[DeviceEntry] = []
        self._generation = 0

    # -- loading and revoking ----------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        generation, factory = self._generation, self.client_factory
        self.availability = "loading"
        self.session.query(
            lambda store: with_client(store, factory, lambda client: client.list_devices()),
            done=lambda rows: self._arrived(generation, rows),
            failed=lambda failure: self._load_failed(generation, failure),
        )

    def _arrived(self, generation: int, rows: list[DeviceEntry]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.availability = "online"
        self.loaded.emit(len(rows))

    def _load_failed(self, generation: int, failure: Failure) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = []
        self.endResetModel()
        self.availability = load_failure_state(failure)
        if self.availability == "error":
            self.failed.emit(failure)
        else:
            self.unavailable.emit(self.availability)

    def revoke(self, device_id: str, *, wipe: bool, reason: str) -> None:
        factory = self.client_factory
        self.session.query(
            lambda store: with_client(
                store,
                factory,
                lambda client: client.revoke_device(device_id, wipe=wipe, reason=reason),
            ),
            done=self._revoke_done,
            failed=self.failed.emit,
        )

    def _revoke_done(self, entry: DeviceEntry) -> None:
        row = self.row_of(entry.id)
        if row >= 0:
            self._rows[row] = entry
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.revoked.emit(entry)

    def device_at(self, row: int) -> DeviceEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, device_id: str) -> int:
        return next((i for i, d in enumerate(self._rows) if d.id == device_id), -1)

    def may_revoke(self, device: DeviceEntry | None) -> bool:
        """Not this device (the server refuses that too) and not one already revoked with wipe."""
        return (
            device is not None and device.id != self.this_device and device.state != "revoked+wipe"
        )

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Device"),
            self.tr("User"),
            self.tr("Team"),
            self.tr("Prefix"),
            self.tr("Enrolled"),
            self.tr("Last seen"),
            self.tr("State"),
            self.tr("Reason"),
        )[section]

    def data(self, index: QtCore.QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        device = self.device_at(index.row()) if index.isValid() else None
        if device is None:
            return None
        if role == ID_ROLE:
            return device.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.NAME:
            name = device.name or device.id[:8]
            return (
                self.tr("{0} (this device)").format(name) if device.id == self.this_device else name
            )
        if column == self.USER:
            return device.username
        if column == self.TEAM:
            return device.team_id
        if column == self.PREFIX:
            return device.prefix
        if column == self.ENROLLED:
            return i18n.format_datetime(device.created_at)
        if column == self.LAST_SEEN:
            return (
                i18n.format_datetime(device.last_seen_at)
                if device.last_seen_at
                else self.tr("never")
            )
        if column == self.STATE:
            source = STATES.get(device.state)
            return QtCore.QCoreApplication.translate("Devices", source) if source else device.state
        return device.revoke_reason or ""
