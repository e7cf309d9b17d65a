"""Installing a newer release over an older one: the store it left behind migrates on unlock.

tests/app/store covers a store from the very first schema; this is the common case of an
update, a store written by the release just before (the head's parent revision), with records
made through the services as that release made them.
"""

from functools import partial

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import MetaData, inspect

from app.services import drafts, records
from app.services.search import search
from app.store import migrate
from app.store.store import Store
from app.store.tables import entity_tables
from tests.conftest import FAST_KDF, PASSWORD


def _has(conn, name: str) -> bool:
    return inspect(conn).has_table(name)


def previous_head() -> str:
    script = ScriptDirectory.from_config(migrate.config())
    head = script.get_revision(migrate.HEAD)
    assert head is not None and isinstance(head.down_revision, str)
    return head.down_revision


@pytest.fixture
def old_store(data_dir, monkeypatch):
    """A store created, filled and closed by a release whose newest schema was the previous one."""
    previous = previous_head()
    with monkeypatch.context() as patch:
        patch.setattr(migrate, "upgrade", partial(migrate.upgrade, target=previous))
        store, _ = Store.init(data_dir, PASSWORD, actor="anna", kdf=FAST_KDF, site="ATR")
        with store.read() as conn:
            assert migrate.current_revision(conn) == previous
            # The tables as that release had them, where today's differ (0007 gave persons a
            # column): the services then write what that release wrote.
            old = MetaData()
            old.reflect(conn, only=[name for name in entity_tables if _has(conn, name)])
        for name, table in old.tables.items():
            if set(table.c.keys()) != set(entity_tables[name].c.keys()):
                patch.setitem(entity_tables, name, table)
        household = records.create(
            store, entity="household", data={"label": "Familie Großmann", "site": "ATR"}
        )
        person = records.create(
            store,
            entity="person",
            data={"household_id": household.id, "family_name": "Großmann", "given_names": "Lea"},
        )
        store.close()
    return person


def test_a_store_from_the_previous_release_migrates_on_unlock_and_keeps_its_records(
    old_store, data_dir
):
    with Store.unlock(data_dir, PASSWORD) as store:
        with store.read() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
        kept = records.get(store, entity="person", record_id=old_store.id)
        assert (kept.family_name, kept.given_names) == ("Großmann", "Lea")
        assert old_store.id in [hit.record_id for hit in search(store, query="grossmann")]
        # What the new schema added works on the migrated store.
        drafts.save_draft(store, key="k", form="person", payload={}, record_id=None, title="t")
        assert [d.key for d in drafts.drafts(store)] == ["k"]
    with Store.unlock(data_dir, PASSWORD) as again:  # a second unlock has nothing left to do
        assert records.get(again, entity="person", record_id=old_store.id).id == old_store.id


def test_the_previous_head_is_a_revision_this_release_knows():
    script = ScriptDirectory.from_config(migrate.config())
    assert migrate.known(script, previous_head())
