"""The Cases screen: filters, opening a case with the keyboard, refreshing after a change."""

import pytest

from app.domain.enums import CaseStatus
from app.services import cases
from tests.ui.conftest import settle
from ui.panels.cases import CasesPanel
from ui.qt import Qt

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(ctx, qtbot, tasks):
    panel = CasesPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    return panel


def shown(panel, qtbot, tasks):
    panel.show()
    with qtbot.waitSignal(panel.loaded):
        panel.activate()
    settle(qtbot, tasks)
    return panel


def references(panel, qtbot, tasks):
    model = panel.model
    for r in range(model.rowCount()):
        model.data(model.index(r, model.REFERENCE))  # asks for the page if not yet there
    settle(qtbot, tasks)
    return [model.data(model.index(r, model.REFERENCE)) for r in range(model.rowCount())]


def test_filters_by_group_and_counsellor(panel, qtbot, tasks, make, store):
    mine = make.case()
    other = make.case(counsellor="berta")
    done = make.case()
    cases.change_status(store, case_id=done.id, to=CaseStatus.closed, outcome="stays")
    shown(panel, qtbot, tasks)
    assert panel.name == "cases" and panel.title() == "Cases"
    assert references(panel, qtbot, tasks) == [mine.reference]
    assert "1" in panel.count.text()

    with qtbot.waitSignal(panel.loaded):
        panel.mine.setChecked(False)
    settle(qtbot, tasks)
    assert set(references(panel, qtbot, tasks)) == {mine.reference, other.reference}

    with qtbot.waitSignal(panel.loaded):
        panel.group.setCurrentIndex(panel.group.findData("closed"))
    settle(qtbot, tasks)
    assert references(panel, qtbot, tasks) == [done.reference]
    assert panel.model.data(panel.model.index(0, panel.model.STATUS)) == "closed"


def test_enter_opens_the_case_and_buttons_act_on_it(panel, qtbot, tasks, make, navigator):
    case = make.case()
    shown(panel, qtbot, tasks)
    assert panel.selected_case_id() == case.id
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert navigator.calls[-1] == ("case", case.id)

    navigator.calls.clear()
    rect = panel.table.visualRect(panel.model.index(0, 0))
    viewport, left = panel.table.viewport(), Qt.MouseButton.LeftButton
    qtbot.mousePress(viewport, left, pos=rect.center())  # a double click begins with a press
    qtbot.mouseDClick(viewport, left, pos=rect.center())
    assert navigator.calls == [("case", case.id)]

    panel.consult_button.click()
    assert navigator.calls[-1] == ("new_consultation", case.id)

    panel.status_button.click()
    assert panel.status_dialog.case_id == case.id
    settle(qtbot, tasks)
    panel.status_dialog.reject()


def test_refreshes_after_a_status_change_and_keeps_the_selection(panel, qtbot, tasks, make):
    first, second = make.case(), make.case()
    shown(panel, qtbot, tasks)
    panel.table.selectRow(panel.model.row_of(first.id))
    with qtbot.waitSignal(panel.loaded):
        panel.ctx.session.mutate(
            lambda s: cases.change_status(s, case_id=second.id, to=CaseStatus.paused),
            touches=("case", "case_status_change"),
        )
    settle(qtbot, tasks)
    assert references(panel, qtbot, tasks) == [first.reference]
    assert panel.selected_case_id() == first.id


def test_empty_list_disables_the_case_buttons(panel, qtbot, tasks):
    shown(panel, qtbot, tasks)
    assert panel.model.rowCount() == 0
    assert not panel.open_button.isEnabled()
    assert not panel.status_button.isEnabled()
