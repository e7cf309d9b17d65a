"""The lock is the one path that cannot fail (issue 15, fault 1).

Seen: Person → Applications → "New application…" → Esc → Lock gave "Unexpected error"
(a RuntimeError on the deleted form), the person's file stayed on screen, every later lock
and Ctrl+Q failed the same way and, the idle timer being stopped, auto-lock never came.
Here every kind of form is open, half-filled, closed by Esc, with a task in flight, or
raising, and the lock must still close the store, show the lock screen and come back
armed (auto-lock and sync) after unlocking.
"""

import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.errors import StoreClosed
from app.services import drafts as draft_service
from tests.conftest import PASSWORD, Factory
from tests.ui.conftest import settle
from tests.ui.forms import BY_NAME, FORMS, FormKind, make_place
from ui.app import Controller
from ui.qt import Qt, QtWidgets
from ui.settings import DesktopSettings

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def controller(qtbot, store_and_recovery, data_dir: Path):
    store_and_recovery[0].close()
    ctl = Controller(data_dir=data_dir, settings=DesktopSettings(language="en"))
    qtbot.addWidget(ctl.window)
    ctl.start()
    unlock(qtbot, ctl)
    yield ctl
    ctl.quit()


def unlock(qtbot, ctl: Controller) -> None:
    ctl.unlock_page.password.setText(PASSWORD)
    with qtbot.waitSignal(ctl.unlocked, timeout=10_000):
        qtbot.mouseClick(ctl.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    settle(qtbot, ctl.tasks)


def assert_locked(ctl: Controller, store) -> None:
    assert ctl.session is None and ctl.workspace is None
    assert ctl.window.pages.currentWidget() is ctl.unlock_page
    assert not ctl.idle.running and ctl.sync is None
    with pytest.raises(StoreClosed), store.read() as conn:  # the engine is gone with the key
        conn.exec_driver_sql("select 1")
    assert not [w for w in QtWidgets.QApplication.topLevelWidgets() if _form_shown(w)]


def _form_shown(widget: QtWidgets.QWidget) -> bool:
    from ui.drafts import Editor

    return isinstance(widget, Editor) and widget.isVisible()


def assert_unlocks_armed(qtbot, ctl: Controller) -> None:
    """After unlocking: auto-lock and sync run again, and Ctrl+L locks once more."""
    if ctl.session is None:
        unlock(qtbot, ctl)
    assert ctl.workspace is not None and ctl.idle.running and ctl.sync is not None
    store = ctl.session.store
    with qtbot.waitSignal(ctl.locked, timeout=10_000):
        qtbot.keyClick(ctl.workspace.nav, Qt.Key.Key_L, CTRL)
    assert_locked(ctl, store)


def test_new_application_esc_then_lock_as_reported(qtbot, controller: Controller) -> None:
    workspace = controller.workspace
    assert workspace is not None and controller.session is not None
    store = controller.session.store
    case = Factory(store).case()
    with qtbot.waitSignal(workspace.person_view.dossier_loaded, timeout=10_000):
        workspace.show_person(case.main_contact_id)
    settle(qtbot, controller.tasks)
    section = workspace.person_view.applications
    qtbot.waitUntil(section.new_button.isEnabled)
    qtbot.mouseClick(section.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, controller.tasks)
    (editor,) = workspace.editors
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: workspace.editors == [])
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        qtbot.mouseClick(workspace.lock_button, Qt.MouseButton.LeftButton)
    assert controller.last_teardown.failed == []
    assert_locked(controller, store)
    assert_unlocks_armed(qtbot, controller)
    qtbot.keyClick(controller.unlock_page.password, Qt.Key.Key_Q, CTRL)  # and quitting works
    assert controller.session is None and not controller.window.isVisible()


def _open(qtbot, controller: Controller, kind: FormKind, *, wait: bool = True):
    workspace = controller.workspace
    assert workspace is not None and controller.session is not None
    editor = kind.open(workspace.ctx, make_place(Factory(controller.session.store)))
    workspace.open_editor(editor)
    if wait:
        settle(qtbot, controller.tasks)
    return editor


@pytest.mark.parametrize("state", ["half-filled", "asking", "closed by Esc", "loading", "saving"])
@pytest.mark.parametrize("kind", FORMS, ids=lambda k: k.name)
def test_every_form_in_every_state_locks(qtbot, controller: Controller, kind, state) -> None:
    assert controller.session is not None
    store = controller.session.store
    editor = _open(qtbot, controller, kind, wait=state != "loading")
    if state != "loading":
        kind.fill(qtbot, editor)
    if state == "asking":  # the unsaved-changes question is open when the lock comes
        qtbot.keyClick(kind.field(editor), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: editor.close_question is not None)
    elif state == "closed by Esc":
        qtbot.keyClick(kind.field(editor), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: editor.close_question is not None)
        qtbot.mouseClick(
            next(b for b in editor.close_question.buttons() if b.text() == "&Discard changes"),
            Qt.MouseButton.LeftButton,
        )
        qtbot.waitUntil(lambda: not editor.is_open())
    elif state == "saving":
        qtbot.keyClick(kind.field(editor), Qt.Key.Key_S, CTRL)  # the save is in flight
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        controller.idle.idle.emit()  # as after ten silent minutes
    assert controller.last_teardown.failed == []
    assert_locked(controller, store)
    if state in ("half-filled", "asking"):
        unlock(qtbot, controller)
        workspace = controller.workspace
        assert workspace is not None
        # The lock kept the typing as a draft and reopens the form after unlocking.
        qtbot.waitUntil(lambda: len(workspace.editors) == 1, timeout=10_000)
        settle(qtbot, controller.tasks)
        (reopened,) = workspace.editors
        assert reopened.form == editor.form
        assert reopened.payload() == draft_payload(controller, reopened.draft_key)
        if kind.text:
            assert kind.text.strip() in str(reopened.payload())
    assert_unlocks_armed(qtbot, controller)


@pytest.mark.parametrize("window", ["save anyway?", "household search"])
def test_the_person_form_locks_with_its_question_or_search_open(
    qtbot, controller: Controller, window
) -> None:
    """The check at intake's question and the household search are the form's own windows:
    the lock closes them and keeps the typing."""
    assert controller.session is not None
    store = controller.session.store
    Factory(store).person(family_name="Avcı")  # before the form: its index is built as it opens
    editor = _open(qtbot, controller, BY_NAME["person"])
    qtbot.keyClicks(editor.family_name, "Avci")
    if window == "save anyway?":
        qtbot.waitUntil(editor.matches.isVisible, timeout=10_000)
        qtbot.keyClick(editor.family_name, Qt.Key.Key_S, CTRL)
        qtbot.waitUntil(lambda: editor.duplicate_question is not None, timeout=10_000)
        shown = editor.duplicate_question
    else:
        qtbot.mouseClick(editor.household.join_button, Qt.MouseButton.LeftButton)
        shown = editor.picker
    assert shown is not None and shown.isVisible()
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        controller.lock()
    assert controller.last_teardown.failed == []
    assert_locked(controller, store)
    unlock(qtbot, controller)
    workspace = controller.workspace
    assert workspace is not None
    qtbot.waitUntil(lambda: len(workspace.editors) == 1, timeout=10_000)
    settle(qtbot, controller.tasks)
    assert workspace.editors[0].payload()["family_name"] == "Avci"


def draft_payload(controller: Controller, key: str) -> dict:
    assert controller.session is not None
    found = draft_service.draft(controller.session.store, key=key)
    assert found is not None
    return found.payload


@pytest.mark.parametrize("kind", [BY_NAME["person"], BY_NAME["follow_up"]], ids=lambda k: k.name)
def test_a_form_that_raises_does_not_stop_the_lock(
    qtbot, controller: Controller, kind, monkeypatch, caplog
) -> None:
    assert controller.session is not None
    store = controller.session.store
    broken = _open(qtbot, controller, kind)
    kind.fill(qtbot, broken)
    other = _open(qtbot, controller, BY_NAME["referral"])
    BY_NAME["referral"].fill(qtbot, other)

    quoted = "".join(("Had", "dad, Rami"))  # an error quoting data: never in the log

    def payload() -> dict:
        raise RuntimeError(quoted)

    monkeypatch.setattr(broken, "payload", payload)
    monkeypatch.setattr(controller.workspace, "release", lambda: 1 / 0)
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        controller.lock()
    assert controller.last_teardown.failed == ["release"]
    assert_locked(controller, store)
    assert "RuntimeError" in caplog.text and "ZeroDivisionError" in caplog.text
    assert "Haddad" not in caplog.text
    unlock(qtbot, controller)
    workspace = controller.workspace
    assert workspace is not None
    # The other form's draft, and the broken one's draft as written when its window lost the
    # focus to the other (the last it could write).
    qtbot.waitUntil(lambda: len(workspace.editors) == 2, timeout=10_000)
    assert sorted(e.form for e in workspace.editors) == sorted([kind.name, "referral"])
    assert_unlocks_armed(qtbot, controller)


def test_a_dialog_or_menu_open_in_the_main_window_goes_with_the_lock(
    qtbot, controller: Controller
) -> None:
    from ui.qt import QtCore

    assert controller.session is not None
    store = controller.session.store
    asked: list[object] = []

    def lock_while_asked() -> None:
        box = QtWidgets.QApplication.activeModalWidget()
        asked.append(box)
        controller.lock()

    QtCore.QTimer.singleShot(0, lock_while_asked)
    answer = QtWidgets.QMessageBox.question(controller.window, "Withdraw?", "Really?")
    assert asked and answer != QtWidgets.QMessageBox.StandardButton.Yes
    assert_locked(controller, store)
    assert_unlocks_armed(qtbot, controller)


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    plan=st.lists(
        st.tuples(
            st.sampled_from([k.name for k in FORMS]),
            st.sampled_from(["open", "fill", "esc", "esc-discard", "close", "save"]),
        ),
        min_size=1,
        max_size=6,
    ),
    seed=st.integers(0, 2**16),
)
def test_random_sets_of_forms_always_lock(qtbot, controller: Controller, plan, seed) -> None:
    """Random forms opened, typed in, closed by Esc or by the window's close, saved; then the
    lock. Whatever the mix: the store is closed, the lock screen shown, and it unlocks armed."""
    if controller.session is None:
        unlock(qtbot, controller)
    assert controller.session is not None and controller.workspace is not None
    rng = random.Random(seed)
    store = controller.session.store
    opened = []
    for name, action in plan:
        kind = BY_NAME[name]
        editor = _open(qtbot, controller, kind, wait=rng.random() < 0.7)
        opened.append(editor)
        if action == "open":
            continue
        if editor.isEnabled():
            kind.fill(qtbot, editor)
        if action in ("esc", "esc-discard"):
            qtbot.keyClick(editor, Qt.Key.Key_Escape)
            box = editor.close_question
            if action == "esc-discard" and box is not None:
                discard = next(b for b in box.buttons() if b.text() == "&Discard changes")
                qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
        elif action == "close":
            editor.close()  # the window's close button
        elif action == "save":
            qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        qtbot.keyClick(controller.window, Qt.Key.Key_L, CTRL)
    assert controller.last_teardown.failed == []
    assert_locked(controller, store)
    unlock(qtbot, controller)
    assert controller.idle.running and controller.sync is not None
    workspace = controller.workspace
    assert workspace is not None
    settle(qtbot, controller.tasks)
    workspace.close_editors()
