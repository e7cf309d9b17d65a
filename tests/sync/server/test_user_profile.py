"""Display names and work contacts (sync/server/accounts/users.py, migration 0008):
the rule each value must meet, the audit event without the value, the admin API and the CLI."""

import json

import pytest
from sqlalchemy import select

from app.errors import UserError
from sync.protocol import API_PREFIX
from sync.server.accounts import users
from sync.server.accounts.admin import add_team, add_user
from sync.server.accounts.directory import team_directory
from sync.server.storage.tables import audit_event
from tests.sync.server.test_server_api import auth_headers
from tests.sync.server.test_server_cli import server_cli

PASSWORD = "Sommer-2026-lang"
ACTOR = "root (fallakte-server)"


@pytest.fixture
def anna(engine) -> str:
    add_team(engine, team_id="nord", name="Nord")
    return add_user(
        engine,
        username="anna",
        password=PASSWORD,
        team_id="nord",
        role="counsellor",
        display_name="  Anna   Schmidt ",
    )


def details(engine, user_id):
    with engine.connect() as conn:
        rows = conn.execute(
            select(audit_event.c.detail).where(audit_event.c.record_id == user_id)
        ).scalars()
        return list(rows)


def test_the_display_name_is_tidied_and_falls_back_to_the_user_name(engine, anna):
    assert users.get_user(engine, user_id=anna).display_name == "Anna Schmidt"
    changed = users.set_profile(engine, user_id=anna, actor=ACTOR, display_name="")
    assert changed.user.display_name == ""
    directory = team_directory(engine, team_id="nord", share_contacts=False)
    assert directory is not None and directory.users[0].display_name == "anna"


@pytest.mark.parametrize(
    ("field", "value", "rule"),
    [
        ("display_name", "A" * 101, "display name: at most 100 characters"),
        ("display_name", "Anna\x00Schmidt", "display name: no control characters"),
        ("contact", "0" * 201, "contact: at most 200 characters"),
        ("contact", "0651\x1b[31m", "contact: no control characters"),
    ],
)
def test_a_bad_value_is_refused_with_the_rule_not_the_value(engine, anna, field, value, rule):
    with pytest.raises(UserError) as refused:
        users.set_profile(engine, user_id=anna, actor=ACTOR, **{field: value})
    assert str(refused.value) == rule
    assert users.get_user(engine, user_id=anna).display_name == "Anna Schmidt"


def test_each_change_is_audited_without_the_value(engine, anna):
    users.set_profile(engine, user_id=anna, actor=ACTOR, display_name="Anna Kaya")
    users.set_profile(engine, user_id=anna, actor=ACTOR, display_name="Anna Kaya")  # no change
    users.set_profile(engine, user_id=anna, actor=ACTOR, contact="anna@example.org")
    found = details(engine, anna)
    assert found.count("display name changed") == 1 and found.count("contact changed") == 1
    assert not any("Kaya" in d or "example" in d for d in found if d)


def test_only_an_admin_sets_a_profile_through_the_api(client, engine, role_tokens):
    anna = add_user(engine, username="anna", password=PASSWORD, team_id="nord", role="counsellor")
    path = f"{API_PREFIX}/admin/users/{anna}/profile"
    body = {"display_name": "Anna Schmidt", "contact": "0651 1"}
    for role in ("counsellor", "lead"):
        refused = client.post(path, json=body, headers=auth_headers(role_tokens[role]))
        assert refused.status_code == 403
    done = client.post(path, json=body, headers=auth_headers(role_tokens["admin"]))
    assert done.status_code == 200, done.text
    assert (done.json()["user"]["display_name"], done.json()["user"]["contact"]) == (
        "Anna Schmidt",
        "0651 1",
    )
    bad = client.post(
        path, json={"display_name": "x\x07"}, headers=auth_headers(role_tokens["admin"])
    )
    assert bad.status_code == 422 and "x\x07" not in bad.text
    gone = client.post(
        f"{API_PREFIX}/admin/users/nobody/profile",
        json=body,
        headers=auth_headers(role_tokens["admin"]),
    )
    assert gone.status_code == 404


def test_user_add_and_rename_on_the_command_line(database_url):
    assert server_cli(database_url, "team", "add", "nord", "--name", "Nord").returncode == 0
    added = server_cli(
        database_url,
        "user",
        "add",
        "anna",
        "--team",
        "nord",
        "--role",
        "counsellor",
        "--display-name",
        "Anna Schmidt",
        password=PASSWORD,
    )
    assert added.returncode == 0, added.stderr
    listed = json.loads(server_cli(database_url, "user", "list", "--json").stdout)
    assert listed[0]["display_name"] == "Anna Schmidt" and listed[0]["contact"] is None
    assert "Anna Schmidt" in server_cli(database_url, "user", "list").stdout

    renamed = server_cli(database_url, "user", "rename", "anna", "--display-name", "Anna Kaya")
    assert renamed.returncode == 0 and "'Anna Kaya'" in renamed.stdout
    refused = server_cli(database_url, "user", "rename", "anna", "--display-name", "x" * 101)
    assert refused.returncode == 1
    assert refused.stderr.strip() == "fallakte-server: display name: at most 100 characters"
    unknown = server_cli(database_url, "user", "rename", "nobody", "--display-name", "N")
    assert unknown.returncode == 1 and "there is no user" in unknown.stderr
