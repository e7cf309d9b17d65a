"""The Follow-ups screen: done with the keyboard, open the case, badge with the overdue count."""

from datetime import date, timedelta

import pytest

from app.domain.enums import FollowUpStatus
from app.services import records
from tests.ui.conftest import settle
from ui.panels.follow_ups import FollowUpsPanel
from ui.qt import Qt

pytestmark = pytest.mark.gui


def task(store, case_id, days, title, assignee="anna"):
    data = {
        "case_id": case_id,
        "due_on": date.today() + timedelta(days=days),
        "assignee": assignee,
        "title": title,
    }
    return records.create(store, entity="follow_up", data=data)


@pytest.fixture
def made(store, make):
    case = make.case()
    return case, [
        task(store, case.id, -5, "Pass abholen"),
        task(store, case.id, -1, "Attest prüfen"),
        task(store, case.id, 3, "Botschaft anrufen"),
        task(store, case.id, -2, "Flug buchen", assignee="berta"),
    ]


@pytest.fixture
def panel(ctx, qtbot, tasks, made):
    panel = FollowUpsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 600)
    return panel


def shown(panel, qtbot, tasks):
    panel.show()
    with qtbot.waitSignal(panel.loaded):
        panel.activate()
    settle(qtbot, tasks)
    return panel


def status(store, follow_up):
    return records.get(store, entity="follow_up", record_id=follow_up.id, audit=False).status


def test_badge_counts_my_overdue_before_the_screen_is_shown(ctx, qtbot, tasks, made):
    panel = FollowUpsPanel(ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.badge_changed) as blocker:
        panel.start_background()  # as the workspace does once the first screen is filled
    assert blocker.args == [2]
    assert panel.name == "follow_ups" and panel.title() == "Follow-ups"


def test_space_marks_the_selected_follow_up_done(panel, qtbot, tasks, store, made):
    _, (late, later, soon, _) = made
    shown(panel, qtbot, tasks)
    assert panel.model.rowCount() == 3
    assert "2 overdue" in panel.summary.text()
    assert panel.selected_row() == 0
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    with qtbot.waitSignal(panel.badge_changed) as blocker:
        qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    settle(qtbot, tasks)
    assert blocker.args == [1]
    assert status(store, late) == FollowUpStatus.done
    assert panel.model.rowCount() == 2
    assert panel.model.follow_up_id(panel.selected_row()) == later.id  # the next takes its place


def test_ctrl_d_and_the_done_button(panel, qtbot, tasks, store, made):
    _, (late, later, soon, _) = made
    shown(panel, qtbot, tasks)
    panel.table.selectRow(2)
    with qtbot.waitSignal(panel.loaded):
        qtbot.keyClick(panel.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    assert status(store, soon) == FollowUpStatus.done
    with qtbot.waitSignal(panel.loaded):
        panel.done_button.click()
    settle(qtbot, tasks)
    assert panel.model.rowCount() == 1


def test_enter_opens_the_case(panel, qtbot, tasks, made, navigator):
    case, _ = made
    shown(panel, qtbot, tasks)
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert navigator.calls[-1] == ("case", case.id)
    panel.open_button.click()
    assert navigator.calls[-1] == ("case", case.id)


def test_everyone_shows_colleagues_tasks_and_keeps_my_badge(panel, qtbot, tasks, made):
    shown(panel, qtbot, tasks)
    with qtbot.waitSignal(panel.badge_changed) as blocker:
        panel.scope.setCurrentIndex(1)
    settle(qtbot, tasks)
    assert panel.model.rowCount() == 4
    assert blocker.args == [2]
    assert "3 overdue" in panel.summary.text()


def test_edit_dialog_moves_the_due_date(panel, qtbot, tasks, store, made):
    _, (late, *_) = made
    shown(panel, qtbot, tasks)
    panel.edit_button.click()
    dialog = panel.edit_dialog
    assert dialog.task.text() == "Pass abholen"
    dialog.due_on.set_value(date.today() + timedelta(days=7))
    with qtbot.waitSignal(panel.loaded):
        dialog.save()
    settle(qtbot, tasks)
    moved = records.get(store, entity="follow_up", record_id=late.id, audit=False)
    assert moved.due_on == date.today() + timedelta(days=7)
    assert panel.model.overdue() == 1


def test_new_follow_up_dialog_adds_one_and_shows_problems(ctx, qtbot, tasks, store, made):
    from ui.editors.follow_up import FollowUpDialog

    case, _ = made
    dialog = FollowUpDialog(ctx, case_id=case.id)  # a form: deletes itself once saved
    assert dialog.assignee.text() == "anna"
    dialog.save()  # no task text
    settle(qtbot, tasks)
    assert dialog.problems.message("title")

    dialog.task.setText("Dolmetscher buchen")
    with qtbot.waitSignal(dialog.follow_up_saved) as blocker:
        dialog.save()
    settle(qtbot, tasks)
    assert blocker.args[0].case_id == case.id
    assert not dialog.is_open()
    titles = {f.title for f in records.find(store, entity="follow_up", where={"case_id": case.id})}
    assert "Dolmetscher buchen" in titles
