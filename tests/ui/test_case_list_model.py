"""The case list model, without widgets: filtered ids, rows by page, refresh on changes."""

from datetime import date, timedelta

import pytest

from app.domain.enums import CaseStatus
from app.services import cases, records
from tests.ui.conftest import settle
from ui.models.case_list import ID_ROLE, OVERDUE, PLACEHOLDER, CaseListModel
from ui.qt import Qt

pytestmark = pytest.mark.gui


def loaded(qtbot, tasks, model):
    with qtbot.waitSignal(model.ids_loaded):
        model.reload()
    settle(qtbot, tasks)
    return model


def text(model, row, column):
    return model.data(model.index(row, column))


def fetch_all(qtbot, tasks, model):
    for row in range(model.rowCount()):
        text(model, row, 0)
    settle(qtbot, tasks)


def test_rows_arrive_by_page_newest_opened_first(session, qtbot, tasks, make):
    old = make.case(opened_on=date.today() - timedelta(days=30))
    made = [make.case(opened_on=date.today() - timedelta(days=d)) for d in (3, 2, 1)]
    model = loaded(qtbot, tasks, CaseListModel(session, page_size=2, follow_changes=False))
    assert model.rowCount() == 4
    assert [model.case_id(r) for r in range(4)] == [c.id for c in reversed(made)] + [old.id]

    assert text(model, 0, model.REFERENCE) == PLACEHOLDER
    with qtbot.waitSignal(model.page_loaded):
        pass
    assert model.loaded_pages() == {0}
    assert text(model, 0, model.REFERENCE) == made[-1].reference
    assert text(model, 0, model.MAIN_CONTACT) == "Haddad, Rami"
    assert text(model, 0, model.HOUSEHOLD) == "Familie Haddad"
    assert text(model, 0, model.STATUS) == "first contact"
    assert text(model, 0, model.COUNSELLOR) == "anna"
    assert model.data(model.index(1, 0), ID_ROLE) == made[1].id
    assert model.case_row(3) is None  # page 1 was never asked for


def test_status_groups_and_my_cases(session, qtbot, tasks, make, store):
    mine = make.case()
    paused = make.case()
    cases.change_status(store, case_id=paused.id, to=CaseStatus.paused)
    closed = make.case()
    cases.change_status(store, case_id=closed.id, to=CaseStatus.withdrawn)
    other = make.case(counsellor="berta")
    model = loaded(qtbot, tasks, CaseListModel(session, follow_changes=False))

    def ids():
        return {model.case_id(r) for r in range(model.rowCount())}

    assert ids() == {mine.id, other.id}
    for group, expected in (
        ("paused", {paused.id}),
        ("closed", {closed.id}),
        ("all", {mine.id, paused.id, closed.id, other.id}),
    ):
        with qtbot.waitSignal(model.ids_loaded):
            model.set_group(group)
        assert ids() == expected, group
    with qtbot.waitSignal(model.ids_loaded):
        model.set_group("active", counsellor="anna")
    assert ids() == {mine.id}


def test_next_follow_up_shown_and_overdue_highlighted(session, qtbot, tasks, make, store):
    case = make.case()
    due = date.today() - timedelta(days=2)
    records.create(
        store,
        entity="follow_up",
        data={"case_id": case.id, "due_on": due, "assignee": "anna", "title": "Anrufen"},
    )
    model = loaded(qtbot, tasks, CaseListModel(session, follow_changes=False))
    fetch_all(qtbot, tasks, model)
    index = model.index(0, model.NEXT_FOLLOW_UP)
    assert model.data(index) != ""
    assert model.data(index, Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert model.data(model.index(0, model.SINCE), Qt.ItemDataRole.ForegroundRole) is None


def test_reloads_when_a_case_changes(session, qtbot, tasks, make, store):
    case = make.case()
    model = loaded(qtbot, tasks, CaseListModel(session))
    fetch_all(qtbot, tasks, model)
    assert text(model, 0, model.STATUS) == "first contact"

    with qtbot.waitSignal(model.ids_loaded):
        session.mutate(
            lambda s: cases.change_status(s, case_id=case.id, to=CaseStatus.counselling),
            touches=("case", "case_status_change"),
        )
    fetch_all(qtbot, tasks, model)
    assert text(model, 0, model.STATUS) == "counselling"

    with qtbot.waitSignal(model.ids_loaded):
        session.mutate(
            lambda s: cases.change_status(s, case_id=case.id, to=CaseStatus.paused),
            touches=("case",),
        )
    assert model.rowCount() == 0  # paused cases are not in the active group
