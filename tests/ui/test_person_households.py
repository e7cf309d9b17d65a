"""Households in the person form and view: join an existing one, move, relationship, add member."""

import contextlib

import pytest

from app.services import records
from tests.ui.conftest import settle
from ui.drafts import CloseMode
from ui.editors.person import PersonEditor
from ui.qt import Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def forms(qtbot, tasks):
    """Shows forms; those still open at the end close without asking."""
    shown: list[PersonEditor] = []

    def show(editor: PersonEditor) -> PersonEditor:
        shown.append(editor)
        editor.show()
        settle(qtbot, tasks)
        editor.activateWindow()
        qtbot.waitUntil(editor.isActiveWindow)
        return editor

    yield show
    for editor in shown:
        with contextlib.suppress(RuntimeError):  # deleted on close after saving
            if editor.is_open():
                editor.close_with(CloseMode.DROP)
    settle(qtbot, tasks)


@pytest.fixture
def osei(make):
    household = make.household(label="Familie Osei")
    head = make.person(
        family_name="Osei",
        given_names="Kwame",
        birth_date="1979",
        nationality="GHA",
        return_country="GHA",
        languages=["eng", "aka"],
        relationship="head",
        household_id=household.id,
    )
    return household, head


def pick(qtbot, picker, text: str) -> None:
    """Type into the picker's search, wait for the hits, Enter on the first."""
    with qtbot.waitSignal(picker.searched, timeout=10_000):
        qtbot.keyClicks(picker.filter_edit, text)
    assert picker.list.count() >= 1
    with qtbot.waitSignal(picker.chosen, timeout=5_000):
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)


def save(qtbot, editor, tasks):
    with qtbot.waitSignal(editor.saved, timeout=10_000) as blocker:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    return blocker.args[0]


def test_a_new_person_joins_an_existing_household_found_by_a_members_name(
    qtbot, forms, ctx, tasks, store, osei
):
    household, _ = osei
    editor = forms(PersonEditor.for_new(ctx))
    assert editor.household.new_radio.isChecked()
    assert editor.household.relationship.code() == "head"  # who starts a household heads it
    assert not editor.dirty  # a default, not a change: closing the untouched form asks nothing
    qtbot.keyClicks(editor.family_name, "Mensah")
    qtbot.mouseClick(editor.household.join_button, Qt.MouseButton.LeftButton)
    picker = editor.picker
    assert picker is not None and picker.isVisible()
    pick(qtbot, picker, "kwame")
    assert "Osei, Kwame" in editor.household.existing_radio.text() or (
        "Familie Osei" in editor.household.existing_radio.text()
    )
    assert editor.household.existing_radio.isChecked()
    editor.household.relationship.setFocus()
    qtbot.keyClicks(editor.household.relationship, "spouse")
    assert editor.household.relationship.code() == "partner"

    person = save(qtbot, editor, tasks)
    assert person.household_id == household.id and person.relationship == "partner"
    assert records.count(store, entity="household") == 1  # no new household on the way


def test_add_member_prefills_the_family_and_opens_the_new_form(
    qtbot, forms, view, ctx, tasks, navigator, osei
):
    household, head = osei
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        view.show_person(head.id)
    view.show_section("members")
    qtbot.mouseClick(view.members.add_button, Qt.MouseButton.LeftButton)
    (editor,) = navigator.editors
    forms(editor)
    assert editor.windowTitle().startswith("New member of Familie Osei")
    assert editor.family_name.text() == "Osei"
    assert editor.nationality.code() == "GHA" and editor.return_country.code() == "GHA"
    assert editor.languages.codes() == ["eng", "aka"]
    assert editor.household.existing_radio.isChecked()
    assert not editor.dirty  # prefilled, not typed: closing asks nothing
    qtbot.keyClicks(editor.given_names, "Ama")
    editor.household.relationship.setFocus()
    qtbot.keyClicks(editor.household.relationship, "child")
    with qtbot.waitSignal(view.dossier_loaded, timeout=10_000):
        member = save(qtbot, editor, tasks)
    assert (member.family_name, member.given_names, member.relationship) == ("Osei", "Ama", "child")
    assert member.household_id == household.id and member.languages == ["eng", "aka"]
    relationships = {
        view.members.table.item(r, 0).text(): view.members.table.item(r, 3).text()
        for r in range(view.members.table.rowCount())
    }
    assert relationships == {"Osei, Ama": "child"}  # the other members, with how they relate


def test_a_person_moves_to_another_household(qtbot, forms, ctx, tasks, store, make, osei):
    household, _ = osei
    mover = make.person(family_name="Boateng", given_names="Efua")
    old_household = mover.household_id
    editor = forms(PersonEditor.for_person(ctx, mover.id))
    assert "Familie Haddad" in editor.household.existing_radio.text()
    qtbot.mouseClick(editor.household.join_button, Qt.MouseButton.LeftButton)
    pick(qtbot, editor.picker, "familie osei")
    assert "Familie Osei" in editor.household.existing_radio.text() and editor.dirty
    moved = save(qtbot, editor, tasks)
    assert moved.id == mover.id and moved.household_id == household.id
    # The household left behind stays (its cases are its own); only the membership moved.
    assert records.get(store, entity="household", record_id=old_household) is not None


def test_an_existing_person_is_added_to_the_household_from_the_view(
    qtbot, forms, view, ctx, tasks, navigator, make, osei
):
    household, head = osei
    cousin = make.person(family_name="Asante", given_names="Kofi")
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        view.show_person(head.id)
    view.show_section("members")
    qtbot.mouseClick(view.members.add_existing_button, Qt.MouseButton.LeftButton)
    picker = view.members.picker
    assert picker is not None and picker.isVisible()
    # The members themselves are not offered: they are in the household already.
    with qtbot.waitSignal(picker.searched, timeout=10_000):
        qtbot.keyClicks(picker.filter_edit, "osei")
    assert picker.list.count() == 0
    picker.filter_edit.clear()
    pick(qtbot, picker, "asante")
    (editor,) = navigator.editors
    forms(editor)
    assert editor.record_id == cousin.id
    assert "Familie Osei" in editor.household.existing_radio.text() and editor.dirty
    editor.household.relationship.setFocus()
    qtbot.keyClicks(editor.household.relationship, "other")
    with qtbot.waitSignal(view.dossier_loaded, timeout=10_000):
        joined = save(qtbot, editor, tasks)
    assert joined.household_id == household.id and joined.relationship == "other_relative"
    names = [view.members.table.item(r, 0).text() for r in range(view.members.table.rowCount())]
    assert names == ["Asante, Kofi"]
