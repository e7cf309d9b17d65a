"""Server test fixtures on top of tests/sync/conftest.py: the app's engine, a token per role."""

import pytest

from sync.server.accounts.admin import add_team, add_user


@pytest.fixture
def engine(server_app):
    return server_app[1]


@pytest.fixture
def role_tokens(client, engine) -> dict[str, str]:
    """Team "nord" with a counsellor, a lead and an admin (named after their roles), each with
    an enrolled device: role -> that device's token."""
    from tests.sync.server.test_server_api import enroll

    add_team(engine, team_id="nord", name="Nord")
    found = {}
    for role in ("counsellor", "lead", "admin"):
        add_user(engine, username=role, password="server-pass-1", team_id="nord", role=role)
        found[role] = enroll(client, role, "server-pass-1").json()["token"]
    return found
