"""The consultation editor: saved with its follow-up in one step, problems at the fields, drafts."""

import contextlib
from datetime import date, timedelta

import pytest

from app.services import drafts, records
from tests.ui.conftest import settle
from ui.drafts import CloseMode
from ui.editors.consultation import ConsultationEditor
from ui.qt import Qt, QtCore

pytestmark = pytest.mark.gui


@pytest.fixture
def case(make, store):
    case = make.case()
    partner = make.person(household_id=case.household_id, given_names="Lina")
    return case, partner


@pytest.fixture
def editors():
    """Editors a test opened; closed without the "keep a draft?" question at the end."""
    opened = []
    yield opened
    for editor in opened:
        with contextlib.suppress(RuntimeError):  # closed and deleted during the test
            editor.close_with(CloseMode.DROP)


@pytest.fixture
def open_editor(ctx, qtbot, tasks, editors):
    def opener(case_id):
        editor = ConsultationEditor.for_case(ctx, case_id)
        editors.append(editor)
        settle(qtbot, tasks)
        return editor

    return opener


def saved(store, entity, case_id):
    return records.find(store, entity=entity, where={"case_id": case_id})


def test_saves_consultation_and_follow_up_together(ctx, qtbot, tasks, store, case, open_editor):
    case, partner = case
    editor = open_editor(case.id)
    assert case.reference in editor.windowTitle()
    assert editor.participants.checked() == [case.main_contact_id]
    assert len(editor.participants.codes()) == 2

    editor.duration.setValue(60)
    editor.mode.set_code("phone")
    editor.interpreter_language.set_code("ara")
    editor.interpreter_mode.set_code("remote")
    editor.participants.set_checked([case.main_contact_id, partner.id])
    editor.topics.set_checked(["travel_documents", "housing"])
    editor.notes.setPlainText("Pass beantragt")
    editor.follow_up.setChecked(True)
    editor.task.setText("Botschaftstermin nachfragen")
    assert editor.dirty

    with qtbot.waitSignal(editor.saved):
        editor.save()
    settle(qtbot, tasks)

    [consultation] = saved(store, "consultation", case.id)
    assert consultation.duration_minutes == 60
    assert consultation.mode == "phone"
    assert consultation.interpreter_language == "ara"
    assert set(consultation.participant_ids) == {case.main_contact_id, partner.id}
    assert consultation.topics == ["travel_documents", "housing"]
    assert consultation.counsellor == "anna"
    [follow_up] = saved(store, "follow_up", case.id)
    assert follow_up.title == "Botschaftstermin nachfragen"
    assert follow_up.due_on == date.today() + timedelta(days=14)
    assert follow_up.assignee == "anna"
    assert drafts.draft(store, key=editor.draft_key) is None


def test_zero_minutes_shown_at_the_duration_and_nothing_saved(
    ctx, qtbot, tasks, store, case, open_editor
):
    case, _ = case
    editor = open_editor(case.id)
    editor.duration.setValue(0)
    editor.follow_up.setChecked(True)
    editor.task.setText("Rückruf")
    editor.save()
    settle(qtbot, tasks)
    assert editor.problems.message("duration_minutes")
    assert not editor.problems.message("notes")
    assert saved(store, "consultation", case.id) == []
    assert saved(store, "follow_up", case.id) == []
    assert editor.save_button.isEnabled()


def test_interpreter_mode_without_language_is_shown_at_the_language(
    ctx, qtbot, tasks, store, case, open_editor
):
    case, _ = case
    editor = open_editor(case.id)
    editor.interpreter_mode.set_code("in_person")
    editor.save()
    settle(qtbot, tasks)
    assert editor.problems.message("interpreter_language")
    assert saved(store, "consultation", case.id) == []


def test_follow_up_problem_keeps_the_consultation_unsaved(
    ctx, qtbot, tasks, store, case, open_editor
):
    case, _ = case
    editor = open_editor(case.id)
    editor.follow_up.setChecked(True)  # without a task title
    editor.save()
    settle(qtbot, tasks)
    assert editor.problems.message("follow_up.title")
    assert saved(store, "consultation", case.id) == []


def test_draft_round_trip_reopens_with_the_values(
    ctx, qtbot, tasks, store, case, open_editor, editors
):
    case, partner = case
    editor = open_editor(case.id)
    editor.held_on.set_value(date.today() - timedelta(days=2))
    editor.duration.setValue(90)
    editor.interpreter_language.set_code("fas")
    editor.participants.set_checked([partner.id])
    editor.topics.set_checked(["medical_needs"])
    editor.next_steps.setPlainText("Attest besorgen")
    editor.follow_up.setChecked(True)
    editor.task.setText("Attest prüfen")
    before = editor.payload()
    editor.save_draft()
    settle(qtbot, tasks)

    draft = drafts.draft(store, key=editor.draft_key)
    assert draft is not None and draft.form == "consultation"
    assert draft.record_id == case.id
    assert "Consultation" in draft.title and "[*]" not in draft.title
    editor.close_with(CloseMode.DROP)

    again = ConsultationEditor(ctx, draft_key=draft.key)
    editors.append(again)
    again.record_id = draft.record_id
    again.load_payload(draft.payload)
    settle(qtbot, tasks)
    assert again.case_id == case.id
    assert case.reference in again.windowTitle()
    assert again.held_on.value() == date.today() - timedelta(days=2)
    assert again.duration.value() == 90
    assert again.interpreter_language.code() == "fas"
    assert again.participants.checked() == [partner.id]
    assert again.topics.checked() == ["medical_needs"]
    assert again.next_steps.toPlainText() == "Attest besorgen"
    assert again.follow_up.isChecked()
    assert again.task.text() == "Attest prüfen"
    assert again.payload() == before


def test_ctrl_s_saves_in_place(ctx, qtbot, tasks, store, case, open_editor):
    case, _ = case
    editor = open_editor(case.id)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    editor.notes.setFocus()
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    assert len(saved(store, "consultation", case.id)) == 1


def test_future_dates_cannot_be_entered(ctx, qtbot, tasks, case, open_editor):
    editor = open_editor(case[0].id)
    editor.held_on.set_value(date.today() + timedelta(days=3))
    assert editor.held_on.value() == date.today()
    assert editor.held_on.maximumDate() == QtCore.QDate.currentDate()


def test_a_language_without_an_interpreter_is_refused_at_the_field_by_keys(
    ctx, qtbot, tasks, store, case, open_editor
):
    """Issue 15, fault 5: "Turkish" with "(no interpreter)" was saved silently."""
    case, _ = case
    editor = open_editor(case.id)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    language = editor.interpreter_language
    language.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClicks(language.lineEdit(), "Turkish")
    popup = language.completer().popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(language.lineEdit(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: language.code() == "tur")
    assert editor.interpreter_mode.code() is None  # "(no interpreter)"
    qtbot.keyClick(editor.interpreter_mode, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    assert "interpreter" in editor.problems.message("interpreter_mode")
    assert saved(store, "consultation", case.id) == []
    qtbot.keyClick(editor.interpreter_mode, Qt.Key.Key_Down)  # the first way of attending
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.keyClick(editor.interpreter_mode, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (consultation,) = saved(store, "consultation", case.id)
    assert (consultation.interpreter_language, consultation.interpreter_mode) == (
        "tur",
        "in_person",
    )


def test_a_new_consultation_takes_the_interpreter_need_from_the_person(
    ctx, qtbot, tasks, store, make, open_editor
):
    household = make.household()
    person = make.person(
        household_id=household.id, languages=["deu", "prs"], interpreter_needed=True
    )
    from app.services.cases import open_case

    case = open_case(store, household_id=household.id, site="ATR", main_contact_id=person.id)
    editor = open_editor(case.id)
    assert editor.interpreter_language.code() == "prs"  # not German
    assert editor.interpreter_mode.code() == "in_person"

    other = open_case(
        store,
        household_id=make.person().household_id,
        site="ATR",
        main_contact_id=make.person().id,
    )
    plain = open_editor(other.id)
    assert plain.interpreter_language.code() is None and plain.interpreter_mode.code() is None
