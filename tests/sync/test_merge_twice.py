"""One duplicate merged into two different survivors on two offline laptops: the first merge
the server accepted stands (sync/server/pushpull/merged.py), whatever order they sync in.

Anna merges D into S1, Bo (offline) merges D into S2. Everything that named D ends on the
survivor of the merge that reached the server first, on the server and on every laptop; what
the other merge carried into its survivor stays there; a conflict of D's `merged_into` tells
the team that D was merged twice (S1 and S2 are probably one person).
"""

from datetime import date

import pytest
from sqlalchemy import select

from app.errors import UserError
from app.services import conflicts, merging, records
from app.services.cases import open_case
from app.services.consultations import record_consultation
from app.services.drafts import drafts, save_draft
from sync import engine as sync_engine
from sync.server.storage.tables import record
from tests.sync.merge_harness import laptops, vulnerability


@pytest.fixture
def team(tmp_path):
    with laptops(tmp_path, "anna", "bo", "cem") as made:
        yield made


def _people_and_references(store):
    """S1, S2 and their duplicate D, with a case, a consultation and findings naming D."""
    home = records.create(store, entity="household", data={"label": "Familie Haddad"}).id
    s1 = records.create(
        store,
        entity="person",
        data={"family_name": "Haddad", "given_names": "Rami", "household_id": home},
    ).id
    s2 = records.create(store, entity="person", data={"family_name": "Hadad", "phone": "+49 1"}).id
    d = records.create(
        store,
        entity="person",
        data={"family_name": "Haddat", "given_names": "Rami", "household_id": home},
    ).id
    case = open_case(store, household_id=home, site="ATR", main_contact_id=d).id
    consultation = record_consultation(
        store,
        data={
            "case_id": case,
            "held_on": date.today(),
            "duration_minutes": 30,
            "participant_ids": [d, s1],
        },
    )[0].id
    refs = {
        ("case", case, "main_contact_id"),
        ("consultation", consultation, "participant_ids"),
        ("vulnerability", vulnerability(store, d), "person_id"),
    }
    return s1, s2, d, refs


def _server_rows(engine, entity: str) -> dict[str, dict]:
    with engine.connect() as conn:
        rows = conn.execute(select(record.c.id, record.c.fields).where(record.c.entity == entity))
        return {r.id: dict(r.fields) for r in rows}


@pytest.mark.parametrize("batch", [500, 1], ids=["one-push", "one-change-a-push"])
@pytest.mark.parametrize("first", ["anna", "bo"])
def test_the_merge_the_server_took_first_stands_and_every_reference_of_the_duplicate_follows(
    team, first, batch, monkeypatch
):
    # One change a push: the references a merge moved reach the server before the merge,
    # and their conflicts are stored ones when the refused merge arrives.
    monkeypatch.setattr(sync_engine, "PUSH_BATCH", batch)
    engine, (anna, bo, cem) = team
    s1, s2, d, refs = _people_and_references(anna.store)
    for device in (anna, bo, cem):
        device.sync()
    # All three offline: Anna merges D into S1, Bo merges it into S2, Cem records a finding
    # for D and edits it.
    # The laptop that syncs first also merges first: the later stamp, which decides an
    # ordinary field, is the merge the server refuses.
    order = (anna, bo) if first == "anna" else (bo, anna)
    winner, other = (s1, s2) if first == "anna" else (s2, s1)
    for device, survivor in zip(order, (winner, other), strict=True):
        merging.merge(device.store, entity="person", duplicate_id=d, survivor_id=survivor)
    refs.add(("vulnerability", vulnerability(cem.store, d), "person_id"))
    records.update(cem.store, entity="person", record_id=d, patch={"authority_file_number": "AZ-7"})
    # Both mergers have the case open in a form: a reference the server only restates (the
    # value a laptop holds already) removes nothing, so the drafts stay.
    case_id = next(i for e, i, _ in refs if e == "case")
    for device in (anna, bo):
        save_draft(device.store, key="c", form="case", payload={"n": 1}, record_id=case_id)
    for device in order:
        device.sync()
    for device in (cem, anna, bo, cem):
        device.sync()
    # Later, offline again: Cem (who had pulled) and a stale edit of D still go to the winner.
    records.update(cem.store, entity="person", record_id=d, patch={"phone": "+49 651 9"})
    for device in (cem, anna, bo):
        device.sync()

    state = anna.everything()
    for device in (bo, cem):
        assert device.everything() == state, f"{device.name} differs from anna"
    server_state = {entity: _server_rows(engine, entity) for entity in {e for e, _, _ in refs}}
    for entity, record_id, name in refs:
        for where, rows in (("device", state[entity]), ("server", server_state[entity])):
            value = rows[record_id][name]
            # D's place goes to the winner; the consultation's other participant, S1, stays.
            expected = [winner, s1] if name == "participant_ids" else winner
            if isinstance(value, list):
                assert sorted(value) == sorted(set(expected)), f"{entity}.{name} on the {where}"
            else:
                assert value == expected, f"{entity}.{name} on the {where}: split"
    assert state["person"][d]["merged_into"] == winner
    assert _server_rows(engine, "person")[d]["merged_into"] == winner
    assert state["person"][winner]["authority_file_number"] == "AZ-7"
    assert state["person"][winner]["phone"] in ("+49 651 9", "+49 1")
    # What the refused merge carried into its own survivor stays there: a real record.
    assert state["person"][other]["merged_into"] is None
    assert "Haddat" in (state["person"][other]["aliases"] or [])
    assert "Haddat" in (state["person"][winner]["aliases"] or [])
    # The team sees that D was merged twice: one open conflict of its merged_into, everywhere.
    for device in (anna, bo, cem):
        notices = [
            c
            for c in conflicts.list_conflicts(device.store)
            if c.field == "merged_into" and c.record_id == d
        ]
        assert [(n.current_value, n.lost_value) for n in notices] == [(winner, other)]
        # No conflict is left about a reference that only two merges had moved apart.
        assert not [c for c in conflicts.list_conflicts(device.store) if c.entity != "person"]
    assert [x.record_id for x in drafts(anna.store)] == [case_id]
    assert [x.record_id for x in drafts(bo.store)] == [case_id]
    # It is a notice, never a value to bring back: the second merge is a lead's decision.
    with pytest.raises(UserError):
        conflicts.restore(cem.store, conflict_id=notices[0].id)
