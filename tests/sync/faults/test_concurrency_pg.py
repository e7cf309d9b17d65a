"""Concurrent pushes through three uvicorn workers on real PostgreSQL, while others pull.

Six devices create records and push them in small batches, two more pull all the
while; afterwards everyone syncs once more. Every record must be on every device
and on the server exactly once, every change applied once, and no pull cursor may
ever have stepped over a record that a concurrent transaction committed late.
"""

import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.services import records
from sync.client import SyncClient
from sync.engine import SyncResult, sync_once
from sync.protocol import DEFAULT_PULL_RECORDS, PullResponse
from sync.server.accounts import admin
from sync.server.storage import tables as t
from sync.server.storage.db import make_engine
from sync.server.storage.migrate import upgrade
from tests.sync.conftest import SERVER_PASSWORD
from tests.sync.faults.helpers import Device, ServerProcess, new_device

pytestmark = pytest.mark.pg

WRITERS = 6
READERS = 2
PAIRS = 20  # a household and a person each: 40 records per writer
SYNC_EVERY = 2  # pairs between two syncs of a writer
DEADLINE_S = 150.0


@dataclass
class Page:
    asked: int
    seqs: list[int]
    cursor: int
    more: bool
    during_writes: bool


class RecordingClient(SyncClient):
    """Remembers every page it was given: which cursor it asked from and the seqs it got."""

    writing = threading.Event()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages: list[Page] = []

    def pull(self, *, cursor: int, limit: int = DEFAULT_PULL_RECORDS) -> PullResponse:
        page = super().pull(cursor=cursor, limit=limit)
        seqs = [r.server_seq for r in page.records] + [c.server_seq for c in page.conflicts]
        self.pages.append(Page(cursor, seqs, page.cursor, page.more, self.writing.is_set()))
        return page


def recording_client(device: Device) -> RecordingClient:
    return device.client(cls=RecordingClient, timeout=(5.0, 60.0), attempts=3, backoff=0.05)


def assert_pages_chain(name: str, pages: list[Page]) -> list[int]:
    """Each page starts at the previous page's cursor and holds seqs in (asked, cursor], ascending."""
    assert pages and pages[0].asked == 0, name
    received: list[int] = []
    for before, page in zip([None, *pages], pages, strict=False):
        if before is not None:
            assert page.asked == before.cursor, (name, before, page)
        assert page.seqs == sorted(set(page.seqs)), (name, page)
        assert all(page.asked < seq <= page.cursor for seq in page.seqs), (name, page)
        assert page.cursor >= page.asked, (name, page)
        received.extend(page.seqs)
    return received


@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_concurrent_pushes_through_three_workers_reach_every_device_exactly_once(
    database_url: str, tmp_path: Path
):
    engine = make_engine(database_url)
    upgrade(engine)
    admin.add_team(engine, team_id="nord", name="Team Nord")
    for user in ("anna", "bo"):
        admin.add_user(
            engine, username=user, password=SERVER_PASSWORD, team_id="nord", role="counsellor"
        )
    server = ServerProcess(database_url, tmp_path / "server", workers=3)
    devices: list[Device] = []
    clients: list[RecordingClient] = []
    try:
        server.start()
        for n in range(WRITERS + READERS):
            user = "anna" if n % 2 == 0 else "bo"
            devices.append(new_device(tmp_path, f"device-{n}", server.url, username=user))
        clients = [recording_client(d) for d in devices]
        writers = list(zip(devices[:WRITERS], clients[:WRITERS], strict=True))
        readers = list(zip(devices[WRITERS:], clients[WRITERS:], strict=True))
        created: dict[str, list[str]] = {}
        results: dict[str, list[SyncResult]] = {d.name: [] for d in devices}
        errors: list[BaseException] = []
        writers_done = threading.Event()
        start = threading.Barrier(WRITERS + READERS)
        deadline = time.monotonic() + DEADLINE_S

        def write(device: Device, client: RecordingClient) -> None:
            mine: list[str] = []
            start.wait(timeout=30)
            for i in range(PAIRS):
                household = records.create(
                    device.store, entity="household", data={"label": f"{device.name} {i}"}
                )
                person = records.create(
                    device.store,
                    entity="person",
                    data={"family_name": f"Name {i}", "household_id": household.id},
                )
                mine += [household.id, person.id]
                if i % SYNC_EVERY == SYNC_EVERY - 1:
                    results[device.name].append(sync_once(device.store, client, pull_limit=15))
            results[device.name].append(sync_once(device.store, client, pull_limit=15))
            created[device.name] = mine

        def read(device: Device, client: RecordingClient) -> None:
            start.wait(timeout=30)
            while not writers_done.is_set() and time.monotonic() < deadline:
                results[device.name].append(sync_once(device.store, client, pull_limit=7))
                writers_done.wait(0.005)

        def guarded(work: Any, *args: Any) -> None:
            try:
                work(*args)
            except BaseException as exc:
                errors.append(exc)
                writers_done.set()

        RecordingClient.writing.set()
        threads = [
            threading.Thread(target=guarded, args=(write, d, c), daemon=True) for d, c in writers
        ] + [threading.Thread(target=guarded, args=(read, d, c), daemon=True) for d, c in readers]
        for thread in threads:
            thread.start()
        for thread in threads[:WRITERS]:
            thread.join(timeout=max(1.0, deadline - time.monotonic()))
        RecordingClient.writing.clear()
        writers_done.set()
        for thread in threads:
            thread.join(timeout=30)
        assert not errors, errors
        assert not any(thread.is_alive() for thread in threads), "a device did not finish in time"

        # Everyone syncs once more.
        for device, client in zip(devices, clients, strict=True):
            results[device.name].append(sync_once(device.store, client, pull_limit=50))

        everything = {record_id for mine in created.values() for record_id in mine}
        assert len(everything) == WRITERS * PAIRS * 2 == sum(len(m) for m in created.values())
        with engine.connect() as conn:
            rows = conn.execute(
                select(t.record.c.id, t.record.c.server_seq).where(t.record.c.team_id == "nord")
            ).all()
            applied = conn.scalar(select(func.count()).select_from(t.applied_change))
            # The devices' events; the server adds one per user it creates.
            pushed_events = select(func.count()).where(t.audit_event.c.entity != "user")
            audited = conn.scalar(pushed_events.select_from(t.audit_event))
            counter = conn.scalar(select(t.seq_counter.c.value))
            conflicts = conn.scalar(select(func.count()).select_from(t.conflict))
        assert len(rows) == len(everything) and {r.id for r in rows} == everything
        all_seqs = sorted(r.server_seq for r in rows)
        assert len(set(all_seqs)) == len(all_seqs)
        assert counter >= all_seqs[-1]
        assert conflicts == 0

        pushed = sum(r.pushed for rs in results.values() for r in rs)
        assert applied == pushed == len(everything)  # every change applied once, none twice
        assert audited == len(everything)
        assert sum(r.rejected + r.dropped for rs in results.values() for r in rs) == 0

        for device, client in zip(devices, clients, strict=True):
            held = device.ids("household") | device.ids("person")
            assert held == everything, f"{device.name} misses {len(everything - held)} records"
            assert device.outbox() == 0
            received = assert_pages_chain(device.name, client.pages)
            # Records are never changed after creation, so each seq comes exactly once: a cursor
            # that stepped over a late commit would leave that seq out for good.
            assert sorted(received) == all_seqs, device.name
            assert device.cursor() == client.pages[-1].cursor >= all_seqs[-1]

        # The pulls really overlapped the writes: readers got records page by page meanwhile.
        for device, client in zip(devices[WRITERS:], clients[WRITERS:], strict=True):
            meanwhile = [p for p in client.pages if p.during_writes and p.seqs]
            assert len(meanwhile) >= 3, (device.name, len(meanwhile))
        assert server.log_path.read_text().count("Started server process") >= 3
    finally:
        for client in clients:
            client.close()
        for device in devices:
            device.store.close()
        server.stop()
        engine.dispose()
