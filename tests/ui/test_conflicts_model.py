"""The conflicts model without widgets: rows with labels and both sides, resolution either way."""

from datetime import UTC, datetime

import pytest

from app.domain.ids import new_id
from app.services import records
from app.services.conflicts import list_conflicts
from app.services.status import unsynced_changes
from sync.device import apply_page
from sync.protocol import ConflictWire, PullResponse
from tests.ui.conftest import settle
from ui.models.conflicts import ID_ROLE, ConflictsModel, format_value, load_conflict_rows
from ui.session import Changed

OTHER_DEVICE = "0b7e5f6a-2c1d-4e8f-9a3b-5c6d7e8f9a0b"


def pull_conflict(store, *, entity, record_id, field, current, lost, seq=1):
    """A conflict arrives the way a sync delivers it: in a pulled page."""
    mine = store.device.device_id
    conflict = ConflictWire(
        id=new_id(),
        entity=entity,
        record_id=record_id,
        field=field,
        winner_value=current,
        winner_stamp=f"1767225600000-00000-{OTHER_DEVICE}",  # 2026-01-01 00:00 UTC
        loser_value=lost,
        loser_stamp=f"1767225000000-00001-{mine}",
        server_seq=seq,
    )
    page = PullResponse(
        records=[],
        conflicts=[conflict],
        evictions=[],
        cursor=seq,
        more=False,
        server_time=datetime.now(UTC),
    )
    apply_page(store, page)
    return conflict.id


@pytest.fixture
def household(store, make):
    return make.household(label="Familie Nuri")


def test_rows_carry_the_record_label_and_both_sides(store, make, household):
    person = make.person(family_name="Nuri", given_names="Layla", household_id=household.id)
    pull_conflict(
        store,
        entity="household",
        record_id=household.id,
        field="label",
        current="Familie Nuri",
        lost="Familie Noori",
    )
    pull_conflict(
        store,
        entity="person",
        record_id=person.id,
        field="nationality",
        current="SYR",
        lost="IRQ",
        seq=2,
    )
    first, second = load_conflict_rows(store)
    assert (first.subject, first.owner) == ("Familie Nuri", None)
    assert (second.subject, second.owner) == ("Nuri, Layla", ("person", person.id))
    assert first.current.here is False and first.lost.here is True
    assert first.current.at == datetime(2026, 1, 1, tzinfo=UTC)
    assert format_value("person", "nationality", "IRQ") in ("Irak", "Iraq")


def test_model_loads_rows_and_counts(qtbot, session, tasks, store, household):
    conflict_id = pull_conflict(
        store,
        entity="household",
        record_id=household.id,
        field="label",
        current="Familie Nuri",
        lost="Familie Noori",
    )
    model = ConflictsModel(session)
    with qtbot.waitSignal(model.loaded) as blocker:
        model.reload()
    assert blocker.args == [1]
    assert model.rowCount() == 1 and model.columnCount() == 5
    index = model.index(0, ConflictsModel.LOST)
    assert model.data(index) == "Familie Noori"
    assert model.data(model.index(0, ConflictsModel.CURRENT)) == "Familie Nuri"
    assert model.data(index, ID_ROLE) == conflict_id
    assert "Familie Nuri" in model.data(model.index(0, ConflictsModel.RECORD))
    settle(qtbot, tasks)


def test_keep_current_resolves_without_an_edit(qtbot, session, tasks, store, household):
    conflict_id = pull_conflict(
        store,
        entity="household",
        record_id=household.id,
        field="label",
        current="Familie Nuri",
        lost="Familie Noori",
    )
    before = unsynced_changes(store)
    model = ConflictsModel(session)
    with qtbot.waitSignal(model.loaded):
        model.reload()
    changes = []
    session.changed.connect(changes.append)
    with qtbot.waitSignal(model.loaded) as blocker:  # the change reloads the list
        model.keep_current(conflict_id)
    assert blocker.args == [0]
    assert changes == [Changed(frozenset({"household", "conflict"}))]
    assert list_conflicts(store) == []
    assert records.get(store, entity="household", record_id=household.id, audit=False).label == (
        "Familie Nuri"
    )
    assert unsynced_changes(store) == before
    settle(qtbot, tasks)


def test_restore_makes_the_lost_value_current_and_unsynced(qtbot, session, tasks, store, household):
    conflict_id = pull_conflict(
        store,
        entity="household",
        record_id=household.id,
        field="label",
        current="Familie Nuri",
        lost="Familie Noori",
    )
    before = unsynced_changes(store)
    model = ConflictsModel(session)
    with qtbot.waitSignal(model.loaded):
        model.reload()
    with qtbot.waitSignal(model.resolved) as blocker:
        model.restore(conflict_id)
    assert blocker.args == [conflict_id]
    settle(qtbot, tasks)
    assert model.rowCount() == 0
    assert records.get(store, entity="household", record_id=household.id, audit=False).label == (
        "Familie Noori"
    )
    assert unsynced_changes(store) == before + 1


def test_a_sync_that_brings_conflicts_reloads_the_model(qtbot, session, tasks, store, household):
    model = ConflictsModel(session)
    with qtbot.waitSignal(model.loaded):
        model.reload()
    assert model.rowCount() == 0
    pull_conflict(
        store, entity="household", record_id=household.id, field="label", current="A", lost="B"
    )
    with qtbot.waitSignal(model.loaded) as blocker:
        session.announce(Changed(frozenset({"household"}), origin="sync"))
    assert blocker.args == [1]
    settle(qtbot, tasks)


def test_values_are_shown_as_labels_not_codes(qapp):
    assert format_value("case", "status", "first_contact") == "first contact"
    assert format_value("person", "languages", []) == "(empty)"
    assert format_value("person", "interpreter_needed", True) == "yes"
    assert format_value("consultation", "participant_ids", ["a", "b"]) == "2 person(s)"
    assert format_value("person", "family_name", "Nuri") == "Nuri"
