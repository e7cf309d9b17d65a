"""The person view's return sections: information requests made in the editor and overdue on
Today, the medical return, the reintegration plan with its contacts and the assessment."""

import contextlib
from datetime import date, timedelta

import pytest

from app.services import records
from tests.app.services.return_family import family as return_family
from tests.ui.conftest import settle
from ui.drafts import CloseMode
from ui.editors.information_request import InformationRequestEditor
from ui.editors.medical_return import MedicalReturnEditor
from ui.panels.person_view import PersonView
from ui.panels.today import TodayPanel
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
    panel = TodayPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.activate()
    settle(qtbot, tasks)
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
