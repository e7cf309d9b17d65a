import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import insert, text
from sqlalchemy import inspect as sa_inspect

from app.domain.people import Person
from app.errors import StoreCorrupt, StoreExists, StoreMissing, WrongPassword
from app.services import records
from app.services.search import search
from app.store import migrate
from app.store.engine import make_engine
from app.store.keys import KeyFile
from app.store.store import DB_FILE, Store
from app.store.tables import entity_tables, meta, metadata
from tests.conftest import FAST_KDF, PASSWORD

SECRET_NAME = "Zzyxabrowicz"
SECRET_NOTE = "Quokkaflugzeugtraum"


def test_init_then_unlock_gives_the_same_device(store, data_dir):
    device = store.device
    store.close()
    with Store.unlock(data_dir, PASSWORD) as again:
        assert again.device == device
        assert again.device.actor == "anna"


def test_init_refuses_to_overwrite_a_store(store, data_dir):
    with pytest.raises(StoreExists):
        Store.init(data_dir, "other-password", actor="x", kdf=FAST_KDF)


def test_unlock_without_store_says_how_to_create_one(tmp_path):
    with pytest.raises(StoreMissing, match="fallakte init"):
        Store.unlock(tmp_path, PASSWORD)


def test_wrong_password_is_clear_and_changes_nothing(store, make, data_dir):
    make.person(family_name=SECRET_NAME)
    store.close()
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    with pytest.raises(WrongPassword, match="wrong password"):
        Store.unlock(data_dir, PASSWORD + "!")
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before


def test_wrong_recovery_key_changes_nothing(store, data_dir):
    store.close()
    keys_before = (data_dir / "keys.json").read_bytes()
    with pytest.raises(WrongPassword, match="recovery key"):
        Store.recover(data_dir, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", "new password")
    assert (data_dir / "keys.json").read_bytes() == keys_before
    Store.unlock(data_dir, PASSWORD).close()


def test_recovery_sets_a_new_password_and_keeps_the_data(store_and_recovery, make, data_dir):
    store, recovery = store_and_recovery
    person = make.person()
    store.close()
    with Store.recover(data_dir, recovery, "brand new password") as recovered:
        assert records.get(recovered, entity="person", record_id=person.id).id == person.id
    with pytest.raises(WrongPassword):
        Store.unlock(data_dir, PASSWORD)
    Store.unlock(data_dir, "brand new password").close()


def test_password_change_rewraps_without_reencrypting(store, make, data_dir):
    make.person()
    data_key = KeyFile.load(data_dir / "keys.json").unlock(PASSWORD)
    db_mtime = (data_dir / DB_FILE).stat().st_mtime_ns
    store.change_password(PASSWORD, "another password")
    assert (data_dir / DB_FILE).stat().st_mtime_ns == db_mtime
    assert KeyFile.load(data_dir / "keys.json").unlock("another password") == data_key
    store.close()
    with Store.unlock(data_dir, "another password") as again:
        assert records.count(again, entity="person") == 1


def _scan(data_dir, needles):
    found = []
    for path in data_dir.iterdir():
        raw = path.read_bytes()
        for needle in needles:
            for encoded in (
                needle.encode("utf-8"),
                needle.encode("utf-16-le"),
                needle.lower().encode(),
            ):
                if encoded in raw:
                    found.append((path.name, needle))
    return found


def test_no_plaintext_personal_data_in_any_file_of_the_data_dir(store, make, data_dir):
    person = make.person(
        family_name=SECRET_NAME, given_names="Oksanochka", phone="+49 151 99887766"
    )
    case = make.case()
    make.consultation(case.id, notes=f"{SECRET_NOTE} besprochen mit {SECRET_NAME}")
    records.update(
        store, entity="person", record_id=person.id, patch={"aliases": [SECRET_NAME + "ow"]}
    )
    needles = [SECRET_NAME, SECRET_NOTE, "Oksanochka", "99887766"]
    # While open (WAL and shm hold the latest pages) and after closing.
    assert (data_dir / f"{DB_FILE}-wal").exists()
    assert _scan(data_dir, needles) == []
    store.close()
    assert _scan(data_dir, needles) == []


def test_plain_sqlite_cannot_read_the_database(store, make, data_dir):
    make.person()
    store.close()
    conn = sqlite3.connect(data_dir / DB_FILE)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_wal_foreign_keys_and_secure_delete_are_on(store):
    with store.read() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.parametrize("damage", ["foreign", "garbage", "truncated", "zeroed"])
def test_foreign_or_damaged_database_is_a_clear_error(store, make, data_dir, damage):
    make.person()
    store.close()
    db = data_dir / DB_FILE
    for extra in data_dir.glob(f"{DB_FILE}-*"):
        extra.unlink()
    if damage == "foreign":
        db.unlink()
        plain = sqlite3.connect(db)
        plain.execute("CREATE TABLE t (x)")
        plain.commit()
        plain.close()
    elif damage == "garbage":
        db.write_bytes(b"\x00\x13garbage" * 1000)
    elif damage == "truncated":
        db.write_bytes(db.read_bytes()[:1500])
    else:
        raw = bytearray(db.read_bytes())
        raw[0:4096] = bytes(4096)
        db.write_bytes(bytes(raw))
    with pytest.raises(StoreCorrupt) as info:
        Store.unlock(data_dir, PASSWORD)
    assert "Fallakte" in str(info.value)


def test_database_belonging_to_another_key_file_is_refused(tmp_path):
    a, _ = Store.init(tmp_path / "a", PASSWORD, actor="a", kdf=FAST_KDF)
    b, _ = Store.init(tmp_path / "b", PASSWORD, actor="b", kdf=FAST_KDF)
    a.close()
    b.close()
    (tmp_path / "a" / DB_FILE).write_bytes((tmp_path / "b" / DB_FILE).read_bytes())
    with pytest.raises(StoreCorrupt):
        Store.unlock(tmp_path / "a", PASSWORD)


_MEMSEC_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.store.store import Store
    with Store.unlock(Path(sys.argv[1]), sys.argv[2]) as store, store.read() as conn:
        print(conn.exec_driver_sql("PRAGMA cipher_memory_security").scalar())
    """
)


@pytest.mark.parametrize(("setting", "expected"), [("on", "1"), ("off", "0")])
def test_sqlcipher_memory_security_follows_the_setting(store, data_dir, setting, expected):
    # Process-wide in SQLCipher and irreversible once on: checked in a child process.
    store.close()
    env = {**os.environ, "FALLAKTE_CIPHER_MEMORY_SECURITY": setting}
    result = subprocess.run(
        [sys.executable, "-c", _MEMSEC_SCRIPT, str(data_dir), PASSWORD],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == expected


_CRASH_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.store.store import Store
    from app.services import records
    store = Store.unlock(Path(sys.argv[1]), sys.argv[2])
    records.create(store, entity="household", data={"label": "committed"})
    with store.write() as w:
        for i in range(10**7):
            w.put("household", f"0190a000-0000-7000-8000-{i:012d}", {"label": f"half {i}", "site": None})
            if i == 200:
                print("in the middle", flush=True)
    """
)


def test_a_process_killed_mid_write_leaves_the_last_committed_state(store, data_dir):
    store.close()
    proc = subprocess.Popen(
        [sys.executable, "-c", _CRASH_SCRIPT, str(data_dir), PASSWORD],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "in the middle"
    proc.kill()
    proc.wait(timeout=30)
    with Store.unlock(data_dir, PASSWORD) as again:
        labels = [h.label for h in records.find(again, entity="household")]
        assert labels == ["committed"]
        with again.read() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            assert conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar() == 1


def test_head_constant_matches_the_migration_scripts():
    assert migrate.script_head() == migrate.HEAD


def test_migrations_build_exactly_the_declared_schema(store):
    with store.engine.connect() as conn:
        # FTS5 keeps its own shadow tables (search_fts_*), which no Table declares.
        opts = {
            "include_name": lambda name, kind, _: (
                not (kind == "table" and name.startswith("search_fts"))
            )
        }
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
    assert diff == []


def test_a_store_made_by_the_first_schema_upgrades_on_unlock(data_dir):
    data_dir.mkdir()
    keys, data_key, _ = KeyFile.create(store_id="old-store", password=PASSWORD, kdf=FAST_KDF)
    engine = make_engine(data_dir / DB_FILE, data_key)
    migrate.upgrade(engine, target="0001")
    person_id = "0190a000-0000-7000-8000-00000000abcd"
    with engine.begin() as conn:
        settings = {
            "store_id": "old-store",
            "device_id": "dev-1",
            "device_prefix": "ABC",
            "actor": "anna",
        }
        conn.execute(
            insert(meta),
            [
                {"key": k, "value": v}
                for k, v in {**settings, "hlc": "0" * 13 + "-00000-dev-1"}.items()
            ],
        )
        # Only the columns the first schema had: later migrations add some (0007: relationship, 0008: merged_into).
        first = {c["name"] for c in sa_inspect(conn).get_columns("person")}
        fields = {
            k: v
            for k, v in Person(id=person_id, family_name="Großmann").fields().items()
            if k in first
        }
        conn.execute(
            insert(entity_tables["person"]), {"id": person_id, **fields, "clocks": {"*": "x"}}
        )
        assert migrate.current_revision(conn) == "0001"
    engine.dispose()
    keys.save(data_dir / "keys.json")
    with Store.unlock(data_dir, PASSWORD) as store:
        with store.read() as conn:
            assert migrate.current_revision(conn) == migrate.HEAD
        assert [r.record_id for r in search(store, query="grossmann")] == [person_id]
        assert records.get(store, entity="person", record_id=person_id).family_name == "Großmann"


def test_a_store_from_a_newer_release_is_refused_not_damaged(store, data_dir):
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(Exception, match="newer Fallakte release"):
        Store.unlock(data_dir, PASSWORD)


def test_dates_are_stored_as_iso_text(store, make):
    case = make.case(opened_on=date(2025, 3, 4))
    with store.read() as conn:
        value = conn.execute(
            text('SELECT opened_on FROM "case" WHERE id = :id'), {"id": case.id}
        ).scalar()
    assert value == "2025-03-04"
