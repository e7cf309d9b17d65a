"""Class 4: audit events cannot be forged.

The server takes who and which device from the token, bounds the time by the clock-skew
rule, and refuses fields beyond their bounds.
"""

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from app.domain.ids import new_id
from sync.server.storage import tables as t
from sync.server.storage.db import as_utc


def _event(device_id, **fields):
    return {
        "id": new_id(),
        "at": datetime.now(UTC).isoformat(),
        "actor": "mallory",
        "device_id": device_id,
        "action": "viewed",
        "entity": "person",
        "record_id": new_id(),
        **fields,
    }


def test_actor_device_and_time_of_an_event_come_from_the_server(server):
    mallory = server.raw("mallory")
    root = server.raw("root", role="admin")
    future = (datetime.now(UTC) + timedelta(days=400)).isoformat()
    forged = _event(root.device_id, actor="root", at=future, action="exported")
    response = mallory.push([], audit_events=[forged])
    assert response.status_code == 200, response.text
    with server.engine.connect() as conn:
        row = conn.execute(select(t.audit_event).where(t.audit_event.c.id == forged["id"])).one()
    assert row.actor == "mallory"
    assert row.device_id == mallory.device_id
    assert as_utc(row.at) <= datetime.now(UTC) + timedelta(minutes=6)


def test_every_field_of_an_event_is_bounded(server):
    mallory = server.raw("mallory")
    for bad in (
        {"record_id": "x" * 100_000},
        {"record_id": "not an id"},
        {"detail": "d" * 10_000},
        {"entity": "e" * 5000},
    ):
        event = _event(mallory.device_id, **bad)
        response = mallory.push([], audit_events=[event])
        assert response.status_code == 422, (sorted(bad), response.text[:300])
        assert "x" * 50 not in response.text
    with server.engine.connect() as conn:
        # The server's own events (adding the users) aside, none of the pushed ones was kept.
        pushed = select(t.audit_event.c.id).where(t.audit_event.c.entity != "user")
        assert conn.execute(pushed).first() is None
