"""Fixtures of the fault tests: a team on a threaded server, and things closed at teardown."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import Engine

from sync.server.accounts.admin import add_user
from tests.sync.conftest import SERVER_PASSWORD
from tests.sync.faults.helpers import Team, ThreadedServer

# -- fixtures ------------------------------------------------------------------


@pytest.fixture
def team(server_app: tuple[FastAPI, Engine], counsellor: tuple[str, str], tmp_path: Path):
    """A threaded server on the database of `server_app` (SQLite file or PostgreSQL)."""
    app, engine = server_app
    add_user(engine, username="bo", password=SERVER_PASSWORD, team_id="nord", role="counsellor")
    with ThreadedServer(app) as server:
        made = Team(server.url, engine, tmp_path / "devices")
        try:
            yield made
        finally:
            for device in made.devices:
                device.store.close()


@pytest.fixture
def closing() -> Iterator[list[Any]]:
    """Things with close() (stores, clients, proxies) closed at teardown, last first."""
    things: list[Any] = []
    yield things
    for thing in reversed(things):
        thing.close()
