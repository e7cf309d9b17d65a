"""The indicator report as an A4 PDF summary for the ministry (reportlab platypus).

A cover block (period, generated at, scope, definitions version, what "<5" means), the
totals of all indicators, then for each main indicator (chart=True) its charts and the
table of every breakdown. Charts are vector drawings from `charts`; fonts from `fonts`
(DejaVu Sans embedded when installed, Helvetica otherwise). Every page has a footer with
the report's period and "page x of y".
"""

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from app.reports.charts import INK, MUTED, bar_chart, natural_height
from app.reports.fonts import Fonts, pdf_fonts
from app.reports.formats import (
    format_count,
    format_datetime,
    format_period,
    row_label,
    small_cell_note,
    text,
    unit_label,
)
from app.reports.model import Breakdown, IndicatorResult, Report

CHART_DIMENSIONS = ("sex", "age_group", "nationality", "site", "district", "programme")
CHART_ROWS = 12
_CHART_ROW = 13.0  # points per bar
_PAIR_ROWS = 8  # breakdowns this short (and with labels this short) are charted in pairs
_PAIR_LABEL = 22
_MARGIN = 18 * mm
_GUTTER = 8 * mm
_SINGLE, _COLUMNS = "single", "columns"
_HEAD_BG = colors.HexColor("#e2e8f0")


class _Styles:
    def __init__(self, fonts: Fonts) -> None:
        base = ParagraphStyle(
            "base", fontName=fonts.regular, fontSize=9.5, leading=12.5, textColor=INK
        )
        self.body = base
        self.title = ParagraphStyle(
            "title", base, fontName=fonts.bold, fontSize=20, leading=24, spaceAfter=10
        )
        self.h2 = ParagraphStyle(
            "h2", base, fontName=fonts.bold, fontSize=13.5, leading=17, spaceBefore=10, spaceAfter=6
        )
        self.h3 = ParagraphStyle(
            "h3", base, fontName=fonts.bold, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=4
        )
        self.note = ParagraphStyle("note", base, fontSize=8.5, leading=11, textColor=MUTED)
        self.cell = ParagraphStyle("cell", base, fontSize=8.5, leading=10.5)
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=fonts.bold)
        self.cell_right = ParagraphStyle("cell_right", self.cell, alignment=TA_RIGHT)
        self.fonts = fonts


def _p(value: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(value), style)


def _table(
    rows: list[list[Any]], widths: list[float], fonts: Fonts, *, extra: list[Any] | None = None
) -> Table:
    """A table with a shaded header row that repeats on every page it spans."""
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), fonts.regular, 8.5),
                ("FONT", (0, 0), (-1, 0), fonts.bold, 8.5),
                ("BACKGROUND", (0, 0), (-1, 0), _HEAD_BG),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, INK),
                ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                *(extra or []),
            ]
        )
    )
    return table


def write_pdf(report: Report, path: Path, language: str) -> None:
    fonts = pdf_fonts()
    styles = _Styles(fonts)
    title = text("title", language)
    period = format_period(report.period_from, report.period_to, language)
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=_MARGIN,
        rightMargin=_MARGIN,
        topMargin=_MARGIN,
        bottomMargin=_MARGIN + 4 * mm,
        title=f"{title} {period}",
        author="Fallakte",
        subject=report.scope,
        lang=language,
    )
    column = (doc.width - _GUTTER) / 2
    doc.addPageTemplates(
        [
            PageTemplate(_SINGLE, [Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height)]),
            PageTemplate(
                _COLUMNS,
                [
                    Frame(doc.leftMargin, doc.bottomMargin, column, doc.height),
                    Frame(doc.leftMargin + column + _GUTTER, doc.bottomMargin, column, doc.height),
                ],
            ),
        ]
    )
    story: list[Flowable] = [_p(title, styles.title), *_cover(report, language, styles, doc.width)]
    story += _totals(report, language, styles, doc.width)
    for indicator in report.indicators:
        if indicator.chart:
            story.append(PageBreak())
            story += _main_indicator(indicator, report, language, styles, doc.width)
    footer = f"{title} · {period}"

    def canvas(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(
            *args, footer=footer, language=language, font=fonts.regular, **kwargs
        )

    doc.build(story, canvasmaker=canvas)


def _cover(report: Report, language: str, styles: _Styles, width: float) -> list[Flowable]:
    facts = [
        ("period", format_period(report.period_from, report.period_to, language)),
        ("generated_at", format_datetime(report.generated_at, language)),
        ("scope", report.scope),
        ("definitions_version", report.definitions_version),
        ("threshold", str(report.small_cell_threshold)),
    ]
    rows = [[_p(text(k, language), styles.cell_bold), _p(v, styles.cell)] for k, v in facts]
    table = Table(rows, colWidths=[55 * mm, width - 55 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    note = _p(small_cell_note(report.small_cell_threshold, language), styles.note)
    return [table, Spacer(1, 4 * mm), note, Spacer(1, 4 * mm)]


def _totals(report: Report, language: str, styles: _Styles, width: float) -> list[Flowable]:
    t = report.small_cell_threshold
    rows: list[list[Any]] = [
        [text("indicator", language), text("unit", language), text("total", language)]
    ]
    for indicator in report.indicators:
        name = indicator.name(language)
        rows.append(
            [
                _p(name, styles.cell_bold if indicator.chart else styles.cell),
                unit_label(indicator.unit, language),
                format_count(indicator.total, t, language),
            ]
        )
    widths = [width - 75 * mm, 45 * mm, 30 * mm]
    zebra = [
        ("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f7fafc")) for i in range(2, len(rows), 2)
    ]
    note = _p(
        f"{text('main_indicators', language)}: "
        + ", ".join(i.name(language) for i in report.indicators if i.chart),
        styles.note,
    )
    return [
        _p(text("contents", language), styles.h2),
        _table(rows, widths, styles.fonts, extra=zebra),
        Spacer(1, 2 * mm),
        note,
    ]


def _main_indicator(
    indicator: IndicatorResult, report: Report, language: str, styles: _Styles, width: float
) -> list[Flowable]:
    t = report.small_cell_threshold
    total = (
        f"{text('total', language)}: {format_count(indicator.total, t, language)} "
        + unit_label(indicator.unit, language)
    )
    story: list[Flowable] = [
        _p(indicator.name(language), styles.h2),
        _p(indicator.description(language), styles.body),
        Spacer(1, 2 * mm),
        _p(total, styles.cell_bold),
        Spacer(1, 3 * mm),
    ]
    if indicator.total.value == 0:
        story.append(_p(text("no_units", language), styles.note))
    story += _charts(indicator, language, t, styles, width)
    # The tables go on pages of two columns: that halves the length of the long ones
    # (42 nationalities, 36 districts). A page template applies from the next page on.
    story += [NextPageTemplate(_COLUMNS), PageBreak()]
    story.append(_p(f"{indicator.name(language)}: {text('breakdowns', language)}", styles.h3))
    story.append(_p(small_cell_note(t, language, indicator.unit), styles.note))
    story.append(Spacer(1, 3 * mm))
    story += _breakdown_tables(indicator, language, t, styles, (width - _GUTTER) / 2)
    story.append(NextPageTemplate(_SINGLE))
    return story


def _chartable(breakdown: Breakdown) -> bool:
    return any(r.count.value for r in breakdown.rows)


def _fits_half(breakdown: Breakdown, language: str) -> bool:
    """Few categories with short names: readable at half the page's width."""
    labels = [row_label(r.label(language), language) for r in breakdown.rows]
    return len(labels) <= _PAIR_ROWS and max(map(len, labels), default=0) <= _PAIR_LABEL


def _charts(
    indicator: IndicatorResult, language: str, threshold: int, styles: _Styles, width: float
) -> list[Flowable]:
    """Charts of the CHART_DIMENSIONS with something to draw: the short ones two side by
    side first, then the long ones across the page, so one page usually holds them all."""
    by_dimension = {b.dimension: b for b in indicator.breakdowns}
    chosen = [by_dimension[d] for d in CHART_DIMENSIONS if d in by_dimension]
    chosen = [b for b in chosen if any(r.count.value for r in b.rows)]
    short = [b for b in chosen if _fits_half(b, language)]
    long = [b for b in chosen if not _fits_half(b, language)]

    def draw(breakdown: Breakdown, w: float, h: float) -> Drawing:
        return bar_chart(
            indicator,
            breakdown,
            language,
            threshold,
            width=w,
            height=h,
            fonts=styles.fonts,
            max_rows=CHART_ROWS,
            with_indicator=False,
        )

    story: list[Flowable] = []
    for i in range(0, len(short), 2):
        pair = short[i : i + 2]
        h = max(natural_height(b, CHART_ROWS, row=_CHART_ROW) for b in pair)
        row = Table(
            [[draw(b, width / 2 - 2, h) for b in pair]],
            colWidths=[width / 2] * len(pair),
            hAlign="LEFT",
        )
        row.setStyle(
            TableStyle(
                [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]
            )
        )
        story += [row, Spacer(1, 3 * mm)]
    for b in long:
        story += [draw(b, width, natural_height(b, CHART_ROWS, row=_CHART_ROW)), Spacer(1, 3 * mm)]
    return story


def _breakdown_tables(
    indicator: IndicatorResult, language: str, threshold: int, styles: _Styles, width: float
) -> list[Flowable]:
    """A table per breakdown: its name and "count" as the header, then its categories."""
    count_w = 20 * mm
    tables: list[Flowable] = []
    for breakdown in indicator.breakdowns:
        heading = breakdown.label(language)
        rows: list[list[Any]] = [[_p(heading, styles.cell_bold), text("count", language)]]
        extra: list[Any] = []
        if not breakdown.rows:
            rows.append([_p(text("no_rows", language), styles.note), ""])
        for row in breakdown.rows:
            label = row_label(row.label(language), language)
            rows.append([_p(label, styles.cell), format_count(row.count, threshold, language)])
            if row.count.suppressed:
                extra.append(("TEXTCOLOR", (1, len(rows) - 1), (1, len(rows) - 1), MUTED))
        tables.append(_table(rows, [width - count_w, count_w], styles.fonts, extra=extra))
        if breakdown.multi_valued:
            tables.append(_p(text("multi_valued", language), styles.note))
        tables.append(Spacer(1, 3 * mm))
    return tables


class _NumberedCanvas(Canvas):
    """Holds every page until the end so the footer can say "page x of y"."""

    def __init__(self, *args: Any, footer: str, language: str, font: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []
        self._footer = footer
        self._language = language
        self._font = font

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(count)
            super().showPage()
        super().save()

    def _draw_footer(self, count: int) -> None:
        width, _ = self._pagesize
        self.saveState()
        self.setFont(self._font, 8)
        self.setFillColor(MUTED)
        self.drawString(_MARGIN, 10 * mm, self._footer)
        page = text("page", self._language, page=self._pageNumber, pages=count)
        self.drawRightString(width - _MARGIN, 10 * mm, page)
        self.restoreState()
