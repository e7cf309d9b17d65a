"""Device-level sync behaviour against a real server: attachments, erasure, resume, conflicts."""

import contextlib

from app.services import records
from app.services.attachments import add_attachment, attachment_content
from app.services.conflicts import list_conflicts, restore
from app.services.drafts import drafts, save_draft
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
    records.update(
        bo.store, entity="household", record_id=household.id, patch={"label": "Familie Noori"}
    )
    # An unsaved form on bo's laptop about that household goes with it.
    save_draft(bo.store, key="d1", form="person", payload={"note": "Noori"}, record_id=household.id)
    records.erase(anna.store, entity="household", record_id=household.id)
    anna.sync()
    result = bo.sync()
    assert result.dropped == 1 and result.erased == 1
    assert records.count(bo.store, entity="household") == 0
    assert drafts(bo.store) == []


def test_a_concurrent_edit_becomes_a_conflict_that_can_be_restored(enrolled):
    anna, bo = enrolled("anna"), enrolled("bo")
    household = Factory(anna.store).household(label="Familie Nuri")
    anna.sync()
    bo.sync()
    records.update(
        anna.store, entity="household", record_id=household.id, patch={"label": "Anna's label"}
    )
    records.update(
        bo.store, entity="household", record_id=household.id, patch={"label": "Bo's label"}
    )
    anna.sync()
    bo.sync()
    anna.sync()
    (conflict,) = list_conflicts(anna.store)
    assert {conflict.current_value, conflict.lost_value} == {"Anna's label", "Bo's label"}
    restore(anna.store, conflict_id=conflict.id)
    anna.sync()
    bo.sync()
    for device in (anna, bo):
        label = records.get(
            device.store, entity="household", record_id=household.id, audit=False
        ).label
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
    with contextlib.suppress(KeyboardInterrupt):
        sync_once(bo.store, bo.client, pull_limit=5)
    with bo.store.read() as conn:
        stored = int(get_setting(conn, CURSOR, "0"))
    assert stored == pages[2] > 0
    bo.client.pull = original
    resumed = []
    bo.client.pull = lambda *, cursor, limit: (
        resumed.append(cursor) or original(cursor=cursor, limit=limit)
    )
    sync_once(bo.store, bo.client, pull_limit=5)
    assert resumed[0] == stored
    assert records.count(bo.store, entity="person") == 30


def test_a_lead_moves_a_case_to_another_team_and_the_old_team_loses_it(enrolled):
    from app.services.cases import open_case

    anna = enrolled("anna")
    lena = enrolled("lena", role="lead")
    cem = enrolled("cem", team="sued")
    make = Factory(anna.store)
    person = make.person()
    case = open_case(
        anna.store, household_id=person.household_id, site="ATR", main_contact_id=person.id
    )
    make.consultation(case.id, notes="Beratung")
    anna.sync()
    lena.sync()
    records.update(anna.store, entity="case", record_id=case.id, patch={"team": "sued"})
    assert anna.sync().rejected == 1  # a counsellor cannot hand a case over
    records.update(lena.store, entity="case", record_id=case.id, patch={"team": "sued"})
    moved = lena.sync()
    assert (moved.pushed, moved.rejected) == (1, 0), moved
    cem.sync()
    for entity in ("case", "consultation", "household", "person"):
        assert records.count(cem.store, entity=entity) == 1, entity
    assert anna.sync().evicted == 5
    for entity in ("case", "consultation", "household", "person", "case_status_change"):
        assert records.count(anna.store, entity=entity) == 0, entity


def test_a_pulled_record_dated_after_this_devices_today_is_applied(tmp_path):
    """A laptop whose clock runs a day behind must not stop at a colleague's record of today."""
    from datetime import date, timedelta

    from sqlalchemy import select

    from app.domain.ids import new_id
    from app.store.hlc import HybridClock
    from app.store.store import Store
    from app.store.tables import entity_tables
    from sync import device as local
    from sync.protocol import PullResponse
    from tests.conftest import FAST_KDF

    store, _ = Store.init(tmp_path / "late", "device-pass-1", actor="x", kdf=FAST_KDF)
    try:
        clock = HybridClock(new_id())
        tomorrow = (date.today() + timedelta(days=1)).isoformat()
        case_id, household = new_id(), new_id()
        fields = {
            "reference": "ATR-2026-K7Q-00001",
            "household_id": household,
            "main_contact_id": None,
            "counsellor": "bo",
            "team": None,
            "site": "ATR",
            "opened_on": tomorrow,
            "status": "first_contact",
            "status_since": tomorrow,
            "outcome": None,
            "closed_on": None,
        }
        stamp = clock.now()
        page = PullResponse.model_validate(
            {
                "records": [
                    {
                        "entity": "case",
                        "id": case_id,
                        "fields": fields,
                        "clocks": dict.fromkeys(fields, stamp),
                        "server_seq": 1,
                    }
                ],
                "conflicts": [],
                "evictions": [],
                "cursor": 1,
                "more": False,
                "server_time": "2026-01-05T10:00:00Z",
            }
        )
        assert local.apply_page(store, page).records == 1
        with store.read() as conn:
            stored = conn.execute(select(entity_tables["case"].c.opened_on)).scalar()
        assert str(stored) == tomorrow
    finally:
        store.close()
