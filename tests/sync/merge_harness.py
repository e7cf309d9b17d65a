"""Laptops with real encrypted stores syncing with the server's push and pull in this process.

The HTTP layer is left out (the live-server tests cover it) so that a property test can run
many rounds: pushes go through `sync_service.push`, pulls through `pull.pull` and the device's
own `apply_page`, exactly the functions the routes and the engine call.
"""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, select

from app.domain.registry import ENTITIES
from app.services import records
from app.store.store import Store
from app.store.tables import conflict, entity_tables
from sync import engine as sync_engine
from sync.protocol import PullResponse, PushRequest, PushResponse
from sync.server.accounts import admin
from sync.server.pushpull.pull import pull
from sync.server.pushpull.sync_service import Pusher, push
from sync.server.storage.db import make_engine
from sync.server.storage.migrate import upgrade
from tests.conftest import FAST_KDF

TEAM = "nord"


class InProcessClient:
    """What the engine needs of a SyncClient: push, pull and a cancel flag."""

    def __init__(self, server: Engine, device_id: str, role: str = "lead") -> None:
        self.server = server
        self.pusher = Pusher(device_id=device_id, team_id=TEAM, role=role, username=device_id[-4:])
        self.cancel = threading.Event()

    def push(self, request: PushRequest) -> PushResponse:
        wire = PushRequest.model_validate_json(request.model_dump_json())
        return push(self.server, self.pusher, wire, max_skew_ms=300_000)

    def pull(self, *, cursor: int, limit: int) -> PullResponse:
        page = pull(self.server, team_id=TEAM, cursor=cursor, limit=limit, max_bytes=4_000_000)
        # The route sends stored JSON as it is (orjson fragments): through the wire's bytes.
        return PullResponse.model_validate_json(orjson.dumps(page))


@dataclass
class Laptop:
    name: str
    store: Store
    client: InProcessClient
    result: Any = field(default=None)

    def push(self) -> None:
        sync_engine._push_batches(self.store, self.client, sync_engine.SyncResult(), _quiet)  # type: ignore[arg-type]

    def pull(self, limit: int = 1000) -> None:
        sync_engine._pull_all(self.store, self.client, sync_engine.SyncResult(), _quiet, limit)  # type: ignore[arg-type]

    def sync(self) -> None:
        self.push()
        self.pull()

    def rows(self, entity: str) -> dict[str, dict[str, Any]]:
        return rows(self.store, entity)

    def everything(self) -> dict[str, dict[str, dict[str, Any]]]:
        return snapshot(self.store)

    def conflicts(self) -> list[dict[str, Any]]:
        with self.store.read() as conn:
            return [dict(r._mapping) for r in conn.execute(select(conflict))]


def rows(store: Store, entity: str) -> dict[str, dict[str, Any]]:
    """Every record of `entity` on this device by id, without its stamps."""
    table = entity_tables[entity]
    with store.read() as conn:
        return {
            r.id: {k: v for k, v in r._mapping.items() if k != "clocks"}
            for r in conn.execute(select(table))
        }


def snapshot(store: Store) -> dict[str, dict[str, dict[str, Any]]]:
    return {entity: rows(store, entity) for entity in ENTITIES}


def _quiet(_: object) -> None:
    return None


def server(path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    admin.add_team(engine, team_id=TEAM, name="Team Nord")
    return engine


def laptop(home: Path, name: str, server_engine: Engine, role: str = "lead") -> Laptop:
    """A laptop whose user has `role` on the server (merging needs a lead)."""
    store, _ = Store.init(home / name, "device-pass-1", actor=name, kdf=FAST_KDF, site="ATR")
    return Laptop(name, store, InProcessClient(server_engine, store.device.device_id, role))


def vulnerability(store: Store, person_id: str) -> str:
    """A finding that names the person: one more reference a merge must move."""
    return records.create(
        store,
        entity="vulnerability",
        data={
            "person_id": person_id,
            "assessed_on": date.today().isoformat(),
            "assessed_by": store.device.actor,
            "categories": ["pregnancy"],
        },
    ).id


@contextmanager
def laptops(tmp_path: Path, *names: str) -> Iterator[tuple[Engine, list[Laptop]]]:
    """A server and one laptop per name, closed afterwards."""
    engine = server(tmp_path / "server.db")
    made = [laptop(tmp_path, name, engine) for name in names]
    try:
        yield engine, made
    finally:
        for device in made:
            device.store.close()
        engine.dispose()
