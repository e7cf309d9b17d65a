"""The Return section's travellers: the household with "travels" boxes and relationships."""

import pytest

from app.domain.returns.codes import Relationship, TravellerRole
from app.services.returns.travellers import set_traveller, travellers_in
from tests.app.services.return_family import family
from tests.ui.conftest import settle
from tests.ui.return_view import active, ctrl_s, open_return, reloaded
from ui.editors.travellers import TravellersEditor
from ui.qt import Qt

pytestmark = pytest.mark.gui


def rows(store, application_id):
    with store.read() as conn:
        return {t.person_id: t for t in travellers_in(conn, [application_id])[application_id]}


def test_choose_travellers_by_keys_and_clicks_and_save(qtbot, ctx, tasks, store, editors):
    f = family(store, travellers=False)
    view = open_return(qtbot, ctx, tasks, f)
    assert "whole household" in view.returns.travellers_label.text()

    qtbot.mouseClick(view.returns.travellers_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    editor = editors[-1]
    assert isinstance(editor, TravellersEditor)
    assert len(editor.travels) == 4 and all(c.isChecked() for c in editor.travels.values())
    # The case's main contact is the main applicant; she has no relationship to herself.
    assert editor.main_applicant.code() == f.samira
    assert not editor.relationship[f.samira].isEnabled()
    active(qtbot, editor)

    qtbot.mouseClick(editor.travels[f.karim], Qt.MouseButton.LeftButton)  # Karim stays
    assert not editor.travels[f.karim].isChecked()
    qtbot.keyClick(editor.relationship[f.karim], Qt.Key.Key_Down)  # spouse, the first
    editor.relationship[f.lina].setFocus()
    qtbot.keyClick(editor.relationship[f.lina], Qt.Key.Key_Down)
    qtbot.keyClick(editor.relationship[f.lina], Qt.Key.Key_Down)  # child
    # Tab runs down the household: Lina's relationship, then Omar's box, then his relationship.
    qtbot.keyClick(editor.relationship[f.lina], Qt.Key.Key_Tab)
    assert editor.travels[f.omar].hasFocus()
    qtbot.keyClick(editor.travels[f.omar], Qt.Key.Key_Tab)
    assert editor.relationship[f.omar].hasFocus()
    qtbot.keyClick(editor.relationship[f.omar], Qt.Key.Key_Down)
    qtbot.keyClick(editor.relationship[f.omar], Qt.Key.Key_Down)
    assert editor.dirty

    reloaded(qtbot, view, tasks, lambda: ctrl_s(qtbot, tasks, editor, editor.relationship[f.omar]))
    saved = rows(store, f.application)
    assert saved[f.samira].role == TravellerRole.main_applicant
    assert saved[f.samira].relationship is None and saved[f.samira].travels
    assert saved[f.karim].relationship == Relationship.spouse and not saved[f.karim].travels
    assert saved[f.lina].relationship == Relationship.child and saved[f.lina].travels
    assert saved[f.omar].relationship == Relationship.child and saved[f.omar].travels
    text = view.returns.travellers_label.text()
    assert "Rahimi, Lina (child)" in text and "staying: Rahimi, Karim (spouse or partner)" in text


def test_a_new_main_applicant_takes_the_place_of_the_old_one(qtbot, ctx, tasks, store, editors):
    f = family(store)  # Samira is the main applicant
    editor = TravellersEditor.for_application(ctx, f.application)
    editors.append(editor)
    editor.show()
    settle(qtbot, tasks)
    assert editor.main_applicant.code() == f.samira
    assert not editor.travels[f.karim].isChecked()  # as stored: Karim stays
    editor.main_applicant.set_code(f.karim)
    assert (
        editor.relationship[f.samira].isEnabled() and not editor.relationship[f.karim].isEnabled()
    )
    editor.relationship[f.samira].set_code("spouse")
    editor.travels[f.karim].setChecked(True)
    active(qtbot, editor)
    ctrl_s(qtbot, tasks, editor, editor.main_applicant)
    saved = rows(store, f.application)
    assert saved[f.karim].role == TravellerRole.main_applicant and saved[f.karim].travels
    assert saved[f.samira].role == TravellerRole.household_member
    assert saved[f.samira].relationship == Relationship.spouse


def test_nobody_travelling_is_refused_at_the_field(qtbot, ctx, tasks, store, editors):
    f = family(store, travellers=False)
    set_traveller(
        store, application_id=f.application, person_id=f.samira, role=TravellerRole.main_applicant
    )
    editor = TravellersEditor.for_application(ctx, f.application)
    editors.append(editor)
    editor.show()
    settle(qtbot, tasks)
    for check in editor.travels.values():
        check.setChecked(False)
    active(qtbot, editor)
    qtbot.keyClick(editor.main_applicant, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    assert editor.is_open() and editor.problems.message("travellers")
    assert set(rows(store, f.application)) == {f.samira}


def test_travellers_draft_comes_back_with_the_household(qtbot, ctx, tasks, store, editors):
    f = family(store)
    editor = TravellersEditor.for_application(ctx, f.application)
    editors.append(editor)
    editor.show()
    settle(qtbot, tasks)
    editor.travels[f.omar].setChecked(False)
    before = editor.payload()
    again = TravellersEditor(ctx, draft_key="k")
    editors.append(again)
    again.load_payload(before)
    again.show()
    settle(qtbot, tasks)
    assert again.payload() == before
    assert not again.travels[f.omar].isChecked() and again.travels[f.lina].isChecked()
