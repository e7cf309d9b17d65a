"""Enter never saves a form, Ctrl+S does; typed text in a list settles or is refused (fault 3).

Seen: Enter saved the person form half-filled, the language picker kept "Dari" so that typing
went on into "DariPasch", and Down+Enter added a language nobody chose, then saved.
"""

import pytest

from app.services import records
from tests.ui.conftest import settle
from tests.ui.forms import BY_NAME, FORMS, make_place
from ui.drafts import CloseMode, Editor
from ui.qt import Qt, QtWidgets

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
# What the forms' `fill` types makes a complete record for these; the others need more.
COMPLETE = {
    "person",
    "person_edit",
    "consultation",
    "application",
    "referral",
    "follow_up",
    "follow_up_edit",
    "consent",
    "document_check",
    "departure",
    "support_payment",
    "case_details",
    "case_open",
    "external_reference",
    "reintegration_measure",
}


@pytest.fixture
def opened():
    forms: list[Editor] = []
    yield forms
    for editor in forms:
        if editor.is_open():
            editor.close_with(CloseMode.DROP)


def _open(qtbot, ctx, tasks, make, name: str, opened: list[Editor]) -> Editor:
    editor = BY_NAME[name].open(ctx, make_place(make))
    opened.append(editor)
    editor.show()
    settle(qtbot, tasks)
    # Keys go to the window a person types in: the active one (shortcuts, focus changes).
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def _single_line_fields(editor: Editor) -> list[QtWidgets.QWidget]:
    """Where Enter is typed: every line edit, spin box, date and combo of the form."""
    kinds = (QtWidgets.QLineEdit, QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox)
    found = [w for w in editor.findChildren(QtWidgets.QWidget) if isinstance(w, kinds)]
    # A combo's own line edit is reached through the combo.
    return [w for w in found if w.isVisibleTo(editor) and w.isEnabled()]


@pytest.mark.parametrize("kind", FORMS, ids=lambda k: k.name)
def test_enter_in_any_field_does_not_save_and_ctrl_s_does(
    qtbot, ctx, tasks, make, opened, kind
) -> None:
    editor = _open(qtbot, ctx, tasks, make, kind.name, opened)
    saved: list[object] = []
    editor.saved.connect(saved.append)
    field = kind.fill(qtbot, editor)
    count_before = _records(make.store, editor)
    for target in [field, *_single_line_fields(editor)]:
        target.setFocus()
        qtbot.keyClick(target, Qt.Key.Key_Return)
        qtbot.keyClick(target, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    settle(qtbot, tasks)
    assert saved == [] and editor.is_open()
    assert _records(make.store, editor) == count_before

    field.setFocus()
    if kind.name in COMPLETE:
        with qtbot.waitSignal(editor.saved, timeout=10_000):
            qtbot.keyClick(field, Qt.Key.Key_S, CTRL)
        settle(qtbot, tasks)
        assert not editor.is_open()
    else:  # Ctrl+S tries, and the form says what is missing
        qtbot.keyClick(field, Qt.Key.Key_S, CTRL)
        settle(qtbot, tasks)
        assert editor.is_open() and editor.problems.any()


def _records(store, editor: Editor) -> int:
    entity = {
        "person": "person",
        "consultation": "consultation",
        "application": "application",
        "referral": "referral",
        "case_status": "case_status_change",
        "case_details": "case",  # an update: the saved signal tells, the count stays
        "case_open": "case",
        "follow_up": "follow_up",
        "vulnerability": "vulnerability",
        "consent": "consent",
        "travellers": "application_traveller",
        "document_check": "document_check",
        "departure": "departure",
        "support_payment": "support_payment",
        "external_reference": "external_reference",
        "reintegration_measure": "reintegration_measure",
    }[editor.form]
    return len(records.find(store, entity=entity))


def _popup(picker: QtWidgets.QComboBox) -> QtWidgets.QAbstractItemView:
    return picker.completer().popup()


def test_the_language_picker_adds_clears_and_never_picks_by_itself(
    qtbot, ctx, tasks, make, opened
) -> None:
    editor = _open(qtbot, ctx, tasks, make, "person", opened)
    qtbot.keyClicks(editor.family_name, "Haddad")
    picker = editor.languages.picker
    picker.setFocus()
    qtbot.keyClicks(picker.lineEdit(), "Dari")
    qtbot.waitUntil(lambda: _popup(picker).isVisible())
    qtbot.keyClick(_popup(picker), Qt.Key.Key_Down)  # the first match
    qtbot.keyClick(_popup(picker), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.currentText() == "")
    assert editor.languages.codes() == ["prs"]

    qtbot.keyClicks(picker.lineEdit(), "Push")
    assert picker.currentText() == "Push"  # not "DariPush"
    if _popup(picker).isVisible():
        qtbot.keyClick(_popup(picker), Qt.Key.Key_Escape)
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)  # "Push" names one language: added
    qtbot.waitUntil(lambda: picker.currentText() == "")
    assert editor.languages.codes() == ["prs", "pus"]

    # Down opens the list instead of taking the next language; Enter there adds nothing.
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: _popup(picker).isVisible())
    qtbot.keyClick(_popup(picker), Qt.Key.Key_Return)
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    settle(qtbot, tasks)
    assert editor.languages.codes() == ["prs", "pus"]
    assert editor.is_open()

    # Text that names several languages or none is not saved away silently.
    qtbot.keyClicks(picker.lineEdit(), "an")
    if _popup(picker).isVisible():
        qtbot.keyClick(_popup(picker), Qt.Key.Key_Escape)
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_S, CTRL)
    settle(qtbot, tasks)
    assert editor.is_open() and editor.errors["languages"].text()


@pytest.mark.parametrize(
    ("form", "combo", "typed", "code"),
    [
        ("person", "nationality", "syri", "SYR"),
        ("consultation", "interpreter_language", "turkis", "tur"),
        ("application", "destination", "afghan", "AFG"),
    ],
)
def test_a_searchable_list_completes_typed_text_or_refuses_it_at_the_field(
    qtbot, ctx, tasks, make, opened, form, combo, typed, code
) -> None:
    editor = _open(qtbot, ctx, tasks, make, form, opened)
    box = getattr(editor, combo)
    qtbot.mouseClick(box.lineEdit(), Qt.MouseButton.LeftButton)  # the cursor after "(none)"
    qtbot.keyClicks(box.lineEdit(), typed)
    if _popup(box).isVisible():
        qtbot.keyClick(_popup(box), Qt.Key.Key_Escape)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_Tab)  # leaving the field ends the typing
    qtbot.waitUntil(lambda: box.code() == code)
    assert box.currentText() == box.itemText(box.currentIndex())  # shown in full

    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "zzq")
    if _popup(box).isVisible():
        qtbot.keyClick(_popup(box), Qt.Key.Key_Escape)
    saved: list[object] = []
    editor.saved.connect(saved.append)
    qtbot.keyClick(box.lineEdit(), Qt.Key.Key_S, CTRL)
    settle(qtbot, tasks)
    assert saved == [] and editor.is_open()
    name = {"destination": "destination_country"}.get(combo, combo)
    message = editor.errors[name].text() if form == "person" else editor.problems.message(name)
    assert message == "Choose an entry from the list"
