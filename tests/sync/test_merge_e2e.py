"""Three laptops and a real server process: a lead merges a duplicate, two colleagues had
edited it offline; every laptop ends with the survivor holding all of it."""

from datetime import date

from app.services import conflicts, listing, merging, records
from tests.sync.merge_harness import snapshot


def _snapshot(device) -> dict:
    return snapshot(device.store)


def test_a_merge_with_offline_edits_of_the_duplicate_converges_on_three_devices(enrolled):
    anna = enrolled("anna", role="lead")
    bo = enrolled("bo")
    cem = enrolled("cem")
    household = records.create(anna.store, entity="household", data={"label": "Familie Avcı"})
    survivor = records.create(
        anna.store,
        entity="person",
        data={"family_name": "Avcı", "given_names": "Mehmet", "household_id": household.id},
    ).id
    duplicate = records.create(
        anna.store, entity="person", data={"family_name": "Awdschi", "given_names": "Mehmet"}
    ).id
    for device in (anna, bo, cem):
        device.sync()
    # Offline: Bo adds the phone and a vulnerability to the duplicate, Cem its file number.
    records.update(bo.store, entity="person", record_id=duplicate, patch={"phone": "+49 651 7"})
    finding = records.create(
        bo.store,
        entity="vulnerability",
        data={
            "person_id": duplicate,
            "assessed_on": date.today().isoformat(),
            "assessed_by": "bo",
            "categories": ["elderly"],
        },
    ).id
    records.update(
        cem.store, entity="person", record_id=duplicate, patch={"authority_file_number": "AZ-9"}
    )
    cem.sync()  # reaches the server before the merge, which Anna makes without pulling
    merging.merge(anna.store, entity="person", duplicate_id=duplicate, survivor_id=survivor)
    anna.sync()
    bo.sync()
    for device in (cem, anna, bo, cem):
        device.sync()
    state = _snapshot(anna)
    assert _snapshot(bo) == state and _snapshot(cem) == state
    person = state["person"][survivor]
    assert (person["phone"], person["authority_file_number"]) == ("+49 651 7", "AZ-9")
    assert person["aliases"] == ["Awdschi"]
    assert state["person"][duplicate]["merged_into"] == survivor
    assert state["vulnerability"][finding]["person_id"] == survivor
    for device in (anna, bo, cem):
        assert listing.person_ids(device.store) == [survivor]


def test_a_duplicate_merged_into_two_survivors_offline_keeps_the_first_on_every_device(enrolled):
    """Two leads merge the same duplicate into different survivors offline; Bo syncs first."""
    anna = enrolled("anna", role="lead")
    bo = enrolled("bo", role="lead")
    cem = enrolled("cem")
    first = records.create(anna.store, entity="person", data={"family_name": "Avcı"}).id
    second = records.create(anna.store, entity="person", data={"family_name": "Avci"}).id
    duplicate = records.create(anna.store, entity="person", data={"family_name": "Awdschi"}).id
    finding = records.create(
        anna.store,
        entity="vulnerability",
        data={
            "person_id": duplicate,
            "assessed_on": date.today().isoformat(),
            "assessed_by": "anna",
            "categories": ["elderly"],
        },
    ).id
    for device in (anna, bo, cem):
        device.sync()
    merging.merge(bo.store, entity="person", duplicate_id=duplicate, survivor_id=second)
    merging.merge(anna.store, entity="person", duplicate_id=duplicate, survivor_id=first)
    for device in (bo, anna, cem, bo, anna):
        device.sync()
    state = _snapshot(anna)
    assert _snapshot(bo) == state and _snapshot(cem) == state
    assert state["person"][duplicate]["merged_into"] == second
    assert state["vulnerability"][finding]["person_id"] == second
    assert state["person"][first]["merged_into"] is None  # Anna's survivor stays a person
    notices = [
        (c.record_id, c.current_value, c.lost_value)
        for c in conflicts.list_conflicts(cem.store)
        if c.field == "merged_into"
    ]
    assert notices == [(duplicate, second, first)]
