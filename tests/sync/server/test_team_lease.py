"""The team setting `offline_lease_days` (sync/server/accounts/lease.py): default, bounds, the admin API,
`fallakte-server team lease`, the audit event, and the renewal a device gets (or does not)."""

import pytest
from sqlalchemy import select

from app.errors import UserError
from sync.protocol import API_PREFIX
from sync.server.accounts import lease
from sync.server.accounts.admin import add_team, revoke_device
from sync.server.storage.tables import audit_event
from tests.sync.server.test_server_api import HEADERS, auth_headers
from tests.sync.server.test_server_cli import server_cli


def team_events(engine, team_id):
    with engine.connect() as conn:
        rows = conn.execute(
            select(audit_event).where(
                audit_event.c.entity == "team", audit_event.c.record_id == team_id
            )
        ).all()
    return [row._mapping for row in rows]


def test_a_team_starts_with_30_days_and_keeps_within_1_to_365(engine):
    add_team(engine, team_id="nord", name="Nord")
    assert lease.lease_days(engine, team_id="nord") == 30
    for wrong in (0, -1, 366, 10_000):
        with pytest.raises(UserError, match="1 to 365"):
            lease.set_lease_days(engine, team_id="nord", days=wrong, actor="root")
    assert lease.lease_days(engine, team_id="nord") == 30
    assert team_events(engine, "nord") == []
    for days in (1, 365, 14):
        assert lease.set_lease_days(engine, team_id="nord", days=days, actor="root").lease_days == (
            days
        )
    assert lease.lease_days(engine, team_id="nord") == 14
    with pytest.raises(lease.UnknownTeam):
        lease.set_lease_days(engine, team_id="sued", days=10, actor="root")


def test_a_change_is_audited_and_an_unchanged_value_writes_nothing(engine):
    add_team(engine, team_id="nord", name="Nord")
    lease.set_lease_days(engine, team_id="nord", days=7, actor="root (fallakte-server)")
    lease.set_lease_days(engine, team_id="nord", days=7, actor="root (fallakte-server)")
    (event,) = team_events(engine, "nord")
    assert (event["action"], event["actor"]) == ("changed", "root (fallakte-server)")
    assert event["detail"] == "offline lease 30 -> 7 days"


def test_only_an_admin_sets_it_through_the_api(client, engine, role_tokens):
    path = f"{API_PREFIX}/admin/teams/nord/lease"
    for role in ("counsellor", "lead"):
        refused = client.post(path, json={"lease_days": 5}, headers=auth_headers(role_tokens[role]))
        assert refused.status_code == 403, role
    assert client.post(path, json={"lease_days": 5}, headers=HEADERS).status_code == 401
    assert lease.lease_days(engine, team_id="nord") == 30
    admin = auth_headers(role_tokens["admin"])
    for wrong in (0, 366, "viele"):
        answer = client.post(path, json={"lease_days": wrong}, headers=admin)
        assert answer.status_code == 422, wrong
    unknown = client.post(
        f"{API_PREFIX}/admin/teams/sued/lease", json={"lease_days": 5}, headers=admin
    )
    assert unknown.status_code == 404
    done = client.post(path, json={"lease_days": 5}, headers=admin)
    assert done.status_code == 200 and done.json() == {"team": "nord", "lease_days": 5}
    (event,) = team_events(engine, "nord")
    assert event["actor"] == "admin (admin API)" and event["detail"] == "offline lease 30 -> 5 days"


def test_an_active_device_is_renewed_a_revoked_one_is_not(client, engine, role_tokens):
    from sync.server.accounts.admin import list_devices

    lease.set_lease_days(engine, team_id="nord", days=12, actor="root")
    renewed = client.get(
        f"{API_PREFIX}/sync/lease", headers=auth_headers(role_tokens["counsellor"])
    )
    assert renewed.status_code == 200
    assert renewed.json()["lease_days"] == 12 and renewed.json()["team"] == "nord"
    assert client.get(f"{API_PREFIX}/sync/lease", headers=HEADERS).status_code == 401
    device = next(d for d in list_devices(engine) if d.username == "counsellor")
    revoke_device(engine, device_id=device.id, wipe=True)
    refused = client.get(
        f"{API_PREFIX}/sync/lease", headers=auth_headers(role_tokens["counsellor"])
    )
    assert refused.status_code == 401 and refused.json()["code"] == "revoked_wipe"
    assert "lease_days" not in refused.json()


def test_the_cli_shows_and_sets_the_lease(database_url):
    assert server_cli(database_url, "team", "add", "nord", "--name", "Nord").returncode == 0
    shown = server_cli(database_url, "team", "lease", "nord")
    assert (shown.returncode, shown.stdout.strip()) == (0, "team nord: offline lease 30 days")
    changed = server_cli(database_url, "team", "lease", "nord", "--days", "10")
    assert changed.returncode == 0 and "offline lease 10 days" in changed.stdout
    assert "10 days" in server_cli(database_url, "team", "lease", "nord").stdout
    refused = server_cli(database_url, "team", "lease", "nord", "--days", "400")
    assert refused.returncode == 1 and "1 to 365" in refused.stderr
    unknown = server_cli(database_url, "team", "lease", "sued")
    assert unknown.returncode == 1 and "no team 'sued'" in unknown.stderr
