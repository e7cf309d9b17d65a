"""The Admin area's Users tab (role admin): the server's users, and their lifecycle.

Disable (with or without wiping their devices), enable, reset the enrolment password, change
the role, move to another team: each a call of sync/client.py, each refused by the server
for anyone but an admin and for the admin's own account (so the buttons are off for it too).
The display name and work contact (what the team directory shows) may be set for anyone.
"""

from collections.abc import Callable

from app import password_policy
from sync.client import SyncClient
from sync.protocol import MAX_REVOKE_REASON
from sync.protocol_users import ROLES, Role, TeamEntry, UserChanged, UserEntry
from ui.context import Context
from ui.models.users import UsersModel, role_label
from ui.password_field import NewPasswordFields
from ui.qt import Qt, QtWidgets
from ui.tasks import Failure


def _buttons(
    dialog: QtWidgets.QDialog, text: str
) -> tuple[QtWidgets.QDialogButtonBox, QtWidgets.QPushButton]:
    box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel, dialog)
    button = box.addButton(text, QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, button


# Wide enough that the explanations wrap into a few lines, not a column of words.
DIALOG_WIDTH = 460


def _intro(dialog: QtWidgets.QDialog, text: str) -> QtWidgets.QLabel:
    dialog.setMinimumWidth(DIALOG_WIDTH)
    label = QtWidgets.QLabel(text, dialog)
    label.setWordWrap(True)
    return label


class DisableUserDialog(QtWidgets.QDialog):
    def __init__(self, user: UserEntry, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Disable user"))
        intro = _intro(
            self,
            self.tr(
                "Disable {0}? They can no longer enrol a device, and each of their devices "
                "({1} active) is refused from its next connection on; changes those devices "
                "have not synchronised yet are lost to the team."
            ).format(user.username, user.devices_active),
        )
        self.reason_edit = QtWidgets.QLineEdit(self)
        self.reason_edit.setMaxLength(MAX_REVOKE_REASON)
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.setPlaceholderText(
            self.tr("shown on their devices, e.g. left the service")
        )
        reason_label = QtWidgets.QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason_edit)
        self.wipe_check = QtWidgets.QCheckBox(self.tr("&Wipe the data on their devices"), self)
        buttons, self.disable_button = _buttons(self, self.tr("D&isable"))
        form = QtWidgets.QFormLayout()
        form.addRow(reason_label, self.reason_edit)
        form.addRow(self.wipe_check)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.reason_edit.setFocus()


class PasswordDialog(QtWidgets.QDialog):
    """A new enrolment password, held to the server's rule before it is sent."""

    def __init__(self, user: UserEntry, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reset password"))
        intro = _intro(
            self,
            self.tr(
                "A new password for {0} to enrol devices with. Their enrolled devices keep "
                "working. Give it to them in person or by another safe channel."
            ).format(user.username),
        )
        self.fields = NewPasswordFields(
            self, policy=password_policy.SERVER_USER, user_inputs=[user.username]
        )
        self.problem_label = QtWidgets.QLabel(self)
        self.problem_label.setWordWrap(True)
        buttons, self.set_button = _buttons(self, self.tr("&Set password"))
        form = QtWidgets.QFormLayout()
        self.fields.add_to(form)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addWidget(buttons)
        self.fields.first.setFocus()

    def accept(self) -> None:
        problem = self.fields.problem()
        if problem is not None:
            self.problem_label.setText(problem)
            return
        super().accept()

    @property
    def password(self) -> str:
        return self.fields.value()


class RoleDialog(QtWidgets.QDialog):
    def __init__(self, user: UserEntry, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change role"))
        intro = _intro(
            self,
            self.tr("The new role of {0} applies from their devices' next connection on.").format(
                user.username
            ),
        )
        self.role_combo = QtWidgets.QComboBox(self)
        self.role_combo.setAccessibleName(self.tr("Role"))
        for role in ROLES:
            self.role_combo.addItem(role_label(role), role)
        self.role_combo.setCurrentIndex(self.role_combo.findData(user.role))
        role_label_widget = QtWidgets.QLabel(self.tr("&Role:"), self)
        role_label_widget.setBuddy(self.role_combo)
        buttons, self.change_button = _buttons(self, self.tr("&Change role"))
        form = QtWidgets.QFormLayout()
        form.addRow(role_label_widget, self.role_combo)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.role_combo.setFocus()

    @property
    def role(self) -> Role:
        chosen: Role = self.role_combo.currentData()
        return chosen


class MoveUserDialog(QtWidgets.QDialog):
    def __init__(
        self, user: UserEntry, teams: list[TeamEntry], parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to another team"))
        intro = _intro(
            self,
            self.tr(
                "Move {0} out of team {1}? Their devices hold that team's cases and are "
                "revoked; they enrol a new device, which receives the new team's cases. "
                "Ask them to synchronise first."
            ).format(user.username, user.team_id),
        )
        self.team_combo = QtWidgets.QComboBox(self)
        self.team_combo.setAccessibleName(self.tr("Team"))
        for team in teams:
            if team.id != user.team_id:
                self.team_combo.addItem(f"{team.name} ({team.id})", team.id)
        team_label = QtWidgets.QLabel(self.tr("&Team:"), self)
        team_label.setBuddy(self.team_combo)
        self.wipe_check = QtWidgets.QCheckBox(
            self.tr("&Wipe the old team's data on their devices"), self
        )
        buttons, self.move_button = _buttons(self, self.tr("&Move"))
        form = QtWidgets.QFormLayout()
        form.addRow(team_label, self.team_combo)
        form.addRow(self.wipe_check)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.team_combo.setFocus()

    @property
    def team(self) -> str:
        return str(self.team_combo.currentData())


class ProfileDialog(QtWidgets.QDialog):
    """What the team sees of a user: display name, and a work contact if contacts are shared."""

    def __init__(self, user: UserEntry, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Display name and contact"))
        intro = _intro(
            self,
            self.tr(
                "What the team sees of {0}: the display name in pickers, lists and the "
                "conflict view; the work contact only if the server shares contacts. "
                "Devices learn it with their next synchronisation."
            ).format(user.username),
        )
        self.name_edit = QtWidgets.QLineEdit(user.display_name, self)
        self.name_edit.setMaxLength(100)
        self.name_edit.setPlaceholderText(user.username)
        self.name_edit.setAccessibleName(self.tr("Display name"))
        self.contact_edit = QtWidgets.QLineEdit(user.contact or "", self)
        self.contact_edit.setMaxLength(200)
        self.contact_edit.setPlaceholderText(self.tr("work phone or e-mail"))
        self.contact_edit.setAccessibleName(self.tr("Work contact"))
        name_label = QtWidgets.QLabel(self.tr("&Display name:"), self)
        name_label.setBuddy(self.name_edit)
        contact_label = QtWidgets.QLabel(self.tr("&Work contact:"), self)
        contact_label.setBuddy(self.contact_edit)
        buttons, self.save_button = _buttons(self, self.tr("&Save"))
        form = QtWidgets.QFormLayout()
        form.addRow(name_label, self.name_edit)
        form.addRow(contact_label, self.contact_edit)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.name_edit.setFocus()


class UsersPage(QtWidgets.QWidget):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.users = UsersModel(ctx.session, parent=self)
        self.users.loaded.connect(self.on_users_loaded)
        self.users.unavailable.connect(self.on_users_unavailable)
        self.users.changed.connect(self.on_user_changed)
        self.users.failed.connect(self.on_users_failed)
        self.dialog: QtWidgets.QDialog | None = None
        self.status = QtWidgets.QLabel(self)
        self.status.setWordWrap(True)
        self.view = QtWidgets.QTableView(self)
        self.view.setModel(self.users)
        self.view.setAccessibleName(self.tr("Users"))
        self.view.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.refresh_button = QtWidgets.QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.clicked.connect(self.reload)
        self.disable_button = QtWidgets.QPushButton(self.tr("D&isable…"), self)
        self.disable_button.clicked.connect(self.on_disable_clicked)
        self.enable_button = QtWidgets.QPushButton(self.tr("&Enable"), self)
        self.enable_button.clicked.connect(self.on_enable_clicked)
        self.password_button = QtWidgets.QPushButton(self.tr("Reset &password…"), self)
        self.password_button.clicked.connect(self.on_password_clicked)
        self.role_button = QtWidgets.QPushButton(self.tr("Change ro&le…"), self)
        self.role_button.clicked.connect(self.on_role_clicked)
        self.move_button = QtWidgets.QPushButton(self.tr("&Move to team…"), self)
        self.move_button.clicked.connect(self.on_move_clicked)
        self.profile_button = QtWidgets.QPushButton(self.tr("Display &name…"), self)
        self.profile_button.setToolTip(self.tr("The name and contact the team directory shows"))
        self.profile_button.clicked.connect(self.on_profile_clicked)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        for button in (
            self.disable_button,
            self.enable_button,
            self.password_button,
            self.role_button,
            self.move_button,
            self.profile_button,
        ):
            buttons.addWidget(button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.status.setText(self.tr("Loading the user list from the server…"))
        self._update_buttons()

    def reload(self) -> None:
        self.users.reload()

    def selected(self) -> UserEntry | None:
        return self.users.user_at(self.view.currentIndex().row())

    def _update_buttons(self, *_: object) -> None:
        user = self.selected()
        online = self.users.availability == "online"
        chosen = online and user is not None
        # The server refuses changes to one's own account but a new password: so do the buttons.
        others = chosen and not self.users.is_me(user)
        self.disable_button.setEnabled(others and user is not None and not user.disabled)
        self.enable_button.setEnabled(chosen and user is not None and user.disabled)
        self.password_button.setEnabled(chosen)
        self.role_button.setEnabled(others)
        other_teams = [t for t in self.users.teams if user is not None and t.id != user.team_id]
        self.move_button.setEnabled(others and bool(other_teams))
        self.profile_button.setEnabled(chosen)

    # -- list states ----------------------------------------------------------------------

    def on_users_loaded(self, count: int) -> None:
        self.status.setText(self.tr("%n user(s) on the server.", "", count))
        self.view.setEnabled(True)
        self.view.resizeColumnsToContents()
        self._update_buttons()

    def on_users_unavailable(self, why: str) -> None:
        if why == "offline":
            text = self.tr(
                "Offline: the user list needs the server. Try again when this computer "
                "is connected."
            )
        else:
            text = self.tr("This device is not connected to a server, so there is no user list.")
        self.status.setText(text)
        self.view.setEnabled(False)
        self._update_buttons()

    def on_users_failed(self, failure: Failure) -> None:
        self.status.setText(
            self.tr("The server could not do that: {0}").format(
                self.tr("internal error") if failure.is_bug else failure.message
            )
        )
        self._update_buttons()

    # -- actions --------------------------------------------------------------------------

    def _open(self, dialog: QtWidgets.QDialog, on_accept: Callable[[], None]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        self.dialog = dialog
        dialog.open()

    def _act(self, action: str, user: UserEntry, call: Callable[[SyncClient], UserChanged]) -> None:
        self.status.setText(self.tr("Asking the server…"))
        self.users.act(action, user.id, call)

    def on_disable_clicked(self) -> None:
        user = self.selected()
        if user is None or not self.disable_button.isEnabled():
            return
        dialog = DisableUserDialog(user, self)

        def accepted() -> None:
            wipe, reason = dialog.wipe_check.isChecked(), dialog.reason_edit.text().strip()
            self._act("disable", user, lambda c: c.disable_user(user.id, wipe=wipe, reason=reason))

        self._open(dialog, accepted)

    def on_enable_clicked(self) -> None:
        user = self.selected()
        if user is not None and self.enable_button.isEnabled():
            self._act("enable", user, lambda c: c.enable_user(user.id))

    def on_password_clicked(self) -> None:
        user = self.selected()
        if user is None or not self.password_button.isEnabled():
            return
        dialog = PasswordDialog(user, self)

        def accepted() -> None:
            password = dialog.password
            self._act("password", user, lambda c: c.reset_user_password(user.id, password))

        self._open(dialog, accepted)

    def on_role_clicked(self) -> None:
        user = self.selected()
        if user is None or not self.role_button.isEnabled():
            return
        dialog = RoleDialog(user, self)

        def accepted() -> None:
            role = dialog.role
            self._act("role", user, lambda c: c.set_user_role(user.id, role))

        self._open(dialog, accepted)

    def on_move_clicked(self) -> None:
        user = self.selected()
        if user is None or not self.move_button.isEnabled():
            return
        dialog = MoveUserDialog(user, self.users.teams, self)

        def accepted() -> None:
            team, wipe = dialog.team, dialog.wipe_check.isChecked()
            self._act("move", user, lambda c: c.move_user(user.id, team, wipe=wipe))

        self._open(dialog, accepted)

    def on_profile_clicked(self) -> None:
        user = self.selected()
        if user is None or not self.profile_button.isEnabled():
            return
        dialog = ProfileDialog(user, self)

        def accepted() -> None:
            name, contact = dialog.name_edit.text(), dialog.contact_edit.text()
            self._act(
                "profile",
                user,
                lambda c: c.set_user_profile(user.id, display_name=name, contact=contact),
            )

        self._open(dialog, accepted)

    def on_user_changed(self, result: UserChanged, action: str) -> None:
        user, revoked = result.user, result.devices_revoked
        if action == "disable":
            text = self.tr("{0} is disabled; %n device(s) revoked.", "", revoked).format(
                user.username
            )
        elif action == "enable":
            text = self.tr("{0} may enrol a new device again.").format(user.username)
        elif action == "password":
            text = self.tr("{0} has a new password.").format(user.username)
        elif action == "role":
            text = self.tr("{0} is now {1}.").format(user.username, role_label(user.role))
        elif action == "profile":
            text = self.tr("{0} is shown to the team as {1}.").format(
                user.username, user.display_name or user.username
            )
        else:
            text = self.tr("{0} is now in team {1}; %n device(s) revoked.", "", revoked).format(
                user.username, user.team_id
            )
        self.status.setText(text)
        self._update_buttons()
