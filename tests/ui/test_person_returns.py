"""The person view's return sections: information requests made in the editor and overdue on
Today, the medical return, the reintegration plan with its contacts and the assessment."""

import contextlib
from datetime import date, timedelta

import pytest

from app.services import records
from tests.app.services.return_family import family as return_family
from tests.ui.conftest import open_today, settle
from ui.drafts import CloseMode
from ui.editors.information_request import InformationRequestEditor
from ui.editors.medical_return import MedicalReturnEditor
from ui.editors.reintegration_follow_up import ReintegrationFollowUpEditor
from ui.editors.reintegration_measure import ReintegrationMeasureEditor
from ui.editors.reintegration_plan import ReintegrationPlanEditor
from ui.editors.sustainability import SustainabilityEditor
from ui.panels.person_view import PersonView
from ui.qt import Qt, QtWidgets

pytestmark = pytest.mark.gui


@pytest.fixture
def family(store):
    return return_family(store)


@pytest.fixture
def view(qtbot, ctx):
    widget = PersonView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


@pytest.fixture
def editors():
    """Editors a test opened; closed without the "keep a draft?" question."""
    opened = []
    yield opened
    for editor in opened:
        with contextlib.suppress(RuntimeError):  # closed and deleted during the test
            editor.close_with(CloseMode.DROP)


def shown(qtbot, view, section, person_id):
    with qtbot.waitSignal(section.files_shown, timeout=10_000):
        view.show_person(person_id)


def opened(kind, editors, qtbot, tasks):
    settle(qtbot, tasks)
    [editor] = [w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, kind)]
    editors.append(editor)
    return editor


def saved_with_ctrl_s(qtbot, tasks, editor, section):
    with (
        qtbot.waitSignal(section.files_shown, timeout=10_000),
        qtbot.waitSignal(editor.saved, timeout=10_000),
    ):
        qtbot.keyClick(
            editor.focusWidget() or editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    settle(qtbot, tasks)


def today_panel(qtbot, ctx, tasks):
    panel = open_today(qtbot, ctx, tasks)
    return panel


def test_an_information_request_typed_in_the_editor_is_saved_and_overdue_on_today(
    qtbot, ctx, view, family, store, tasks, navigator, editors
):
    section = view.information_requests
    shown(qtbot, view, section, family.samira)
    assert section.table.rowCount() == 0 and section.new_button.isEnabled()
    view.show_section("information_requests")
    section.new_button.setFocus()
    qtbot.keyClick(section.new_button, Qt.Key.Key_Space)
    assert navigator.calls[-1] == ("editor", "InformationRequestEditor")
    editor = opened(InformationRequestEditor, editors, qtbot, tasks)
    assert editor.case_id == family.case
    assert editor.answer_due_on.value() == date.today() + timedelta(days=28)  # the default
    editor.topic.setFocus()
    editor.topic.set_code("housing")
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    country = editor.country
    country.setFocus(Qt.FocusReason.TabFocusReason)
    country.lineEdit().selectAll()
    qtbot.keyClicks(country.lineEdit(), "Afghan")
    popup = country.completer().popup()
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClick(country.lineEdit(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: country.code() == "AFG")
    editor.asked_on.set_value(date.today() - timedelta(days=40))
    editor.answer_due_on.set_value(date.today() - timedelta(days=2))
    editor.summary.setFocus()
    qtbot.keyClicks(editor.summary, "Wohnraum in Kabul angefragt")
    qtbot.keyClick(editor.summary, Qt.Key.Key_Return)  # Enter never saves a form
    assert editor.isVisible() and not records.find(store, entity="information_request")
    saved_with_ctrl_s(qtbot, tasks, editor, section)

    [request] = records.find(store, entity="information_request")
    assert request.case_id == family.case and request.topic == "housing"
    assert request.country == "AFG" and request.answered_on is None
    assert request.summary == "Wohnraum in Kabul angefragt"
    assert section.table.rowCount() == 1
    assert section.table.item(0, 0).text() == "housing"
    assert section.table.item(0, 0).foreground().color().name() == "#b00020"  # overdue
    assert "Information re&quests (1)" in [view.tabs.tabText(i) for i in range(view.tabs.count())]

    panel = today_panel(qtbot, ctx, tasks)
    assert panel.returns.requests.count() == 1
    assert "housing" in panel.returns.requests.item(0).text()

    # Answered: no longer overdue anywhere.
    section.table.selectRow(0)
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    again = opened(InformationRequestEditor, editors, qtbot, tasks)
    assert again.existing is not None and again.existing.id == request.id
    again.answered_on.set_value(date.today())
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        saved_with_ctrl_s(qtbot, tasks, again, section)
    settle(qtbot, tasks)
    assert panel.returns.requests.item(0).text() == "No request overdue"
    assert section.table.item(0, 0).foreground().color().name() != "#b00020"


def test_an_answer_before_the_request_is_refused_at_the_field(
    qtbot, ctx, view, family, store, tasks, editors
):
    editor = InformationRequestEditor.for_case(ctx, family.case)
    editors.append(editor)
    editor.show()
    settle(qtbot, tasks)
    editor.country.set_code("AFG")
    editor.asked_on.set_value(date.today() - timedelta(days=3))
    editor.answered_on.set_value(date.today() - timedelta(days=5))
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    assert "before the request" in editor.problems.message("answered_on")
    assert not records.find(store, entity="information_request")


def test_a_medical_return_needs_the_date_of_fitness_and_keeps_the_months_typed(
    qtbot, ctx, view, family, store, tasks, navigator, editors
):
    section = view.medical_returns
    shown(qtbot, view, section, family.lina)
    view.show_section("medical_returns")
    qtbot.keyClick(section.new_button, Qt.Key.Key_Space)
    editor = opened(MedicalReturnEditor, editors, qtbot, tasks)
    qtbot.waitUntil(lambda: editor.person.count() == 4)
    assert editor.person.code() == family.samira  # the case's main contact by default
    editor.person.set_code(family.lina)
    editor.fitness.set_code("fit_with_escort")
    editor.medication.setFocus()
    editor.medication.selectAll()
    qtbot.keyClicks(editor.medication, "6")
    qtbot.keyClick(editor.medication, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    assert "date of the assessment" in editor.problems.message("assessed_on")
    assert not records.find(store, entity="medical_return")
    editor.assessed_on.set_value(date.today() - timedelta(days=1))
    editor.source.set_code("public_health_officer")
    editor.treatment.set_code("partly_available")
    saved_with_ctrl_s(qtbot, tasks, editor, section)
    [medical] = records.find(store, entity="medical_return")
    assert (medical.person_id, medical.fitness, medical.medication_months) == (
        family.lina,
        "fit_with_escort",
        6,
    )
    assert medical.source == "public_health_officer"
    assert medical.treatment_available == "partly_available"
    assert section.table.item(0, 0).text() == "Rahimi, Lina"
    assert section.table.item(0, 4).text() == "6"


def test_the_medication_spin_box_offers_what_the_record_takes():
    from pydantic import ValidationError

    from app.domain.ids import new_id
    from app.domain.returns.information import MedicalReturn
    from ui.editors.medical_return import MAX_MONTHS

    base = {"id": new_id(), "case_id": new_id(), "person_id": new_id()}
    MedicalReturn.model_validate({**base, "medication_months": MAX_MONTHS})
    with pytest.raises(ValidationError):
        MedicalReturn.model_validate({**base, "medication_months": MAX_MONTHS + 1})


def test_a_reintegration_plan_with_a_goal_and_a_contact_that_is_due_on_today(
    qtbot, ctx, view, family, store, tasks, navigator, editors
):
    section = view.reintegration
    shown(qtbot, view, section, family.samira)
    view.show_section("reintegration")
    assert not section.measures.new_button.isEnabled()  # a goal needs its plan first
    qtbot.keyClick(section.new_button, Qt.Key.Key_Space)
    plan_editor = opened(ReintegrationPlanEditor, editors, qtbot, tasks)
    plan_editor.partner.setFocus()
    qtbot.keyClicks(plan_editor.partner, "Partner Kabul e.V.")
    saved_with_ctrl_s(qtbot, tasks, plan_editor, section)
    [plan] = records.find(store, entity="reintegration_plan")
    assert plan.partner == "Partner Kabul e.V." and plan.case_id == family.case
    assert section.table.rowCount() == 1 and section.selected_plan().id == plan.id

    qtbot.keyClick(section.measures.new_button, Qt.Key.Key_Space)
    measure_editor = opened(ReintegrationMeasureEditor, editors, qtbot, tasks)
    measure_editor.dimension.set_code("economic")
    measure_editor.goal.setFocus()
    qtbot.keyClicks(measure_editor.goal, "Eigener Laden")
    saved_with_ctrl_s(qtbot, tasks, measure_editor, section)
    [measure] = records.find(store, entity="reintegration_measure")
    assert (measure.plan_id, measure.dimension, measure.goal) == (
        plan.id,
        "economic",
        "Eigener Laden",
    )
    assert section.measures.table.item(0, 1).text() == "Eigener Laden"
    assert section.table.item(0, 3).text() == "1"

    qtbot.keyClick(section.contacts.new_button, Qt.Key.Key_Space)
    contact_editor = opened(ReintegrationFollowUpEditor, editors, qtbot, tasks)
    assert contact_editor.due_on.value() == date.today() + timedelta(days=30)
    contact_editor.due_on.set_value(date.today() + timedelta(days=5))
    contact_editor.mode.set_code("video")
    saved_with_ctrl_s(qtbot, tasks, contact_editor, section)
    [contact] = records.find(store, entity="reintegration_follow_up")
    assert (contact.plan_id, contact.mode, contact.held_on) == (plan.id, "video", None)

    panel = today_panel(qtbot, ctx, tasks)
    assert panel.returns.contacts.count() == 1
    assert "video" in panel.returns.contacts.item(0).text()
    navigator.calls.clear()
    panel.returns.contacts.setFocus()
    panel.returns.contacts.setCurrentItem(panel.returns.contacts.item(0))
    qtbot.keyClick(panel.returns.contacts, Qt.Key.Key_Return)
    assert navigator.calls == [("case", family.case)]

    # Held: Enter on the row edits it, and it leaves Today.
    table = section.contacts.table
    table.selectRow(0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    held = opened(ReintegrationFollowUpEditor, editors, qtbot, tasks)
    assert held.existing is not None and held.existing.id == contact.id
    held.held_on.set_value(date.today())
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        saved_with_ctrl_s(qtbot, tasks, held, section)
    settle(qtbot, tasks)
    assert panel.returns.contacts.item(0).text() == "No contact due"


def test_a_sustainability_assessment_answers_the_questions_of_the_data_file(
    qtbot, ctx, view, family, store, tasks, editors
):
    from app.domain.sustainability import default_questionnaire

    section = view.reintegration
    shown(qtbot, view, section, family.samira)
    view.show_section("reintegration")
    qtbot.keyClick(section.assessments.new_button, Qt.Key.Key_Space)
    editor = opened(SustainabilityEditor, editors, qtbot, tasks)
    questions = default_questionnaire().question
    assert list(editor.answers) == [
        q.code
        for d in ("economic", "social", "psychosocial")
        for q in questions
        if q.dimension == d
    ]
    qtbot.waitUntil(lambda: editor.person.code() == family.samira)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    assert "at least one" in editor.problems.general.text() + "".join(
        editor.problems.message(f"answers.{q.code}") for q in questions
    )
    for question in questions:
        combo = editor.answers[question.code]
        combo.setFocus()
        # The first answer by keys; the social ones the last (weakest) answer.
        presses = len(question.options) if question.dimension == "social" else 1
        for _ in range(presses):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert editor.answers[questions[0].code].code() == questions[0].options[0].code
    editor.checkpoint.set_code("months_12")
    saved_with_ctrl_s(qtbot, tasks, editor, section)
    [assessment] = records.find(store, entity="sustainability_assessment")
    assert assessment.person_id == family.samira and assessment.checkpoint == "months_12"
    assert assessment.questionnaire == default_questionnaire().version
    assert assessment.scores == {"economic": 1.0, "social": 0.0, "psychosocial": 1.0}
    assert assessment.result == "not_sustainable"
    row = [section.assessments.table.item(0, c).text() for c in range(6)]
    assert row[1:] == ["after 12 months", "1.00", "0.00", "1.00", "not sustainable"]
