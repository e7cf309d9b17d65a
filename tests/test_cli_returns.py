"""`fallakte export` and `fallakte import` carry the return process: a JSONL round trip."""

import json
from collections import Counter
from pathlib import Path

from tests.test_cli import _FAST, run

RETURN_ENTITIES = (
    "application_traveller",
    "departure",
    "support_payment",
    "external_reference",
    "information_request",
    "document_check",
    "medical_return",
    "reintegration_plan",
    "reintegration_measure",
    "reintegration_follow_up",
    "sustainability_assessment",
)


def _init(home: Path) -> None:
    result = run(home, "init", "--user", "anna", "--site", "ATR", *_FAST)
    assert result.returncode == 0, result.stderr


def test_jsonl_round_trip_of_the_return_process(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    _init(first)
    _init(second)
    assert run(first, "demo-data", "--persons", "150", "--seed", "4").returncode == 0
    out = tmp_path / "all.jsonl"
    assert run(first, "export", "-o", str(out)).returncode == 0
    kinds = Counter(json.loads(line)["entity"] for line in out.read_text("utf-8").splitlines())
    for entity in RETURN_ENTITIES:
        assert kinds[entity] > 0, entity
    # Demo households may hold look-alike names; the round trip is about the records.
    imported = run(second, "import", str(out), "--on-duplicate", "allow")
    assert imported.returncode == 0, imported.stderr
    again = tmp_path / "again.jsonl"
    assert run(second, "export", "-o", str(again)).returncode == 0
    assert again.read_bytes() == out.read_bytes()
    assert "unchanged" in run(second, "import", str(out), "--on-duplicate", "allow").stdout


def test_an_invalid_return_record_names_its_line_and_nothing_is_imported(tmp_path):
    home = tmp_path / "s"
    _init(home)
    rows = [
        {"entity": "household", "id": "0190a000-0000-7000-8000-0000000000a1", "label": "Familie X"},
        {
            "entity": "case",
            "id": "0190a000-0000-7000-8000-0000000000c1",
            "reference": "ATR-2025-ABC-00001",
            "household_id": "0190a000-0000-7000-8000-0000000000a1",
            "counsellor": "anna",
            "site": "ATR",
            "opened_on": "2025-01-02",
            "status_since": "2025-01-02",
        },
        {
            "entity": "application",
            "id": "0190a000-0000-7000-8000-0000000000e1",
            "case_id": "0190a000-0000-7000-8000-0000000000c1",
            "programme": "REAG_GARP",
            "submitted_on": "2025-01-10",
        },
        {
            "entity": "departure",
            "case_id": "0190a000-0000-7000-8000-0000000000c1",
            "application_id": "0190a000-0000-7000-8000-0000000000e1",
            "confirmed_on": "2025-02-01",
            "not_departed_reason": "withdrew",
        },
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    result = run(home, "import", str(path))
    assert result.returncode == 1 and "line 4" in result.stderr
    status = json.loads(run(home, "status", "--json").stdout)
    assert status["counts"].get("application", 0) == 0
