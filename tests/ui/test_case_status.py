"""The case status dialog offers only the allowed steps, closing needs an outcome; the timeline."""

from datetime import date

import pytest

from app.domain.enums import CaseStatus
from app.services import cases, records
from tests.ui.conftest import settle
from ui.drafts import CloseMode
from ui.editors.case_status import CaseStatusDialog
from ui.widgets.timeline import StatusTimeline

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(ctx, qtbot, tasks, make):
    case = make.case()
    dialog = CaseStatusDialog(ctx, case.id)  # a form: deletes itself once saved or closed
    settle(qtbot, tasks)
    yield dialog
    if dialog.is_open():
        dialog.close_with(CloseMode.DROP)


def current(store, case_id):
    return records.get(store, entity="case", record_id=case_id, audit=False)


def test_offers_exactly_the_next_steps(dialog, store):
    case = current(store, dialog.case_id)
    assert dialog.offered() == [s.value for s in cases.next_steps(case)]
    assert "closed" in dialog.offered() and "departed" not in dialog.offered()
    assert case.reference in dialog.windowTitle()
    assert dialog.ok_button.isEnabled()


def test_outcome_is_asked_only_when_closing(dialog):
    dialog.target.set_code("counselling")
    assert not dialog.rows.isRowVisible(dialog.outcome_field)
    dialog.target.set_code("closed")
    assert dialog.rows.isRowVisible(dialog.outcome_field)


def test_closing_requires_an_outcome(dialog, qtbot, tasks, store):
    dialog.target.set_code("closed")
    dialog.save()
    settle(qtbot, tasks)
    assert dialog.problems.message("outcome")
    assert current(store, dialog.case_id).status == CaseStatus.first_contact

    dialog.outcome.set_code("stays")
    with qtbot.waitSignal(dialog.status_changed) as blocker:
        dialog.save()
    settle(qtbot, tasks)
    assert blocker.args[0].status == CaseStatus.closed
    case = current(store, dialog.case_id)
    assert case.status == CaseStatus.closed
    assert case.outcome == "stays"
    assert case.closed_on == date.today()


def test_a_step_no_longer_allowed_is_reported(dialog, qtbot, tasks, store):
    # Meanwhile the case moved on elsewhere (another window, or a sync).
    cases.change_status(store, case_id=dialog.case_id, to=CaseStatus.counselling)
    dialog.target.set_code("counselling")
    dialog.save()
    settle(qtbot, tasks)
    assert dialog.problems.general.text()
    assert dialog.result() == 0 and dialog.ok_button.isEnabled()


def test_timeline_lists_the_history_with_dates(qtbot, make, store):
    case = make.case()
    cases.change_status(store, case_id=case.id, to=CaseStatus.counselling)
    cases.change_status(store, case_id=case.id, to=CaseStatus.closed, outcome="contact_lost")
    history = records.find(store, entity="case_status_change", where={"case_id": case.id})

    timeline = StatusTimeline()
    qtbot.addWidget(timeline)
    timeline.set_history(list(reversed(history)))
    assert timeline.count() == 3
    texts = [timeline.item(i).text() for i in range(3)]
    assert "first contact" in texts[0]
    assert "counselling" in texts[1] and "→" in texts[1]
    assert "contact lost" in texts[2] and "anna" in texts[2]
    assert timeline.item(2).font().bold()

    timeline.set_history([])
    assert timeline.count() == 1
