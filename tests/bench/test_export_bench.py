"""bench/export.py still runs end to end, and the dataset it loads is valid and as asked for."""

import importlib.util
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import psycopg
import pytest

from app.domain.registry import ENTITIES

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "export.py"
PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def _bench() -> ModuleType:
    """The script as a module (importing it loads nothing and starts nothing)."""
    spec = importlib.util.spec_from_file_location("export_bench", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _pg_reachable() -> None:
    try:
        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            pass
    except psycopg.OperationalError as exc:
        message = f"PostgreSQL not reachable on 127.0.0.1:5432: {str(exc).splitlines()[0]}"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)


@pytest.mark.parametrize("consultations", [40, 400])
def test_a_team_has_exactly_the_consultations_asked_for_and_valid_records(
    consultations: int,
) -> None:
    bench = _bench()
    # 40 persons make about 200 consultations: 40 trims them, 400 tops them up.
    records = list(bench.team_records("team-01", 0, 40, consultations, seed=3))
    counts = Counter(entity for entity, _ in records)
    assert counts["consultation"] == consultations
    assert counts["person"] == 40
    assert len({data["id"] for _, data in records}) == len(records)
    for entity, data in records:
        ENTITIES[entity].model_validate(data)
    cases = [data for entity, data in records if entity == "case"]
    assert {c["team"] for c in cases} <= {"team-01", None}
    assert any(c["status"] == "closed" and c["outcome"] for c in cases)


def test_record_rows_are_stored_as_the_server_stores_a_push() -> None:
    bench = _bench()
    maker = bench.RecordRows()
    rows = list(maker.rows("team-02", bench.team_records("team-02", 1, 20, 100, seed=3)))
    assert maker.validated >= len(maker.counts)  # at least the first row of every entity
    entity, record_id, team, fields, clocks, bases, deleted, seq, _ = rows[0]
    fields, clocks, bases = json.loads(fields), json.loads(clocks), json.loads(bases)
    assert team == "team-02" and deleted is False and seq == 1
    assert set(clocks) == set(bases) == set(fields) == set(ENTITIES[entity].field_names())
    assert all(v is None for v in bases.values())
    assert [r[7] for r in rows] == list(range(1, len(rows) + 1))


def test_a_row_the_server_would_store_differently_is_refused() -> None:
    bench = _bench()
    records = list(bench.team_records("team-01", 0, 5, 10, seed=3))
    person = next(data for entity, data in records if entity == "person")
    person.pop("sex")  # the server would store the default: the row is not as pushed
    with pytest.raises(SystemExit, match="sex"):
        list(bench.RecordRows().rows("team-01", [("person", person)]))


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def test_the_benchmark_runs_at_a_tiny_scale(backend: str, tmp_path: Path) -> None:
    command = [sys.executable, str(SCRIPT), "--teams", "2", "--scale", "0.002"]
    command += ["--json", str(tmp_path / "figures.json")]
    if backend == "sqlite":
        command += ["--database-url", f"sqlite:///{tmp_path / 'server.db'}"]
    else:
        _pg_reachable()  # the script creates and drops a database of its own
        command.append("--try-index")
    done = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr
    out = json.loads((tmp_path / "figures.json").read_text())
    assert out["backend"] == backend
    loaded = out["load"]["by_entity"]
    assert loaded["consultation"] == 2 * 200
    assert loaded["person"] == 2 * 40
    assert out["load"]["records"] == sum(loaded.values())
    from sync.server.exports.cases.cases import ENTITY_SHEETS

    exported = {
        "cases": loaded["case"],
        **{name: loaded.get(model.entity, 0) for model, name in ENTITY_SHEETS},
    }
    assert out["export_xlsx"]["rows"] == exported
    assert out["export_csv"]["rows"] == exported
    assert out["raw_select"]["rows"] == out["raw_select"]["counted"] == sum(exported.values())
    assert out["raw_xlsx"]["rows"] == sum(exported.values())
    assert [s["teams"] for s in out["memory_steps"]] == [1, 2]
    for figures in (out["export_xlsx"], out["export_csv"], out["raw_xlsx"]):
        assert figures["peak_rss_mib"] >= figures["start_rss_mib"] > 0
        assert figures["bytes"] > 0
    if importlib.util.find_spec("app.reports.engine") is None:
        assert "not measured" in done.stdout
    else:
        report = out["report"]
        assert "error" not in report, report.get("error")
        assert report["indicators"] > 0 and report["statements"] > 0
        assert report["xlsx_bytes"] > 0 and report["pdf_bytes"] > 0
        assert report["finished"] and report["plan"]
        assert report["statements"] == len(report["per_statement"])
        if backend == "postgresql":
            assert report["rows_fetched"] > 0
            indexed = out["report_indexed"]
            assert indexed["finished"] and indexed["indicators"] == report["indicators"]
