"""The indicator report as an XLSX workbook: a cover sheet, one sheet per indicator, native charts.

Each indicator sheet holds one table (breakdown | code | category | count | note) under
frozen header rows with an autofilter, so a reader can filter or pivot it. Counts are
numbers with thousands separators; a small cell is the right-aligned text "<5".
Charts never point at the count column: a spreadsheet plots a text cell as 0. They read
a hidden sheet instead, where a suppressed cell is left empty (drawn as a gap) and its
category says "(<5)"; the hidden sheet holds nothing that is not on the visible sheets.
"""

from pathlib import Path
from typing import Any

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.workbook import Workbook
from xlsxwriter.worksheet import Worksheet

from app.reports.charts import shown_rows
from app.reports.formats import (
    format_datetime,
    format_period,
    row_label,
    small_cell_note,
    text,
    unit_label,
)
from app.reports.model import Breakdown, Count, IndicatorResult, Report

# Breakdowns charted for a main indicator, in this order, and how many categories at most.
CHART_DIMENSIONS = ("sex", "age_group", "nationality", "site")
CHART_ROWS = 12
_HEADER_ROW = 5  # 0-based row of the table header; the rows above it stay frozen too
_CHART_COL = 6  # column G: charts float to the right of the table
_WIDTH_CAP = 60


_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\'"})


class SheetNames:
    """Unique, valid sheet names: at most 31 characters, none of []:*?/\\ (nor ' for links),
    unique ignoring case as Excel compares them, never empty and never "History"."""

    LIMIT = 31

    def __init__(self) -> None:
        self.taken: set[str] = set()

    def claim(self, wanted: str) -> str:
        base = " ".join(wanted.translate(_FORBIDDEN).split())[: self.LIMIT].strip()
        if not base or base.casefold() == "history":
            base = f"{base or 'Sheet'} 1".strip()
        name, n = base, 1
        while name.casefold() in self.taken:
            n += 1
            suffix = f" ({n})"
            name = base[: self.LIMIT - len(suffix)].rstrip() + suffix
        self.taken.add(name.casefold())
        return name


class _Styles:
    def __init__(self, book: Workbook) -> None:
        self.title = book.add_format({"bold": True, "font_size": 16})
        self.subtitle = book.add_format({"bold": True, "font_size": 12})
        self.bold = book.add_format({"bold": True})
        self.muted = book.add_format({"font_color": "#5a6270", "italic": True})
        self.note = book.add_format(
            {"font_color": "#5a6270", "italic": True, "text_wrap": True, "valign": "top"}
        )
        self.left = book.add_format({"align": "left"})
        self.header = book.add_format(
            {"bold": True, "bg_color": "#e2e8f0", "bottom": 1, "valign": "top"}
        )
        self.header_right = book.add_format(
            {"bold": True, "bg_color": "#e2e8f0", "bottom": 1, "align": "right"}
        )
        self.integer = book.add_format({"num_format": "#,##0"})
        self.integer_bold = book.add_format({"num_format": "#,##0", "bold": True})
        self.small = book.add_format({"align": "right"})
        self.small_bold = book.add_format({"align": "right", "bold": True})
        self.text = book.add_format({})
        self.link = book.add_format({"font_color": "#2b6cb0", "underline": 1})
        # The first row of each breakdown gets a rule above it, so the groups read as sections.
        self.first = {
            name: book.add_format({**props, "top": 1, "top_color": "#a0aec0"})
            for name, props in (
                ("text", {}),
                ("integer", {"num_format": "#,##0"}),
                ("small", {"align": "right"}),
                ("muted", {"font_color": "#5a6270", "italic": True}),
            )
        }


class _Widths:
    """The widest text written per column, to size the columns to their contents."""

    def __init__(self) -> None:
        self.chars: dict[int, int] = {}

    def see(self, col: int, value: object) -> None:
        self.chars[col] = max(self.chars.get(col, 0), len(str(value)))

    def apply(self, sheet: Worksheet, minimum: int = 8) -> None:
        for col, chars in self.chars.items():
            sheet.set_column(col, col, min(max(chars + 2, minimum) * 1.1, _WIDTH_CAP))


def _write_count(
    sheet: Worksheet, row: int, col: int, count: Count, threshold: int, styles: tuple[Any, Any]
) -> None:
    number_style, small_style = styles
    if count.value is None:
        sheet.write_string(row, col, str(count.display(threshold)), small_style)
    else:
        sheet.write_number(row, col, count.value, number_style)


def write_xlsx(report: Report, path: Path, language: str) -> None:
    """Writes the workbook; a file that cannot be created raises the underlying OSError."""
    book = xlsxwriter.Workbook(
        str(path),
        {"strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False},
    )
    styles = _Styles(book)
    names = SheetNames()
    cover_name = names.claim(text("cover", language))
    data_name = names.claim(text("chart_data", language))
    sheet_names = [names.claim(i.name(language)) for i in report.indicators]
    cover = book.add_worksheet(cover_name)
    _write_cover(cover, report, language, styles, sheet_names)
    sheets = [book.add_worksheet(name) for name in sheet_names]
    charts = _ChartData(book, book.add_worksheet(data_name))
    for sheet, indicator in zip(sheets, report.indicators, strict=True):
        _write_indicator(sheet, indicator, report, language, styles)
        if indicator.chart:
            _insert_charts(sheet, indicator, report, language, charts)
    charts.sheet.hide()
    cover.activate()
    try:
        book.close()
    except FileCreateError as exc:
        cause = exc.args[0] if exc.args else None
        raise cause if isinstance(cause, OSError) else OSError(str(exc)) from None


def _write_cover(
    sheet: Worksheet, report: Report, language: str, styles: _Styles, sheet_names: list[str]
) -> None:
    t = report.small_cell_threshold
    widths = _Widths()
    sheet.write_string(0, 0, text("title", language), styles.title)
    facts = [
        (text("period", language), format_period(report.period_from, report.period_to, language)),
        (text("generated_at", language), format_datetime(report.generated_at, language)),
        (text("scope", language), report.scope),
        (text("definitions_version", language), report.definitions_version),
    ]
    row = 2
    for label, value in facts:
        sheet.write_string(row, 0, label, styles.bold)
        sheet.write_string(row, 1, value)
        widths.see(0, label)
        row += 1
    sheet.write_string(row, 0, text("threshold", language), styles.bold)
    sheet.write_number(row, 1, t, styles.left)
    _write_note(sheet, row + 1, small_cell_note(t, language), styles)
    row += 3
    sheet.write_string(row, 0, text("contents", language), styles.subtitle)
    row += 1
    header = [text(k, language) for k in ("indicator", "unit", "total", "sheet")]
    for col, title in enumerate(header):
        sheet.write_string(row, col, title, styles.header_right if col == 2 else styles.header)
        widths.see(col, title)
    for indicator, name in zip(report.indicators, sheet_names, strict=True):
        row += 1
        sheet.write_string(row, 0, indicator.name(language))
        sheet.write_string(row, 1, unit_label(indicator.unit, language))
        _write_count(sheet, row, 2, indicator.total, t, (styles.integer, styles.small))
        # Sheet names never contain an apostrophe (SheetNames drops it), so quoting is safe.
        sheet.write_url(row, 3, f"internal:'{name}'!A1", styles.link, name)
        for col, value in enumerate(
            (indicator.name(language), unit_label(indicator.unit, language), "", name)
        ):
            widths.see(col, value)
    widths.see(1, facts[1][1])
    widths.apply(sheet)
    sheet.set_column(2, 2, 12)  # totals: room for "12,345" beside the right-aligned header
    _page_setup(sheet, language, landscape=False)


def _write_note(sheet: Worksheet, row: int, note: str, styles: _Styles) -> None:
    """A note across the table's four columns, wrapped; the row is made tall enough by estimate
    (spreadsheets do not grow merged rows themselves)."""
    sheet.merge_range(row, 0, row, 3, note, styles.note)
    sheet.set_row(row, 15 * (len(note) // 90 + 1))


def _page_setup(sheet: Worksheet, language: str, *, landscape: bool) -> None:
    """A4, as wide as one page, the sheet's name and "page x of y" in the footer."""
    sheet.set_paper(9)
    if landscape:
        sheet.set_landscape()
    sheet.fit_to_pages(1, 0)
    page = text("page", language, page="&P", pages="&N")
    sheet.set_footer(f"&L&A&R{page}")


def _write_indicator(
    sheet: Worksheet, indicator: IndicatorResult, report: Report, language: str, styles: _Styles
) -> None:
    t = report.small_cell_threshold
    widths = _Widths()
    sheet.write_string(0, 0, indicator.name(language), styles.title)
    sheet.write_string(1, 0, indicator.description(language))
    sheet.write_string(2, 0, text("unit", language), styles.bold)
    sheet.write_string(2, 1, unit_label(indicator.unit, language))
    sheet.write_string(2, 2, text("total", language), styles.bold)
    _write_count(sheet, 2, 3, indicator.total, t, (styles.integer_bold, styles.small_bold))
    note = small_cell_note(t, language, indicator.unit)
    if indicator.total.value == 0:
        note = f"{text('no_units', language)} {note}"
    if any(b.multi_valued for b in indicator.breakdowns):
        note = f"{note} {text('multi_valued', language)}"
    _write_note(sheet, 3, note, styles)
    header = [text(k, language) for k in ("dimension", "key", "label", "count")]
    header.append("")
    for col, title in enumerate(header):
        sheet.write_string(
            _HEADER_ROW, col, title, styles.header_right if col == 3 else styles.header
        )
        widths.see(col, title)
    for col, value in enumerate(
        (text("unit", language), unit_label(indicator.unit, language), text("total", language))
    ):
        widths.see(col, value)
    row = _HEADER_ROW
    for breakdown in indicator.breakdowns:
        row = _write_breakdown(sheet, row, breakdown, language, t, styles, widths)
    sheet.freeze_panes(_HEADER_ROW + 1, 0)
    sheet.autofilter(_HEADER_ROW, 0, max(row, _HEADER_ROW + 1), 3)
    widths.apply(sheet)
    sheet.set_column(3, 3, 12)
    sheet.repeat_rows(_HEADER_ROW)
    _page_setup(sheet, language, landscape=indicator.chart)


def _write_breakdown(
    sheet: Worksheet,
    row: int,
    breakdown: Breakdown,
    language: str,
    threshold: int,
    styles: _Styles,
    widths: _Widths,
) -> int:
    """Writes one breakdown below `row`; returns its last row."""
    dimension = breakdown.label(language)
    widths.see(0, dimension)
    if not breakdown.rows:
        row += 1
        sheet.write_string(row, 0, dimension, styles.first["text"])
        sheet.write_string(row, 1, "", styles.first["text"])
        sheet.write_string(row, 2, text("no_rows", language), styles.first["muted"])
        sheet.write_string(row, 3, "", styles.first["text"])
        return row
    for i, item in enumerate(breakdown.rows):
        row += 1
        first = i == 0
        plain = styles.first["text"] if first else styles.text
        sheet.write_string(row, 0, dimension, plain)
        sheet.write_string(row, 1, item.key, plain)
        sheet.write_string(row, 2, row_label(item.label(language), language), plain)
        widths.see(1, item.key)
        widths.see(2, row_label(item.label(language), language))
        number = styles.first["integer"] if first else styles.integer
        small = styles.first["small"] if first else styles.small
        _write_count(sheet, row, 3, item.count, threshold, (number, small))
        if first and breakdown.multi_valued:
            note = text("multi_short", language)
            sheet.write_string(row, 4, note, styles.first["muted"])
            widths.see(4, note)
        elif first:
            sheet.write_string(row, 4, "", plain)
    return row


class _ChartData:
    """The hidden sheet the charts read: per chart a block of (category, value) columns."""

    def __init__(self, book: Workbook, sheet: Worksheet) -> None:
        self.book = book
        self.sheet = sheet
        self.col = 0

    def block(self, categories: list[str], values: list[int | None]) -> tuple[list[Any], list[Any]]:
        """Writes one block; returns the category and value ranges in xlsxwriter's list form."""
        name = self.sheet.get_name()
        col = self.col
        self.col += 3  # an empty column between blocks keeps them apart for a human reader
        for row, (category, value) in enumerate(zip(categories, values, strict=True)):
            self.sheet.write_string(row, col, category)
            if value is not None:
                self.sheet.write_number(row, col + 1, value)
        last = len(categories) - 1
        return [name, 0, col, last, col], [name, 0, col + 1, last, col + 1]


def _insert_charts(
    sheet: Worksheet,
    indicator: IndicatorResult,
    report: Report,
    language: str,
    data: _ChartData,
) -> None:
    t = report.small_cell_threshold
    by_dimension = {b.dimension: b for b in indicator.breakdowns}
    row = _HEADER_ROW
    for dimension in CHART_DIMENSIONS:
        breakdown = by_dimension.get(dimension)
        if breakdown is None or not any(r.count.value for r in breakdown.rows):
            continue  # nothing to draw: no categories, or only zeros and small cells
        shown = shown_rows(breakdown, CHART_ROWS, t)
        categories = [
            row_label(r.label(language), language)
            + (f" ({r.count.display(t)})" if r.count.suppressed else "")
            for r in shown.rows
        ]
        cats, vals = data.block(categories, [r.count.value for r in shown.rows])
        chart = data.book.add_chart({"type": "bar"})
        assert chart is not None  # "bar" is a known type
        chart.add_series(
            {
                "name": breakdown.label(language),
                "categories": cats,
                "values": vals,
                "fill": {"color": "#2b6cb0"},
                "gap": 60,
                "data_labels": {"value": True, "num_format": "#,##0"},
            }
        )
        title = breakdown.label(language)
        if shown.truncated:
            title += f" ({text('top_n', language, shown=len(shown.rows), total=shown.of)})"
        chart.set_title({"name": title, "name_font": {"size": 11, "bold": True}})
        chart.set_legend({"none": True})
        chart.set_y_axis({"reverse": True, "num_font": {"size": 9}})  # first category on top
        chart.set_x_axis({"num_format": "#,##0", "min": 0, "num_font": {"size": 8}})
        chart.show_blanks_as("gap")
        height = 90 + 22 * len(shown.rows)
        chart.set_size({"width": 520, "height": height})
        sheet.insert_chart(row, _CHART_COL, chart, {"x_offset": 10, "y_offset": 4})
        row += height // 20 + 2
