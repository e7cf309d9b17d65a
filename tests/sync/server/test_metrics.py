"""/metrics: off by default, behind a bearer token, counters that move, no personal data."""

import time
from datetime import UTC, datetime, timedelta

import pytest
import requests
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import update

from app.domain.ids import new_id
from app.errors import UserError
from sync.protocol import API_PREFIX, PROTOCOL_HEADER
from sync.server.accounts.admin import revoke_device
from sync.server.api.app import create_app
from sync.server.ops import cli as server_cli
from sync.server.ops.metrics import (
    ENV_METRICS,
    ENV_METRICS_TOKEN,
    ENV_MULTIPROC_DIR,
    UNMATCHED_ROUTE,
    MetricsSettings,
    device_label,
    prepare_workers,
)
from sync.server.ops.process import ServerProcess
from sync.server.ops.settings import ServerSettings
from sync.server.storage import tables as t

TOKEN = "0123456789abcdef0123456789abcdef"
ON = MetricsSettings(enabled=True, token=TOKEN)
HEADERS = {PROTOCOL_HEADER: "1"}
PUSH, PULL = f"{API_PREFIX}/sync/push", f"{API_PREFIX}/sync/pull"


def scrape(client, token=TOKEN):
    response = client.get("/metrics", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain; version=")
    return response.text


def samples(text):
    """{(sample name, frozenset of labels): value} of a scrape, parsed as Prometheus would."""
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return found


def value(found, name, **labels):
    return found.get((name, frozenset(labels.items())), 0.0)


@pytest.fixture
def metrics_client(server_app):
    app = create_app(app_settings(server_app), engine=server_app[1], metrics=ON)
    with TestClient(app) as client:
        yield client


def app_settings(server_app):
    return server_app[0].state.settings


def enrol(client, username, password):
    device_id = new_id()
    body = {"username": username, "password": password, "device_id": device_id}
    response = client.post(f"{API_PREFIX}/devices/enroll", json=body, headers=HEADERS)
    assert response.status_code == 200, response.text
    return device_id, {**HEADERS, "Authorization": f"Bearer {response.json()['token']}"}


def household_change(device_id, seq, label):
    stamp = f"{time.time_ns() // 1_000_000:013d}-{seq:05d}-{device_id}"
    return {
        "change_id": {"device_id": device_id, "seq": seq},
        "entity": "household",
        "record_id": new_id(),
        "stamp": stamp,
        "fields": {"label": label, "site": "ATR"},
    }


def test_push_and_pull_move_the_counters(metrics_client, counsellor):
    client = metrics_client
    device_id, auth = enrol(client, *counsellor)
    before = samples(scrape(client))
    changes = [household_change(device_id, seq, f"Familie Haddad {seq}") for seq in (1, 2)]
    pushed = client.post(PUSH, json={"changes": changes}, headers=auth)
    assert pushed.status_code == 200, pushed.text
    again = client.post(PUSH, json={"changes": changes[:1]}, headers=auth)
    assert again.json()["outcomes"][0]["status"] == "duplicate"
    pulled = client.get(PULL, params={"cursor": 0}, headers=auth)
    assert len(pulled.json()["records"]) == 2

    after = samples(scrape(client))
    assert value(after, "fallakte_sync_pushed_changes_total", outcome="applied") == 2
    assert value(after, "fallakte_sync_pushed_changes_total", outcome="duplicate") == 1
    assert value(after, "fallakte_sync_pulled_records_total") - value(
        before, "fallakte_sync_pulled_records_total"
    ) == pytest.approx(2)
    ok_push = {"method": "POST", "route": PUSH, "status": "200"}
    assert value(after, "fallakte_http_requests_total", **ok_push) == 2
    assert value(after, "fallakte_http_requests_total", method="GET", route=PULL, status="200") == 1
    assert value(
        after, "fallakte_http_request_duration_seconds_count", method="POST", route=PUSH
    ) == (2)
    assert value(after, "fallakte_http_request_duration_seconds_sum", method="GET", route=PULL) > 0
    # From the database at scrape time.
    assert value(after, "fallakte_database_up") == 1
    assert value(after, "fallakte_devices", state="active") == 1
    assert value(after, "fallakte_devices", state="revoked") == 0
    assert value(after, "fallakte_records", team="nord") == 2
    assert value(after, "fallakte_server_sequence") >= 2
    device = {"device": device_label(device_id), "team": "nord"}
    seen = value(after, "fallakte_device_last_seen_timestamp_seconds", **device)
    assert abs(seen - time.time()) < 120
    # The device's own pushes, a moment after its last contact, are not pending for it.
    assert value(after, "fallakte_device_pending_records", **device) == 0


def test_a_concurrent_edit_counts_a_conflict(metrics_client, counsellor):
    client = metrics_client
    first_id, first = enrol(client, *counsellor)
    second_id, second = enrol(client, *counsellor)
    created = household_change(first_id, 1, "Familie Nuri")
    assert client.post(PUSH, json={"changes": [created]}, headers=first).status_code == 200
    # The second laptop renamed it without having seen the first one's label.
    rival = household_change(second_id, 1, "Familie Noori")
    rival.update(record_id=created["record_id"], fields={"label": "Familie Noori"})
    rival["base"] = {"label": None}
    response = client.post(PUSH, json={"changes": [rival]}, headers=second)
    assert response.json()["outcomes"][0]["status"] == "applied"
    found = samples(scrape(client))
    assert value(found, "fallakte_sync_conflicts_created_total") == 1
    assert value(found, "fallakte_conflicts_open", team="nord") == 1


def test_pending_records_count_changes_since_a_device_was_last_seen(
    metrics_client, counsellor, server_app
):
    client = metrics_client
    quiet_id, _ = enrol(client, *counsellor)
    busy_id, auth = enrol(client, *counsellor)
    # The quiet laptop was last seen an hour ago; the busy one pushes three records now.
    with server_app[1].begin() as conn:
        conn.execute(
            update(t.device)
            .where(t.device.c.id == quiet_id)
            .values(last_seen_at=datetime.now(UTC) - timedelta(hours=1))
        )
    changes = [household_change(busy_id, seq, "Familie Nuri") for seq in (1, 2, 3)]
    assert client.post(PUSH, json={"changes": changes}, headers=auth).status_code == 200
    revoke_device(server_app[1], device_id=busy_id, wipe=True)
    found = samples(scrape(client))
    quiet = {"device": device_label(quiet_id), "team": "nord"}
    assert value(found, "fallakte_device_pending_records", **quiet) == 3
    assert value(found, "fallakte_devices", state="active") == 1
    assert value(found, "fallakte_devices", state="revoked+wipe") == 1
    # Revoked devices drop out of the per-device series.
    busy_label = device_label(busy_id)
    assert not any(("device", busy_label) in labels for _, labels in found)


def test_the_scrape_holds_no_personal_data(metrics_client, counsellor):
    client = metrics_client
    device_id, auth = enrol(client, *counsellor)
    change = household_change(device_id, 1, "Familie Kılıç")
    client.post(PUSH, json={"changes": [change]}, headers=auth)
    client.get(f"{API_PREFIX}/blobs/{'a' * 64}", headers=auth)
    text = scrape(client)
    for secret in (counsellor[0], device_id, change["record_id"], "Kılıç", "a" * 64, TOKEN):
        assert secret not in text
    # Paths appear only as route templates.
    assert 'route="/api/v1/blobs/{sha256}"' in text


def test_unknown_paths_share_one_label(metrics_client):
    for path in ("/wp-login.php", "/.env", "/api/v1/nothing"):
        assert metrics_client.get(path).status_code == 404
    found = samples(scrape(metrics_client))
    unmatched = {"method": "GET", "route": UNMATCHED_ROUTE, "status": "404"}
    assert value(found, "fallakte_http_requests_total", **unmatched) == 3
    assert not any("wp-login" in str(labels) for _, labels in found)


def test_metrics_are_404_unless_enabled(server_app, monkeypatch):
    monkeypatch.delenv(ENV_METRICS, raising=False)
    settings = app_settings(server_app)
    for app in (
        create_app(settings, engine=server_app[1], metrics=MetricsSettings()),
        create_app(settings, engine=server_app[1]),
    ):
        with TestClient(app) as client:
            response = client.get("/metrics", headers={"Authorization": f"Bearer {TOKEN}"})
            assert response.status_code == 404
            assert "/metrics" not in client.get("/openapi.json").text


@pytest.mark.parametrize(
    "authorization",
    [None, "", f"Basic {TOKEN}", "Bearer", "Bearer wrong-token", f"Bearer {TOKEN}x"],
)
def test_the_token_is_required(metrics_client, authorization):
    headers = {} if authorization is None else {"Authorization": authorization}
    response = metrics_client.get("/metrics", headers=headers)
    assert response.status_code == 401
    assert response.json()["code"] == "unauthorized"
    assert response.headers["www-authenticate"] == "Bearer"


def test_a_database_outage_is_a_gauge_not_a_failed_scrape(tmp_path):
    # A directory is no SQLite file.
    app = create_app(
        ServerSettings.build(database_url=f"sqlite:///{tmp_path}", environ={}), metrics=ON
    )
    with TestClient(app) as client:
        found = samples(scrape(client))
    assert value(found, "fallakte_database_up") == 0
    assert ("fallakte_devices", frozenset({("state", "active")})) not in found


def test_settings_refuse_insecure_combinations():
    assert MetricsSettings.build({}) == MetricsSettings(enabled=False)
    assert not MetricsSettings.build({ENV_METRICS: "0", ENV_METRICS_TOKEN: "x"}).enabled
    enabled = MetricsSettings.build({ENV_METRICS: "yes", ENV_METRICS_TOKEN: f" {TOKEN} "})
    assert enabled == ON
    assert TOKEN not in repr(enabled)
    for environ, complaint in [
        ({ENV_METRICS: "1"}, "needs FALLAKTE_METRICS_TOKEN"),
        ({ENV_METRICS: "1", ENV_METRICS_TOKEN: "short-token"}, "too weak"),
        ({ENV_METRICS: "1", ENV_METRICS_TOKEN: "a" * 40}, "too weak"),
        ({ENV_METRICS: "maybe"}, "must be 1 or 0"),
    ]:
        with pytest.raises(UserError, match=complaint):
            MetricsSettings.build(environ)


def test_run_refuses_to_start_with_metrics_but_no_token(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(ENV_METRICS, "1")
    monkeypatch.delenv(ENV_METRICS_TOKEN, raising=False)
    code = server_cli.main(["--database-url", f"sqlite:///{tmp_path / 's.db'}", "run"])
    assert code != 0
    assert ENV_METRICS_TOKEN in capsys.readouterr().err


def test_prepare_workers_shares_one_directory_and_empties_a_given_one(tmp_path):
    on = {ENV_METRICS: "1", ENV_METRICS_TOKEN: TOKEN}
    assert prepare_workers(4, {}) is None
    assert prepare_workers(1, dict(on)) is None
    environ = dict(on)
    made = prepare_workers(4, environ)
    assert made is not None and environ[ENV_MULTIPROC_DIR] == str(made) and made.is_dir()
    made.rmdir()
    given = tmp_path / "prom"
    given.mkdir()
    (given / "counter_123.db").write_bytes(b"stale")
    assert prepare_workers(1, {**on, ENV_MULTIPROC_DIR: str(given)}) is None
    assert list(given.iterdir()) == []


def test_several_workers_report_the_sums_of_all(tmp_path):
    """`run --workers 2` with metrics on: whichever worker answers, the counts are the totals."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    server = ServerProcess(
        database_url=f"sqlite:///{tmp_path / 'server.db'}",
        home=tmp_path / "server",
        workers=2,
        env={ENV_METRICS: "1", ENV_METRICS_TOKEN: TOKEN, "TMPDIR": str(scratch)},
    )
    health = f"{API_PREFIX}/health"
    counts = []
    with server:
        # A new connection each: the kernel hands them to both workers.
        for _ in range(20):
            assert requests.get(server.url + health, timeout=5).status_code == 200
        (shared,) = scratch.iterdir()
        assert len(list(shared.glob("counter_*.db"))) >= 1
        for _ in range(4):
            response = requests.get(
                server.url + "/metrics", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5
            )
            found = samples(response.text)
            ok = {"method": "GET", "route": health, "status": "200"}
            counts.append(value(found, "fallakte_http_requests_total", **ok))
    # Ours and the start-up probe of ServerProcess; the same total whichever worker answered.
    assert counts[0] >= 21
    assert len(set(counts)) == 1, counts
    # The shared directory the server made for its workers went with it.
    assert list(scratch.iterdir()) == []
