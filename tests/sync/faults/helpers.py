"""Fault-test helpers: devices with real encrypted stores, servers in a thread or in a process."""

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi import FastAPI
from sqlalchemy import Engine, func, select

from app.domain.ids import new_id
from app.store.store import Store
from app.store.tables import entity_tables, meta, outbox
from sync import device as local
from sync.client import SyncClient
from sync.engine import SyncResult, sync_once
from sync.protocol import EnrollRequest
from sync.server.ops import process
from tests.conftest import FAST_KDF
from tests.sync.conftest import SERVER_PASSWORD

STORE_PASSWORD = "geraet-passwort-1"
START_TIMEOUT_S = 20.0


# -- devices -------------------------------------------------------------------


@dataclass
class Device:
    """A counsellor's laptop: an encrypted store enrolled with a server."""

    name: str
    store: Store
    token: str
    url: str

    @property
    def device_id(self) -> str:
        return self.store.device.device_id

    def client(self, url: str | None = None, *, cls: type[SyncClient] = SyncClient, **kw: Any):
        options: dict[str, Any] = {"timeout": (3.0, 30.0), "attempts": 2, "backoff": 0.02}
        options.update(kw)
        return cls(url or self.url, self.token, **options)

    def sync(self, url: str | None = None, **kw: Any) -> SyncResult:
        pull_limit = kw.pop("pull_limit", None)
        client = self.client(url, **kw)
        try:
            if pull_limit is None:
                return sync_once(self.store, client)
            return sync_once(self.store, client, pull_limit=pull_limit)
        finally:
            client.close()

    def ids(self, entity: str) -> set[str]:
        table = entity_tables[entity]
        with self.store.read() as conn:
            return set(conn.scalars(select(table.c.id)))

    def count(self, entity: str) -> int:
        table = entity_tables[entity]
        with self.store.read() as conn:
            return int(conn.scalar(select(func.count()).select_from(table)) or 0)

    def cursor(self) -> int:
        with self.store.read() as conn:
            return int(local.get_setting(conn, local.CURSOR, "0"))

    def outbox(self) -> int:
        with self.store.read() as conn:
            return int(conn.scalar(select(func.count()).select_from(outbox)) or 0)

    def setting(self, key: str) -> str | None:
        with self.store.read() as conn:
            return conn.scalar(select(meta.c.value).where(meta.c.key == key))

    def households(self, count: int, *, label: str = "Familie") -> list[str]:
        """`count` new households in one write transaction (the import path); returns their ids."""
        ids = [new_id() for _ in range(count)]
        with self.store.write() as writer:
            writer.put_many(
                "household",
                [
                    (i, {"label": f"{label} {n:05d} " + "x" * 60, "site": "ATR"})
                    for n, i in enumerate(ids)
                ],
            )
        return ids

    def integrity(self) -> str:
        with self.store.read() as conn:
            return str(conn.exec_driver_sql("PRAGMA integrity_check").scalar())


def new_device(
    directory: Path, name: str, url: str, *, username: str, password: str = SERVER_PASSWORD
) -> Device:
    """`fallakte init` + `fallakte enroll`, in process (the token is kept in memory)."""
    store, _ = Store.init(
        directory / name, STORE_PASSWORD, actor=username, kdf=FAST_KDF, site="ATR"
    )
    client = SyncClient(url, timeout=(3.0, 30.0), attempts=2, backoff=0.05)
    try:
        answer = client.enroll(
            EnrollRequest(
                username=username,
                password=password,
                device_id=store.device.device_id,
                device_name=name,
            )
        )
    except BaseException:
        store.close()
        raise
    finally:
        client.close()
    with store.write() as writer:
        for key, value in (("server_url", url), ("team", answer.team), ("server_user", username)):
            local.set_setting(writer.conn, key, value)
    return Device(name, store, answer.token, url)


# -- servers -------------------------------------------------------------------


class ThreadedServer:
    """The real app served by uvicorn over loopback TCP, in a thread of the test process."""

    def __init__(self, app: FastAPI) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind(("127.0.0.1", 0))
        self.port: int = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )

    def __enter__(self) -> "ThreadedServer":
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.01)
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.should_exit = True
        self._thread.join(timeout=15)
        self._sock.close()


class ServerProcess(process.ServerProcess):
    """`python -m sync.server.ops.cli run` on a fixed port; can be SIGKILLed and started again."""

    def __init__(self, database_url: str, home: Path, *, workers: int = 1) -> None:
        super().__init__(
            database_url=database_url, home=home, workers=workers, log_path=home / "server.log"
        )

    def start(self) -> "ServerProcess":
        try:
            super().start()
        except process.ServerStartFailed as exc:
            pytest.fail(str(exc))
        return self

    def log(self) -> str:
        return self.log_tail()


# -- teams ---------------------------------------------------------------------


@dataclass
class Team:
    """Team "nord" (users anna and bo) on a running server, and the devices made for it."""

    url: str
    engine: Engine
    directory: Path
    devices: list[Device] = field(default_factory=list)

    def device(self, name: str, *, username: str = "anna") -> Device:
        made = new_device(self.directory, name, self.url, username=username)
        self.devices.append(made)
        return made


def wait_until(check: Callable[[], bool], *, timeout: float = 30.0, every: float = 0.005) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached in time")
        time.sleep(every)
