from datetime import date

import pytest
from sqlalchemy import func, insert, inspect, select

from app.errors import Erased
from app.services import records
from app.services.drafts import discard_draft, draft, drafts, save_draft
from app.store import migrate
from app.store.engine import make_engine
from app.store.keys import KeyFile
from app.store.store import DB_FILE, Store
from app.store.tables import audit_event, meta, outbox
from tests.conftest import FAST_KDF, PASSWORD

SECRET_NOTE = "Xylofonkrokodilmarker"


def _counts(store):
    with store.read() as conn:
        return tuple(
            conn.execute(select(func.count()).select_from(t)).scalar_one()
            for t in (outbox, audit_event)
        )


def test_a_draft_comes_back_as_saved_and_a_second_save_replaces_it(store, make):
    case = make.case()
    first = save_draft(
        store,
        key=f"consultation:new:{case.id}",
        form="consultation",
        payload={"held_on": date(2025, 3, 1), "notes": "erste Fassung", "topics": ["housing"]},
        record_id=case.id,
        title="Gespräch",
    )
    assert first.payload == {
        "held_on": "2025-03-01",
        "notes": "erste Fassung",
        "topics": ["housing"],
    }
    assert draft(store, key=first.key) == first

    second = save_draft(
        store,
        key=first.key,
        form="consultation",
        payload={"notes": "zweite Fassung"},
        record_id=case.id,
        title="Gespräch (2)",
    )
    assert drafts(store) == [second]
    assert (second.title, second.payload) == ("Gespräch (2)", {"notes": "zweite Fassung"})
    assert second.saved_at >= first.saved_at


def test_drafts_are_listed_newest_first_and_discarding_is_idempotent(store):
    save_draft(store, key="a", form="person", payload={"family_name": "A"})
    save_draft(store, key="b", form="person", payload={"family_name": "B"})
    save_draft(store, key="a", form="person", payload={"family_name": "A2"})
    assert [d.key for d in drafts(store)] == ["a", "b"]
    discard_draft(store, key="a")
    discard_draft(store, key="a")
    assert [d.key for d in drafts(store)] == ["b"]
    assert draft(store, key="a") is None


def test_drafts_are_local_only_no_outbox_change_and_no_audit_event(store):
    before = _counts(store)
    save_draft(store, key="k", form="person", payload={"family_name": "Lokal"})
    discard_draft(store, key="k")
    assert _counts(store) == before


def test_erasing_a_record_discards_its_drafts_also_in_a_cascade(store, make):
    person = make.person()
    vulnerability = records.create(
        store,
        entity="vulnerability",
        data={
            "person_id": person.id,
            "assessed_on": date(2025, 1, 2),
            "assessed_by": "anna",
            "categories": ["elderly"],
        },
    )
    other = make.person()
    save_draft(store, key="p", form="person", payload={"phone": "1"}, record_id=person.id)
    save_draft(
        store, key="v", form="vulnerability", payload={"notes": "x"}, record_id=vulnerability.id
    )
    save_draft(store, key="o", form="person", payload={"phone": "2"}, record_id=other.id)
    save_draft(store, key="n", form="person", payload={"family_name": "Neu"})

    records.erase(store, entity="person", record_id=person.id, cascade=True)

    assert sorted(d.key for d in drafts(store)) == ["n", "o"]
    with pytest.raises(Erased):
        save_draft(store, key="p", form="person", payload={"phone": "1"}, record_id=person.id)
    assert draft(store, key="p") is None


def test_drafts_survive_locking_and_are_encrypted_on_disk(store, data_dir):
    saved = save_draft(store, key="k", form="consultation", payload={"notes": SECRET_NOTE})
    store.close()
    for path in data_dir.iterdir():
        assert SECRET_NOTE.encode() not in path.read_bytes()
    with Store.unlock(data_dir, PASSWORD) as again:
        assert draft(again, key="k") == saved


def test_a_store_made_before_drafts_gets_the_table_on_unlock(data_dir):
    data_dir.mkdir()
    keys, data_key, _ = KeyFile.create(store_id="old-store", password=PASSWORD, kdf=FAST_KDF)
    engine = make_engine(data_dir / DB_FILE, data_key)
    migrate.upgrade(engine, target="0003")
    with engine.begin() as conn:
        settings = {
            "store_id": "old-store",
            "device_id": "dev-1",
            "device_prefix": "ABC",
            "actor": "anna",
            "hlc": "0" * 13 + "-00000-dev-1",
        }
        conn.execute(insert(meta), [{"key": k, "value": v} for k, v in settings.items()])
        assert not inspect(conn).has_table("draft")
    engine.dispose()
    keys.save(data_dir / "keys.json")
    with Store.unlock(data_dir, PASSWORD) as store:
        with store.read() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
        save_draft(store, key="k", form="person", payload={"family_name": "Alt"})
        assert [d.key for d in drafts(store)] == ["k"]
