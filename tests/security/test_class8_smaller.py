"""Class 8: the smaller ones. Redirects, duplicate ids, roles acting upward, terminal escapes,
echoed input, existence oracles, the public schema and content sniffing."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest
from sqlalchemy import select

from app.domain.ids import new_id
from sync.client import SyncClient, SyncError
from sync.protocol import API_PREFIX, PROTOCOL_HEADER, EnrollRequest
from sync.server.storage import tables as t
from tests.security.helpers import SERVER_PASSWORD


class _Redirect(BaseHTTPRequestHandler):
    target = ""

    def _answer(self) -> None:
        self.send_response(307)
        self.send_header("Location", self.target + self.path)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args: object) -> None:
        pass


def test_the_client_never_follows_a_redirect_with_credentials(server):
    server.user("anna")
    _Redirect.target = server.url
    proxy = ThreadingHTTPServer(("127.0.0.1", 0), _Redirect)
    threading.Thread(target=proxy.serve_forever, daemon=True).start()
    client = SyncClient(f"http://127.0.0.1:{proxy.server_address[1]}", attempts=1)
    try:
        request = EnrollRequest(username="anna", password=SERVER_PASSWORD, device_id=new_id())
        with pytest.raises(SyncError, match="redirect"):
            client.enroll(request)
    finally:
        client.close()
        proxy.shutdown()
        proxy.server_close()
    with server.engine.connect() as conn:
        assert conn.execute(select(t.device.c.id)).first() is None  # the password went nowhere


def test_duplicate_ids_inside_one_push_are_422_without_a_traceback(server):
    mallory = server.raw("mallory")
    household = new_id()
    change = mallory.change("household", household, {"label": "A"})
    event = {
        "id": new_id(),
        "at": "2026-01-05T10:00:00Z",
        "actor": "m",
        "device_id": mallory.device_id,
        "action": "viewed",
        "entity": "store",
    }
    for body in ({"changes": [change, change]}, {"changes": [], "audit_events": [event, event]}):
        with mallory.http() as http:
            response = http.post("/sync/push", json=body)
        assert response.status_code == 422, response.text
        assert response.json()["code"] == "invalid_request"
    server.assert_no_traceback()


def test_a_lead_cannot_revoke_or_wipe_an_admins_device(server):
    lead = server.raw("lena", role="lead")
    root = server.raw("root", role="admin")
    with lead.http() as http:
        response = http.post(f"/admin/devices/{root.device_id}/revoke", json={"wipe": True})
    assert response.status_code == 403, response.text
    with root.http() as http:
        assert http.get("/sync/pull").status_code == 200


def test_terminal_escapes_in_device_names_never_reach_the_operators_terminal(server):
    server.user("mallory")
    name = "Laptop\x1b[2J\x1b]0;pwned\x07\x1b[31m\u202eevil\r\n"
    assert server.enrol("mallory", device_name=name).status_code == 200
    listed = server.cli("device", "list")
    assert listed.returncode == 0, listed.stderr
    assert (
        "\x1b" not in listed.stdout
        and "\x07" not in listed.stdout
        and "\u202e" not in listed.stdout
    )
    assert listed.stdout.count("\n") == 1
    assert "Laptop" in listed.stdout


def test_error_bodies_never_echo_what_the_client_sent(server):
    mallory = server.raw("mallory")
    root = server.raw("root", role="admin")
    marker = "zqsecretmark"
    with httpx.Client(base_url=server.url + API_PREFIX) as http:
        answers = [
            http.get("/sync/pull", headers={PROTOCOL_HEADER: marker}),
            http.post(
                "/devices/enroll",
                headers={PROTOCOL_HEADER: "1"},
                json={"username": "a", "password": "b", "device_id": new_id(), marker: 1},
            ),
        ]
    with mallory.http() as http:
        answers.append(http.post("/sync/push", json={"changes": [], "audit_events": [{marker: 1}]}))
        answers.append(
            http.post(
                "/sync/push",
                json={"changes": [{**mallory.change("household", new_id(), {}), "entity": marker}]},
            )
        )
        answers.append(
            http.post(
                "/sync/push", json={"changes": [mallory.change("household", new_id(), {marker: 1})]}
            )
        )
    missing = new_id()
    with root.http() as http:
        answers.append(http.post(f"/admin/persons/{missing}/erase", json={}))
        answers.append(http.get(f"/admin/exports/persons/{missing}"))
    for answer in answers:
        assert marker not in answer.text and missing not in answer.text, answer.text[:400]


def test_not_yours_is_answered_exactly_like_not_there(server):
    bea = server.raw("bea", team="sued")
    lead = server.raw("lena", team="nord", role="lead")
    with lead.http() as http:
        theirs = http.post(f"/admin/devices/{bea.device_id}/revoke", json={"wipe": True})
        nothing = http.post(f"/admin/devices/{new_id()}/revoke", json={"wipe": True})
    assert (theirs.status_code, theirs.json()) == (nothing.status_code, nothing.json())
    with bea.http() as http:
        assert http.get("/sync/pull").status_code == 200  # not revoked
    their_household = bea.household()
    before = server.record("household", their_household)
    (on_theirs,) = lead.outcomes([lead.change("household", their_household, {"site": "ATR"})])
    (on_nothing,) = lead.outcomes([lead.change("household", new_id(), {"site": "ATR"})])
    assert (on_theirs["status"], on_theirs["reason"]) == (
        on_nothing["status"],
        on_nothing["reason"],
    )
    assert "team" not in (on_theirs["reason"] or "").lower()
    assert server.record("household", their_household).clocks == before.clocks


def test_the_schema_is_served_only_when_enabled(start_server):
    quiet = start_server()
    with httpx.Client(base_url=quiet.url) as http:
        assert http.get("/openapi.json").status_code == 404
        assert http.get("/docs").status_code == 404
    loud = start_server(FALLAKTE_OPENAPI="on")
    with httpx.Client(base_url=loud.url) as http:
        assert http.get("/openapi.json").status_code == 200


def test_every_response_forbids_content_sniffing(server):
    mallory = server.raw("mallory")
    with mallory.http() as http:
        responses = [
            http.get("/health"),
            http.get("/sync/pull"),
            http.get(f"/blobs/{'0' * 64}"),
            http.get("/nowhere"),
            http.post("/sync/push", content=b"{", headers={"Content-Type": "application/json"}),
        ]
    with mallory.http(token=False) as http:
        responses.append(http.get("/sync/pull"))
    for response in responses:
        assert response.headers.get("x-content-type-options") == "nosniff", (
            response.request.url,
            response.status_code,
        )
