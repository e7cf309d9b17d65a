"""Class 2: no device can pose as the server.

Device ids are UUIDv7 checked at enrolment (never the nil UUID the server stamps with), and
server-stamp semantics (edits that win without a conflict, erasures that drop audit events)
come only from the server's own code paths, never from a push.
"""

import uuid

import pytest
from sqlalchemy import select, update

from app.domain.ids import new_id
from sync.server.storage import tables as t
from tests.security.helpers import Raw

NIL = "00000000-0000-0000-0000-000000000000"


@pytest.mark.parametrize(
    "device_id",
    [
        NIL,
        "ffffffff-ffff-ffff-ffff-ffffffffffff",
        str(uuid.uuid4()),  # a valid UUID, but not version 7
        str(uuid.uuid1()),
        new_id()[:14] + "7" + new_id()[15:19] + "c" + new_id()[20:],  # v7 with a wrong variant
    ],
)
def test_enrolment_refuses_device_ids_that_are_not_uuid7(server, device_id):
    server.user("mallory")
    response = server.enrol("mallory", device_id=device_id)
    assert response.status_code == 422, response.text
    assert response.json()["code"] == "invalid_device_id"
    assert device_id not in response.text
    with server.engine.connect() as conn:
        assert conn.execute(select(t.device.c.id)).first() is None


def test_a_device_holding_the_server_id_from_an_old_database_cannot_act_as_the_server(server):
    """Enrolled before the check: it is refused, its stamps never get server semantics."""
    bo = server.raw("bo")
    mallory = server.raw("mallory")
    with server.engine.begin() as conn:
        conn.execute(update(t.device).where(t.device.c.id == mallory.device_id).values(id=NIL))
    poser = Raw(server.url, NIL, mallory.token, "mallory", "nord")
    household = bo.household("Familie Bo")
    before = server.record("household", household)
    # An edit stamped before bo's: as the server it would win without a conflict.
    edit = poser.change(
        "household", household, {"label": "Familie Mallory"}, stamp=poser.stamp(1_700_000_000_000)
    )
    erase = poser.change("household", household, {}, deleted=True)
    with poser.http() as http:
        for change in (edit, erase):
            response = http.post("/sync/push", json={"changes": [change]})
            assert response.status_code == 401, response.text
    after = server.record("household", household)
    assert (after.fields, after.clocks, after.deleted) == (before.fields, before.clocks, False)
