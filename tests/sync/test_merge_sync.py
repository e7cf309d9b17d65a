"""A merge of duplicates travels as ordinary changes; offline edits of the duplicate follow it."""

import pytest
from sqlalchemy import select

from app.services import merging, records
from sync.server.lifecycle import erasure
from tests.sync.merge_harness import laptop, laptops, vulnerability


@pytest.fixture
def team(tmp_path):
    with laptops(tmp_path, "anna", "bo", "cem") as made:
        yield made


def _people(store):
    household = records.create(store, entity="household", data={"label": "Familie Haddad"})
    survivor = records.create(
        store,
        entity="person",
        data={"family_name": "Haddad", "given_names": "Rami", "household_id": household.id},
    )
    duplicate = records.create(
        store, entity="person", data={"family_name": "Hadad", "given_names": "Rami"}
    )
    return household.id, survivor.id, duplicate.id


def _converged(*devices):
    first = devices[0].everything()
    for other in devices[1:]:
        assert other.everything() == first, f"{other.name} differs from {devices[0].name}"
    return first


def test_offline_edits_of_the_duplicate_reach_the_survivor_on_every_device(team):
    _, (anna, bo, cem) = team
    _, survivor, duplicate = _people(anna.store)
    for device in (anna, bo, cem):
        device.sync()
    # Bo is offline: he adds a phone to the duplicate and records a vulnerability for it.
    records.update(bo.store, entity="person", record_id=duplicate, patch={"phone": "+49 651 1"})
    finding = vulnerability(bo.store, duplicate)
    merging.merge(anna.store, entity="person", duplicate_id=duplicate, survivor_id=survivor)
    anna.sync()
    cem.sync()
    bo.sync()
    anna.sync()
    cem.sync()
    state = _converged(anna, bo, cem)
    assert state["person"][survivor]["phone"] == "+49 651 1"
    assert state["vulnerability"][finding]["person_id"] == survivor
    assert state["person"][duplicate]["merged_into"] == survivor


def test_an_edit_the_merging_device_had_not_pulled_is_folded_into_the_survivor(team):
    _, (anna, bo, cem) = team
    _, survivor, duplicate = _people(anna.store)
    for device in (anna, bo, cem):
        device.sync()
    records.update(bo.store, entity="person", record_id=duplicate, patch={"phone": "+49 651 2"})
    finding = vulnerability(bo.store, duplicate)
    bo.sync()  # on the server before the merge, which Anna makes without pulling first
    merging.merge(anna.store, entity="person", duplicate_id=duplicate, survivor_id=survivor)
    anna.sync()
    for device in (bo, cem, anna):
        device.sync()
    state = _converged(anna, bo, cem)
    assert state["person"][survivor]["phone"] == "+49 651 2"
    assert state["vulnerability"][finding]["person_id"] == survivor


def test_a_concurrent_edit_of_the_survivor_and_the_duplicate_is_a_conflict_not_a_loss(team):
    _, (anna, bo, cem) = team
    _, survivor, duplicate = _people(anna.store)
    for device in (anna, bo, cem):
        device.sync()
    records.update(bo.store, entity="person", record_id=duplicate, patch={"phone": "+49 651 3"})
    records.update(anna.store, entity="person", record_id=survivor, patch={"phone": "+49 651 4"})
    merging.merge(anna.store, entity="person", duplicate_id=duplicate, survivor_id=survivor)
    anna.sync()
    bo.sync()
    for device in (anna, bo, cem):
        device.sync()
    state = _converged(anna, bo, cem)
    phone = state["person"][survivor]["phone"]
    assert phone in ("+49 651 3", "+49 651 4")
    kept = {
        (c["record_id"], c["field"], c["winner_value"], c["loser_value"]) for c in cem.conflicts()
    }
    other = ({"+49 651 3", "+49 651 4"} - {phone}).pop()
    assert (survivor, "phone", phone, other) in kept


def test_values_the_survivor_does_not_take_are_kept_as_its_conflicts(team):
    _, (anna, bo, _) = team
    _, survivor, duplicate = _people(anna.store)
    records.update(anna.store, entity="person", record_id=duplicate, patch={"given_names": "R."})
    anna.sync()
    merging.merge(anna.store, entity="person", duplicate_id=duplicate, survivor_id=survivor)
    anna.sync()
    bo.sync()
    kept = {
        (c["record_id"], c["field"], c["winner_value"], c["loser_value"]) for c in bo.conflicts()
    }
    assert (survivor, "given_names", "Rami", "R.") in kept
    assert bo.rows("person")[survivor]["aliases"] == ["Hadad"]


def test_two_devices_merging_the_pair_each_into_the_other_end_with_one_survivor(team):
    _, (anna, bo, cem) = team
    _, first, second = _people(anna.store)
    for device in (anna, bo, cem):
        device.sync()
    merging.merge(anna.store, entity="person", duplicate_id=second, survivor_id=first)
    merging.merge(bo.store, entity="person", duplicate_id=first, survivor_id=second)
    anna.sync()
    bo.sync()
    for device in (anna, bo, cem):
        device.sync()
    state = _converged(anna, bo, cem)
    assert state["person"][second]["merged_into"] == first
    assert state["person"][first]["merged_into"] is None


def test_server_erasure_of_the_survivor_erases_the_merged_duplicate(team):
    engine, (anna, bo, _) = team
    _, survivor, duplicate = _people(anna.store)
    anna.sync()
    merging.merge(anna.store, entity="person", duplicate_id=duplicate, survivor_id=survivor)
    anna.sync()
    result = erasure.erase_person(engine, person_id=survivor, actor="admin", reason="Art. 17")
    assert ("person", duplicate) in result.plan.erase
    bo.sync()
    assert bo.rows("person") == {}


def test_a_merged_person_does_not_become_a_household_member_again(team):
    _, (anna, bo, _) = team
    household, survivor, duplicate = _people(anna.store)
    for device in (anna, bo):
        device.sync()
    merging.merge(anna.store, entity="person", duplicate_id=duplicate, survivor_id=survivor)
    # Later, offline: Bo puts the duplicate into the family's household.
    records.update(
        bo.store, entity="person", record_id=duplicate, patch={"household_id": household}
    )
    anna.sync()
    bo.sync()
    anna.sync()
    state = _converged(anna, bo)
    assert state["person"][duplicate]["household_id"] is None
    assert state["person"][survivor]["household_id"] == household


def test_the_survivors_access_export_holds_what_was_merged_into_it(team):
    from sync.server.exports.access.collect import collect

    engine, (anna, _, _) = team
    _, survivor, duplicate = _people(anna.store)
    merging.merge(anna.store, entity="person", duplicate_id=duplicate, survivor_id=survivor)
    anna.sync()
    export = collect(engine, survivor)
    assert [(p["id"], p["family_name"]) for p in export.records["person"]] == [(duplicate, "Hadad")]
    assert any(e["record_id"] == duplicate for e in export.audit)


def test_the_server_takes_a_merge_only_from_a_lead(team, tmp_path):
    from app.store.tables import rejected_change

    engine, (anna, _, _) = team
    counsellor = laptop(tmp_path, "dana", engine, role="counsellor")
    try:
        _, survivor, duplicate = _people(anna.store)
        anna.sync()
        counsellor.sync()
        merging.merge(
            counsellor.store, entity="person", duplicate_id=duplicate, survivor_id=survivor
        )
        counsellor.sync()
        anna.sync()
        assert anna.rows("person")[duplicate]["merged_into"] is None
        with counsellor.store.read() as conn:
            refused = conn.execute(select(rejected_change)).all()
        assert [(r.record_id, "lead role" in r.reason) for r in refused] == [(duplicate, True)]
    finally:
        counsellor.store.close()


def test_households_merge_and_a_member_added_offline_joins_the_survivor(team):
    _, (anna, bo, _) = team
    first = records.create(anna.store, entity="household", data={"label": "Familie Haddad"}).id
    second = records.create(anna.store, entity="household", data={"label": "Fam. Hadad"}).id
    for device in (anna, bo):
        device.sync()
    child = records.create(
        bo.store, entity="person", data={"family_name": "Hadad", "household_id": second}
    ).id
    merging.merge(anna.store, entity="household", duplicate_id=second, survivor_id=first)
    anna.sync()
    bo.sync()
    anna.sync()
    state = _converged(anna, bo)
    assert state["person"][child]["household_id"] == first
    assert state["household"][second]["merged_into"] == first


def test_one_laptops_edits_of_both_records_meet_as_a_conflict_on_the_survivor(team):
    _, (anna, bo, _) = team
    _, survivor, duplicate = _people(anna.store)
    for device in (anna, bo):
        device.sync()
    # Offline, Bo gives each record a phone: two values he never had side by side.
    records.update(bo.store, entity="person", record_id=survivor, patch={"phone": "+49 651 5"})
    records.update(bo.store, entity="person", record_id=duplicate, patch={"phone": "+49 651 6"})
    merging.merge(anna.store, entity="person", duplicate_id=duplicate, survivor_id=survivor)
    anna.sync()
    bo.sync()
    anna.sync()
    state = _converged(anna, bo)
    phone = state["person"][survivor]["phone"]
    kept = {(c["field"], c["winner_value"], c["loser_value"]) for c in anna.conflicts()}
    other = ({"+49 651 5", "+49 651 6"} - {phone}).pop()
    assert ("phone", phone, other) in kept


def test_a_reference_pushed_before_a_chain_of_merges_names_the_end_of_the_chain(team):
    _, (anna, bo, cem) = team
    people = [
        records.create(anna.store, entity="person", data={"family_name": f"H{i}"}).id
        for i in range(3)
    ]
    first, middle, last = people
    for device in (anna, bo, cem):
        device.sync()
    # Offline, Bo merges first into middle and then middle into last; meanwhile Anna records
    # a vulnerability for first and reaches the server before him.
    merging.merge(bo.store, entity="person", duplicate_id=first, survivor_id=middle)
    merging.merge(bo.store, entity="person", duplicate_id=middle, survivor_id=last)
    finding = vulnerability(anna.store, first)
    anna.sync()
    bo.sync()  # both merges in one push: the reference is rewritten once, to the end
    for device in (anna, bo, cem):
        device.sync()
    state = _converged(anna, bo, cem)
    assert state["person"][first]["merged_into"] == last
    assert state["person"][middle]["merged_into"] == last
    assert state["vulnerability"][finding]["person_id"] == last
