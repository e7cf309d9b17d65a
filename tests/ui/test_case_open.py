"""Opening a case asks how the person found the service: by keys, prefilled, empty allowed.

The funder's outreach breakdown was mostly "unknown": a case opened with one click and the
channel was to be told afterwards under Case details, which hardly anyone did.
"""

from datetime import date, timedelta

import pytest

from app.services import cases as case_service
from app.services import drafts as draft_service
from app.services import records
from tests.ui.conftest import settle
from ui.drafts import CloseMode
from ui.editors.case_open import OpenCaseEditor
from ui.qt import Qt, QtWidgets

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
FOUND_VIA = 6  # the cases table's column: how the person found the service


@pytest.fixture(autouse=True)
def forms_left_open(navigator):
    """A form a test left open goes without the "keep a draft?" question."""
    yield
    for editor in navigator.editors:
        if editor.is_open():
            editor.close_with(CloseMode.DROP)


def shown(qtbot, view, person_id):
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        view.show_person(person_id)


def the_form(qtbot, view, tasks) -> OpenCaseEditor:
    """The button clicked as a person does; the form comes up ready to type."""
    qtbot.mouseClick(view.cases.open_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    [editor] = [
        w
        for w in QtWidgets.QApplication.topLevelWidgets()
        if isinstance(w, OpenCaseEditor) and w.is_open()
    ]
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.waitUntil(editor.open_button.isEnabled)  # the previous case has been asked
    return editor


def the_cases(store, household_id):
    return [c for c in records.find(store, entity="case") if c.household_id == household_id]


def test_the_channel_chosen_by_keys_opens_the_case_with_it(qtbot, view, tasks, make, store):
    person = make.person()
    shown(qtbot, view, person.id)
    assert view.cases.open_button.text().endswith("…")  # it asks first
    editor = the_form(qtbot, view, tasks)
    assert editor.focusWidget() is editor.outreach  # type straight away
    assert editor.outreach.code() is None and not editor.dirty

    qtbot.keyClick(editor.outreach, Qt.Key.Key_Down)  # reception centre session
    qtbot.keyClick(editor.outreach, Qt.Key.Key_Down)  # municipality
    qtbot.keyClick(editor.outreach, Qt.Key.Key_Return)  # Enter does not open it
    settle(qtbot, tasks)
    assert editor.is_open() and the_cases(store, person.household_id) == []
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        qtbot.keyClick(editor.outreach, Qt.Key.Key_S, CTRL)
    settle(qtbot, tasks)

    assert not editor.is_open()
    [case] = the_cases(store, person.household_id)
    assert case.outreach_channel == "municipality" and case.main_contact_id == person.id
    assert case.site == "ATR" and case.status == "first_contact"
    assert view.cases.table.item(0, FOUND_VIA).text() == "municipality"
    assert not view.cases.open_button.isEnabled()  # the household has its case now
    assert draft_service.drafts(store) == []


def test_the_previous_case_prefills_the_channel(qtbot, view, tasks, make, store):
    earlier = make.case(opened_on=date.today() - timedelta(days=800))
    records.update(store, entity="case", record_id=earlier.id, patch={"outreach_channel": "ngo"})
    later = case_service.open_case(
        store,
        household_id=earlier.household_id,
        site="ATR",
        main_contact_id=earlier.main_contact_id,
        opened_on=date.today() - timedelta(days=300),
    )  # told nothing: the newest case that tells it counts
    assert later.outreach_channel is None
    moved_to = make.household(label="Familie Haddad-Nour")
    person_id = earlier.main_contact_id
    records.update(store, entity="person", record_id=person_id, patch={"household_id": moved_to.id})
    shown(qtbot, view, person_id)
    editor = the_form(qtbot, view, tasks)
    assert editor.outreach.code() == "ngo"
    assert not editor.dirty  # a guess, not an input: Esc would keep nothing

    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        qtbot.mouseClick(editor.open_button, Qt.MouseButton.LeftButton)  # the default button
    settle(qtbot, tasks)
    [case] = the_cases(store, moved_to.id)
    assert case.outreach_channel == "ngo"


def test_leaving_the_channel_empty_opens_the_case_as_not_known(qtbot, view, tasks, make, store):
    person = make.person()
    shown(qtbot, view, person.id)
    editor = the_form(qtbot, view, tasks)
    assert editor.outreach.currentText() == "(not known)"
    assert editor.open_button.isDefault()
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        qtbot.keyClick(editor.outreach, Qt.Key.Key_S, CTRL)
    settle(qtbot, tasks)
    [case] = the_cases(store, person.household_id)
    assert case.outreach_channel is None
    assert view.cases.table.item(0, FOUND_VIA).text() == ""


def test_esc_cancels_and_keeps_nothing(qtbot, view, tasks, make, store):
    person = make.person()
    shown(qtbot, view, person.id)
    editor = the_form(qtbot, view, tasks)
    qtbot.keyClick(editor.outreach, Qt.Key.Key_Escape)
    settle(qtbot, tasks)
    assert not editor.is_open()
    assert the_cases(store, person.household_id) == []
    assert draft_service.drafts(store) == []
    assert view.cases.open_button.isEnabled()  # still to be opened


def test_esc_after_choosing_asks_like_every_form_and_discard_keeps_nothing(
    qtbot, view, tasks, make, store
):
    person = make.person()
    shown(qtbot, view, person.id)
    editor = the_form(qtbot, view, tasks)
    qtbot.keyClick(editor.outreach, Qt.Key.Key_Down)
    qtbot.keyClick(editor.outreach, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: editor.close_question is not None)
    box = editor.close_question
    assert box is not None
    [discard] = [b for b in box.buttons() if "Discard" in b.text()]
    qtbot.mouseClick(discard, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    assert not editor.is_open()
    assert the_cases(store, person.household_id) == []
    assert draft_service.drafts(store) == []


def test_a_second_form_for_the_same_household_does_not_open_a_second_case(
    qtbot, view, tasks, make, store
):
    person = make.person()
    shown(qtbot, view, person.id)
    first = the_form(qtbot, view, tasks)
    case_service.open_case(  # meanwhile, e.g. from a draft of the same form
        store, household_id=person.household_id, site="ATR", main_contact_id=person.id
    )
    qtbot.keyClick(first.outreach, Qt.Key.Key_S, CTRL)
    settle(qtbot, tasks)
    assert first.is_open() and first.problems.any()
    assert len(the_cases(store, person.household_id)) == 1
    first.close()
