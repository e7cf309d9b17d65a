"""The keyboard shortcuts docs/user-guide.md lists, pressed in the unlocked window.

A key bound twice in one window (a menu action and a QShortcut) is ambiguous and Qt runs
neither: each key here must do its one thing.
"""

from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.ui.conftest import settle
from ui.app import Controller
from ui.qt import Qt, QtWidgets
from ui.settings import DesktopSettings

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def controller(qtbot, store_and_recovery, data_dir: Path):
    store_and_recovery[0].close()
    ctl = Controller(data_dir=data_dir, settings=DesktopSettings(language="en"))
    qtbot.addWidget(ctl.window)
    ctl.start()
    ctl.unlock_page.password.setText(PASSWORD)
    with qtbot.waitSignal(ctl.unlocked, timeout=10_000):
        ctl.unlock_page.unlock_button.click()
    settle(qtbot, ctl.tasks)
    ctl.window.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is ctl.window)
    yield ctl
    ctl.quit()


def test_panel_search_sync_and_settings_keys(qtbot, controller: Controller, monkeypatch) -> None:
    workspace = controller.workspace
    assert workspace is not None and controller.sync is not None
    nav = workspace.nav
    for number, name in enumerate(
        ("today", "persons", "cases", "follow_ups", "conflicts", "sync"), start=1
    ):
        qtbot.keyClick(nav, Qt.Key(Qt.Key.Key_0 + number), ALT)
        assert workspace.current_panel() is workspace.panel(name)
    for key in (Qt.Key.Key_K, Qt.Key.Key_F):
        nav.setFocus()
        qtbot.keyClick(nav, key, CTRL)
        assert QtWidgets.QApplication.focusWidget() is workspace.search

    asked = []
    monkeypatch.setattr(controller.sync, "sync_now", lambda: asked.append(True) or False)
    qtbot.keyClick(nav, Qt.Key.Key_F5)
    qtbot.keyClick(nav, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 2

    opened = []
    monkeypatch.setattr(controller, "edit_settings", lambda: opened.append(True))
    controller._menu()  # the menu's actions call the patched method
    qtbot.keyClick(nav, Qt.Key.Key_Comma, CTRL)
    assert opened == [True]


def test_ctrl_n_makes_a_person_or_a_consultation_where_it_says(
    qtbot, controller: Controller
) -> None:
    workspace = controller.workspace
    assert workspace is not None
    qtbot.keyClick(workspace.nav, Qt.Key.Key_N, CTRL)
    assert workspace.editors == []  # nothing to make on Today
    workspace.show_panel("persons")
    settle(qtbot, controller.tasks)
    qtbot.keyClick(workspace.panel("persons").table, Qt.Key.Key_N, CTRL)
    assert [type(e).__name__ for e in workspace.editors] == ["PersonEditor"]
    workspace.close_editors()


def test_ctrl_l_locks_and_ctrl_q_quits(qtbot, controller: Controller) -> None:
    workspace = controller.workspace
    assert workspace is not None
    with qtbot.waitSignal(controller.locked, timeout=5_000):
        qtbot.keyClick(workspace.nav, Qt.Key.Key_L, CTRL)
    assert controller.session is None
    assert controller.window.pages.currentWidget() is controller.unlock_page
    qtbot.keyClick(controller.unlock_page.password, Qt.Key.Key_Q, CTRL)
    assert not controller.window.isVisible()
