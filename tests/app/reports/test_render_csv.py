"""The long CSV: one row per total and breakdown cell, "<5" as text, UTF-8 with BOM."""

import csv
from dataclasses import replace
from pathlib import Path

from app.reports.model import BreakdownRow, Count
from app.reports.render_csv import DELIMITERS, HEADER, write_csv
from tests.app.reports.render_fixture import SMALL, sample_report


def _read(path: Path, language: str) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=DELIMITERS[language]))


def test_header_rows_and_encoding(tmp_path):
    report = sample_report()
    path = tmp_path / "report.csv"
    write_csv(report, path, "de")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel then reads UTF-8
    assert "Südliche Weinstraße".encode() in raw
    assert b"\r\n" in raw
    assert raw.splitlines()[0] == b"\xef\xbb\xbf" + ";".join(HEADER).encode()
    rows = _read(path, "de")
    assert tuple(rows[0]) == HEADER
    expected = sum(1 + sum(len(b.rows) for b in i.breakdowns) for i in report.indicators)
    assert len(rows) - 1 == expected
    assert all(len(r) == len(HEADER) for r in rows)
    # Plain integers, no thousands separator; the total row first for each indicator.
    first = rows[1]
    assert first == [
        "persons_counselled",
        "Beratene Personen",
        "person",
        "total",
        "",
        "Gesamt",
        "1234",
    ]


def test_small_cells_are_text_and_nothing_else_is(tmp_path):
    path = tmp_path / "report.csv"
    write_csv(sample_report(), path, "de")
    rows = _read(path, "de")[1:]
    indicator, dimension, key = SMALL
    (small,) = [r for r in rows if (r[0], r[3], r[4]) == (indicator, dimension, key)]
    assert small[6] == "<5"
    for r in rows:
        assert r[6] == "<5" or r[6].isdigit()
        if r[6].isdigit():
            assert not 0 < int(r[6]) < 5  # never a count of 1 to 4


def test_english_uses_commas_and_english_labels(tmp_path):
    path = tmp_path / "report.csv"
    write_csv(sample_report(), path, "en")
    rows = _read(path, "en")
    assert rows[1][1] == "Persons counselled" and rows[1][5] == "Total"
    sex = [r for r in rows if r[0] == "persons_counselled" and r[3] == "sex"]
    assert [r[5] for r in sex] == ["female", "male", "diverse", "unknown"]
    assert path.read_bytes().splitlines()[0] == b"\xef\xbb\xbf" + ",".join(HEADER).encode()


def test_labels_that_look_like_formulas_are_defused(tmp_path):
    report = sample_report()
    first = report.indicators[0]
    breakdown = first.breakdowns[0]
    evil = BreakdownRow("=cmd", '=HYPERLINK("x")', "+1", Count(12))
    patched = replace(first, breakdowns=[replace(breakdown, rows=[evil])])
    path = tmp_path / "report.csv"
    write_csv(replace(report, indicators=[patched]), path, "de")
    row = _read(path, "de")[2]
    assert row[4] == "'=cmd" and row[5] == '\'=HYPERLINK("x")'
    write_csv(replace(report, indicators=[patched]), path, "en")
    assert _read(path, "en")[2][5] == "'+1"


def test_threshold_other_than_five(tmp_path):
    path = tmp_path / "report.csv"
    write_csv(sample_report(threshold=10), path, "de")
    counts = {r[6] for r in _read(path, "de")[1:]}
    assert "<10" in counts and "<5" not in counts
