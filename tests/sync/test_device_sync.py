"""Device-level sync behaviour against a real server: attachments, erasure, resume, conflicts."""

from app.services import records
from app.services.attachments import add_attachment, attachment_content
from app.services.conflicts import list_conflicts, restore
from sync.device import CURSOR, get_setting
from sync.engine import sync_once
from tests.conftest import Factory


def test_attachments_travel_as_verified_blobs(enrolled, tmp_path):
    anna, bo = enrolled("anna"), enrolled("bo")
    person = Factory(anna.store).person()
    scan = tmp_path / "einwilligung.pdf"
    scan.write_bytes(b"%PDF-1.4 signed consent " * 100)
    attachment = add_attachment(anna.store, owner_entity="person", owner_id=person.id, path=scan)
    anna.sync()
    result = bo.sync()
    assert result.blobs == 1
    assert attachment_content(bo.store, attachment_id=attachment.id) == scan.read_bytes()


def test_erasure_reaches_other_devices_and_later_edits_are_dropped(enrolled):
    anna, bo = enrolled("anna"), enrolled("bo")
    household = Factory(anna.store).household(label="Familie Nuri")
    anna.sync()
    bo.sync()
    records.update(bo.store, entity="household", record_id=household.id, patch={"label": "Familie Noori"})
    records.erase(anna.store, entity="household", record_id=household.id)
    anna.sync()
    result = bo.sync()
    assert result.dropped == 1 and result.erased == 1
    assert records.count(bo.store, entity="household") == 0


def test_a_concurrent_edit_becomes_a_conflict_that_can_be_restored(enrolled):
    anna, bo = enrolled("anna"), enrolled("bo")
    household = Factory(anna.store).household(label="Familie Nuri")
    anna.sync()
    bo.sync()
    records.update(anna.store, entity="household", record_id=household.id, patch={"label": "Anna's label"})
    records.update(bo.store, entity="household", record_id=household.id, patch={"label": "Bo's label"})
    anna.sync()
    bo.sync()
    anna.sync()
    (conflict,) = list_conflicts(anna.store)
    assert {conflict.current_value, conflict.lost_value} == {"Anna's label", "Bo's label"}
    restore(anna.store, conflict_id=conflict.id)
    anna.sync()
    bo.sync()
    for device in (anna, bo):
        label = records.get(device.store, entity="household", record_id=household.id, audit=False).label
        assert label == conflict.lost_value
        assert list_conflicts(device.store) == []


def test_an_interrupted_initial_sync_resumes_at_its_cursor(enrolled):
    anna, bo = enrolled("anna"), enrolled("bo")
    make = Factory(anna.store)
    household = make.household()
    for i in range(30):
        make.person(family_name=f"Name{i}", household_id=household.id)
    anna.sync()
    pages = []
    original = bo.client.pull

    def pull_then_cut(*, cursor, limit):
        pages.append(cursor)
        if len(pages) == 3:
            raise KeyboardInterrupt  # the laptop lid closes mid-sync
        return original(cursor=cursor, limit=limit)

    bo.client.pull = pull_then_cut
    try:
        sync_once(bo.store, bo.client, pull_limit=5)
    except KeyboardInterrupt:
        pass
    with bo.store.read() as conn:
        stored = int(get_setting(conn, CURSOR, "0"))
    assert stored == pages[2] > 0
    bo.client.pull = original
    resumed = []
    bo.client.pull = lambda *, cursor, limit: resumed.append(cursor) or original(cursor=cursor, limit=limit)
    sync_once(bo.store, bo.client, pull_limit=5)
    assert resumed[0] == stored
    assert records.count(bo.store, entity="person") == 30
