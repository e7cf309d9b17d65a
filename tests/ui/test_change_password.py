"""Settings › Change password…: rewraps the key as `fallakte passwd` does; the demo hint goes."""

from pathlib import Path

import pytest

from app.errors import WrongPassword
from app.services.demo_hint import HINT_FILE, mark_demo_store
from app.store.store import Store
from tests.conftest import FAST_KDF, PASSWORD
from tests.ui.conftest import settle
from ui.app import Controller
from ui.password_dialog import ChangePasswordDialog
from ui.qt import Qt, QtWidgets
from ui.settings import DesktopSettings
from ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui
NEW = "Laterne Fahrrad Kompass Nebel"


@pytest.fixture
def controller(qtbot, store_and_recovery, data_dir: Path):
    store_and_recovery[0].close()
    mark_demo_store(data_dir, PASSWORD)  # as `make demo` leaves it
    ctl = Controller(data_dir=data_dir, settings=DesktopSettings(language="en"), kdf=FAST_KDF)
    qtbot.addWidget(ctl.window)
    ctl.start()
    assert ctl.unlock_page.demo_hint.isVisibleTo(ctl.window)
    ctl.unlock_page.password.setText(PASSWORD)
    with qtbot.waitSignal(ctl.unlocked, timeout=10_000):
        ctl.unlock_page.unlock_button.click()
    settle(qtbot, ctl.tasks)
    yield ctl
    ctl.quit()


def _password_dialog(qtbot, controller: Controller) -> ChangePasswordDialog:
    settings = SettingsDialog(
        controller.settings, controller.window, change_password=controller.change_password
    )
    qtbot.addWidget(settings)
    settings.show()
    qtbot.mouseClick(settings.password_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.password_dialog.isVisible())
    return controller.password_dialog


def _type(qtbot, dialog: ChangePasswordDialog, current: str, new: str) -> None:
    qtbot.keyClicks(dialog.current, current)
    qtbot.keyClicks(dialog.fields.first, new)
    qtbot.keyClicks(dialog.fields.second, new)


def test_change_the_password_in_settings(qtbot, controller: Controller, data_dir: Path) -> None:
    dialog = _password_dialog(qtbot, controller)
    _type(qtbot, dialog, PASSWORD, NEW)
    with qtbot.waitSignal(dialog.changed, timeout=20_000):
        qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert not (data_dir / HINT_FILE).exists()  # the demo's public password is no longer true
    assert "password was changed" in controller.window.statusBar().currentMessage()
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        controller.lock()
    assert not controller.unlock_page.demo_hint.isVisibleTo(controller.window)
    with pytest.raises(WrongPassword):
        Store.unlock(data_dir, PASSWORD)
    controller.unlock_page.password.setText(NEW)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(controller.unlock_page.unlock_button, Qt.MouseButton.LeftButton)


def test_a_wrong_current_password_or_a_weak_new_one_changes_nothing(
    qtbot, controller: Controller, data_dir: Path
) -> None:
    before = (data_dir / "keys.json").read_bytes()
    dialog = _password_dialog(qtbot, controller)
    _type(qtbot, dialog, PASSWORD, "kurz")
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert "at least" in dialog.message.text() and dialog.message.property("role") == "error"
    dialog.current.clear()
    dialog.fields.clear()
    _type(qtbot, dialog, "falsch", NEW)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not correct" in dialog.message.text(), timeout=20_000)
    assert (data_dir / "keys.json").read_bytes() == before
    assert (data_dir / HINT_FILE).exists()
    # Whatever was typed is gone when the dialog goes (the lock closes it too).
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        controller.lock()
    assert not [
        w
        for w in QtWidgets.QApplication.topLevelWidgets()
        if w.isVisible() and isinstance(w, ChangePasswordDialog)
    ]
