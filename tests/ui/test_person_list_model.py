"""The person list model without widgets: lazy pages, placeholder, filter, reload on changes."""

import pytest

from app.services import records
from tests.ui.conftest import settle
from ui.models.person_list import ID_ROLE, PLACEHOLDER, PersonListModel
from ui.session import Changed

pytestmark = pytest.mark.gui


@pytest.fixture
def many(make, store):
    household = make.household()
    with store.write() as writer:
        for i in range(300):
            records.create_in(
                writer,
                "person",
                {
                    "family_name": f"Name{i:03d}",
                    "given_names": "Test",
                    "household_id": household.id,
                    "nationality": "SYR",
                },
            )
    return household


def loaded(qtbot, model, tasks):
    with qtbot.waitSignal(model.ids_loaded):
        model.reload()
    settle(qtbot, tasks)


def test_only_requested_pages_are_fetched(qtbot, session, tasks, many):
    model = PersonListModel(session, page_size=50)
    loaded(qtbot, model, tasks)
    assert model.rowCount() == 300
    assert model.loaded_pages() == frozenset()

    first = model.index(0, PersonListModel.NAME)
    assert model.data(first) == PLACEHOLDER
    with qtbot.waitSignal(model.page_loaded) as page:
        pass
    assert page.args == [0]
    assert model.data(first) == "Name000, Test"
    assert model.data(model.index(0, PersonListModel.NATIONALITY)) == "Syria"
    assert model.data(model.index(0, PersonListModel.HOUSEHOLD)) == "Familie Haddad"

    with qtbot.waitSignal(model.dataChanged):
        model.data(model.index(260, PersonListModel.NAME))
    settle(qtbot, tasks)
    assert model.loaded_pages() == {0, 5}
    assert model.data(model.index(260, PersonListModel.NAME)) == "Name260, Test"
    assert model.data(model.index(260, 0), ID_ROLE) == model.person_id(260)


def test_filter_reloads_ids(qtbot, session, tasks, many, make):
    make.person(family_name="Müller", given_names="Aylin")
    model = PersonListModel(session, page_size=50)
    loaded(qtbot, model, tasks)
    assert model.rowCount() == 301
    with qtbot.waitSignal(model.ids_loaded):
        model.set_filter("mue")
    assert model.rowCount() == 1
    model.data(model.index(0, 0))
    settle(qtbot, tasks)
    assert model.data(model.index(0, 0)) == "Müller, Aylin"
    with qtbot.waitSignal(model.ids_loaded):
        model.set_filter("")
    assert model.rowCount() == 301


def test_reloads_on_person_change_only(qtbot, session, tasks, make):
    case = make.case()
    model = PersonListModel(session)
    loaded(qtbot, model, tasks)
    assert model.rowCount() == 1
    model.data(model.index(0, 0))
    settle(qtbot, tasks)
    assert model.data(model.index(0, PersonListModel.CASE)) == case.reference
    assert model.data(model.index(0, PersonListModel.STATUS)) == "first contact"

    make.person(family_name="Abadi")
    with qtbot.assertNotEmitted(model.ids_loaded):
        session.announce(Changed(frozenset({"consultation"})))
        settle(qtbot, tasks)
    assert model.rowCount() == 1

    with qtbot.waitSignal(model.modelReset):
        session.announce(Changed(frozenset({"person"})))
    assert model.rowCount() == 2
    assert model.data(model.index(0, 0)) == PLACEHOLDER  # rows are fetched again
    settle(qtbot, tasks)
    assert model.data(model.index(0, 0)) == "Abadi, Rami"


def test_unchanged_ids_keep_rows_without_reset(qtbot, session, tasks, make):
    person = make.person()
    model = PersonListModel(session)
    loaded(qtbot, model, tasks)
    model.data(model.index(0, 0))
    settle(qtbot, tasks)
    records.update(
        session.store, entity="person", record_id=person.id, patch={"given_names": "Ali"}
    )
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.ids_loaded):
        session.announce(Changed(frozenset({"person"})))
    model.data(model.index(0, 0))
    settle(qtbot, tasks)
    assert model.data(model.index(0, 0)) == "Haddad, Ali"
