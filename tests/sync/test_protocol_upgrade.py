"""A laptop of the previous protocol is told to update, and loses nothing it typed meanwhile."""

import pytest

from app.services import records
from app.services.status import unsynced_changes
from sync.client import ProtocolMismatch
from sync.engine import sync_once
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION


def test_a_laptop_of_the_previous_protocol_is_asked_to_update_and_keeps_what_it_typed(enrolled):
    anna, bo = enrolled("anna"), enrolled("bo")
    anna.sync()
    person = records.create(anna.store, entity="person", data={"family_name": "Haddad"})
    # anna's laptop still runs the previous release: it speaks the previous protocol.
    anna.client.session.headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION - 1)
    with pytest.raises(ProtocolMismatch) as refused:
        sync_once(anna.store, anna.client)
    assert "update" in str(refused.value).lower() or "aktualis" in str(refused.value).lower()
    assert unsynced_changes(anna.store) > 0
    assert records.get(anna.store, entity="person", record_id=person.id, audit=False)

    # After the update the same store pushes what waited, and a colleague receives it.
    anna.client.session.headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
    anna.sync()
    assert unsynced_changes(anna.store) == 0
    bo.sync()
    assert records.get(bo.store, entity="person", record_id=person.id, audit=False)
