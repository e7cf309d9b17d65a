"""Sync fixtures: a fresh server database (SQLite file or real PostgreSQL), the app, a live server."""

import os
import secrets
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from argon2 import PasswordHasher
from fastapi import FastAPI
from psycopg import sql
from sqlalchemy import Engine
from starlette.exceptions import StarletteDeprecationWarning

from app.store.store import Store
from sync.client import SyncClient
from sync.engine import SyncResult, sync_once
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.accounts import auth
from sync.server.api.app import create_app
from sync.server.ops.process import ServerProcess, ServerStartFailed
from sync.server.ops.settings import ServerSettings
from sync.server.storage.db import make_engine
from sync.server.storage.migrate import upgrade

with warnings.catch_warnings():
    # Starlette nudges from httpx towards httpx2; the pinned dev dependency is httpx.
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[2]
PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_BASE_URL = "postgresql://postgres@127.0.0.1:5432/"
HEADERS = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
SERVER_PASSWORD = "anna-passwort-1"


def pg_unreachable(exc: Exception) -> None:
    message = f"PostgreSQL not reachable on 127.0.0.1:5432: {str(exc).strip().splitlines()[0]}"
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty server database: a SQLite file, or a fresh PostgreSQL database dropped after."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    name = f"fallakte_test_{secrets.token_hex(6)}"
    try:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    except psycopg.OperationalError as exc:
        pg_unreachable(exc)
    try:
        yield PG_BASE_URL + name
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture(autouse=True)
def fast_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    # argon2id at its production cost takes ~0.1 s per login; the tests log in hundreds of times.
    monkeypatch.setattr(
        auth, "HASHER", PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    )


@pytest.fixture
def server_app(database_url: str) -> Iterator[tuple[FastAPI, Engine]]:
    """The server app on a migrated database, and its engine (also at `app.state.engine`)."""
    settings = ServerSettings.build(database_url=database_url, environ={})
    engine = make_engine(settings.database_url)
    upgrade(engine)
    try:
        yield create_app(settings, engine=engine), engine
    finally:
        engine.dispose()


@pytest.fixture
def client(server_app: tuple[FastAPI, Engine]) -> Iterator[TestClient]:
    """An in-process HTTP client of `server_app` (server errors are raised, not hidden)."""
    with TestClient(server_app[0]) as test_client:
        yield test_client


@pytest.fixture
def counsellor(server_app: tuple[FastAPI, Engine]) -> tuple[str, str]:
    """Team "nord" with the counsellor "anna"; returns (user name, password)."""
    from sync.server.accounts.admin import add_team, add_user

    engine = server_app[1]
    add_team(engine, team_id="nord", name="Team Nord")
    add_user(engine, username="anna", password=SERVER_PASSWORD, team_id="nord", role="counsellor")
    return "anna", SERVER_PASSWORD


@pytest.fixture
def live_server(database_url: str, tmp_path: Path) -> Iterator[str]:
    """A real `fallakte-server run` process on 127.0.0.1; yields its base URL (no /api/v1)."""
    server = ServerProcess(
        database_url=database_url, home=tmp_path / "server", log_path=tmp_path / "live-server.log"
    )
    try:
        server.start()
    except ServerStartFailed as exc:
        pytest.fail(str(exc))
    try:
        yield server.url
    finally:
        server.stop()


@dataclass
class Device:
    """An enrolled device: its unlocked store and a client holding its token."""

    store: Store
    client: SyncClient

    def sync(self) -> SyncResult:
        return sync_once(self.store, self.client)


@pytest.fixture
def enrolled(
    live_server: str, database_url: str, tmp_path: Path
) -> Iterator[Callable[..., Device]]:
    """Makes devices enrolled with the live server, each with its own user in team "nord"."""
    from app.store.store import Store as _Store
    from sync.credentials import load_token
    from sync.enrolment import enroll
    from sync.server.accounts import admin
    from sync.server.storage.db import make_engine
    from tests.conftest import FAST_KDF

    engine = make_engine(database_url)
    made: list[Device] = []
    teams: set[str] = set()

    def make(name: str, team: str = "nord", role: str = "counsellor") -> Device:
        if team not in teams:
            admin.add_team(engine, team_id=team, name=team.title())
            teams.add(team)
        admin.add_user(engine, username=name, password="server-pass-1", team_id=team, role=role)
        store, _ = _Store.init(
            tmp_path / name, "device-pass-1", actor=name, kdf=FAST_KDF, site="ATR"
        )
        enroll(
            store,
            server_url=live_server,
            username=name,
            password="server-pass-1",
            device_name=name,
        )
        device = Device(store, SyncClient(live_server, load_token(store), attempts=2, backoff=0.05))
        made.append(device)
        return device

    yield make
    for device in made:
        device.client.close()
        device.store.close()
    engine.dispose()
