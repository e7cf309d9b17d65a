"""The XLSX workbook: cover, one sheet per indicator, formats, charts, and no small number anywhere."""

import re
import zipfile
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest

from app.reports.model import Count
from app.reports.render_xlsx import CHART_DIMENSIONS, SheetNames, write_xlsx
from tests.app.reports.render_fixture import SMALL, sample_report

FIRST_DATA_ROW = 7  # 1-based: title, description, unit/total, note, blank, header


@pytest.fixture(scope="module")
def workbook_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "report.xlsx"
    write_xlsx(sample_report(), path, "de")
    return path


@pytest.fixture(scope="module")
def book(workbook_path):
    return openpyxl.load_workbook(workbook_path)


def _table(sheet) -> list[tuple]:
    return [r for r in sheet.iter_rows(min_row=FIRST_DATA_ROW, max_col=4, values_only=True) if r[0]]


def test_sheets_cover_first_then_one_per_indicator_and_a_hidden_chart_sheet(book):
    report = sample_report()
    names = book.sheetnames
    assert names[0] == "Deckblatt"
    assert len(names) == 1 + len(report.indicators) + 1
    assert names[1] == "Beratene Personen"
    assert names[4] == "Abgeschlossene Fälle – nach Erg"  # cut to 31 characters
    for name in names:
        assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
    assert len({n.casefold() for n in names}) == len(names)
    assert book[names[-1]].sheet_state == "hidden"
    assert all(book[n].sheet_state == "visible" for n in names[:-1])


def test_cover_sheet(book):
    cover = book["Deckblatt"]
    values = {c.value for row in cover.iter_rows() for c in row if c.value is not None}
    assert "Indikatorbericht" in values
    assert "01.01.2026 – 30.06.2026" in values
    assert "25.11.2026, 17:30 UTC" in values
    assert {"alle Teams", "2026.2"} <= values
    assert any(isinstance(v, str) and v.startswith("„<5“ steht für 1 bis 4") for v in values)
    # The list of indicators with totals and links to their sheets.
    rows = {r[0].value: r for r in cover.iter_rows() if r[0].value and r[3].hyperlink}
    assert len(rows) == 7
    persons = rows["Beratene Personen"]
    assert persons[2].value == 1234 and persons[2].number_format == "#,##0"
    assert persons[3].hyperlink.location == "'Beratene Personen'!A1"
    small = rows["Reintegrationsförderung erhalten"]
    assert small[2].value == "<5" and small[2].alignment.horizontal == "right"
    assert rows["Überlebende von Menschenhandel"][2].value == 0


def test_indicator_sheet_layout_formats_and_frozen_header(book):
    sheet = book["Beratene Personen"]
    assert sheet.freeze_panes == f"A{FIRST_DATA_ROW}"
    assert sheet["A1"].value == "Beratene Personen" and sheet["A1"].font.b
    assert [c.value for c in sheet[FIRST_DATA_ROW - 1]][:4] == [
        "Merkmal",
        "Code",
        "Ausprägung",
        "Anzahl",
    ]
    assert sheet.auto_filter.ref.startswith(f"A{FIRST_DATA_ROW - 1}:D")
    assert sheet["D3"].value == 1234 and sheet["D3"].number_format == "#,##0"
    rows = _table(sheet)
    assert len(rows) == sum(len(b.rows) for b in sample_report().indicators[0].breakdowns)
    assert rows[0] == ("Geschlecht", "female", "weiblich", 1100)
    for row in sheet.iter_rows(min_row=FIRST_DATA_ROW, min_col=4, max_col=4):
        cell = row[0]
        if isinstance(cell.value, int):
            assert cell.number_format == "#,##0" and cell.data_type == "n"
        elif cell.value is not None:
            assert cell.value == "<5" and cell.data_type == "s"
            assert cell.alignment.horizontal == "right"
    # Column widths fit the longest category label.
    longest = max(len(r[2]) for r in rows)
    assert sheet.column_dimensions["C"].width >= longest


def test_the_small_cell_shows_under_threshold_in_its_place(book):
    indicator, dimension, key = SMALL
    assert dimension == "nationality"
    sheet = book["Beratene Personen"]
    (row,) = [r for r in _table(sheet) if r[0] == "Staatsangehörigkeit" and r[1] == key]
    assert row == ("Staatsangehörigkeit", "GEO", "Georgien", "<5")


def test_no_count_between_one_and_threshold_anywhere(workbook_path, book):
    # By construction the engine never hands over a small number; the renderer must not
    # invent one either: no numeric cell of 1-4 on any sheet, nor in any chart's cache.
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, int | float) and not isinstance(cell.value, bool):
                    assert not 0 < cell.value < 5, (sheet.title, cell.coordinate, cell.value)
    with zipfile.ZipFile(workbook_path) as z:
        for name in z.namelist():
            if name.startswith("xl/charts/"):
                xml = z.read(name).decode()
                for cache in re.findall(r"<c:numCache>(.*?)</c:numCache>", xml):
                    for value in re.findall(r"<c:v>([^<]*)</c:v>", cache):
                        assert not 0 < float(value) < 5, (name, value)


def test_charts_exist_for_main_indicators_and_read_the_hidden_sheet(workbook_path):
    report = sample_report()
    expected = sum(
        1
        for i in report.indicators
        if i.chart
        for b in i.breakdowns
        if b.dimension in CHART_DIMENSIONS and any(r.count.value for r in b.rows)
    )
    assert expected >= 6
    with zipfile.ZipFile(workbook_path) as z:
        charts = sorted(n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n))
        assert len(charts) == expected
        for name in charts:
            xml = z.read(name).decode()
            assert "<c:barChart>" in xml
            refs = re.findall(r"<c:f>([^<]*)</c:f>", xml)
            assert refs and all(r.startswith("Diagrammdaten!") for r in refs)
            # Empty cells as gaps: xlsxwriter, like Excel, writes nothing for that default.
            assert "dispBlanksAs" not in xml or '<c:dispBlanksAs val="gap"/>' in xml
        drawings = [n for n in z.namelist() if re.fullmatch(r"xl/drawings/drawing\d+\.xml", n)]
        assert len(drawings) == sum(1 for i in report.indicators if i.chart)


def test_chart_data_leaves_small_cells_empty_and_says_so(book):
    data = book["Diagrammdaten"]
    pairs = [
        (row[c].value, row[c + 1].value)
        for row in data.iter_rows()
        for c in range(0, len(row) - 1, 3)
        if row[c].value is not None
    ]
    small = [(label, value) for label, value in pairs if label.endswith("(<5)")]
    assert small, "the fixture has small cells among the charted rows"
    assert all(value is None for _, value in small)
    assert all(isinstance(v, int) for label, v in pairs if not label.endswith("(<5)"))
    assert ("männlich (<5)", None) in pairs


def test_english_workbook(tmp_path):
    path = tmp_path / "report.xlsx"
    write_xlsx(sample_report(), path, "en")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[:2] == ["Cover", "Persons counselled"]
    assert book.sheetnames[-1] == "Chart data"
    values = {c.value for row in book["Cover"].iter_rows() for c in row}
    assert "1 Jan 2026 – 30 Jun 2026" in values


def test_a_main_indicator_without_units_gets_no_empty_charts(tmp_path):
    report = sample_report()
    empty = next(i for i in report.indicators if i.total == Count(0))
    only = replace(empty, chart=True)
    path = tmp_path / "report.xlsx"
    write_xlsx(replace(report, indicators=[only]), path, "de")
    with zipfile.ZipFile(path) as z:
        assert not [n for n in z.namelist() if n.startswith("xl/charts/")]
    sheet = openpyxl.load_workbook(path)[only.name_de]
    assert sheet["D3"].value == 0
    assert sheet["A4"].value.startswith("Im Zeitraum wurde nichts gezählt.")


def test_sheet_names_are_valid_and_unique():
    names = SheetNames()
    assert names.claim("a/b:c*d?e[f]g\\h'i") == "a b c d e f g h i"
    long = "Abgeschlossene Fälle nach Ergebnis und Programm"
    first, second, third = names.claim(long), names.claim(long), names.claim(long.upper())
    assert first == long[:31].strip()
    assert second.endswith(" (2)") and third.endswith(" (3)")
    assert all(len(n) <= 31 for n in (first, second, third))
    assert names.claim("") == "Sheet 1"
    assert names.claim("history") == "history 1"


def test_unwritable_path_raises_os_error(tmp_path):
    with pytest.raises(OSError):
        write_xlsx(sample_report(), tmp_path / "missing" / "report.xlsx", "de")
