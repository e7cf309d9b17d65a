"""The Admin area's Users tab against a live server, driven by clicks and keys: an admin disables,
re-enables, resets the password of, re-roles and moves a colleague; leads never see the tab."""

from pathlib import Path

import pytest

from app.store.store import Store
from sync.client import DeviceRevoked
from sync.engine import sync_once
from sync.enrolment import enroll
from sync.server.accounts import users
from tests.conftest import FAST_KDF
from tests.ui import test_sync_controller as shared
from tests.ui.conftest import settle
from ui.context import Context
from ui.models.users import ID_ROLE, UsersModel
from ui.panels.admin import AdminPanel
from ui.panels.admin_users import MoveUserDialog, PasswordDialog, RoleDialog
from ui.qt import Qt
from ui.settings import DesktopSettings

live = shared.live  # the module's own server process
enrol_store, fast_client = shared.enrol_store, shared.fast_client
TIMEOUT = 20_000


@pytest.fixture
def server(live):
    return shared.new_team(live)


@pytest.fixture
def colleague(server, tmp_path: Path):
    store, _ = Store.init(tmp_path / "colleague", "device-pass-1", actor="bo", kdf=FAST_KDF)
    name = enrol_store(server, store)
    yield store, name
    store.close()


@pytest.fixture
def admin_panel(qtbot, server, session, store, navigator):
    """The Admin area of an admin's enrolled device, Users tab open and loaded."""
    me = enrol_store(server, store, role="admin")
    ctx = Context(session=session, settings=DesktopSettings(), navigator=navigator, role="admin")
    panel = AdminPanel(ctx)
    panel.devices.client_factory = fast_client
    assert panel.users is not None
    panel.users.users.client_factory = fast_client
    qtbot.addWidget(panel)
    panel.show()
    panel.me = me
    return panel


def open_users(qtbot, panel: AdminPanel) -> None:
    with qtbot.waitSignal(panel.users.users.loaded, timeout=TIMEOUT):
        panel.activate()
    panel.tabs.setCurrentWidget(panel.users)


def select(panel: AdminPanel, username: str) -> None:
    row = panel.users.users.row_named(username)
    assert row >= 0, username
    panel.users.view.selectRow(row)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_only_an_admin_has_the_users_tab(qtbot, ctx):
    lead = AdminPanel(ctx)  # the fixture's ctx is a lead's
    qtbot.addWidget(lead)
    assert lead.users is None
    assert [lead.tabs.tabText(i) for i in range(lead.tabs.count())] == [
        "&Devices",
        "&Reference data",
        "Rep&orts",
        "Possible dupli&cates",
    ]


def test_the_list_and_ones_own_account(qtbot, admin_panel, tasks, colleague):
    open_users(qtbot, admin_panel)
    page = admin_panel.users
    assert admin_panel.tabs.tabText(admin_panel.tabs.indexOf(page)) == "&Users"
    model = page.users
    mine = model.row_named(admin_panel.me)
    assert model.data(model.index(mine, UsersModel.NAME)) == f"{admin_panel.me} (you)"
    assert model.data(model.index(mine, UsersModel.ROLE)) == "administrator"
    theirs = model.row_named(colleague[1])
    assert model.data(model.index(theirs, UsersModel.DEVICES)) == "1 active, 0 revoked"
    assert model.data(model.index(theirs, UsersModel.STATE)) == "active"
    assert model.data(model.index(theirs, 0), ID_ROLE) == model.user_at(theirs).id
    assert "user(s) on the server" in page.status.text()
    select(admin_panel, admin_panel.me)
    # The server refuses changes to one's own account but a new password: so do the buttons.
    assert page.password_button.isEnabled()
    for button in (page.disable_button, page.role_button, page.move_button, page.enable_button):
        assert not button.isEnabled()
    select(admin_panel, colleague[1])
    assert page.disable_button.isEnabled() and page.role_button.isEnabled()
    assert not page.enable_button.isEnabled()
    settle(qtbot, tasks)


def test_disable_with_wipe_then_enable(qtbot, admin_panel, tasks, colleague, server):
    store, name = colleague
    open_users(qtbot, admin_panel)
    page = admin_panel.users
    select(admin_panel, name)
    click(qtbot, page.disable_button)
    dialog = page.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.reason_edit, "Dienstende")
    qtbot.keyClick(dialog.wipe_check, Qt.Key.Key_Space)
    assert dialog.wipe_check.isChecked()
    with qtbot.waitSignal(page.users.changed, timeout=TIMEOUT) as blocker:
        click(qtbot, dialog.disable_button)
    done, action = blocker.args
    assert action == "disable" and done.user.disabled and done.devices_revoked == 1
    assert page.status.text() == f"{name} is disabled; 1 device(s) revoked."
    assert not page.disable_button.isEnabled() and page.enable_button.isEnabled()
    with pytest.raises(DeviceRevoked) as revoked:
        sync_once(store, fast_client(store))
    assert revoked.value.wipe and "Dienstende" in str(revoked.value)
    with qtbot.waitSignal(page.users.changed, timeout=TIMEOUT) as blocker:
        click(qtbot, page.enable_button)
    assert not blocker.args[0].user.disabled
    assert page.status.text() == f"{name} may enrol a new device again."
    model = page.users
    row = model.row_named(name)
    assert model.data(model.index(row, UsersModel.DEVICES)) == "0 active, 1 revoked"
    settle(qtbot, tasks)


def test_reset_password_holds_to_the_server_rule(
    qtbot, admin_panel, tasks, colleague, server, tmp_path
):
    _, name = colleague
    open_users(qtbot, admin_panel)
    page = admin_panel.users
    select(admin_panel, name)
    click(qtbot, page.password_button)
    dialog = page.dialog
    assert isinstance(dialog, PasswordDialog)
    qtbot.keyClicks(dialog.fields.first, "zu-kurz-1")
    qtbot.keyClicks(dialog.fields.second, "zu-kurz-1")
    click(qtbot, dialog.set_button)
    assert dialog.isVisible() and "12 characters" in dialog.problem_label.text()
    new = "Winter-Zug-nach-Trier"
    dialog.fields.clear()
    qtbot.keyClicks(dialog.fields.first, new)
    qtbot.keyClicks(dialog.fields.second, new)
    with qtbot.waitSignal(page.users.changed, timeout=TIMEOUT):
        qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)
    assert page.status.text() == f"{name} has a new password."
    laptop, _ = Store.init(tmp_path / "laptop", "device-pass-1", actor=name, kdf=FAST_KDF)
    try:
        assert (
            enroll(laptop, server_url=server.url, username=name, password=new).team == server.team
        )
    finally:
        laptop.close()
    settle(qtbot, tasks)


def test_change_the_role_and_move_to_another_team_by_keys(
    qtbot, admin_panel, tasks, colleague, server, live
):
    store, name = colleague
    other = shared.new_team(live)
    open_users(qtbot, admin_panel)
    page = admin_panel.users
    select(admin_panel, name)
    click(qtbot, page.role_button)
    dialog = page.dialog
    assert isinstance(dialog, RoleDialog) and dialog.role == "counsellor"
    qtbot.keyClick(dialog.role_combo, Qt.Key.Key_Down)
    assert dialog.role == "lead"
    with qtbot.waitSignal(page.users.changed, timeout=TIMEOUT):
        click(qtbot, dialog.change_button)
    assert page.status.text() == f"{name} is now team lead."
    click(qtbot, page.move_button)
    move = page.dialog
    assert isinstance(move, MoveUserDialog)
    index = move.team_combo.findData(other.team)
    assert index >= 0 and move.team_combo.findData(server.team) < 0  # not into their own team
    move.team_combo.setFocus()
    while move.team_combo.currentIndex() != index:
        qtbot.keyClick(move.team_combo, Qt.Key.Key_Down)
    with qtbot.waitSignal(page.users.changed, timeout=TIMEOUT) as blocker:
        click(qtbot, move.move_button)
    done = blocker.args[0]
    assert (done.user.team_id, done.user.role, done.devices_revoked) == (other.team, "lead", 1)
    assert page.status.text() == f"{name} is now in team {other.team}; 1 device(s) revoked."
    with pytest.raises(DeviceRevoked) as revoked:
        sync_once(store, fast_client(store))
    assert not revoked.value.wipe
    settle(qtbot, tasks)


def test_what_the_server_refuses_is_shown(qtbot, admin_panel, tasks, server):
    """Demoted meanwhile (by another admin): the list answers 403 and the tab says so."""
    user_id = users.user_id_of(server.engine, admin_panel.me)
    users.set_role(server.engine, user_id=user_id, role="lead", actor="test")
    with qtbot.waitSignal(admin_panel.users.users.failed, timeout=TIMEOUT):
        admin_panel.activate()
    text = admin_panel.users.status.text()
    assert text.startswith("The server could not do that:") and "admin" in text
    assert not admin_panel.users.password_button.isEnabled()
    settle(qtbot, tasks)


def test_not_enrolled_means_no_list(qtbot, session, navigator, tasks):
    ctx = Context(session=session, settings=DesktopSettings(), navigator=navigator, role="admin")
    panel = AdminPanel(ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.users.users.unavailable) as blocker:
        panel.activate()
    assert blocker.args == ["not_enrolled"]
    assert "no user list" in panel.users.status.text()
    settle(qtbot, tasks)


def test_the_tab_speaks_german(qtbot, admin_panel, tasks, colleague):
    from ui import i18n

    i18n.install("de")
    ctx = admin_panel.users.ctx
    panel = AdminPanel(ctx)
    panel.users.users.client_factory = fast_client
    qtbot.addWidget(panel)
    assert panel.tabs.tabText(panel.tabs.indexOf(panel.users)) == "&Benutzer"
    with qtbot.waitSignal(panel.users.users.loaded, timeout=TIMEOUT):
        panel.users.reload()
    assert panel.users.status.text().endswith("auf dem Server.")
    model = panel.users.users
    assert model.headerData(UsersModel.ROLE, Qt.Orientation.Horizontal) == "Rolle"
    assert model.data(model.index(model.row_named(colleague[1]), UsersModel.ROLE)) == "Berater/-in"
    settle(qtbot, tasks)


def test_give_a_colleague_a_display_name_the_team_directory_shows(
    qtbot, admin_panel, tasks, colleague
):
    from app.services import team_directory
    from ui.panels.admin_users import ProfileDialog

    store, name = colleague
    open_users(qtbot, admin_panel)
    page = admin_panel.users
    select(admin_panel, name)
    click(qtbot, page.profile_button)
    dialog = page.dialog
    assert isinstance(dialog, ProfileDialog) and dialog.name_edit.placeholderText() == name
    qtbot.keyClicks(dialog.name_edit, "Bo Lindqvist")
    qtbot.keyClicks(dialog.contact_edit, "0651 12345")
    with qtbot.waitSignal(page.users.changed, timeout=TIMEOUT) as blocker:
        click(qtbot, dialog.save_button)
    done = blocker.args[0].user
    assert (done.display_name, done.contact) == ("Bo Lindqvist", "0651 12345")
    assert page.status.text() == f"{name} is shown to the team as Bo Lindqvist."
    row = page.users.row_named(name)
    assert page.users.data(page.users.index(row, UsersModel.NAME)) == f"Bo Lindqvist ({name})"
    # The colleague's own device learns the name with its next sync; contacts stay unshared.
    sync_once(store, fast_client(store))
    kept = team_directory.load(store).colleague(name)
    assert kept is not None and (kept.display_name, kept.contact) == ("Bo Lindqvist", None)
    settle(qtbot, tasks)
