"""Fuzzing every operation of the OpenAPI schema against a real `fallakte-server` process:
malformed input is 4xx, never 5xx, with and without a valid token, and the server log holds
no traceback afterwards."""

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from sqlalchemy import func, select

from app.domain.ids import new_id
from sync.protocol import PROTOCOL_HEADER, ErrorBody
from sync.server.accounts.admin import add_team, add_user
from sync.server.ops.process import ServerProcess
from sync.server.storage import tables as t
from sync.server.storage.db import make_engine
from sync.server.storage.migrate import upgrade

# health, enrolment, blobs (2), push, pull, devices (2), erasure, exports (3), users (8),
# the team directory, the offline lease (renewal, admin setting)
OPERATIONS = 23


PASSWORD = "anna-server-pass-1"


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory):
    directory: Path = tmp_path_factory.mktemp("fuzz")
    url = f"sqlite:///{directory / 'server.db'}"
    engine = make_engine(url)
    upgrade(engine)
    add_team(engine, team_id="nord", name="Team Nord")
    # An admin, so that every route is reached; its only device is its own, which it may not
    # revoke, so the token stays valid throughout.
    add_user(engine, username="anna", password=PASSWORD, team_id="nord", role="admin")
    server = ServerProcess(
        database_url=url,
        home=directory / "home",
        env={"FALLAKTE_OPENAPI": "on", "FALLAKTE_EXPORT_KEY": "k" * 40},
    ).start()
    import httpx

    enrolled = httpx.post(
        f"{server.url}/api/v1/devices/enroll",
        headers={PROTOCOL_HEADER: "1"},
        json={"username": "anna", "password": PASSWORD, "device_id": new_id()},
        timeout=30,
    )
    assert enrolled.status_code == 200, enrolled.text
    try:
        yield server, engine, enrolled.json()["token"]
    finally:
        server.stop()
        engine.dispose()


# Each operation is fuzzed through each door, so every one is reached with a valid token (its
# body and path get past the door and are parsed) and without one, whatever the draw.
DOORS = ("token", "none", "generated")
PER_OPERATION_AND_DOOR = 14


@pytest.mark.slow
def test_no_request_to_any_operation_makes_the_server_fail(fuzz_server):
    """About 900 requests, schema-conforming and malformed, over every operation and door."""
    server, _, token = fuzz_server
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == OPERATIONS, sorted(op.label for op in operations)
    seen: set[tuple[str, str]] = set()

    def fuzz(operation, door: str) -> None:
        cases = st.one_of([operation.as_strategy(generation_mode=m) for m in GenerationMode])

        @given(case=cases)
        @settings(
            max_examples=PER_OPERATION_AND_DOOR,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def check(case):
            if door == "token":
                case.headers = {**(case.headers or {}), PROTOCOL_HEADER: "1"}
                case.headers["Authorization"] = f"Bearer {token}"
            elif door == "none":
                case.headers = {
                    k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"
                }
            response = case.call(base_url=server.url, timeout=60)
            seen.add((case.operation.label, door))
            assert response.status_code < 500, (case.method, case.path, response.text[:500])
            if response.status_code >= 400:
                ErrorBody.model_validate(response.json())

        check()

    for operation in operations:
        for door in DOORS:
            fuzz(operation, door)
    for door in ("token", "none"):
        assert len({label for label, d in seen if d == door}) == OPERATIONS, door
    log = server.log_path.read_text(errors="replace")
    assert "Traceback" not in log and "internal error" not in log, log[-3000:]


def test_fuzzing_left_the_user_intact(fuzz_server):
    _, engine, _ = fuzz_server
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.user)).scalar() == 1
