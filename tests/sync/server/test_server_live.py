"""A real `fallakte-server run` process: health, enrolment and blobs over TCP, gzip on the wire."""

import hashlib

import httpx

from app.domain.ids import new_id
from sync.protocol import API_PREFIX, PROTOCOL_HEADER
from sync.server.admin import add_team, add_user
from sync.server.db import make_engine
from sync.server.middleware import SERVER_TIME_HEADER
from tests.sync.server.lifecycle_seed import Seeder


def test_a_live_server_enrols_a_device_and_keeps_its_blobs(live_server, database_url):
    engine = make_engine(database_url)
    try:
        add_team(engine, team_id="nord", name="Team Nord")
        add_user(engine, username="anna", password="anna-passwort", team_id="nord", role="admin")
        content = b"Reisedokument " * 10_000
        digest = hashlib.sha256(content).hexdigest()
        Seeder(engine).put(
            "attachment",
            {
                "owner_entity": "person",
                "owner_id": new_id(),
                "filename": "pass.pdf",
                "size_bytes": len(content),
                "sha256": digest,
                "added_on": "2026-01-05",
            },
        )
    finally:
        engine.dispose()
    with httpx.Client(base_url=live_server + API_PREFIX, headers={PROTOCOL_HEADER: "1"}) as http:
        health = http.get("/health")
        assert health.status_code == 200 and SERVER_TIME_HEADER in health.headers
        device_id = new_id()
        enrolled = http.post(
            "/devices/enroll",
            json={"username": "anna", "password": "anna-passwort", "device_id": device_id},
        )
        assert enrolled.status_code == 200, enrolled.text
        http.headers["Authorization"] = f"Bearer {enrolled.json()['token']}"
        assert http.put(f"/blobs/{digest}", content=content).status_code == 201
        fetched = http.get(f"/blobs/{digest}")
        assert fetched.content == content
        schema = http.get(live_server + "/openapi.json")
        assert schema.status_code == 200
        # JSON responses are compressed on the wire.
        assert schema.headers.get("content-encoding") == "gzip"
        assert f"{API_PREFIX}/devices/enroll" in schema.json()["paths"]
