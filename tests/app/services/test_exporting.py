import json
from datetime import date

import pytest

from app.errors import UserError
from app.services.exporting import export_store
from app.services.importing import import_file
from app.store.store import Store
from tests.conftest import FAST_KDF


def test_two_devices_with_the_same_data_export_identical_bytes(store, make, tmp_path):
    case = make.case(opened_on=date(2024, 8, 9))
    make.consultation(
        case.id, notes="Beratung zu StarthilfePlus", participant_ids=[case.main_contact_id]
    )
    source = tmp_path / "source.jsonl"
    export_store(store, path=source)
    devices = []
    for name in ("laptop-1", "laptop-2"):
        device, _ = Store.init(tmp_path / name, "pw-123456", actor=name, kdf=FAST_KDF)
        import_file(device, path=source)
        devices.append(device)
    for fmt, entities in (("jsonl", None), ("xlsx", None), ("csv", ["person"])):
        outputs = []
        for i, device in enumerate(devices):
            out = tmp_path / f"out{i}.{fmt}"
            export_store(device, path=out, entities=entities)
            outputs.append(out.read_bytes())
        assert outputs[0] == outputs[1], fmt
    for device in devices:
        device.close()


def test_export_order_is_entity_then_id_and_omits_clocks(store, make, tmp_path):
    for _ in range(3):
        make.person()
    out = tmp_path / "all.jsonl"
    count = export_store(store, path=out)
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert len(rows) == count
    keys = [(r["entity"], r["id"]) for r in rows]
    order = ["household", "person"]
    assert keys == sorted(keys, key=lambda k: (order.index(k[0]), k[1]))
    assert all("clocks" not in r for r in rows)
    assert list(rows[0])[:2] == ["entity", "id"]


def test_csv_needs_exactly_one_entity(store, tmp_path):
    with pytest.raises(UserError, match="--entity"):
        export_store(store, path=tmp_path / "x.csv")


def test_export_is_audited(store, make, tmp_path):
    from app.services.audit import all_events

    make.person()
    export_store(store, path=tmp_path / "x.jsonl")
    assert all_events(store)[-1].action == "exported"
