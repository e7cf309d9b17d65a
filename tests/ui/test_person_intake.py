"""The check at intake: likely matches shown while a new person is typed, saving anyway on purpose."""

import contextlib

import pytest

from app.services import records
from app.services.audit import events_for
from tests.ui.conftest import settle
from ui.drafts import CloseMode
from ui.editors.person import PersonEditor
from ui.qt import Qt, QtWidgets

pytestmark = pytest.mark.gui


@pytest.fixture
def editor(qtbot, ctx, tasks):
    """A new-person form. It builds its index as it opens: persons a test makes (past the
    session, so unannounced) come first in the test's arguments."""
    form = PersonEditor.for_new(ctx)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    yield form
    with contextlib.suppress(RuntimeError):  # deleted on close after saving
        if form.duplicate_question is not None:
            form.duplicate_question.close()
        form.close_with(CloseMode.DROP)
    settle(qtbot, tasks)


@pytest.fixture
def avci(make):
    return make.person(
        family_name="Avcı", given_names="Mehmet", birth_date="1987-05-02", nationality="TUR"
    )


@pytest.fixture
def okafor(make):
    return make.person(family_name="Okafor", authority_file_number="AZ-123/45")


def checked(qtbot, editor) -> None:
    """Until the debounced check has run against a built index."""
    qtbot.waitUntil(
        lambda: editor.duplicates.index is not None and not editor._check_timer.isActive(),
        timeout=10_000,
    )


def shown_ids(editor) -> list[str]:
    return editor.matches.ids() if editor.matches.isVisible() else []


def test_typing_avci_shows_the_avci_on_file(qtbot, avci, editor):
    qtbot.keyClicks(editor.family_name, "Avci")
    qtbot.waitUntil(editor.matches.isVisible, timeout=10_000)
    assert shown_ids(editor) == [avci.id]
    item = editor.matches.table.topLevelItem(0)
    assert item.text(0) == "Avcı, Mehmet"
    assert "name" in item.text(3)


def test_another_spelling_and_given_name_match_by_sound(qtbot, avci, editor):
    qtbot.keyClicks(editor.family_name, "Awdschi")
    qtbot.keyClicks(editor.given_names, "Mehmet")
    checked(qtbot, editor)
    assert shown_ids(editor) == [avci.id]


def test_birth_year_one_apart_matches_three_apart_does_not(qtbot, avci, editor):
    qtbot.keyClicks(editor.family_name, "Avci")
    qtbot.keyClicks(editor.given_names, "Mehmet")
    qtbot.keyClicks(editor.birth_date, "1988")
    checked(qtbot, editor)
    assert shown_ids(editor) == [avci.id]
    assert "birth year" in editor.matches.table.topLevelItem(0).text(3)

    editor.birth_date.clear()
    qtbot.keyClicks(editor.birth_date, "1990")
    checked(qtbot, editor)
    assert shown_ids(editor) == []
    assert not editor.matches.isVisible()


def test_file_number_matches_whatever_the_name(qtbot, okafor, editor):
    other = okafor
    qtbot.keyClicks(editor.family_name, "Smith")
    checked(qtbot, editor)
    assert shown_ids(editor) == []
    qtbot.keyClicks(editor.authority_file_number, "az 12345")
    checked(qtbot, editor)
    assert shown_ids(editor) == [other.id]
    assert "file number" in editor.matches.table.topLevelItem(0).text(3)


def test_opening_a_match_shows_that_person_and_keeps_the_form(qtbot, avci, editor, navigator):
    qtbot.keyClicks(editor.family_name, "Avci")
    qtbot.waitUntil(editor.matches.isVisible, timeout=10_000)
    qtbot.mouseClick(editor.matches.open_button, Qt.MouseButton.LeftButton)
    assert ("person", avci.id) in navigator.calls
    assert editor.isVisible() and editor.family_name.text() == "Avci"


def question_button(editor, text: str) -> QtWidgets.QAbstractButton:
    (button,) = [b for b in editor.duplicate_question.buttons() if text in b.text()]
    return button


def test_save_anyway_asks_once_and_is_recorded(qtbot, avci, editor, store, tasks):
    qtbot.keyClicks(editor.family_name, "Avci")
    # Saved before the check ran (Ctrl+S straight after typing): the question still comes.
    qtbot.keyClick(editor.family_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.duplicate_question is not None, timeout=10_000)

    # Cancel: nothing saved, the matches take the focus.
    qtbot.mouseClick(question_button(editor, "Cancel"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.duplicate_question is None)
    settle(qtbot, tasks)
    assert records.count(store, entity="person") == 1

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.duplicate_question is not None, timeout=10_000)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as blocker:
        qtbot.mouseClick(question_button(editor, "new person"), Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    person = blocker.args[0]
    assert person.id != avci.id and records.count(store, entity="person") == 2
    (despite,) = [e for e in events_for(store, record_id=person.id) if e.detail]
    assert despite.detail == f"saved despite 1 possible duplicate(s): {avci.id}"
    assert "Avc" not in despite.detail


def test_no_matches_no_question(qtbot, avci, editor, store, tasks):
    asked = []
    qtbot.keyClicks(editor.family_name, "Zylberstein")
    checked(qtbot, editor)
    assert not editor.matches.isVisible()
    with qtbot.waitSignal(editor.saved, timeout=10_000) as blocker:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        asked.append(editor.duplicate_question)
    settle(qtbot, tasks)
    assert asked == [None]
    assert not [e for e in events_for(store, record_id=blocker.args[0].id) if e.detail]


def test_editing_a_person_runs_no_check(qtbot, ctx, tasks, avci, make):
    twin = make.person(family_name="Avci", given_names="Mehmet")
    form = PersonEditor.for_person(ctx, twin.id)
    form.show()
    settle(qtbot, tasks)
    qtbot.keyClicks(form.given_names, " Ali")
    # The check is armed on the key itself (textChanged), so not armed now means never.
    assert not form._check_timer.isActive() and not form.matches.isVisible()
    form.close_with(CloseMode.DROP)


def test_a_new_member_is_not_taken_for_a_sibling_but_for_themselves(qtbot, ctx, tasks, make):
    """The family name comes prefilled: a member shows only when alike beyond it."""
    household = make.household(label="Familie Osei")
    kwame = make.person(family_name="Osei", given_names="Kwame", household_id=household.id)
    form = PersonEditor.for_new(ctx, household.id)
    form.show()
    settle(qtbot, tasks)
    assert form.family_name.text() == "Osei"
    qtbot.keyClicks(form.given_names, "Ama")
    checked(qtbot, form)
    assert shown_ids(form) == []
    form.given_names.clear()
    qtbot.keyClicks(form.given_names, "Kwame")
    checked(qtbot, form)
    assert shown_ids(form) == [kwame.id]
    form.close_with(CloseMode.DROP)


def test_a_person_saved_here_is_found_by_the_next_form(qtbot, editor, ctx, tasks):
    """The session's index follows what the session saved (and what sync announces)."""
    qtbot.keyClicks(editor.family_name, "Zylberstein")
    checked(qtbot, editor)
    with qtbot.waitSignal(editor.saved, timeout=10_000) as blocker:
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    second = PersonEditor.for_new(ctx)
    second.show()
    qtbot.keyClicks(second.family_name, "Silberstein")
    qtbot.waitUntil(second.matches.isVisible, timeout=10_000)
    assert second.matches.ids() == [blocker.args[0].id]
    second.close_with(CloseMode.DROP)


def test_a_check_that_cannot_be_built_does_not_stop_the_save(
    qtbot, ctx, tasks, avci, monkeypatch, caplog
):
    from app.services.duplicates import DuplicateIndex

    def broken(cls, store):
        raise RuntimeError("Avcı")  # an error quoting data: never in the log

    monkeypatch.setattr(DuplicateIndex, "build", classmethod(broken))
    form = PersonEditor.for_new(ctx)
    form.show()
    qtbot.keyClicks(form.family_name, "Avci")
    with qtbot.waitSignal(form.saved, timeout=10_000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    assert "RuntimeError" in caplog.text and "Avc" not in caplog.text
