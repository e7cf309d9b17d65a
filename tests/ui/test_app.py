"""The whole app over a real store: unlock, daily work reaching Today, auto-lock with draft restore,
language switch, quitting cleanly."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from app.services import records
from tests.conftest import PASSWORD, Factory
from tests.ui.conftest import settle
from ui.app import Controller
from ui.settings import DesktopSettings


@pytest.fixture
def controller(qtbot, store_and_recovery, data_dir: Path):
    store_and_recovery[0].close()
    ctl = Controller(data_dir=data_dir, settings=DesktopSettings(language="en"))
    qtbot.addWidget(ctl.window)
    ctl.start()
    yield ctl
    ctl.quit()


def _unlock(qtbot, ctl: Controller) -> None:
    ctl.unlock_page.password.setText(PASSWORD)
    with qtbot.waitSignal(ctl.unlocked, timeout=10_000):
        ctl.unlock_page.unlock_button.click()
    settle(qtbot, ctl.tasks)


def test_unlock_shows_the_workspace_on_today(qtbot, controller: Controller) -> None:
    assert controller.window.pages.currentWidget() is controller.unlock_page
    _unlock(qtbot, controller)
    workspace = controller.workspace
    assert workspace is not None
    assert controller.window.pages.currentWidget() is workspace
    assert workspace.current_panel() is workspace.panel("today")
    assert "admin" not in workspace._panels  # not enrolled: a counsellor's view


def test_person_consultation_follow_up_appears_on_today(qtbot, controller: Controller) -> None:
    _unlock(qtbot, controller)
    workspace = controller.workspace
    assert workspace is not None and controller.session is not None
    store = controller.session.store
    # A new person through the person editor.
    from ui.editors.person import PersonEditor

    editor = PersonEditor.for_new(workspace.ctx)
    workspace.open_editor(editor)
    settle(qtbot, controller.tasks)
    editor.load_payload(
        {"family_name": "Osmani", "given_names": "Arben", "household_label": "Familie Osmani"}
    )
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    settle(qtbot, controller.tasks)
    person = records.find(store, entity="person", where={"family_name": "Osmani"})[0]
    # A case for the household, then a consultation with a follow-up in one step.
    from app.services.cases import open_case

    case = open_case(store, household_id=person.household_id, site="ATR", main_contact_id=person.id)
    workspace.new_consultation(case.id)
    settle(qtbot, controller.tasks)
    consultation = workspace.editors[-1]
    consultation.notes.setPlainText("Rückkehroptionen besprochen")
    consultation.follow_up.setChecked(True)
    consultation.task.setText("Passersatzpapiere nachfragen")
    consultation.due_on.setDate(date.today() + timedelta(days=2))
    today = workspace.panel("today")
    with qtbot.waitSignal(consultation.saved, timeout=10_000):
        consultation.save()
    with qtbot.waitSignal(today.loaded, timeout=10_000):
        workspace.show_panel("today")
        settle(qtbot, controller.tasks)
    texts = [today.due.item(i).text() for i in range(today.due.count())]
    assert any("Passersatzpapiere nachfragen" in t for t in texts)


def test_auto_lock_keeps_the_open_form_as_a_draft_and_restores_it(
    qtbot, controller: Controller, make
) -> None:
    _unlock(qtbot, controller)
    workspace = controller.workspace
    assert workspace is not None and controller.session is not None
    case = Factory(controller.session.store).case()
    workspace.new_consultation(case.id)
    settle(qtbot, controller.tasks)
    editor = workspace.editors[-1]
    editor.notes.setPlainText("Halbfertige Notiz")
    assert editor.dirty
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        controller.idle.idle.emit()  # as after ten silent minutes
    assert controller.session is None and controller.workspace is None
    assert controller.window.pages.currentWidget() is controller.unlock_page
    _unlock(qtbot, controller)
    settle(qtbot, controller.tasks)
    workspace = controller.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: bool(workspace.editors), timeout=10_000)
    settle(qtbot, controller.tasks)
    assert workspace.editors[-1].notes.toPlainText() == "Halbfertige Notiz"


def test_language_switch_rebuilds_the_workspace_in_the_other_language(
    qtbot, controller: Controller
) -> None:
    _unlock(qtbot, controller)
    assert controller.workspace is not None
    assert controller.workspace.nav.item(0).text().startswith("Today")
    controller.switch_language("de")
    settle(qtbot, controller.tasks)
    assert controller.workspace is not None
    assert controller.workspace.nav.item(0).text().startswith("Heute")
    controller.switch_language("en")
    settle(qtbot, controller.tasks)
    assert controller.workspace.nav.item(0).text().startswith("Today")


def test_settings_change_the_idle_lock_and_persist(qtbot, controller: Controller) -> None:
    from ui import settings as settings_io

    _unlock(qtbot, controller)
    controller.apply_settings(idle_minutes=3, sync_interval_seconds=600)
    assert controller.idle._timer.interval() == 3 * 60_000
    assert controller.idle.running
    saved = settings_io.load()
    assert (saved.idle_lock_minutes, saved.sync_interval_seconds) == (3, 600)


def test_first_run_page_then_workspace(qtbot, tmp_path) -> None:
    from tests.conftest import FAST_KDF

    ctl = Controller(
        data_dir=tmp_path / "fresh", settings=DesktopSettings(language="en"), kdf=FAST_KDF
    )
    qtbot.addWidget(ctl.window)
    ctl.start()
    assert ctl.first_run is not None
    wizard = ctl.first_run
    wizard.welcome.actor.setText("bea")
    wizard.next()
    strong = "Fahrrad Laterne Kompass 42"
    wizard.password_page.fields.first.setText(strong)
    wizard.password_page.fields.second.setText(strong)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.store is not None, timeout=10_000)
    with qtbot.waitSignal(ctl.unlocked, timeout=10_000):
        wizard.accept()
    assert ctl.workspace is not None and ctl.session is not None
    assert ctl.session.actor == "bea"
    ctl.quit()


def test_revoked_with_wipe_tells_the_user_and_closes_without_writing(
    qtbot, controller: Controller, data_dir: Path, monkeypatch
) -> None:
    from ui.qt import QtCore, QtWidgets

    _unlock(qtbot, controller)
    assert controller.session is not None and controller.workspace is not None
    workspace = controller.workspace
    case = Factory(controller.session.store).case()
    workspace.new_consultation(case.id)
    settle(qtbot, controller.tasks)
    workspace.editors[-1].notes.setPlainText("darf nicht gespeichert werden")
    notices: list[str] = []
    monkeypatch.setattr(
        QtWidgets.QMessageBox, "warning", lambda _parent, title, _text, *a: notices.append(title)
    )
    monkeypatch.setattr(QtCore.QCoreApplication, "quit", lambda *a: notices.append("quit"))
    controller.on_sync_revoked(True, "Laptop verloren")  # the app erases, then tells
    assert notices == ["Device removed and data erased", "quit"]
    assert not data_dir.exists()  # and no draft brought it back
    assert controller.session is None and controller.workspace is None


def test_revoked_without_wipe_keeps_the_data_readable(
    qtbot, controller: Controller, monkeypatch
) -> None:
    from ui.qt import QtWidgets

    _unlock(qtbot, controller)
    notices: list[str] = []
    monkeypatch.setattr(
        QtWidgets.QMessageBox, "warning", lambda _parent, title, _text, *a: notices.append(title)
    )
    controller.on_sync_revoked(False, "")
    assert notices == ["Device removed"]
    assert controller.session is not None and controller.workspace is not None


def test_sidebar_never_scrolls_sideways_and_always_shows_the_count(
    qtbot, controller: Controller
) -> None:
    """Issue 13/15: a three-digit badge on a long German title gave the sidebar a scroll bar."""
    from ui.app import load_style
    from ui.qt import QtWidgets

    app = QtWidgets.QApplication.instance()
    load_style(app)  # the padding that makes the room tight comes from the style sheet
    controller.window.resize(1366, 768)
    controller.window.show()
    _unlock(qtbot, controller)
    controller.switch_language("de")
    settle(qtbot, controller.tasks)
    workspace = controller.workspace
    assert workspace is not None
    nav = workspace.nav
    for count in (7, 123, 4567):
        for panel in workspace._panels.values():
            panel.badge_changed.emit(count)
        qtbot.wait_until(lambda: nav.item(0).text().endswith(")"), timeout=2_000)
        nav.doItemsLayout()
        qtbot.wait(0)
        assert not nav.horizontalScrollBar().isVisible()
        assert nav.horizontalScrollBar().maximum() == 0, "the sidebar can scroll sideways"
        shown = str(count) if count < 1000 else "999+"
        for row in range(nav.count()):
            item = nav.item(row)
            assert item.text().endswith(f"({shown})")
            width = nav.fontMetrics().horizontalAdvance(item.text())
            assert nav.visualItemRect(item).width() <= nav.viewport().width()
            assert width <= nav.viewport().width()
    app.setStyleSheet("")


def test_the_workspace_is_kept_out_of_full_collections_until_the_lock(
    qtbot, controller: Controller
) -> None:
    """A full collection after unlock walked every widget of the workspace (a 72 ms hitch on
    the first person opened in bench/gui.py): once Today stands, what is alive is frozen; the
    lock thaws it, and the dropped workspace is collected again."""
    import gc

    assert gc.get_freeze_count() == 0
    _unlock(qtbot, controller)
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 1000, timeout=10_000)
    assert controller.workspace is not None

    controller.lock()
    assert gc.get_freeze_count() == 0  # the lock thaws first, whatever else it does
    assert controller.workspace is None
    _unlock(qtbot, controller)  # and the next unlock settles again
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 1000, timeout=10_000)
