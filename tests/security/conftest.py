"""Fixtures of the adversarial tests: a real `fallakte-server` process (SQLite or PostgreSQL)
and raw HTTP devices that send what the normal client never would."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from sync.server.ops.process import ServerProcess, ServerStartFailed
from tests.security.helpers import Live
from tests.sync.conftest import database_url  # noqa: F401  (the fixture, parametrised sqlite/pg)


@pytest.fixture
def start_server(database_url: str, tmp_path: Path) -> Iterator[Callable[..., Live]]:  # noqa: F811
    """Starts `fallakte-server run` with extra environment settings; stopped at teardown."""
    started: list[Live] = []

    def start(**env: str) -> Live:
        index = len(started)
        process = ServerProcess(
            database_url=database_url,
            home=tmp_path / f"server-{index}",
            log_path=tmp_path / f"server-{index}.log",
            env=env,
        )
        try:
            process.start()
        except ServerStartFailed as exc:
            pytest.fail(str(exc))
        live = Live(process, database_url, tmp_path / f"devices-{index}")
        started.append(live)
        return live

    yield start
    for live in reversed(started):
        live.close()


@pytest.fixture
def server(start_server: Callable[..., Live]) -> Live:
    """A live server with default settings."""
    return start_server()
