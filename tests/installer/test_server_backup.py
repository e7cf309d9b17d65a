"""installer/server/backup.sh and restore.sh against the local PostgreSQL: a real round trip.

A fresh database is migrated and filled by an enrolled device (records and an attachment),
dumped with backup.sh, dropped, restored with restore.sh into another new database, and a
server on the restored database answers the device's pull with the same records.
"""

import os
import secrets
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from app.services.attachments import add_attachment
from app.store.store import Store
from sync.client import SyncClient
from sync.credentials import load_token
from sync.engine import sync_once
from sync.enrolment import enroll
from sync.protocol import MAX_PULL_RECORDS
from sync.server.accounts import admin
from sync.server.ops.process import ServerProcess
from sync.server.storage.db import make_engine
from sync.server.storage.migrate import upgrade
from tests.conftest import FAST_KDF, Factory
from tests.sync.conftest import PG_ADMIN_URL, PG_BASE_URL, pg_unreachable

pytestmark = pytest.mark.pg

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "installer" / "server"
TOOLS = ("pg_dump", "pg_restore", "psql")


def admin_sql(statement: sql.Composable) -> None:
    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
        conn.execute(statement)


def create_database(name: str) -> str:
    admin_sql(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return PG_BASE_URL + name


def drop_database(name: str) -> None:
    admin_sql(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


def script(name: str, *args: str, env: dict[str, str]) -> str:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("FALLAKTE_", "PG"))}
    result = subprocess.run(
        ["bash", str(SCRIPTS / name), *args],
        env={**environ, **env},
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 0, f"{name} failed:\n{result.stderr}"
    return result.stdout


def page(url: str, token: str) -> dict:
    client = SyncClient(url, token, attempts=2, backoff=0.05)
    try:
        pulled = client.pull(cursor=0, limit=MAX_PULL_RECORDS)
    finally:
        client.close()
    assert not pulled.more
    return pulled.model_dump(mode="json", exclude={"server_time"})


@pytest.fixture
def databases() -> Iterator[list[str]]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        message = f"PostgreSQL client tools missing: {', '.join(missing)}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    made: list[str] = []
    yield made
    for name in made:
        drop_database(name)


def test_backup_then_restore_into_a_new_database_serves_the_same_records(tmp_path, databases):
    source = f"fallakte_backup_{secrets.token_hex(5)}"
    try:
        source_url = create_database(source)
    except psycopg.OperationalError as exc:
        pg_unreachable(exc)
    databases.append(source)
    engine = make_engine(source_url)
    try:
        upgrade(engine)
        admin.add_team(engine, team_id="nord", name="Team Nord")
        admin.add_user(
            engine, username="anna", password="server-pass-1", team_id="nord", role="counsellor"
        )
    finally:
        engine.dispose()

    store, _ = Store.init(
        tmp_path / "laptop", "device-pass-1", actor="anna", kdf=FAST_KDF, site="ATR"
    )
    try:
        with ServerProcess(database_url=source_url, home=tmp_path / "source") as server:
            enroll(store, server_url=server.url, username="anna", password="server-pass-1")
            token = load_token(store)
            factory = Factory(store)
            person = factory.person()
            factory.household(label="Familie Nuri")
            scan = tmp_path / "einwilligung.pdf"
            scan.write_bytes(b"%PDF-1.4 consent " * 500)
            attachment = add_attachment(store, owner_entity="person", owner_id=person.id, path=scan)
            client = SyncClient(server.url, token, attempts=2, backoff=0.05)
            try:
                pushed = sync_once(store, client)
            finally:
                client.close()
            assert pushed.pushed >= 4
            before = page(server.url, token)
        assert len(before["records"]) == pushed.pushed

        backups = tmp_path / "backups"
        out = script(
            "backup.sh",
            "-e",
            str(tmp_path / "no-such.env"),
            "-d",
            str(backups),
            env={"FALLAKTE_DATABASE_URL": source_url},
        )
        dump = Path(out.strip().splitlines()[-1])
        assert dump.parent == backups and dump.suffix == ".dump"
        assert (dump.stat().st_mode & 0o077) == 0, "the dump holds case data: owner only"
        assert Path(f"{dump}.sha256").is_file()
        drop_database(source)

        target = f"fallakte_restore_{secrets.token_hex(5)}"
        target_url = create_database(target)
        databases.append(target)
        script("restore.sh", "-t", target_url, str(dump), env={})
        migrated = subprocess.run(
            [sys.executable, "-m", "sync.server.ops.cli", "--database-url", target_url, "migrate"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert migrated.returncode == 0, migrated.stderr

        with ServerProcess(database_url=target_url, home=tmp_path / "target") as restored:
            assert page(restored.url, token) == before
            # The same device syncs on: its token, attachments and cursor survived.
            client = SyncClient(restored.url, token, attempts=2, backoff=0.05)
            try:
                assert client.get_blob(attachment.sha256) == scan.read_bytes()
                factory.household(label="Familie Haddad")
                assert sync_once(store, client).pushed == 1
            finally:
                client.close()
    finally:
        store.close()
