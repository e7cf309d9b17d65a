"""`fallakte-server export indicators`: data pushed by a real device, counted on SQLite and PostgreSQL."""

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Text, literal, select

from app.reports.definitions import load_definitions
from app.reports.device_source import DeviceSource
from app.reports.engine import age_group, build_report
from app.services.records import erase
from sync.server.ops.cli import main
from sync.server.storage.db import make_engine
from sync.server.storage.migrate import upgrade
from sync.server.storage.tables import record
from tests.app.reports.indicator_data import PERIOD, build, rows

FROM, TO = (d.isoformat() for d in PERIOD)


def _export(url: str, path: Path, *extra: str) -> int:
    args = ["--database-url", url, "export", "indicators", "--from", FROM, "--to", TO]
    return main([*args, "-o", str(path), *extra])


def _figures(report: dict) -> list:
    """Ids, totals and (dimension, key, count) rows: what both sources must agree on."""
    return [
        (
            i["id"],
            i["total"],
            [
                (b["dimension"], [(r["key"], r["count"]) for r in b["rows"]])
                for b in i["breakdowns"]
            ],
        )
        for i in report["indicators"]
    ]


def test_server_and_device_count_the_same_and_erased_records_drop_out(
    enrolled, database_url, tmp_path, capsys
):
    laptop = enrolled("anna")
    world = build(laptop.store)
    laptop.sync()
    with laptop.store.read() as conn:
        on_device = build_report(
            conn,
            DeviceSource(default_team="nord"),
            load_definitions(),
            period_from=PERIOD[0],
            period_to=PERIOD[1],
            scope="anna",
            threshold=1,
        ).to_json()

    out = tmp_path / "report.json"
    assert _export(database_url, out, "--threshold", "1") == 0, capsys.readouterr().err
    summary = capsys.readouterr().err
    assert "18 indicators" in summary and f"{FROM} to {TO}" in summary and str(out) in summary
    assert "Haddad" not in summary
    on_server = json.loads(out.read_text(encoding="utf-8"))
    assert on_server["scope"] == "all teams"
    assert on_server["period"] == {"from": FROM, "to": TO}
    assert _figures(on_server) == _figures(on_device)
    counselled = rows(on_server, "persons_counselled")
    assert counselled["total"] == 3
    assert counselled["age_group"] == {"0-13": 1, "14-17": 0, "18-34": 1, "35-64": 0, "65+": 1}
    assert counselled["team"] == {"nord": 3}
    team_row = next(
        r
        for i in on_server["indicators"]
        if i["id"] == "persons_counselled"
        for b in i["breakdowns"]
        if b["dimension"] == "team"
        for r in b["rows"]
    )
    assert team_row["label"] == {"de": "Nord", "en": "Nord"}  # the server knows team names
    assert rows(on_server, "returned_assisted")["programme"] == {"STARTHILFE_PLUS": 3}

    # Small cells by default: nothing between 1 and 4 leaves the server.
    default = tmp_path / "default.json"
    assert _export(database_url, default) == 0
    protected = json.loads(default.read_text(encoding="utf-8"))
    assert rows(protected, "persons_counselled")["total"] == "<5"
    for indicator in protected["indicators"]:
        for breakdown in indicator["breakdowns"]:
            assert all(r["count"] == 0 or r["count"] == "<5" for r in breakdown["rows"])

    erase(laptop.store, entity="person", record_id=world.dawit, cascade=True)
    laptop.sync()
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            deleted = conn.execute(
                select(record.c.deleted).where(record.c.id == world.dawit)
            ).scalar_one()
    finally:
        engine.dispose()
    assert deleted  # still a row on the server, flagged: the source must leave it out
    assert _export(database_url, out, "--threshold", "1") == 0
    after = rows(json.loads(out.read_text(encoding="utf-8")), "persons_counselled")
    assert after["total"] == 2
    assert after["nationality"] == {"SYR": 2}


@pytest.mark.parametrize(
    ("birth", "at", "group"),
    [
        ("2011-06-30", date(2025, 6, 30), "14-17"),
        ("2011-07-01", date(2025, 6, 30), "0-13"),
        ("1960-06-30", date(2025, 6, 30), "65+"),
        ("2011", date(2025, 7, 1), "14-17"),
        ("2011-06", date(2025, 6, 14), "0-13"),
        (None, date(2025, 6, 30), ""),
    ],
)
def test_age_groups_on_the_server_database(database_url, birth, at, group):
    engine = make_engine(database_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(select(age_group(literal(birth, Text), at))).scalar_one() == group
    finally:
        engine.dispose()


def test_every_format_is_written_from_an_empty_database(database_url, tmp_path, capsys):
    for suffix, magic in (("xlsx", b"PK\x03\x04"), ("pdf", b"%PDF"), ("csv", None), ("json", b"{")):
        target = tmp_path / f"report.{suffix}"
        assert _export(database_url, target, "--language", "en") == 0, capsys.readouterr().err
        assert target.stat().st_size > 0
        if magic:
            assert target.read_bytes().startswith(magic), suffix
    data = tmp_path / "data.out"
    assert _export(database_url, data, "--format", "json") == 0
    assert json.loads(data.read_text(encoding="utf-8"))["definitions_version"]


def _fails(capsys, url: str, *args: str) -> str:
    assert main(["--database-url", url, "export", "indicators", *args]) == 1
    return capsys.readouterr().err


def test_cli_errors_are_clear(database_url, tmp_path, capsys):
    engine = make_engine(database_url)
    upgrade(engine)
    engine.dispose()
    out = str(tmp_path / "r.json")
    err = _fails(capsys, database_url, "--from", "2025-04-01", "--to", "2025-03-31", "-o", out)
    assert "--from is after --to" in err
    err = _fails(capsys, database_url, "--from", "2025-13-01", "--to", "2025-12-31", "-o", out)
    assert "--from" in err and "not a date: '2025-13-01'" in err
    missing = str(tmp_path / "nowhere" / "r.json")
    err = _fails(capsys, database_url, "--from", FROM, "--to", TO, "-o", missing)
    assert "does not exist" in err
    err = _fails(capsys, database_url, "--from", FROM, "--to", TO, "-o", str(tmp_path))
    assert "could not be written" in err
    err = _fails(capsys, database_url, "--from", FROM, "--to", TO, "-o", out, "--threshold", "0")
    assert "--threshold" in err
    bad = tmp_path / "bad.toml"
    bad.write_text('version = "1"\n\n[[indicator]]\nid = "x1"\nunit = "case"\n', encoding="utf-8")
    err = _fails(
        capsys, database_url, "--from", FROM, "--to", TO, "-o", out, "--definitions", str(bad)
    )
    assert "bad.toml line 3 (indicator 'x1'): missing key 'name_de'" in err
    assert not Path(out).exists()
