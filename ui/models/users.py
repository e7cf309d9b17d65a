"""The server's users for the Admin area's Users tab (role admin); every action goes to the server.

As with the device list, nothing here is in the local store: loads and actions run off the GUI
thread through sync/client.py, and "offline" is a state of the list, not an error.
"""

from collections.abc import Callable
from typing import Any

from app.store.store import Store
from sync.cli import connect
from sync.client import SyncClient
from sync.protocol_users import TeamEntry, UserChanged, UserEntry
from ui import i18n
from ui.models.devices import load_failure_state, with_client
from ui.qt import QT_TRANSLATE_NOOP, QtCore, Signal
from ui.session import Session
from ui.tasks import Failure

Qt = QtCore.Qt
ID_ROLE = Qt.ItemDataRole.UserRole

ROLES = {
    "counsellor": QT_TRANSLATE_NOOP("Users", "counsellor"),
    "lead": QT_TRANSLATE_NOOP("Users", "team lead"),
    "admin": QT_TRANSLATE_NOOP("Users", "administrator"),
}


def role_label(role: str) -> str:
    source = ROLES.get(role)
    return QtCore.QCoreApplication.translate("Users", source) if source else role


class UsersModel(QtCore.QAbstractTableModel):
    """Rows are the server's UserEntry objects; `teams` the teams a user can move into."""

    NAME, TEAM, ROLE, STATE, DEVICES, LAST_SEEN = range(6)

    loaded = Signal(int)  # number of users
    unavailable = Signal(str)  # "offline" or "not_enrolled"
    changed = Signal(object, str)  # UserChanged as the server now has it, and the action
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
        # The user this device is enrolled as: the server refuses their own account's changes.
        self.me = session.store.settings.get("server_user", "")
        self.availability = "unknown"  # "loading", "online", "offline", "not_enrolled", "error"
        self.teams: list[TeamEntry] = []
        self._rows: list[UserEntry] = []
        self._generation = 0

    # -- loading and acting ------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        generation, factory = self._generation, self.client_factory
        self.availability = "loading"
        self.session.query(
            lambda store: with_client(
                store, factory, lambda client: (client.list_users(), client.list_teams())
            ),
            done=lambda found: self._arrived(generation, *found),
            failed=lambda failure: self._load_failed(generation, failure),
        )

    def _arrived(self, generation: int, rows: list[UserEntry], teams: list[TeamEntry]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows, self.teams = rows, teams
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

    def act(self, action: str, user_id: str, call: Callable[[SyncClient], UserChanged]) -> None:
        """Run one lifecycle call (e.g. `lambda c: c.enable_user(id)`) against the server."""
        factory = self.client_factory
        self.session.query(
            lambda store: with_client(store, factory, call),
            done=lambda result: self._changed(result, action),
            failed=self.failed.emit,
        )

    def _changed(self, result: UserChanged, action: str) -> None:
        row = self.row_of(result.user.id)
        if row >= 0:
            self._rows[row] = result.user
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.changed.emit(result, action)

    def user_at(self, row: int) -> UserEntry | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, user_id: str) -> int:
        return next((i for i, u in enumerate(self._rows) if u.id == user_id), -1)

    def row_named(self, username: str) -> int:
        return next((i for i, u in enumerate(self._rows) if u.username == username), -1)

    def is_me(self, user: UserEntry | None) -> bool:
        return user is not None and bool(self.me) and user.username == self.me

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("User"),
            self.tr("Team"),
            self.tr("Role"),
            self.tr("State"),
            self.tr("Devices"),
            self.tr("Last seen"),
        )[section]

    def data(self, index: QtCore.QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        user = self.user_at(index.row()) if index.isValid() else None
        if user is None:
            return None
        if role == ID_ROLE:
            return user.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.NAME:
            name = user.username
            if user.display_name and user.display_name != user.username:
                name = f"{user.display_name} ({user.username})"
            return self.tr("{0} (you)").format(name) if self.is_me(user) else name
        if column == self.TEAM:
            return user.team_id
        if column == self.ROLE:
            return role_label(user.role)
        if column == self.STATE:
            return self.tr("disabled") if user.disabled else self.tr("active")
        if column == self.DEVICES:
            return self.tr("{0} active, {1} revoked").format(
                user.devices_active, user.devices_revoked
            )
        return i18n.format_datetime(user.last_seen_at) if user.last_seen_at else self.tr("never")
