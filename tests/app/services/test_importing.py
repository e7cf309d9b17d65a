import json
from datetime import date

import pytest

from app.errors import ImportFailed
from app.services import records
from app.services.exporting import export_store
from app.services.importing import import_file

HOUSEHOLD = "0190a000-0000-7000-8000-000000000001"
PERSON = "0190a000-0000-7000-8000-000000000002"


def _jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    return path


def test_jsonl_upserts_by_id_with_patch_semantics(store, tmp_path):
    first = _jsonl(
        tmp_path / "a.jsonl",
        [
            {"entity": "household", "id": HOUSEHOLD, "label": "Familie Ahmadi"},
            {
                "entity": "person",
                "id": PERSON,
                "family_name": "Ahmadi",
                "phone": "+49 151 1",
                "household_id": HOUSEHOLD,
            },
        ],
    )
    report = import_file(store, path=first)
    assert (report.created, report.updated, report.unchanged) == (2, 0, 0)
    patch = _jsonl(
        tmp_path / "b.jsonl", [{"entity": "person", "id": PERSON, "given_names": "Farid"}]
    )
    report = import_file(store, path=patch)
    assert (report.created, report.updated) == (0, 1)
    person = records.get(store, entity="person", record_id=PERSON, audit=False)
    assert (person.given_names, person.phone) == ("Farid", "+49 151 1")
    again = import_file(store, path=patch)
    assert again.unchanged == 1


def test_invalid_rows_are_reported_with_line_numbers_and_nothing_is_imported(store, tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"entity": "household", "id": HOUSEHOLD, "label": "ok"}),
                json.dumps({"entity": "person", "family_name": "Ok", "household_id": HOUSEHOLD}),
                "{not json",
                json.dumps({"entity": "person", "family_name": "Geheimname", "birth_date": "2999"}),
                json.dumps({"entity": "person", "family_name": "X", "household_id": PERSON}),
            ]
        )
        + "\n"
    )
    with pytest.raises(ImportFailed) as info:
        import_file(store, path=path)
    lines = [line for line, _ in info.value.problems]
    assert lines == [3, 4, 5]
    assert "Geheimname" not in str(info.value)
    assert "line 4: person: birth_date" in str(info.value)
    assert (
        records.count(store, entity="person") == 0 and records.count(store, entity="household") == 0
    )


def test_skip_invalid_imports_the_rest(store, tmp_path):
    path = _jsonl(
        tmp_path / "mixed.jsonl",
        [
            {"entity": "household", "id": HOUSEHOLD, "label": "ok"},
            {"entity": "person", "family_name": ""},
            {"entity": "person", "family_name": "Good", "household_id": HOUSEHOLD},
        ],
    )
    report = import_file(store, path=path, skip_invalid=True)
    assert report.created == 2 and [line for line, _ in report.problems] == [2]


def test_csv_from_german_excel_in_windows_1252(store, tmp_path):
    path = tmp_path / "personen.csv"
    path.write_bytes(
        "family_name;given_names;nationality;languages;interpreter_needed\r\n"
        "Müller;Jörg;DEU;deu;nein\r\nÖztürk;Ayşe;TUR;tur; ara;ja\r\n".encode(
            "cp1252", errors="replace"
        )
    )
    with pytest.raises(ImportFailed) as info:  # "Ayşe" has no cp1252 form: row 3 has a stray column
        import_file(store, path=path, entity="person")
    assert [line for line, _ in info.value.problems] == [3]
    path.write_bytes(
        "family_name;given_names;nationality;languages;interpreter_needed\r\n"
        "Müller;Jörg;DEU;deu;nein\r\nÖztürk;Ali;TUR;tur; ara;ja\r\n".replace(
            "tur; ara", '"tur; ara"'
        ).encode("cp1252")
    )
    report = import_file(store, path=path, entity="person")
    assert report.created == 2
    names = {p.family_name: p for p in records.find(store, entity="person")}
    assert names["Öztürk"].languages == ["tur", "ara"] and names["Öztürk"].interpreter_needed
    assert names["Müller"].given_names == "Jörg"


def test_export_then_import_round_trips_unchanged(store, make, tmp_path):
    case = make.case(opened_on=date(2025, 2, 3))
    make.consultation(case.id, notes="Rückkehr besprochen", topics=["return_options", "housing"])
    for fmt in ("jsonl", "xlsx"):
        out = tmp_path / f"all.{fmt}"
        export_store(store, path=out)
        from app.store.store import Store
        from tests.conftest import FAST_KDF

        fresh, _ = Store.init(tmp_path / f"fresh-{fmt}", "pw-123456", actor="bo", kdf=FAST_KDF)
        report = import_file(fresh, path=out)
        assert report.problems == []
        again = tmp_path / f"again.{fmt}"
        export_store(fresh, path=again)
        if fmt == "jsonl":
            assert again.read_bytes() == out.read_bytes()
        fresh.close()
