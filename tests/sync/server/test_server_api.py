"""The server's HTTP API besides push/pull: health, enrolment, device auth, blobs, error bodies."""

import gzip
import hashlib
from datetime import datetime

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, update

from app.domain.ids import new_id
from sync.protocol import API_PREFIX, PROTOCOL_HEADER, EnrollResponse, ErrorBody
from sync.server.accounts.admin import add_user, revoke_device
from sync.server.accounts.auth import token_hash
from sync.server.accounts.devices import PREFIX_ALPHABET
from sync.server.api import routes
from sync.server.api.app import create_app
from sync.server.api.middleware import SERVER_TIME_HEADER
from sync.server.ops.settings import ServerSettings
from sync.server.storage import tables as t

HEADERS = {PROTOCOL_HEADER: "1"}


def enroll(client, username, password, device_id=None, **extra):
    body = {"username": username, "password": password, "device_id": device_id or new_id()}
    return client.post(f"{API_PREFIX}/devices/enroll", json=body, headers={**HEADERS, **extra})


def auth_headers(token):
    return {**HEADERS, "Authorization": f"Bearer {token}"}


def error_of(response):
    return ErrorBody.model_validate(response.json())


@pytest.fixture
def token(client, counsellor):
    response = enroll(client, *counsellor)
    assert response.status_code == 200, response.text
    return response.json()["token"]


def test_health_says_ok_with_protocol_and_server_time(client):
    response = client.get(f"{API_PREFIX}/health")
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["database"], body["protocol"]) == ("ok", "ok", 1)
    assert datetime.fromisoformat(body["server_time"]).tzinfo is not None
    assert datetime.fromisoformat(response.headers[SERVER_TIME_HEADER]).tzinfo is not None


@pytest.mark.parametrize("where", ["sqlite", "postgresql"])
def test_health_is_503_when_the_database_is_unreachable(tmp_path, where):
    # A directory is no SQLite file; nothing listens on port 1.
    url = f"sqlite:///{tmp_path}" if where == "sqlite" else "postgresql://u@127.0.0.1:1/f"
    app = create_app(ServerSettings.build(database_url=url, environ={}))
    with TestClient(app) as client:
        response = client.get(f"{API_PREFIX}/health")
    assert response.status_code == 503
    assert error_of(response).code == "database_unavailable"
    assert SERVER_TIME_HEADER in response.headers


def test_enrolment_issues_a_token_stored_only_as_its_hash(client, counsellor, server_app):
    device_id = new_id()
    response = enroll(client, *counsellor, device_id=device_id)
    assert response.status_code == 200
    enrolled = EnrollResponse.model_validate(response.json())
    assert (enrolled.device_id, enrolled.team, enrolled.role) == (device_id, "nord", "counsellor")
    assert len(enrolled.device_prefix) == 3 and set(enrolled.device_prefix) <= set(PREFIX_ALPHABET)
    with server_app[1].connect() as conn:
        stored = conn.execute(select(t.device).where(t.device.c.id == device_id)).one()
        hashes = conn.execute(select(t.user.c.password_hash)).scalars().all()
    assert stored.token_hash == token_hash(enrolled.token) != enrolled.token
    assert all(h.startswith("$argon2id$") and counsellor[1] not in h for h in hashes)


def test_wrong_password_and_unknown_user_get_the_same_answer(client, counsellor):
    wrong = enroll(client, counsellor[0], "not-the-password")
    unknown = enroll(client, "nobody", counsellor[1])
    assert wrong.status_code == unknown.status_code == 401
    assert error_of(wrong) == error_of(unknown)
    assert error_of(wrong).code == "bad_credentials"


def test_a_disabled_user_cannot_enrol_or_sync(client, counsellor, server_app, token):
    with server_app[1].begin() as conn:
        conn.execute(update(t.user).values(disabled=True))
    assert error_of(enroll(client, *counsellor)).code == "bad_credentials"
    response = client.get(f"{API_PREFIX}/blobs/{'a' * 64}", headers=auth_headers(token))
    assert (response.status_code, error_of(response).code) == (401, "unauthorized")


def test_re_enrolment_replaces_the_token_and_keeps_the_prefix(client, counsellor):
    device_id = new_id()
    first = enroll(client, *counsellor, device_id=device_id).json()
    second = enroll(client, *counsellor, device_id=device_id).json()
    assert second["token"] != first["token"]
    assert second["device_prefix"] == first["device_prefix"]
    old = client.get(f"{API_PREFIX}/blobs/{'a' * 64}", headers=auth_headers(first["token"]))
    new = client.get(f"{API_PREFIX}/blobs/{'a' * 64}", headers=auth_headers(second["token"]))
    assert (old.status_code, error_of(old).code) == (401, "unauthorized")
    assert new.status_code == 404


def test_a_device_of_another_user_cannot_be_taken_over(client, counsellor, server_app):
    add_user(server_app[1], username="ben", password="ben-passwort-1", team_id="nord", role="lead")
    device_id = new_id()
    assert enroll(client, *counsellor, device_id=device_id).status_code == 200
    response = enroll(client, "ben", "ben-passwort-1", device_id=device_id)
    assert (response.status_code, error_of(response).code) == (409, "device_taken")


def test_prefixes_are_unique_across_the_server(client, counsellor):
    prefixes = {enroll(client, *counsellor).json()["device_prefix"] for _ in range(12)}
    assert len(prefixes) == 12


@pytest.mark.parametrize("wipe", [False, True])
def test_a_revoked_device_is_refused_with_the_reason(client, counsellor, server_app, wipe):
    device_id = new_id()
    token = enroll(client, *counsellor, device_id=device_id).json()["token"]
    revoke_device(server_app[1], device_id=device_id, wipe=wipe, reason="Laptop gestohlen")
    response = client.get(f"{API_PREFIX}/blobs/{'a' * 64}", headers=auth_headers(token))
    error = error_of(response)
    assert response.status_code == 401
    assert error.code == ("revoked_wipe" if wipe else "revoked")
    assert "Laptop gestohlen" in error.message
    # The password does not undo the administrator's decision.
    again = enroll(client, *counsellor, device_id=device_id)
    assert (again.status_code, error_of(again).code) == (401, error.code)


@pytest.mark.parametrize("sent", [None, "0", "2", "abc"])
def test_another_protocol_version_gets_426_with_a_message_for_people(client, token, sent):
    headers = {"Authorization": f"Bearer {token}"}
    if sent is not None:
        headers[PROTOCOL_HEADER] = sent
    response = client.get(f"{API_PREFIX}/blobs/{'a' * 64}", headers=headers)
    assert response.status_code == 426
    error = error_of(response)
    assert error.code == "protocol_mismatch"
    assert "Server speaks protocol 1" in error.message and "update Fallakte" in error.message
    enrolment = client.post(f"{API_PREFIX}/devices/enroll", json={}, headers=headers)
    assert enrolment.status_code == 426


@pytest.mark.parametrize("authorization", [None, "Bearer ", "Bearer nope", "Basic YTpi"])
def test_missing_or_unknown_tokens_are_401(client, authorization):
    headers = dict(HEADERS)
    if authorization is not None:
        headers["Authorization"] = authorization
    response = client.get(f"{API_PREFIX}/blobs/{'a' * 64}", headers=headers)
    assert (response.status_code, error_of(response).code) == (401, "unauthorized")


def test_last_seen_is_written_at_most_once_a_minute(client, token, server_app):
    def last_seen():
        with server_app[1].connect() as conn:
            return conn.execute(select(t.device.c.last_seen_at)).scalar()

    with server_app[1].begin() as conn:
        conn.execute(update(t.device).values(last_seen_at=None))
    client.get(f"{API_PREFIX}/blobs/{'a' * 64}", headers=auth_headers(token))
    first = last_seen()
    assert first is not None
    client.get(f"{API_PREFIX}/blobs/{'a' * 64}", headers=auth_headers(token))
    assert last_seen() == first


def _attachment(client, digest, team="nord"):
    """A live attachment record of `team` holding the content `digest` (which a device of the
    team uploaded), of a person of the team, pushed as a device would."""
    from tests.sync.server.lifecycle_seed import Seeder

    seed = Seeder(client.app.state.engine, team=team)
    return seed.put(
        "attachment",
        {
            "owner_entity": "person",
            "owner_id": seed.put("person", {"family_name": "Haddad"}),
            "filename": "bescheid.pdf",
            "size_bytes": 1,
            "sha256": digest,
            "added_on": "2026-01-05",
        },
    )


def test_blobs_round_trip_idempotently(client, token):
    content = b"%PDF-1.7 Bescheid " * 5000
    digest = hashlib.sha256(content).hexdigest()
    url = f"{API_PREFIX}/blobs/{digest}"
    first = client.put(url, content=content, headers=auth_headers(token))
    assert (first.status_code, first.json()["created"], first.json()["size"]) == (
        201,
        True,
        len(content),
    )
    _attachment(client, digest)
    again = client.put(url, content=content, headers=auth_headers(token))
    assert (again.status_code, again.json()["created"]) == (200, False)
    fetched = client.get(url, headers={**auth_headers(token), "Accept-Encoding": "gzip"})
    assert fetched.status_code == 200 and fetched.content == content
    assert fetched.headers["content-type"] == "application/octet-stream"
    assert fetched.headers["cache-control"] == "no-store"


def test_a_blob_is_served_only_to_the_team_whose_attachment_holds_it(client, token):
    from sync.server.accounts.admin import add_team
    from tests.sync.server.lifecycle_seed import Seeder

    engine = client.app.state.engine
    add_team(engine, team_id="sued", name="Team Süd")
    add_user(engine, username="ben", password="ben-passwort-1", team_id="sued", role="admin")
    other = enroll(client, "ben", "ben-passwort-1").json()["token"]
    content = b"Pass Kopie " * 100
    digest = hashlib.sha256(content).hexdigest()
    url = f"{API_PREFIX}/blobs/{digest}"
    assert client.put(url, content=content, headers=auth_headers(token)).status_code == 201
    # Stored, but no attachment record names it yet: nobody may read it back.
    assert client.get(url, headers=auth_headers(token)).status_code == 404
    attachment = _attachment(client, digest, team="nord")
    assert client.get(url, headers=auth_headers(token)).content == content
    refused = client.get(url, headers=auth_headers(other))  # even an admin of another team
    assert (refused.status_code, error_of(refused).code) == (404, "not_found")
    # Team Süd holds the same bytes only once one of its devices uploaded them: 201, as if new.
    assert client.put(url, content=content, headers=auth_headers(other)).status_code == 201
    _attachment(client, digest, team="sued")
    assert client.get(url, headers=auth_headers(other)).content == content
    Seeder(engine, team="nord").erase("attachment", attachment)
    assert client.get(url, headers=auth_headers(token)).status_code == 404


def test_a_gzip_upload_is_unpacked_before_the_hash_is_checked(client, token):
    content = b"Aktenvermerk " * 1000
    digest = hashlib.sha256(content).hexdigest()
    headers = {**auth_headers(token), "Content-Encoding": "gzip"}
    response = client.put(
        f"{API_PREFIX}/blobs/{digest}", content=gzip.compress(content), headers=headers
    )
    assert response.status_code == 201
    broken = client.put(f"{API_PREFIX}/blobs/{'b' * 64}", content=b"not gzip", headers=headers)
    assert (broken.status_code, error_of(broken).code) == (400, "bad_encoding")


def test_a_damaged_upload_is_refused_and_not_stored(client, token):
    digest = hashlib.sha256(b"the real content").hexdigest()
    url = f"{API_PREFIX}/blobs/{digest}"
    response = client.put(url, content=b"the real contenT", headers=auth_headers(token))
    assert (response.status_code, error_of(response).code) == (400, "hash_mismatch")
    assert client.get(url, headers=auth_headers(token)).status_code == 404


def test_unknown_blob_is_404_and_a_bad_hash_is_422(client, token):
    missing = client.get(f"{API_PREFIX}/blobs/{'c' * 64}", headers=auth_headers(token))
    assert (missing.status_code, error_of(missing).code) == (404, "not_found")
    bad = client.get(f"{API_PREFIX}/blobs/NOT-A-HASH", headers=auth_headers(token))
    assert (bad.status_code, error_of(bad).code) == (422, "invalid_request")


def test_invalid_requests_name_fields_but_never_echo_values(client):
    secret = "hunter2-geheim"
    body = {"username": "anna", "password": secret, "device_id": secret, "extra": secret}
    response = client.post(f"{API_PREFIX}/devices/enroll", json=body, headers=HEADERS)
    assert response.status_code == 422
    error = error_of(response)
    assert error.code == "invalid_request"
    assert "device_id" in error.message and "extra" in error.message
    assert secret not in response.text
    garbage = client.post(
        f"{API_PREFIX}/devices/enroll",
        content=b"{not json",
        headers={**HEADERS, "Content-Type": "application/json"},
    )
    assert (garbage.status_code, error_of(garbage).code) == (422, "invalid_request")


def test_unknown_routes_and_methods_get_error_bodies(client):
    assert error_of(client.get(f"{API_PREFIX}/nothing-here")).code == "not_found"
    assert error_of(client.delete(f"{API_PREFIX}/health")).code == "method_not_allowed"


def test_an_unexpected_error_is_500_without_details(server_app, counsellor, monkeypatch):
    def broken(*_args, **_kwargs):
        raise RuntimeError("detail with personal data")

    monkeypatch.setattr(routes, "enroll", broken)
    with TestClient(server_app[0], raise_server_exceptions=False) as client:
        response = enroll(client, *counsellor)
    assert response.status_code == 500
    assert error_of(response).code == "internal_error"
    assert "personal data" not in response.text
    assert SERVER_TIME_HEADER in response.headers
