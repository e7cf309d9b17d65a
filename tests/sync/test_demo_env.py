"""The living demo: prepared once and reused, a real server, and a colleague whose edits arrive."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from app.domain.enums import FollowUpStatus
from app.errors import UserError
from app.services.records import count, get
from app.store.store import Store
from sync.demo_env import DemoPlan, colleague_edit, prepare_demo, start_demo, sync_with
from sync.enrolment import enrolment_of
from sync.protocol import API_PREFIX
from sync.server.ops.process import free_port
from sync.server.storage import tables as t
from sync.server.storage.db import make_engine

PERSONS = 20
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> DemoPlan:
    return prepare_demo(tmp_path_factory.mktemp("demo") / "demo-data", persons=PERSONS)


def unlocked(plan: DemoPlan, directory: Path) -> Store:
    return Store.unlock(directory, plan.password)


def identity(plan: DemoPlan) -> tuple[str, ...]:
    """What a second prepare must not change: store ids, device ids, record counts, server rows."""
    found: list[str] = []
    for directory in (plan.store_dir, plan.colleague_dir):
        with unlocked(plan, directory) as store:
            found += [store.settings["store_id"], store.device.device_id]
            found.append(str(count(store, entity="person")))
    engine = make_engine(plan.database_url)
    try:
        with engine.connect() as conn:
            for table in (t.team, t.user, t.device):
                found.append(str(conn.scalar(select(func.count()).select_from(table))))
    finally:
        engine.dispose()
    return tuple(found)


def test_prepare_twice_reuses_everything(plan: DemoPlan):
    before = identity(plan)
    started = time.monotonic()
    again = prepare_demo(plan.base_dir, persons=PERSONS)
    assert again == plan
    assert time.monotonic() - started < 5  # no server, no load, no sync the second time
    assert identity(plan) == before
    persons = int(before[2])
    assert persons >= PERSONS
    assert before[2] == before[5]  # the colleague pulled everything the demo device pushed
    assert before[6:] == ("1", "2", "2")  # one team, two users, two devices


def test_the_demo_device_is_an_enrolled_lead_with_the_data_on_the_server(plan: DemoPlan):
    with unlocked(plan, plan.store_dir) as store:
        enrolment = enrolment_of(store)
        assert enrolment is not None and enrolment.role == "lead" and enrolment.team == "demo"
        assert count(store, entity="household") > 0
    with unlocked(plan, plan.colleague_dir) as colleague:
        enrolment = enrolment_of(colleague)
        assert enrolment is not None and enrolment.role == "counsellor"
    engine = make_engine(plan.database_url)
    try:
        with engine.connect() as conn:
            held = conn.scalar(
                select(func.count())
                .select_from(t.record)
                .where(t.record.c.entity == "person", t.record.c.team_id == "demo")
            )
    finally:
        engine.dispose()
    assert held == count_persons(plan)


def count_persons(plan: DemoPlan) -> int:
    with unlocked(plan, plan.store_dir) as store:
        return count(store, entity="person")


def test_the_server_answers_and_colleague_edits_arrive_at_the_device(plan: DemoPlan):
    with start_demo(plan) as server:
        health = httpx.get(f"{server.url}{API_PREFIX}/health", timeout=5)
        assert health.status_code == 200
        with unlocked(plan, plan.store_dir) as store:
            enrolment = enrolment_of(store)
            assert enrolment is not None and enrolment.server_url == server.url
            assert enrolment.may_administer
            consultation = colleague_edit(plan, server, kind="consultation")
            follow_up = colleague_edit(plan, server, kind="follow_up")
            result = sync_with(store, server.url)
            assert result.pulled >= 2 and {"consultation", "follow_up"} <= result.entities
            arrived = get(store, entity="consultation", record_id=consultation.record_id)
            assert arrived.counsellor == "kollegin"  # type: ignore[attr-defined]
            done = get(store, entity="follow_up", record_id=follow_up.record_id)
            assert done.status == FollowUpStatus.done  # type: ignore[attr-defined]
            assert consultation.case_reference in consultation.describe()
    assert not server.running


def test_a_fixed_port_is_used_and_the_devices_follow_it(plan: DemoPlan):
    port = free_port()
    with start_demo(plan, port=port) as server:
        assert server.url == f"http://127.0.0.1:{port}"
        for directory in (plan.store_dir, plan.colleague_dir):
            with unlocked(plan, directory) as store:
                enrolment = enrolment_of(store)
                assert enrolment is not None and enrolment.server_url == server.url
    # Next time, without a port, the one the devices know is taken again.
    with start_demo(plan) as server:
        assert server.url == f"http://127.0.0.1:{port}"


def test_serve_runs_until_sigterm_and_stops_its_server(plan: DemoPlan):
    env = {k: v for k, v in os.environ.items() if not k.startswith("FALLAKTE_")}
    command = [sys.executable, "-m", "sync.demo_env", "--base-dir", str(plan.base_dir)]
    proc = subprocess.Popen(
        [*command, "--persons", str(PERSONS), "serve", "--interval", "0.2"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        lines = [proc.stdout.readline() for _ in range(6)]
        shown = dict(line.rstrip("\n").split(": ", 1) for line in lines)
        assert (shown["user"].split()[0], shown["password"]) == ("demo", "demo-passwort")
        url = shown["url"]
        assert httpx.get(f"{url}{API_PREFIX}/health", timeout=5).status_code == 200
        assert "case" in proc.stdout.readline()  # a colleague edit, within the interval
    finally:
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "demo server stopped" in out
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{url}{API_PREFIX}/health", timeout=2)


def test_a_lost_server_database_with_enrolled_devices_is_refused(tmp_path: Path):
    plan = prepare_demo(tmp_path / "demo", persons=5)
    (plan.server_dir / "server.db").unlink()
    with pytest.raises(UserError) as refused:
        prepare_demo(tmp_path / "demo", persons=5)
    assert "remove" in str(refused.value) and plan.password not in str(refused.value)


def test_prepared_demo_marks_only_its_stores(tmp_path: Path):
    from app.services.demo_hint import demo_password
    from sync import demo_env

    plan = demo_env.DemoPlan(base_dir=tmp_path, password="demo-passwort-1", persons=3, seed=1)
    store = demo_env._open_or_init(plan, tmp_path / "store", actor="demo")
    store.close()
    assert demo_password(tmp_path / "store") == "demo-passwort-1"
    assert demo_password(tmp_path) is None
