"""The person form: create with a new household, add a member, edit, field errors, drafts."""

import contextlib

import pytest

from app.domain.people import Person
from app.services import records
from tests.ui.conftest import settle
from ui.drafts import CloseMode
from ui.editors.person import PersonEditor
from ui.editors.person_fields import parse_birth_date
from ui.qt import QtCore

pytestmark = pytest.mark.gui


@pytest.fixture
def open_editor():
    """Shows editors; those still open at the end close without asking (saved ones delete themselves)."""
    shown = []

    def show(_qtbot, editor):
        shown.append(editor)
        editor.show()
        return editor

    yield show
    for editor in shown:
        with contextlib.suppress(RuntimeError):  # deleted on close after saving
            editor.close_with(CloseMode.DROP)


def saved(qtbot, editor, tasks):
    with qtbot.waitSignal(editor.saved) as blocker:
        editor.save_button.click()
    settle(qtbot, tasks)
    return blocker.args[0]


def test_new_person_in_new_household(qtbot, open_editor, ctx, tasks, store):
    editor = open_editor(qtbot, PersonEditor.for_new(ctx))
    assert (
        editor.household.new_radio.isChecked() and not editor.household.existing_radio.isVisible()
    )
    editor.family_name.setText("Rahimi")
    editor.given_names.setText("Farid")
    editor.aliases.setText("Rahimy, Rahimi F.")
    editor.birth_date.setText("1987-03")
    editor.nationality.setEditText("afghanistan")
    editor.languages.add_code("prs")
    editor.household.set_new_label("Familie Rahimi")

    person = saved(qtbot, editor, tasks)
    assert isinstance(person, Person)
    assert person.aliases == ["Rahimy", "Rahimi F."]
    assert person.birth_date == "1987-03"
    assert person.nationality == "AFG"
    assert person.languages == ["prs"]
    assert person.site == "ATR"
    assert person.sex == "unknown"
    household = records.get(store, entity="household", record_id=person.household_id)
    assert household.label == "Familie Rahimi"


def test_field_errors_shown_next_to_the_field(qtbot, open_editor, ctx, tasks, store):
    editor = open_editor(qtbot, PersonEditor.for_new(ctx))
    editor.family_name.setText("Rahimi")
    editor.birth_date.setText("im Frühling")
    editor.nationality.setEditText("Atlantis")
    editor.save_button.click()
    settle(qtbot, tasks)
    assert editor.errors["birth_date"].isVisible()
    assert editor.errors["nationality"].isVisible()
    assert editor.birth_date.accessibleDescription() == editor.errors["birth_date"].text()
    assert records.count(store, entity="person") == 0

    # The domain's own rules come back from the worker and land under their field.
    editor.birth_date.setText("2090")
    editor.nationality.setEditText("")
    editor.phone.setText("call me")
    editor.save_button.click()
    settle(qtbot, tasks)
    assert not editor.errors["nationality"].isVisible()
    assert "future" in editor.errors["birth_date"].text()
    assert editor.errors["phone"].isVisible()
    assert records.count(store, entity="household") == 0  # all or nothing

    editor.birth_date.setText("1990")
    editor.phone.setText("+49 651 1234")
    person = saved(qtbot, editor, tasks)
    assert person.phone == "+49 651 1234"
    assert records.count(store, entity="household") == 1


def test_new_member_joins_the_household(qtbot, open_editor, ctx, tasks, make):
    household = make.household(label="Familie Osei")
    editor = open_editor(qtbot, PersonEditor.for_new(ctx, household_id=household.id))
    settle(qtbot, tasks)
    assert editor.household.existing_radio.isChecked()
    assert "Familie Osei" in editor.household.existing_radio.text()
    editor.family_name.setText("Osei")
    person = saved(qtbot, editor, tasks)
    assert person.household_id == household.id


def test_edit_loads_and_patches(qtbot, open_editor, ctx, tasks, make, store):
    original = make.person(birth_date="1990-05-17", languages=["ara"])
    editor = open_editor(qtbot, PersonEditor.for_person(ctx, original.id))
    settle(qtbot, tasks)
    assert editor.isEnabled()
    assert editor.family_name.text() == "Haddad"
    assert editor.nationality.code() == "SYR"
    assert editor.languages.codes() == ["ara"]
    assert editor.household.existing_radio.isChecked()
    assert not editor.dirty
    qtbot.keyClicks(editor.given_names, "-Karim")
    assert editor.dirty
    person = saved(qtbot, editor, tasks)
    assert person.id == original.id and person.given_names == "Rami-Karim"
    assert person.household_id == original.household_id
    assert records.count(store, entity="household") == 1


def test_draft_payload_round_trip(qtbot, open_editor, ctx, tasks, make):
    household = make.household()
    editor = open_editor(qtbot, PersonEditor.for_new(ctx, household_id=household.id))
    settle(qtbot, tasks)
    editor.family_name.setText("Haddad")
    editor.birth_date.setText("2001")
    editor.birth_date_estimated.setChecked(True)
    editor.return_country.set_code("SYR")
    editor.languages.set_codes(["ara", "kur"])
    editor.interpreter_needed.setChecked(True)
    editor.residence_status.set_code("tolerated")
    editor.sex.set_code("female")
    payload = editor.payload()
    assert payload["household_mode"] == "existing"

    again = open_editor(qtbot, PersonEditor(ctx))
    again.load_payload(payload)
    assert again.payload() == payload
    assert again.household.household_id == household.id
    assert not again.dirty


def test_birth_date_forms():
    before = QtCore.QLocale()
    QtCore.QLocale.setDefault(QtCore.QLocale("de"))
    try:
        assert parse_birth_date("17.05.1990") == "1990-05-17"
        assert parse_birth_date("5.1990") == "1990-05"
        assert parse_birth_date("1990") == "1990"
        assert parse_birth_date(" ") is None
        with pytest.raises(ValueError):
            parse_birth_date("Mai")
        QtCore.QLocale.setDefault(QtCore.QLocale("en_US"))
        assert parse_birth_date("5/17/1990") == "1990-05-17"
    finally:
        QtCore.QLocale.setDefault(before)
