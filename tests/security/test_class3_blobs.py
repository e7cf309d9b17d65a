"""Class 3: attachment content belongs to the team that uploaded it.

A device may download content only if its team uploaded it and holds a live attachment naming
it; naming another team's hash is refused; erasure frees content no other team legitimately
holds; content never referenced is collected after a grace period; each team has a quota;
uploads and downloads stream, never held whole in memory.
"""

import hashlib
import io
import os
import zipfile

from sqlalchemy import select

from app.domain.ids import new_id
from sync.server.storage import tables as t
from tests.security.helpers import attachment_fields


def test_naming_another_teams_hash_grants_nothing_and_erasure_frees_the_content(server):
    bea = server.raw("bea", team="sued")
    admin = server.raw("root", team="zentrale", role="admin")
    mallory = server.raw("mallory", team="nord")
    document = b"%PDF Bescheid der Ausl\xc3\xa4nderbeh\xc3\xb6rde " + os.urandom(64)
    digest = hashlib.sha256(document).hexdigest()
    assert bea.put_blob(document).status_code == 201
    person = bea.person(bea.household())
    bea.attachment(person, document)
    assert bea.get_blob(digest).content == document

    own = mallory.person(mallory.household())
    (outcome,) = mallory.outcomes(
        [mallory.change("attachment", new_id(), attachment_fields(own, document))]
    )
    assert outcome["status"] == "rejected"
    assert mallory.get_blob(digest).status_code == 404
    assert mallory.get_blob(digest).json() == bea.get_blob("0" * 64).json()

    with admin.http() as http:
        export = http.get(f"/admin/exports/persons/{own}")
        assert export.status_code == 200, export.text
        with zipfile.ZipFile(io.BytesIO(export.content)) as archive:
            assert not any(archive.read(name) == document for name in archive.namelist())
        erased = http.post(f"/admin/persons/{person}/erase", json={})
        assert erased.status_code == 200, erased.text
        assert erased.json()["blobs_deleted"] == 1
    assert bea.get_blob(digest).status_code == 404


def test_content_uploaded_but_never_referenced_is_collected_after_the_grace_period(start_server):
    server = start_server()
    bea = server.raw("bea")
    kept, orphan = b"kept " + os.urandom(32), b"orphan " + os.urandom(32)
    for content in (kept, orphan):
        assert bea.put_blob(content).status_code == 201
    bea.attachment(bea.person(), kept)

    young = server.cli("blobs", "collect", "--grace-hours", "1")
    assert young.returncode == 0, young.stderr
    assert bea.get_blob(hashlib.sha256(kept).hexdigest()).status_code == 200

    done = server.cli("blobs", "collect", "--grace-hours", "0")
    assert done.returncode == 0, done.stderr
    assert "1" in done.stdout
    with server.engine.connect() as conn:
        left = set(conn.execute(select(t.blob.c.sha256)).scalars())
    assert left == {hashlib.sha256(kept).hexdigest()}


def test_each_team_has_a_quota_answered_with_507(start_server):
    server = start_server(FALLAKTE_TEAM_BLOB_QUOTA_MIB="1")
    bea = server.raw("bea", team="sued")
    bo = server.raw("bo", team="nord")
    first, second = os.urandom(700 * 1024), os.urandom(700 * 1024)
    assert bea.put_blob(first).status_code == 201
    refused = bea.put_blob(second)
    assert refused.status_code == 507, refused.text
    assert refused.json()["code"] == "quota_exceeded"
    assert bo.put_blob(second).status_code == 201  # another team's quota is its own
    assert bea.put_blob(first).status_code == 200  # what the team holds costs nothing again


def test_uploads_and_downloads_stream_instead_of_filling_memory(server):
    bea = server.raw("bea")
    content = os.urandom(96 * 1024 * 1024)
    digest = hashlib.sha256(content).hexdigest()
    before = server.peak_rss_mib()
    assert bea.put_blob(content).status_code == 201
    bea.attachment(bea.person(), content)
    with bea.http() as http, http.stream("GET", f"/blobs/{digest}") as response:
        assert response.status_code == 200
        hasher = hashlib.sha256()
        for chunk in response.iter_bytes():
            hasher.update(chunk)
    assert hasher.hexdigest() == digest
    grown = server.peak_rss_mib() - before
    assert grown < 48, f"server peak memory grew by {grown:.0f} MiB for a 96 MiB attachment"
