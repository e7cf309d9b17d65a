"""Fuzzing the OpenAPI schema of health, enrolment, blobs and admin: malformed input is 4xx, never 5xx."""

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
from sync.server.app import create_app
from sync.server.db import make_engine
from sync.server.devices import enroll
from sync.server.migrate import upgrade
from sync.server.settings import ServerSettings

FUZZED_PATHS = r"^/api/v1/(health|devices/enroll|blobs/|admin/|teams/)"


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory):
    directory: Path = tmp_path_factory.mktemp("fuzz")
    settings = ServerSettings.build(database_url=f"sqlite:///{directory / 'server.db'}", environ={})
    engine = make_engine(settings.database_url)
    upgrade(engine)
    add_team(engine, team_id="nord", name="Team Nord")
    # A lead, so that the admin routes are reached too; its only device is its own,
    # which it may not revoke, so the token stays valid throughout.
    add_user(engine, username="anna", password="anna-passwort", team_id="nord", role="lead")
    token = enroll(
        engine, username="anna", password="anna-passwort", device_id=new_id(), device_name=""
    ).token
    yield create_app(settings, engine=engine), engine, token
    engine.dispose()


@pytest.fixture(scope="module")
def api_schema(fuzz_server):
    app = fuzz_server[0]
    return schemathesis.openapi.from_asgi("/openapi.json", app).include(path_regex=FUZZED_PATHS)


def test_no_request_makes_the_server_fail(api_schema, fuzz_server):
    """About 200 requests, schema-conforming and malformed, over the fuzzed operations."""
    _, _, token = fuzz_server
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) == 19  # with erasure, the exports, the user lifecycle, the directory
    # Built by hand rather than with schemathesis.pytest, whose fixture loader
    # relies on pytest internals that pytest 9 removed.
    cases = st.one_of(
        [op.as_strategy(generation_mode=mode) for op in operations for mode in GenerationMode]
    )

    # Three in four requests carry valid protocol and token headers, so that bodies and
    # paths get past the door and are parsed too; the rest keep the generated headers.
    @given(case=cases, door=st.sampled_from(["open", "open", "open", "generated"]))
    @settings(
        max_examples=200,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case, door):
        if door == "open":
            case.headers = {**(case.headers or {}), PROTOCOL_HEADER: "1"}
            case.headers["Authorization"] = f"Bearer {token}"
        response = case.call()
        assert response.status_code < 500, (case.method, case.path, response.text)
        if response.status_code >= 400:
            ErrorBody.model_validate(response.json())

    check()


def test_fuzzing_left_the_user_and_the_counter_intact(fuzz_server):
    _, engine, _ = fuzz_server
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(t.user)).scalar() == 1
        assert conn.execute(select(t.seq_counter.c.value)).scalar() == 0
