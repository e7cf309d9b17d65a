"""The agenda model, without widgets: mine or everyone's, overdue first and marked, refresh."""

from datetime import date, timedelta

import pytest

from app.services import follow_ups, records
from ui.models.agenda import OVERDUE, AgendaModel, overdue_count
from ui.qt import Qt

pytestmark = pytest.mark.gui


def task(store, case_id, days, title, assignee="anna", **fields):
    data = {
        "case_id": case_id,
        "due_on": date.today() + timedelta(days=days),
        "assignee": assignee,
        "title": title,
        **fields,
    }
    return records.create(store, entity="follow_up", data=data)


@pytest.fixture
def agenda(store, make):
    case = make.case()
    return case, {
        "late": task(store, case.id, -3, "Pass abholen"),
        "soon": task(store, case.id, 2, "Botschaft anrufen"),
        "later": task(store, case.id, 60, "Nachsorge"),
        "berta": task(store, case.id, 1, "Flug buchen", assignee="berta"),
        "done": task(store, case.id, -1, "Erledigt", status="done", done_on=date.today()),
    }


def loaded(qtbot, model):
    with qtbot.waitSignal(model.loaded):
        model.reload()
    return model


def titles(model):
    return [model.data(model.index(r, model.TITLE)) for r in range(model.rowCount())]


def test_my_follow_ups_overdue_first_and_marked(session, qtbot, agenda):
    case, made = agenda
    model = loaded(qtbot, AgendaModel(session, follow_changes=False))
    assert titles(model) == ["Pass abholen", "Botschaft anrufen"]
    assert model.overdue() == 1
    assert model.follow_up_id(0) == made["late"].id
    assert model.data(model.index(0, model.CASE)) == case.reference
    assert model.data(model.index(0, model.PERSON)) == "Haddad, Rami"
    assert model.data(model.index(0, model.DUE), Qt.ItemDataRole.ForegroundRole) == OVERDUE
    assert model.data(model.index(1, model.DUE), Qt.ItemDataRole.ForegroundRole) is None
    assert "Overdue" in model.data(model.index(0, model.DUE), Qt.ItemDataRole.ToolTipRole)


def test_everyone_and_a_longer_horizon(session, qtbot, agenda):
    model = AgendaModel(session, follow_changes=False)
    with qtbot.waitSignal(model.loaded):
        model.set_scope(everyone=True)
    assert titles(model) == ["Pass abholen", "Flug buchen", "Botschaft anrufen"]
    assert model.data(model.index(1, model.ASSIGNEE)) == "berta"
    with qtbot.waitSignal(model.loaded):
        model.set_scope(everyone=False, days=90)
    assert titles(model) == ["Pass abholen", "Botschaft anrufen", "Nachsorge"]


def test_reloads_when_a_follow_up_is_done(session, qtbot, store, agenda):
    _, made = agenda
    model = loaded(qtbot, AgendaModel(session))
    assert overdue_count(store) == 1
    with qtbot.waitSignal(model.loaded):
        session.mutate(
            lambda s: follow_ups.complete(s, follow_up_id=made["late"].id),
            touches=("follow_up",),
        )
    assert titles(model) == ["Botschaft anrufen"]
    assert model.overdue() == 0
    assert model.row_of(made["soon"].id) == 0 and model.row_of(made["late"].id) == -1
    assert overdue_count(store) == 0
