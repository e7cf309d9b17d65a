"""The return process syncs like any record: three laptops, checklists generated offline meet as one
record each, and a concurrent edit of the same checklist row ends as a visible conflict."""

from datetime import date

from app.services import records
from app.services.conflicts import list_conflicts, restore
from app.services.exporting import export_store
from app.services.returns.checklist import document_check_id, generate_checklist
from app.services.returns.departures import set_departure
from tests.app.services.return_family import family


def test_three_laptops_agree_on_the_return_and_see_the_checklist_conflict(enrolled, tmp_path):
    anna, bo, cem = enrolled("anna"), enrolled("bo"), enrolled("cem")
    f = family(anna.store)
    set_departure(anna.store, application_id=f.application, values={"planned_on": date(2031, 5, 2)})
    anna.sync()
    for laptop in (bo, cem):
        laptop.sync()

    # Offline, Anna and Bo both generate the checklist: the same rows, under the same ids.
    made_by_anna = generate_checklist(anna.store, application_id=f.application)
    made_by_bo = generate_checklist(bo.store, application_id=f.application)
    assert {c.id for c in made_by_anna} == {c.id for c in made_by_bo}
    for laptop in (anna, bo, cem, anna):
        laptop.sync()
    assert records.count(cem.store, entity="document_check") == len(made_by_anna)
    assert list_conflicts(cem.store) == []  # equal rows made twice are no conflict

    # Offline again: Anna and Bo set the same row's status differently, Cem its expiry date.
    row = document_check_id(f.application, "travel_document", f.omar)
    records.update(anna.store, entity="document_check", record_id=row, patch={"status": "present"})
    records.update(bo.store, entity="document_check", record_id=row, patch={"status": "requested"})
    records.update(
        cem.store, entity="document_check", record_id=row, patch={"valid_until": date(2032, 1, 1)}
    )
    for laptop in (cem, bo, anna, cem, bo):
        laptop.sync()

    exports = []
    for laptop in (anna, bo, cem):
        out = tmp_path / f"{laptop.store.device.actor}.jsonl"
        export_store(laptop.store, path=out)
        exports.append(out.read_bytes())
    assert exports[0] == exports[1] == exports[2]
    current = records.get(cem.store, entity="document_check", record_id=row, audit=False)
    assert current.valid_until == date(2032, 1, 1)  # another field: no conflict, both kept
    lost = "requested" if current.status == "present" else "present"
    for laptop in (anna, bo, cem):
        seen = [
            (c.entity, c.record_id, c.field, c.current_value, c.lost_value)
            for c in list_conflicts(laptop.store)
        ]
        assert seen == [("document_check", row, "status", current.status, lost)]

    # The counsellor restores the lost value: an ordinary edit that reaches everyone.
    [conflict] = list_conflicts(bo.store)
    restore(bo.store, conflict_id=conflict.id)
    for laptop in (bo, anna, cem):
        laptop.sync()
    for laptop in (anna, bo, cem):
        assert (
            records.get(laptop.store, entity="document_check", record_id=row, audit=False).status
            == lost
        )
