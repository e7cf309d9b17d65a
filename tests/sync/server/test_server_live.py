"""A real `fallakte-server run` process: health, enrolment and blobs over TCP, gzip on the wire."""

import hashlib

import httpx

from app.domain.ids import new_id
from sync.protocol import API_PREFIX, PROTOCOL_HEADER
from sync.server.accounts.admin import add_team, add_user
from sync.server.api.middleware import SERVER_TIME_HEADER
from sync.server.ops.process import ServerProcess
from sync.server.storage.db import make_engine
from sync.server.storage.migrate import upgrade
from tests.sync.server.lifecycle_seed import Seeder


def test_a_live_server_enrols_a_device_and_keeps_its_blobs(database_url, tmp_path):
    engine = make_engine(database_url)
    server = ServerProcess(
        database_url=database_url, home=tmp_path / "server", env={"FALLAKTE_OPENAPI": "on"}
    )
    try:
        upgrade(engine)
        add_team(engine, team_id="nord", name="Team Nord")
        add_user(engine, username="anna", password="anna-passwort", team_id="nord", role="admin")
        content = b"Reisedokument " * 10_000
        digest = hashlib.sha256(content).hexdigest()
        with (
            server,
            httpx.Client(base_url=server.url + API_PREFIX, headers={PROTOCOL_HEADER: "1"}) as http,
        ):
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
            seed = Seeder(engine)
            seed.put(
                "attachment",
                {
                    "owner_entity": "person",
                    "owner_id": seed.put("person", {"family_name": "Haddad"}),
                    "filename": "pass.pdf",
                    "size_bytes": len(content),
                    "sha256": digest,
                    "added_on": "2026-01-05",
                },
            )
            fetched = http.get(f"/blobs/{digest}")
            assert fetched.content == content
            schema = http.get(server.url + "/openapi.json")
            assert schema.status_code == 200
            # JSON responses are compressed on the wire.
            assert schema.headers.get("content-encoding") == "gzip"
            assert f"{API_PREFIX}/devices/enroll" in schema.json()["paths"]
    finally:
        engine.dispose()
