"""The user lifecycle (sync/server/accounts/users.py) on SQLite and PostgreSQL: what each action does to
the user and their devices, what it refuses, and the audit event it leaves."""

import pytest
from sqlalchemy import select

from app.domain.ids import new_id
from app.errors import UserError
from app.password_policy import WeakPassword
from sync.merge import SERVER_DEVICE
from sync.protocol import API_PREFIX
from sync.server.accounts import users
from sync.server.accounts.admin import add_team, add_user, list_devices
from sync.server.accounts.devices import enroll
from sync.server.api.deps import ApiError
from sync.server.storage.tables import audit_event
from tests.sync.server.test_server_api import HEADERS, auth_headers

PASSWORD = "Sommer-2026-lang"
ACTOR = "root (fallakte-server)"


@pytest.fixture
def team(engine):
    add_team(engine, team_id="nord", name="Nord")
    add_team(engine, team_id="sued", name="Süd")
    return engine


def user(engine, name="anna", role="counsellor", team_id="nord") -> str:
    return add_user(engine, username=name, password=PASSWORD, team_id=team_id, role=role)


def device(engine, name="anna", password=PASSWORD, device_id=None):
    return enroll(
        engine,
        username=name,
        password=password,
        device_id=device_id or new_id(),
        device_name=f"Laptop {name}",
    )


def events(engine, user_id):
    with engine.connect() as conn:
        rows = conn.execute(
            select(audit_event).where(audit_event.c.record_id == user_id).order_by(audit_event.c.at)
        ).all()
    return [row._mapping for row in rows]


def details(engine, user_id):
    return [event["detail"] for event in events(engine, user_id)]


def test_users_are_listed_with_their_team_role_and_devices(team):
    anna, ben = user(team, "anna"), user(team, "ben", role="lead", team_id="sued")
    first, _ = device(team, "anna"), device(team, "anna")
    users.disable_user(team, user_id=ben, actor=ACTOR)
    listed = {u.username: u for u in users.list_users(team)}
    assert (listed["anna"].devices_active, listed["anna"].devices_revoked) == (2, 0)
    assert listed["anna"].last_seen_at is not None and listed["ben"].last_seen_at is None
    assert (listed["ben"].team_id, listed["ben"].role, listed["ben"].disabled) == (
        "sued",
        "lead",
        True,
    )
    assert [u.id for u in users.list_users(team, team_id="nord")] == [anna]
    assert first.team_id == "nord"
    assert [t.id for t in users.list_teams(team)] == ["nord", "sued"]
    with pytest.raises(users.UnknownUser, match="no user 'nobody'"):
        users.user_id_of(team, "nobody")


def test_creating_a_user_is_audited_and_needs_a_strong_password(team):
    anna = user(team)
    (event,) = events(team, anna)
    assert (event["action"], event["entity"], event["device_id"]) == (
        "created",
        "user",
        SERVER_DEVICE,
    )
    assert event["detail"] == "user created in team nord as counsellor"
    assert event["actor"].endswith("(fallakte-server)")
    for weak, reason in (("kurz-1", "at least 12 characters"), ("password1234", "too easy")):
        with pytest.raises(WeakPassword, match=reason):
            add_user(team, username="bo", password=weak, team_id="nord", role="counsellor")
    with pytest.raises(WeakPassword, match="too easy"):  # the user name counts as known
        add_user(team, username="mustafa1990", password="mustafa1990!", team_id="nord", role="lead")


def test_disabling_revokes_every_device_refuses_enrolment_and_is_audited(team):
    anna = user(team)
    kept_id = device(team).device_id
    device(team)
    done = users.disable_user(team, user_id=anna, actor=ACTOR, wipe=True, reason="Dienst beendet")
    assert done.devices_revoked == 2 and done.user.disabled and done.user.devices_active == 0
    states = {(d.state, d.revoke_reason) for d in list_devices(team)}
    assert states == {("revoked+wipe", "Dienst beendet")}
    # Neither a fresh device id nor a known one enrols, even with the right password.
    for device_id in (new_id(), kept_id):
        with pytest.raises(ApiError) as refused:
            device(team, device_id=device_id)
        assert refused.value.status_code == 401
    (_, disabled) = events(team, anna)
    assert (disabled["action"], disabled["actor"]) == ("changed", ACTOR)
    # The reason may name a person: it goes to the devices, never into the audit trail.
    assert disabled["detail"] == "user disabled; 2 devices revoked with wipe"
    # Again: nothing left to change, nothing recorded.
    again = users.disable_user(team, user_id=anna, actor=ACTOR)
    assert again.devices_revoked == 0 and len(events(team, anna)) == 2


def test_a_disabled_users_device_still_learns_that_it_must_wipe(team, client):
    """The device's next request answers revoked_wipe, not a bare 401 (auth checks the device
    first), so a laptop of someone who left erases its data."""
    anna = user(team)
    token = device(team).token
    users.disable_user(team, user_id=anna, actor=ACTOR, wipe=True)
    answer = client.get(
        f"{API_PREFIX}/sync/pull", params={"cursor": 0}, headers=auth_headers(token)
    )
    assert answer.status_code == 401 and answer.json()["code"] == "revoked_wipe"


def test_enabling_lets_the_user_enrol_a_fresh_device_only(team):
    anna = user(team)
    old = device(team).device_id
    users.disable_user(team, user_id=anna, actor=ACTOR)
    done = users.enable_user(team, user_id=anna, actor=ACTOR)
    assert not done.user.disabled
    assert device(team).team_id == "nord"
    with pytest.raises(ApiError):  # revoked stays revoked
        device(team, device_id=old)
    assert details(team, anna)[-1] == "user enabled"
    users.enable_user(team, user_id=anna, actor=ACTOR)  # already enabled: no event
    assert details(team, anna).count("user enabled") == 1


def test_resetting_the_password(team):
    anna = user(team)
    kept = device(team)
    with pytest.raises(WeakPassword, match="at least 12 characters"):
        users.reset_password(team, user_id=anna, password="neu-1", actor=ACTOR)
    with pytest.raises(WeakPassword, match="too easy"):
        users.reset_password(team, user_id=anna, password="anna-anna-anna", actor=ACTOR)
    device(team)  # the refused attempts changed nothing
    new = "Winter-Zug-nach-Trier"
    users.reset_password(team, user_id=anna, password=new, actor=ACTOR)
    with pytest.raises(ApiError):
        device(team)
    device(team, password=new)
    assert kept.device_id in {d.id for d in list_devices(team) if d.state == "active"}
    assert details(team, anna)[-1] == "password reset"
    assert not any(new in str(value) for e in events(team, anna) for value in e.values())
    with pytest.raises(users.UnknownUser):
        users.reset_password(team, user_id=new_id(), password=new, actor=ACTOR)


def test_changing_the_role(team):
    anna = user(team)
    assert users.set_role(team, user_id=anna, role="lead", actor=ACTOR).user.role == "lead"
    users.set_role(team, user_id=anna, role="lead", actor=ACTOR)  # unchanged: no event
    assert details(team, anna)[1:] == ["role counsellor -> lead"]
    with pytest.raises(UserError, match="role must be one of"):
        users.set_role(team, user_id=anna, role="root", actor=ACTOR)


def test_moving_revokes_the_old_teams_devices_and_a_fresh_device_joins_the_new_team(team):
    anna = user(team)
    device(team)
    with pytest.raises(users.UnknownTeam, match="no team 'west'"):
        users.move_user(team, user_id=anna, team_id="west", actor=ACTOR)
    done = users.move_user(team, user_id=anna, team_id="sued", actor=ACTOR)
    assert (done.user.team_id, done.devices_revoked) == ("sued", 1)
    (old,) = list_devices(team)
    assert (old.state, old.team_id, old.revoke_reason) == ("revoked", "nord", users.MOVED_REASON)
    assert device(team).team_id == "sued"
    assert details(team, anna)[-1] == "team nord -> sued; 1 device revoked"
    users.move_user(team, user_id=anna, team_id="sued", actor=ACTOR)  # already there
    assert len(events(team, anna)) == 2


def test_unknown_users_and_bad_reasons_are_clear_errors(team):
    for action in (
        lambda: users.disable_user(team, user_id=new_id(), actor=ACTOR),
        lambda: users.enable_user(team, user_id=new_id(), actor=ACTOR),
        lambda: users.set_role(team, user_id=new_id(), role="lead", actor=ACTOR),
        lambda: users.move_user(team, user_id=new_id(), team_id="sued", actor=ACTOR),
    ):
        with pytest.raises(users.UnknownUser):
            action()
    anna = user(team)
    with pytest.raises(UserError, match="at most 500"):
        users.disable_user(team, user_id=anna, actor=ACTOR, reason="x" * 501)
    with pytest.raises(UserError, match="control characters"):
        users.disable_user(team, user_id=anna, actor=ACTOR, reason="\x1b[31mrot")
    assert not users.get_user(team, user_id=anna).disabled  # a refused action changed nothing


# -- the admin API, in process ------------------------------------------------------------


def _user_ids(engine):
    return {u.username: u.id for u in users.list_users(engine)}


def test_only_an_admin_manages_users(client, engine, role_tokens):
    ids = _user_ids(engine)
    target = ids["counsellor"]
    calls = [
        ("get", "/admin/users", None),
        ("get", "/admin/teams", None),
        ("post", f"/admin/users/{target}/disable", {"wipe": False}),
        ("post", f"/admin/users/{target}/enable", None),
        ("post", f"/admin/users/{target}/password", {"password": "Winter-Zug-nach-Trier"}),
        ("post", f"/admin/users/{target}/role", {"role": "admin"}),
        ("post", f"/admin/users/{target}/team", {"team": "nord"}),
    ]
    for role in ("counsellor", "lead"):  # a lead never acts on users, admins included
        for method, path, body in calls:
            answer = client.request(
                method, API_PREFIX + path, json=body, headers=auth_headers(role_tokens[role])
            )
            assert answer.status_code == 403, (role, path)
    for method, path, body in calls:
        answer = client.request(
            method, API_PREFIX + path, json=body, headers=auth_headers(role_tokens["admin"])
        )
        assert answer.status_code == 200, (path, answer.text)
    # Without a token: 401.
    assert client.get(f"{API_PREFIX}/admin/users", headers=HEADERS).status_code == 401


def test_the_admin_api_disables_and_the_devices_are_refused(client, engine, role_tokens):
    admin = auth_headers(role_tokens["admin"])
    listed = client.get(f"{API_PREFIX}/admin/users", headers=admin).json()
    assert {u["username"]: u["role"] for u in listed} == {
        "admin": "admin",
        "counsellor": "counsellor",
        "lead": "lead",
    }
    lead = _user_ids(engine)["lead"]
    answer = client.post(
        f"{API_PREFIX}/admin/users/{lead}/disable",
        json={"wipe": True, "reason": "verlässt das Team"},
        headers=admin,
    )
    assert answer.status_code == 200
    assert answer.json()["devices_revoked"] == 1 and answer.json()["user"]["disabled"]
    refused = client.get(f"{API_PREFIX}/admin/devices", headers=auth_headers(role_tokens["lead"]))
    assert refused.status_code == 401 and refused.json()["code"] == "revoked_wipe"
    (event,) = [e for e in events(engine, lead) if e["action"] == "changed"]
    assert event["actor"] == "admin (admin API)"


def test_an_admin_keeps_their_own_account(client, engine, role_tokens):
    admin = auth_headers(role_tokens["admin"])
    me = _user_ids(engine)["admin"]
    for action, body in (
        ("disable", {"wipe": False}),
        ("role", {"role": "counsellor"}),
        ("team", {"team": "nord"}),
    ):
        answer = client.post(f"{API_PREFIX}/admin/users/{me}/{action}", json=body, headers=admin)
        assert answer.status_code == 409 and answer.json()["code"] == "own_account", action
    assert client.get(f"{API_PREFIX}/admin/users", headers=admin).status_code == 200
    own = client.post(
        f"{API_PREFIX}/admin/users/{me}/password",
        json={"password": "Winter-Zug-nach-Trier"},
        headers=admin,
    )
    assert own.status_code == 200


def test_bad_input_gets_a_clear_answer_that_echoes_nothing(client, engine, role_tokens):
    admin = auth_headers(role_tokens["admin"])
    target = _user_ids(engine)["counsellor"]
    weak = client.post(
        f"{API_PREFIX}/admin/users/{target}/password", json={"password": "geheim"}, headers=admin
    )
    assert weak.status_code == 422 and weak.json()["code"] == "weak_password"
    assert "at least 12 characters" in weak.json()["message"] and "geheim" not in weak.text
    guessable = client.post(
        f"{API_PREFIX}/admin/users/{target}/password",
        json={"password": "counsellor2024"},
        headers=admin,
    )
    assert guessable.status_code == 422 and "too easy to guess" in guessable.json()["message"]
    cases = [
        (f"/admin/users/{new_id()}/enable", None, 404, "not_found"),
        (f"/admin/users/{'x' * 101}/enable", None, 422, "invalid_request"),
        (f"/admin/users/{target}/team", {"team": "Mustafa Qwertz"}, 422, "unknown_team"),
        (f"/admin/users/{target}/role", {"role": "root"}, 422, "invalid_request"),
        (f"/admin/users/{target}/disable", {"wipe": "sure"}, 422, "invalid_request"),
        (f"/admin/users/{target}/disable", {"reason": "\x1b[2J"}, 422, "invalid_request"),
        (f"/admin/users/{target}/password", {"password": "x" * 1001}, 422, "invalid_request"),
        (f"/admin/users/{target}/role", {"role": "lead", "extra": 1}, 422, "invalid_request"),
    ]
    for path, body, status, code in cases:
        answer = client.post(API_PREFIX + path, json=body, headers=admin)
        assert (answer.status_code, answer.json()["code"]) == (status, code), path
        assert "Mustafa" not in answer.text and "root" not in answer.json()["message"]
