"""Fuzzing the user lifecycle's admin API with an admin's token: malformed input is 4xx, never
5xx, and whatever the fuzzer does, the admin keeps their own account."""

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode

from app.domain.ids import new_id
from sync.protocol import PROTOCOL_HEADER, ErrorBody
from sync.server.accounts.admin import add_team, add_user
from sync.server.accounts.devices import enroll
from sync.server.accounts.users import list_users
from sync.server.api.app import create_app
from sync.server.ops.settings import ServerSettings
from sync.server.storage.db import make_engine
from sync.server.storage.migrate import upgrade

PASSWORD = "Sommer-2026-lang"


@pytest.fixture(scope="module")
def admin_server(tmp_path_factory):
    directory: Path = tmp_path_factory.mktemp("fuzz-users")
    settings = ServerSettings.build(
        database_url=f"sqlite:///{directory / 'server.db'}", environ={"FALLAKTE_OPENAPI": "on"}
    )
    engine = make_engine(settings.database_url)
    upgrade(engine)
    add_team(engine, team_id="nord", name="Team Nord")
    add_user(engine, username="ada", password=PASSWORD, team_id="nord", role="admin")
    add_user(engine, username="bo", password=PASSWORD, team_id="nord", role="counsellor")
    token = enroll(
        engine, username="ada", password=PASSWORD, device_id=new_id(), device_name=""
    ).token
    yield create_app(settings, engine=engine), engine, token
    engine.dispose()


def test_no_request_to_the_user_api_makes_the_server_fail(admin_server):
    app, engine, token = admin_server
    schema = schemathesis.openapi.from_asgi("/openapi.json", app).include(
        path_regex=r"^/api/v1/admin/(users|teams)"
    )
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 9  # the user API's 8 and a team's offline lease
    known = [u.id for u in list_users(engine)]
    cases = st.one_of(
        [op.as_strategy(generation_mode=mode) for op in operations for mode in GenerationMode]
    )

    @given(
        case=cases,
        door=st.sampled_from(["open", "open", "open", "generated"]),
        who=st.sampled_from(known),
    )
    @settings(
        max_examples=150,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def check(case, door, who):
        if door == "open":
            case.headers = {**(case.headers or {}), PROTOCOL_HEADER: "1"}
            case.headers["Authorization"] = f"Bearer {token}"
            if case.path_parameters and "user_id" in case.path_parameters:
                case.path_parameters["user_id"] = who  # real users too, not only random ids
        response = case.call()
        assert response.status_code < 500, (case.method, case.path, response.text)
        if response.status_code >= 400:
            ErrorBody.model_validate(response.json())

    check()
    ada = next(u for u in list_users(engine) if u.username == "ada")
    assert (ada.role, ada.disabled, ada.devices_active) == ("admin", False, 1)
