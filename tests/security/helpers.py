"""Raw HTTP against a live server: an insider's device that sends what the normal client never would."""

import gzip
import hashlib
import itertools
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import orjson
from sqlalchemy import Engine, select

from app.domain.ids import new_id
from app.store.store import Store
from sync.client import SyncClient
from sync.engine import SyncResult, sync_once
from sync.protocol import API_PREFIX, PROTOCOL_HEADER
from sync.server.accounts import admin
from sync.server.ops.process import ServerProcess
from sync.server.storage import tables as t
from sync.server.storage.db import make_engine
from tests.conftest import FAST_KDF

SERVER_PASSWORD = "server-pass-1"
STORE_PASSWORD = "device-pass-1"
TODAY = date.today().isoformat()
_REFERENCES = itertools.count(1)
# The limits docs/sync-protocol.md promises, written out: these tests check the promise.
RECORD_LIMIT = 512 * 1024
PAGE_LIMIT = 4 * 1024 * 1024 + RECORD_LIMIT


def now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class Raw:
    """An enrolled device that speaks raw HTTP: bodies, stamps and ids as the test chooses."""

    url: str
    device_id: str
    token: str
    username: str
    team: str
    seq: itertools.count = field(default_factory=lambda: itertools.count(1))
    counter: itertools.count = field(default_factory=lambda: itertools.count(0))

    def http(self, *, token: bool = True) -> httpx.Client:
        headers = {PROTOCOL_HEADER: "1"}
        if token:
            headers["Authorization"] = f"Bearer {self.token}"
        return httpx.Client(base_url=self.url + API_PREFIX, headers=headers, timeout=120)

    def stamp(self, ms: int | None = None) -> str:
        return f"{ms if ms is not None else now_ms():013d}-{next(self.counter) % 100_000:05d}-{self.device_id}"

    def change(
        self,
        entity: str,
        record_id: str,
        fields: dict[str, Any],
        *,
        base: dict[str, Any] | None = None,
        deleted: bool = False,
        stamp: str | None = None,
        seq: int | None = None,
    ) -> dict[str, Any]:
        return {
            "change_id": {"device_id": self.device_id, "seq": seq or next(self.seq)},
            "entity": entity,
            "record_id": record_id,
            "stamp": stamp or self.stamp(),
            "fields": fields,
            "base": base or {},
            "deleted": deleted,
        }

    def push(self, changes: list[dict[str, Any]], **extra: Any) -> httpx.Response:
        with self.http() as http:
            return http.post("/sync/push", json={"changes": changes, **extra})

    def push_gzip(self, body: bytes) -> httpx.Response:
        with self.http() as http:
            return http.post(
                "/sync/push",
                content=gzip.compress(body),
                headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
            )

    def outcomes(self, changes: list[dict[str, Any]], **extra: Any) -> list[dict[str, Any]]:
        response = self.push(changes, **extra)
        assert response.status_code == 200, response.text
        outcomes: list[dict[str, Any]] = response.json()["outcomes"]
        return outcomes

    def create(self, entity: str, fields: dict[str, Any], record_id: str | None = None) -> str:
        record_id = record_id or new_id()
        (outcome,) = self.outcomes([self.change(entity, record_id, fields)])
        assert outcome["status"] == "applied", outcome
        return record_id

    def pull_all(self) -> list[dict[str, Any]]:
        """Every page from cursor 0, as sent (raw JSON dicts)."""
        pages, cursor = [], 0
        with self.http() as http:
            while True:
                response = http.get("/sync/pull", params={"cursor": cursor})
                assert response.status_code == 200, response.text
                page = response.json()
                pages.append(page)
                cursor = page["cursor"]
                if not page["more"]:
                    return pages

    def put_blob(self, content: bytes) -> httpx.Response:
        digest = hashlib.sha256(content).hexdigest()
        with self.http() as http:
            return http.put(f"/blobs/{digest}", content=content)

    def get_blob(self, digest: str) -> httpx.Response:
        with self.http() as http:
            return http.get(f"/blobs/{digest}")

    # -- a small family, valid by the domain rules ----------------------------------

    def household(self, label: str = "Familie Haddad") -> str:
        return self.create("household", {"label": label, "site": "ATR"})

    def person(self, household_id: str | None = None, name: str = "Haddad") -> str:
        fields: dict[str, Any] = {"family_name": name}
        if household_id:
            fields["household_id"] = household_id
        return self.create("person", fields)

    def case(self, household_id: str, **fields: Any) -> str:
        return self.create("case", case_fields(household_id, **fields))

    def attachment(self, owner_id: str, content: bytes, owner_entity: str = "person") -> str:
        return self.create("attachment", attachment_fields(owner_id, content, owner_entity))


def case_fields(household_id: str, **fields: Any) -> dict[str, Any]:
    return {
        "reference": f"ATR-2026-K7Q-{next(_REFERENCES):05d}",
        "household_id": household_id,
        "counsellor": "anna",
        "site": "ATR",
        "opened_on": TODAY,
        "status_since": TODAY,
        **fields,
    }


def attachment_fields(
    owner_id: str, content: bytes, owner_entity: str = "person"
) -> dict[str, Any]:
    return {
        "owner_entity": owner_entity,
        "owner_id": owner_id,
        "filename": "scan.pdf",
        "size_bytes": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "added_on": TODAY,
    }


@dataclass
class Laptop:
    """A counsellor's real device: encrypted store, the normal client and sync engine."""

    store: Store
    client: SyncClient

    def sync(self) -> SyncResult:
        return sync_once(self.store, self.client)


class Live:
    """A running `fallakte-server` with its database: users and teams are made directly."""

    def __init__(self, process: ServerProcess, database_url: str, devices_dir: Path) -> None:
        self.process = process
        self.url = process.url
        self.database_url = database_url
        self.engine: Engine = make_engine(database_url)
        self.devices_dir = devices_dir
        self._teams: set[str] = set()
        self._closing: list[Any] = []

    def close(self) -> None:
        for thing in reversed(self._closing):
            thing.close()
        self.process.stop()
        self.engine.dispose()

    # -- people ----------------------------------------------------------------------

    def team(self, team_id: str) -> None:
        if team_id not in self._teams:
            admin.add_team(self.engine, team_id=team_id, name=team_id.title())
            self._teams.add(team_id)

    def user(self, name: str, *, team: str = "nord", role: str = "counsellor") -> None:
        self.team(team)
        admin.add_user(
            self.engine, username=name, password=SERVER_PASSWORD, team_id=team, role=role
        )

    def enrol(
        self,
        username: str,
        *,
        device_id: str | None = None,
        password: str = SERVER_PASSWORD,
        **body: Any,
    ) -> httpx.Response:
        with httpx.Client(
            base_url=self.url + API_PREFIX, headers={PROTOCOL_HEADER: "1"}, timeout=60
        ) as http:
            return http.post(
                "/devices/enroll",
                json={
                    "username": username,
                    "password": password,
                    "device_id": device_id or new_id(),
                    **body,
                },
            )

    def raw(self, name: str, *, team: str = "nord", role: str = "counsellor") -> Raw:
        """A new user with one device enrolled over raw HTTP."""
        self.user(name, team=team, role=role)
        device_id = new_id()
        response = self.enrol(name, device_id=device_id, device_name=name)
        assert response.status_code == 200, response.text
        return Raw(self.url, device_id, response.json()["token"], name, team)

    def laptop(self, name: str, *, team: str = "nord", role: str = "counsellor") -> Laptop:
        """A new user with a real enrolled device (encrypted store, normal client)."""
        from sync.credentials import load_token
        from sync.enrolment import enroll

        self.user(name, team=team, role=role)
        store, _ = Store.init(
            self.devices_dir / name, STORE_PASSWORD, actor=name, kdf=FAST_KDF, site="ATR"
        )
        self._closing.append(store)
        enroll(
            store, server_url=self.url, username=name, password=SERVER_PASSWORD, device_name=name
        )
        client = SyncClient(self.url, load_token(store), attempts=2, backoff=0.05)
        self._closing.append(client)
        return Laptop(store, client)

    # -- what the server holds -------------------------------------------------------

    def record(self, entity: str, record_id: str) -> Any:
        with self.engine.connect() as conn:
            return conn.execute(
                select(t.record).where(t.record.c.entity == entity, t.record.c.id == record_id)
            ).one_or_none()

    def cli(
        self, *args: str, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        """`fallakte-server --database-url … ARGS` in a subprocess, as an operator runs it."""
        import os

        environ = {k: v for k, v in os.environ.items() if not k.startswith("FALLAKTE_")}
        environ.update(env or {})
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "sync.server.ops.cli",
                "--database-url",
                self.database_url,
                *args,
            ],
            capture_output=True,
            text=True,
            env=environ,
            timeout=120,
            check=False,
        )

    # -- the process -------------------------------------------------------------------

    def log(self) -> str:
        return self.process.log_path.read_text(errors="replace")

    def assert_no_traceback(self) -> None:
        text = self.log()
        assert "Traceback" not in text, text[-3000:]

    def peak_rss_mib(self) -> float:
        """The server process's peak resident memory so far (VmHWM), in MiB."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        for line in status.splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
        raise AssertionError("no VmHWM in /proc status")

    def rss_mib(self) -> float:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        raise AssertionError("no VmRSS in /proc status")


def body_size(page: dict[str, Any]) -> int:
    return len(orjson.dumps(page))
