"""The return editors as forms: kept as drafts over the lock and reopened with their values
(the plan a goal belongs to included), and an assessment scored again when it is changed."""

import contextlib
from datetime import date, timedelta

import pytest

from app.domain.returns.codes import Checkpoint
from app.domain.sustainability import default_questionnaire
from app.services import drafts, records
from app.services.returns.sustainability import record_assessment
from tests.app.services.return_family import family
from tests.ui.conftest import settle
from ui.drafts import CloseMode, DraftData
from ui.editors.information_request import InformationRequestEditor
from ui.editors.registry import editor_for
from ui.editors.reintegration_measure import ReintegrationMeasureEditor
from ui.editors.sustainability import SustainabilityEditor
from ui.qt import Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def editors():
    opened = []
    yield opened
    for editor in opened:
        with contextlib.suppress(RuntimeError):  # closed and deleted during the test
            editor.close_with(CloseMode.DROP)


def shown(editor, editors, qtbot, tasks):
    editors.append(editor)
    editor.show()
    settle(qtbot, tasks)
    return editor


def kept_as_draft(editor, qtbot, tasks, store) -> DraftData:
    editor.close_with(CloseMode.KEEP)  # as the lock closes a form
    settle(qtbot, tasks)
    stored = drafts.draft(store, key=editor.draft_key)
    assert stored is not None
    return DraftData.of(stored)


def test_a_goal_kept_as_a_draft_reopens_under_its_plan_and_saves(ctx, qtbot, tasks, store, editors):
    f = family(store)
    plan = records.create(
        store,
        entity="reintegration_plan",
        data={"case_id": f.case, "drawn_up_on": date.today()},
    )
    editor = shown(ReintegrationMeasureEditor.for_plan(ctx, f.case, plan.id), editors, qtbot, tasks)
    editor.dimension.set_code("psychosocial")
    editor.goal.setFocus()
    qtbot.keyClicks(editor.goal, "Beratung in Herat")
    assert editor.dirty
    draft = kept_as_draft(editor, qtbot, tasks, store)
    assert draft.form == "reintegration_measure" and draft.record_id == f.case

    again = editor_for(ctx, draft)
    assert isinstance(again, ReintegrationMeasureEditor)
    shown(again, editors, qtbot, tasks)
    assert again.plan_id == plan.id and again.goal.text() == "Beratung in Herat"
    with qtbot.waitSignal(again.saved, timeout=10_000):
        qtbot.keyClick(again.goal, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    [measure] = records.find(store, entity="reintegration_measure")
    assert (measure.plan_id, measure.dimension) == (plan.id, "psychosocial")
    assert drafts.draft(store, key=draft.key) is None


def test_an_information_request_draft_keeps_its_dates(ctx, qtbot, tasks, store, editors):
    f = family(store)
    editor = shown(InformationRequestEditor.for_case(ctx, f.case), editors, qtbot, tasks)
    editor.country.set_code("AFG")
    editor.asked_on.set_value(date.today() - timedelta(days=10))
    editor.answer_due_on.set_value(date.today() + timedelta(days=3))
    editor.summary.setFocus()
    qtbot.keyClicks(editor.summary, "Schule in Kabul")
    draft = kept_as_draft(editor, qtbot, tasks, store)
    again = editor_for(ctx, draft)
    assert isinstance(again, InformationRequestEditor)
    shown(again, editors, qtbot, tasks)
    assert again.asked_on.value() == date.today() - timedelta(days=10)
    assert again.answer_due_on.value() == date.today() + timedelta(days=3)
    assert again.answered_on.value() is None
    assert again.summary.toPlainText() == "Schule in Kabul"


def test_a_changed_assessment_is_scored_again(ctx, qtbot, tasks, store, editors):
    f = family(store)
    questions = default_questionnaire().question
    saved = record_assessment(
        store,
        case_id=f.case,
        person_id=f.samira,
        checkpoint=Checkpoint.months_6,
        assessed_on=date.today(),
        answers={q.code: q.options[0].code for q in questions},
    )
    assert saved.result == "sustainable"
    editor = shown(SustainabilityEditor.for_record(ctx, saved.id), editors, qtbot, tasks)
    qtbot.waitUntil(lambda: editor.person.code() == f.samira)
    weakest = next(q for q in questions if q.dimension == "economic")
    editor.answers[weakest.code].set_code(weakest.options[-1].code)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    changed = records.get(store, entity="sustainability_assessment", record_id=saved.id)
    economic = [q for q in questions if q.dimension == "economic"]
    expected = round((len(economic) - 1) / len(economic), 4)
    assert changed.scores["economic"] == expected
    assert changed.answers[weakest.code] == weakest.options[-1].code
    assert changed.result == ("sustainable" if expected >= 0.5 else "not_sustainable")
