"""Bar charts of one breakdown as reportlab Drawings: vector graphics in the PDF, SVG for the app.

The bars are drawn by hand rather than with reportlab's BarChart so that a suppressed
cell can be what the report promises: a category with the text "<5" and no bar at all,
never a bar of a guessed height and never a bar of height 0 that reads as "none".
With more categories than fit, the largest are shown and the title says "top N of M";
an "other" bar is not offered because summing the rest could reveal small cells.
"""

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from app.reports.fonts import BASE, Fonts
from app.reports.formats import (
    format_count,
    row_label,
    text,
    unit_label,
)
from app.reports.model import Breakdown, BreakdownRow, IndicatorResult

# The app's renderer substitutes its own sans-serif font (DejaVu Sans runs ~10 % wider than
# Helvetica), so the SVG leaves that much room around text measured with Helvetica.
SVG_FONTS = Fonts(BASE.regular, BASE.bold, slack=1.12)

BAR = colors.HexColor("#2b6cb0")
MUTED = colors.HexColor("#5a6270")
INK = colors.HexColor("#1a202c")
RULE = colors.HexColor("#a0aec0")

_PAD = 6.0
_TITLE_SIZE = 10.5
_SUB_SIZE = 8.0
_MIN_ROW = 11.0  # points per category below which labels would overlap
# Helvetica in the SVG as a family with fallbacks Qt understands, bold as a weight.
_SVG_FAMILIES = {
    "Helvetica": {"family": "Helvetica, Arial, sans-serif"},
    "Helvetica-Bold": {"family": "Helvetica, Arial, sans-serif", "weight": "bold"},
}


@dataclass(frozen=True)
class Shown:
    """The rows a chart draws, in drawing order, and how many the breakdown had."""

    rows: list[BreakdownRow]
    of: int

    @property
    def truncated(self) -> bool:
        return len(self.rows) < self.of


def shown_rows(breakdown: Breakdown, limit: int, threshold: int) -> Shown:
    """All rows in their given order when they fit, else the `limit` largest, largest first.

    A suppressed row ranks just under `threshold`: above every zero, below every shown count.
    """
    rows = list(breakdown.rows)
    if len(rows) <= limit:
        return Shown(rows, len(rows))
    ranked = sorted(
        rows,
        key=lambda r: threshold - 0.5 if r.count.value is None else r.count.value,
        reverse=True,
    )
    return Shown(ranked[: max(limit, 1)], len(rows))


def natural_height(breakdown: Breakdown, max_rows: int, *, row: float = 15.0) -> float:
    """The height in points a chart of `breakdown` needs to show up to `max_rows` rows at `row` each."""
    rows = max(1, min(len(breakdown.rows), max_rows))
    return 2 * _PAD + _TITLE_SIZE + 2 * (_SUB_SIZE + 4) + 8 + rows * row


def _fit(value: str, font: str, size: float, width: float) -> str:
    """Cuts `value` with an ellipsis so it fits `width`."""
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value.rstrip() + "…"


def bar_chart(
    indicator: IndicatorResult,
    breakdown: Breakdown,
    language: str,
    threshold: int,
    *,
    width: float,
    height: float,
    fonts: Fonts = BASE,
    max_rows: int | None = None,
    with_indicator: bool = True,
) -> Drawing:
    """A horizontal bar chart of `breakdown`; `max_rows` defaults to what fits the height.

    The title names the indicator and the breakdown, or only the breakdown when the
    page around it already names the indicator (`with_indicator=False`).
    """
    drawing = Drawing(width, height)
    inner = width - 2 * _PAD
    top = height - _PAD - _TITLE_SIZE
    title = breakdown.label(language)
    if with_indicator:
        title = f"{indicator.name(language)} – {title}"
    drawing.add(
        String(
            _PAD,
            top,
            _fit(title, fonts.bold, _TITLE_SIZE, inner),
            fontName=fonts.bold,
            fontSize=_TITLE_SIZE,
            fillColor=INK,
        )
    )
    plot_top = top - 4 - _SUB_SIZE
    plot_bottom = _PAD + _SUB_SIZE + 4  # room for the "<5" note
    fit_rows = max(1, int((plot_top - plot_bottom) // _MIN_ROW))
    shown = shown_rows(breakdown, min(max_rows or fit_rows, fit_rows), threshold)
    subtitle = [unit_label(indicator.unit, language)]
    if shown.truncated:
        subtitle.append(text("top_n", language, shown=len(shown.rows), total=shown.of))
    if breakdown.multi_valued:
        subtitle.append(text("multi_short", language))
    drawing.add(
        String(
            _PAD,
            plot_top,
            _fit(" · ".join(subtitle), fonts.regular, _SUB_SIZE, inner),
            fontName=fonts.regular,
            fontSize=_SUB_SIZE,
            fillColor=MUTED,
        )
    )
    plot_top -= 4
    if not shown.rows:
        drawing.add(
            String(
                _PAD,
                plot_top - _MIN_ROW,
                text("no_rows", language),
                fontName=fonts.regular,
                fontSize=9,
                fillColor=MUTED,
            )
        )
        return drawing
    below = _draw_bars(
        drawing, shown.rows, language, threshold, fonts, (plot_bottom, plot_top, inner)
    )
    if any(r.count.suppressed for r in shown.rows):
        marks = sorted({str(r.count.display(threshold)) for r in shown.rows if r.count.suppressed})
        note = text("suppressed_no_bar", language, s=" / ".join(marks))
        drawing.add(
            String(
                _PAD,
                below - 4 - _SUB_SIZE,
                _fit(note, fonts.regular, _SUB_SIZE - 0.5, inner),
                fontName=fonts.regular,
                fontSize=_SUB_SIZE - 0.5,
                fillColor=MUTED,
            )
        )
    return drawing


def _draw_bars(
    drawing: Drawing,
    rows: list[BreakdownRow],
    language: str,
    threshold: int,
    fonts: Fonts,
    box: tuple[float, float, float],
) -> float:
    """Draws one row per category from `top` down; returns the y below the last row.

    Every text starts at its x (no right alignment): renderSVG computes alignment with
    reportlab's metrics, and the app's SVG renderer may substitute a wider font.
    """
    bottom, top, inner = box
    step = min((top - bottom) / len(rows), 24.0)
    size = max(6.0, min(9.0, step * 0.62))
    labels = [row_label(r.label(language), language) for r in rows]
    values = [format_count(r.count, threshold, language) for r in rows]
    widest = max(stringWidth(s, fonts.regular, size) for s in labels) * fonts.slack
    label_w = min(widest + 6, inner * 0.42)
    value_w = max(stringWidth(s, fonts.regular, size) for s in values) * fonts.slack + 4
    x0 = _PAD + label_w
    span = max(inner - label_w - value_w, 10.0)
    biggest = max((r.count.value or 0) for r in rows)
    drawing.add(Line(x0, top, x0, top - step * len(rows), strokeColor=RULE, strokeWidth=0.5))
    for i, (row, label, value) in enumerate(zip(rows, labels, values, strict=True)):
        y = top - step * (i + 1)
        baseline = y + step / 2 - size * 0.35
        drawing.add(
            String(
                _PAD,
                baseline,
                _fit(label, fonts.regular, size, (label_w - 6) / fonts.slack),
                fontName=fonts.regular,
                fontSize=size,
                fillColor=INK,
            )
        )
        length = 0.0
        if row.count.value and biggest:
            length = span * row.count.value / biggest
            drawing.add(
                Rect(
                    x0,
                    y + step * 0.18,
                    length,
                    step * 0.64,
                    fillColor=BAR,
                    strokeColor=None,
                    strokeWidth=0,
                )
            )
        drawing.add(
            String(
                x0 + length + 3,
                baseline,
                value,
                fontName=fonts.regular,
                fontSize=size,
                fillColor=MUTED if row.count.suppressed else INK,
            )
        )
    return top - step * len(rows)


def total_tile(
    indicator: IndicatorResult,
    language: str,
    threshold: int,
    *,
    width: float,
    height: float,
    fonts: Fonts = BASE,
) -> Drawing:
    """The indicator's total as a large figure: one number makes no useful bar chart."""
    drawing = Drawing(width, height)
    inner = width - 2 * _PAD
    drawing.add(
        String(
            _PAD,
            height - _PAD - _TITLE_SIZE,
            _fit(indicator.name(language), fonts.bold, _TITLE_SIZE, inner),
            fontName=fonts.bold,
            fontSize=_TITLE_SIZE,
            fillColor=INK,
        )
    )
    big = max(12.0, min(height * 0.4, 48.0))
    figure = format_count(indicator.total, threshold, language)
    drawing.add(
        String(
            _PAD,
            (height - big) / 2,
            figure,
            fontName=fonts.bold,
            fontSize=big,
            fillColor=MUTED if indicator.total.suppressed else BAR,
        )
    )
    drawing.add(
        String(
            _PAD,
            _PAD,
            _fit(unit_label(indicator.unit, language), fonts.regular, _SUB_SIZE, inner),
            fontName=fonts.regular,
            fontSize=_SUB_SIZE,
            fillColor=MUTED,
        )
    )
    return drawing


def chart_svg(
    indicator: IndicatorResult,
    breakdown: Breakdown | None,
    language: str,
    threshold: int,
    *,
    width: int,
    height: int,
) -> bytes:
    """An SVG (UTF-8) for the app: the breakdown's bar chart, or the total when `breakdown` is None.

    Text uses Helvetica metrics; Qt substitutes the system's sans-serif font.
    """
    from reportlab.graphics import renderSVG

    if breakdown is None:
        drawing = total_tile(
            indicator, language, threshold, width=width, height=height, fonts=SVG_FONTS
        )
    else:
        drawing = bar_chart(
            indicator, breakdown, language, threshold, width=width, height=height, fonts=SVG_FONTS
        )
    # useClip: no <clipPath> element, which Qt's SVG renderer would paint as a black box.
    svg = renderSVG.drawToString(drawing, useClip=True, fontHacks=_SVG_FAMILIES)
    return svg.encode("utf-8")
