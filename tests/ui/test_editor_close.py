"""Closing a form with changes goes one way, whichever way it is closed: it asks, or keeps a draft.

Issue 15, fault 2: Esc closed "Neue Person" through QDialog.reject(), which skipped the close
handling: no question, no draft (the autosave waited 15 s), and the workspace kept a dead
window. Every kind of form is tried, and the draft is waited for on a signal, never a sleep.
"""

import pytest

from app.services import drafts as draft_service
from tests.ui.conftest import settle
from tests.ui.forms import BY_NAME, FORMS, FormKind, make_place
from ui.drafts import AUTOSAVE_MS, CloseMode, Editor
from ui.qt import Qt, QtWidgets

pytestmark = pytest.mark.gui


@pytest.fixture
def opened():
    """Forms a test opened; closed without writing anything at the end if still open."""
    forms: list[Editor] = []
    yield forms
    for editor in forms:
        if editor.is_open():
            editor.close_with(CloseMode.DROP)


def _open(qtbot, ctx, tasks, make, kind: FormKind, opened: list[Editor]) -> Editor:
    editor = kind.open(ctx, make_place(make))
    opened.append(editor)
    editor.show()
    settle(qtbot, tasks)
    return editor


def _question(qtbot, editor: Editor) -> QtWidgets.QMessageBox:
    qtbot.waitUntil(lambda: editor.close_question is not None and editor.close_question.isVisible())
    assert editor.close_question is not None
    return editor.close_question


def _button(box: QtWidgets.QMessageBox, text: str) -> QtWidgets.QAbstractButton:
    return next(b for b in box.buttons() if b.text() == text)


@pytest.mark.parametrize("kind", FORMS, ids=lambda k: k.name)
def test_esc_on_a_changed_form_asks_and_keep_writes_the_draft(
    qtbot, ctx, tasks, make, opened, kind
) -> None:
    editor = _open(qtbot, ctx, tasks, make, kind, opened)
    kind.fill(qtbot, editor)
    qtbot.keyClick(kind.field(editor), Qt.Key.Key_Escape)  # at once, before any autosave
    box = _question(qtbot, editor)
    assert editor.isVisible()  # nothing closed behind the question
    with qtbot.waitSignal(editor.closed, timeout=5_000):
        qtbot.mouseClick(_button(box, "&Keep as draft"), Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    kept = draft_service.drafts(make.store)
    assert [d.form for d in kept] == [editor.form]
    if kind.text:
        assert any(kind.text.strip() in str(v) for v in kept[0].payload.values())


def test_esc_discard_and_cancel_do_what_they_say(qtbot, ctx, tasks, make, opened) -> None:
    kind = BY_NAME["person"]
    editor = _open(qtbot, ctx, tasks, make, kind, opened)
    kind.fill(qtbot, editor)
    qtbot.keyClick(editor.family_name, Qt.Key.Key_Escape)
    box = _question(qtbot, editor)
    qtbot.mouseClick(
        box.button(QtWidgets.QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: editor.close_question is None)
    assert editor.is_open() and editor.family_name.text() == kind.text

    qtbot.keyClick(editor.family_name, Qt.Key.Key_Escape)
    box = _question(qtbot, editor)
    with qtbot.waitSignal(editor.closed, timeout=5_000):
        qtbot.mouseClick(_button(box, "&Discard changes"), Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    assert draft_service.drafts(make.store) == []


def test_the_cancel_button_and_the_window_close_ask_too(qtbot, ctx, tasks, make, opened) -> None:
    kind = BY_NAME["referral"]
    editor = _open(qtbot, ctx, tasks, make, kind, opened)
    kind.fill(qtbot, editor)
    cancel = editor.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    _question(qtbot, editor).done(0)
    qtbot.waitUntil(lambda: editor.close_question is None)
    editor.close()  # as the window manager's close button does
    assert _question(qtbot, editor) is not None and editor.is_open()


def test_an_unchanged_form_closes_on_esc_without_asking(qtbot, ctx, tasks, make, opened) -> None:
    editor = _open(qtbot, ctx, tasks, make, BY_NAME["application"], opened)
    with qtbot.waitSignal(editor.closed, timeout=2_000):
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.close_question is None


def test_a_draft_is_written_seconds_after_the_last_keystroke(
    qtbot, ctx, tasks, make, opened
) -> None:
    assert AUTOSAVE_MS <= 2_000
    editor = _open(qtbot, ctx, tasks, make, BY_NAME["person"], opened)
    qtbot.keyClicks(editor.family_name, "Osmani")
    with qtbot.waitSignal(editor.draft_saved, timeout=AUTOSAVE_MS + 3_000):
        pass
    (kept,) = draft_service.drafts(make.store)
    assert kept.payload["family_name"] == "Osmani"


def test_leaving_the_window_writes_the_draft_at_once(qtbot, ctx, tasks, make, opened) -> None:
    editor = _open(qtbot, ctx, tasks, make, BY_NAME["consultation"], opened)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.notes, "Halber Satz")
    other = QtWidgets.QWidget()
    qtbot.addWidget(other)
    other.show()
    # Well before the autosave would run: it is the deactivation that writes.
    with qtbot.waitSignal(editor.draft_saved, timeout=AUTOSAVE_MS // 2):
        other.activateWindow()
    (kept,) = draft_service.drafts(make.store)
    assert kept.payload["notes"] == "Halber Satz"


def test_the_question_speaks_german_in_the_german_ui(qtbot, ctx, tasks, make, opened) -> None:
    """It came up in English: its texts were filed under no context in the .ts files."""
    from ui import i18n

    i18n.install("de")
    kind = BY_NAME["follow_up"]
    editor = _open(qtbot, ctx, tasks, make, kind, opened)
    kind.fill(qtbot, editor)
    qtbot.keyClick(kind.field(editor), Qt.Key.Key_Escape)
    box = _question(qtbot, editor)
    assert box.windowTitle() == "Nicht gespeicherte Änderungen"
    assert {"Als &Entwurf behalten", "Änderungen &verwerfen"} <= {b.text() for b in box.buttons()}
