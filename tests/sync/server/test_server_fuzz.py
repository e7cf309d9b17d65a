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
from sync.server import tables as t
from sync.server.admin import add_team, add_user
from sync.server.db import make_engine
from sync.server.migrate import upgrade
from sync.server.process import ServerProcess

# health, enrolment, blobs (2), push, pull, devices (2), erasure, exports (3), users (8),
# the team directory
OPERATIONS = 21


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


@pytest.mark.slow
def test_no_request_to_any_operation_makes_the_server_fail(fuzz_server):
    """About 800 requests, schema-conforming and malformed, over every operation."""
    server, _, token = fuzz_server
    schema = schemathesis.openapi.from_url(f"{server.url}/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == OPERATIONS, sorted(op.label for op in operations)
    cases = st.one_of(
        [op.as_strategy(generation_mode=mode) for op in operations for mode in GenerationMode]
    )
    seen: set[tuple[str, str]] = set()

    # Half the requests carry a valid protocol header and token, so that bodies and paths get
    # past the door and are parsed too; the rest carry none or the generated ones.
    @given(case=cases, door=st.sampled_from(["token", "token", "none", "generated"]))
    @settings(
        max_examples=800,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case, door):
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
    reached = {label for label, door in seen if door == "token"}
    assert len(reached) == OPERATIONS, sorted(reached)
    assert {label for label, door in seen if door == "none"} == reached
    log = server.log_path.read_text(errors="replace")
    assert "Traceback" not in log and "internal error" not in log, log[-3000:]


def test_fuzzing_left_the_user_intact(fuzz_server):
    _, engine, _ = fuzz_server
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.user)).scalar() == 1
