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


@pytest.mark.parametrize("form", ["person", "consultation", "follow_up", "case_status"])
def test_lock_search_and_sync_keys_work_from_inside_a_form(
    qtbot, controller: Controller, monkeypatch, form
) -> None:
    """Issue 15, fault 4: with the cursor in an editor's field (its own window, or a modal
    dialog over the main window), Ctrl+L did not lock; search and sync keys did nothing."""
    from tests.conftest import Factory
    from tests.ui.forms import BY_NAME, make_place

    workspace = controller.workspace
    assert workspace is not None and controller.session is not None and controller.sync
    kind = BY_NAME[form]
    editor = kind.open(workspace.ctx, make_place(Factory(controller.session.store)))
    workspace.open_editor(editor)
    settle(qtbot, controller.tasks)
    field = kind.fill(qtbot, editor)
    if isinstance(field, QtWidgets.QLineEdit):
        field.setCursorPosition(0)  # Ctrl+K there would delete to the end of the line
    before = field.text() if isinstance(field, QtWidgets.QLineEdit) else None

    asked = []
    monkeypatch.setattr(controller.sync, "sync_now", lambda: asked.append(True) or False)
    qtbot.keyClick(field, Qt.Key.Key_F5)
    qtbot.keyClick(field, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(asked) == 2

    for key in (Qt.Key.Key_K, Qt.Key.Key_F):
        field.setFocus()
        qtbot.keyClick(field, key, CTRL)
        # The main window comes forward with the cursor in its search box.
        qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is workspace.search)
    if before is not None:
        assert field.text() == before  # the key was not taken by the field

    store = controller.session.store
    field.setFocus()
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        qtbot.keyClick(field, Qt.Key.Key_L, CTRL)
    assert controller.session is None and store.closed
    assert controller.window.pages.currentWidget() is controller.unlock_page
