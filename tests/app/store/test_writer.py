import pytest
from sqlalchemy import select

from app.errors import Erased
from app.services import records
from app.store.hlc import Stamp
from app.store.tables import audit_event, outbox, tombstone


def _outbox(store):
    with store.read() as conn:
        return [dict(r._mapping) for r in conn.execute(select(outbox).order_by(outbox.c.seq))]


def test_create_appends_one_change_with_all_fields_and_no_base(store, make):
    household = make.household(label="Familie Nuri")
    (change,) = _outbox(store)
    assert change["entity"] == "household" and change["record_id"] == household.id
    assert change["fields"] == {"label": "Familie Nuri", "site": "ATR", "merged_into": None}
    assert change["base"] == {} and change["deleted"] is False
    assert Stamp.parse(change["stamp"]).device_id == store.device.device_id


def test_update_sends_only_changed_fields_with_the_stamp_they_were_edited_from(store, make):
    household = make.household(label="Familie Nuri")
    created = _outbox(store)[0]["stamp"]
    records.update(
        store,
        entity="household",
        record_id=household.id,
        patch={"label": "Familie Nouri", "site": "ATR"},
    )
    first_edit = _outbox(store)[1]
    assert first_edit["fields"] == {"label": "Familie Nouri"}
    assert first_edit["base"] == {"label": created}
    records.update(
        store, entity="household", record_id=household.id, patch={"label": "Familie Noori"}
    )
    second = _outbox(store)[2]
    assert second["base"] == {"label": first_edit["stamp"]}
    assert created < first_edit["stamp"] < second["stamp"]


def test_an_edit_that_changes_nothing_writes_nothing(store, make):
    household = make.household()
    records.update(
        store, entity="household", record_id=household.id, patch={"label": household.label}
    )
    assert len(_outbox(store)) == 1


def test_a_rolled_back_write_leaves_no_change_behind(store, make):
    make.household()
    with pytest.raises(RuntimeError), store.write() as writer:
        writer.put(
            "household", "0190a000-0000-7000-8000-000000000099", {"label": "x", "site": None}
        )
        raise RuntimeError("power cut")
    assert len(_outbox(store)) == 1
    assert records.count(store, entity="household") == 1
    with store.read() as conn:
        assert conn.execute(select(audit_event)).all().__len__() == 1


def test_erasure_purges_content_drops_unsent_edits_and_keeps_a_tombstone(store, make):
    household = make.household(label="Familie Nuri")
    records.erase(store, entity="household", record_id=household.id)
    changes = _outbox(store)
    assert [(c["record_id"], c["deleted"], c["fields"]) for c in changes] == [
        (household.id, True, {})
    ]
    with store.read() as conn:
        assert conn.execute(select(tombstone.c.record_id)).scalars().all() == [household.id]
        actions = (
            conn.execute(select(audit_event.c.action).order_by(audit_event.c.seq)).scalars().all()
        )
    assert actions == ["created", "deleted"]
    with pytest.raises(Erased):
        records.update(store, entity="household", record_id=household.id, patch={"label": "again"})
    with pytest.raises(Erased):
        records.get(store, entity="household", record_id=household.id)


def test_audit_events_name_records_never_values(store, make):
    person = make.person(family_name="Zzyxabrowicz")
    records.get(store, entity="person", record_id=person.id)
    with store.read() as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(audit_event))]
    assert {r["action"] for r in rows} == {"created", "viewed"}
    assert all("Zzyxabrowicz" not in str(r) for r in rows)
    assert all(r["actor"] == "anna" and r["device_id"] == store.device.device_id for r in rows)


def test_the_clock_survives_a_restart(store, make, data_dir):
    from app.store.store import Store
    from tests.conftest import PASSWORD

    make.household()
    last = _outbox(store)[-1]["stamp"]
    store.close()
    with Store.unlock(data_dir, PASSWORD) as again:
        assert again.clock.now() > last
