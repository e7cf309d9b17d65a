"""Bar charts of a breakdown: valid SVG for the app, labels, and no bar for a small cell."""

import xml.etree.ElementTree as ET

import pytest

from app.reports.charts import bar_chart, chart_svg, shown_rows
from app.reports.model import Breakdown, BreakdownRow, Count, IndicatorResult
from tests.app.reports.render_fixture import sample_report

SVG = "{http://www.w3.org/2000/svg}"
BAR_FILL = "fill: rgb(16%,42%,69%)"
HUNDRED_TWENTY = Count(120)


def _indicator(breakdown: Breakdown, total: Count = HUNDRED_TWENTY) -> IndicatorResult:
    return IndicatorResult(
        id="persons_counselled",
        name_de="Beratene Personen",
        name_en="Persons counselled",
        description_de="",
        description_en="",
        unit="person",
        chart=True,
        total=total,
        breakdowns=[breakdown],
    )


def _sex(*counts: int | None) -> Breakdown:
    codes = [
        ("female", "weiblich", "female"),
        ("male", "männlich", "male"),
        ("diverse", "divers", "diverse"),
        ("unknown", "unbekannt", "unknown"),
    ]
    rows = [
        BreakdownRow(k, de, en, Count(c)) for (k, de, en), c in zip(codes, counts, strict=False)
    ]
    return Breakdown("sex", "Geschlecht", "Sex", rows)


def _parse(svg: bytes) -> ET.Element:
    assert svg.startswith(b"<?xml")
    return ET.fromstring(svg)


def _texts(root: ET.Element) -> list[str]:
    return [t.text or "" for t in root.iter(f"{SVG}text")]


def _bars(root: ET.Element) -> list[ET.Element]:
    return [r for r in root.iter(f"{SVG}rect") if BAR_FILL in r.get("style", "")]


def test_svg_is_valid_xml_with_localised_title_and_labels():
    breakdown = _sex(100, 20, None, 0)
    root = _parse(chart_svg(_indicator(breakdown), breakdown, "de", 5, width=480, height=260))
    assert root.tag == f"{SVG}svg"
    assert root.get("width") == "480" and root.get("height") == "260"
    texts = _texts(root)
    assert "Beratene Personen – Geschlecht" in texts
    assert {"weiblich", "männlich", "divers", "unbekannt"} <= set(texts)
    assert {"100", "20", "<5", "0"} <= set(texts)
    english = _texts(
        _parse(chart_svg(_indicator(breakdown), breakdown, "en", 5, width=480, height=260))
    )
    assert "Persons counselled – Sex" in english and "male" in english


def test_a_suppressed_row_has_no_bar_and_says_under_threshold():
    breakdown = _sex(100, None, 20, None)
    root = _parse(chart_svg(_indicator(breakdown), breakdown, "de", 5, width=480, height=260))
    bars = _bars(root)
    assert len(bars) == 2  # weiblich and divers; männlich and unbekannt get none
    assert _texts(root).count("<5") == 2
    widths = sorted(float(b.get("width", "0")) for b in bars)
    assert widths[1] == pytest.approx(widths[0] * 5)  # lengths in proportion: 20 and 100
    assert any("kein Balken" in t for t in _texts(root))


def test_zero_gets_no_bar_but_its_figure():
    breakdown = _sex(7, 0)
    root = _parse(chart_svg(_indicator(breakdown), breakdown, "de", 5, width=300, height=200))
    assert len(_bars(root)) == 1
    assert "0" in _texts(root)


def test_only_small_cells_draw_no_bar_at_all():
    breakdown = _sex(None, None, None)
    root = _parse(chart_svg(_indicator(breakdown), breakdown, "en", 5, width=300, height=200))
    assert _bars(root) == []
    assert _texts(root).count("<5") == 3


def test_many_categories_show_the_largest_and_say_top_n_of_m():
    report = sample_report()
    indicator = report.indicators[0]
    nationality = next(b for b in indicator.breakdowns if b.dimension == "nationality")
    assert len(nationality.rows) == 42
    root = _parse(chart_svg(indicator, nationality, "de", 5, width=500, height=220))
    texts = _texts(root)
    header = next(t for t in texts if "größten von 42" in t)
    shown = int(header.split("die ")[1].split(" ")[0])
    assert 5 <= shown < 42
    values = [r.count.value for r in nationality.rows if r.count.value is not None]
    assert sorted(values, reverse=True)[0] == 1100
    assert len(_bars(root)) == shown  # the top rows of this fixture are all shown counts


def test_shown_rows_rank_small_cells_between_zero_and_the_threshold():
    rows = [BreakdownRow(k, k, k, Count(v)) for k, v in (("a", 0), ("b", None), ("c", 5), ("d", 9))]
    breakdown = Breakdown("site", "Standort", "Site", rows)
    assert [r.key for r in shown_rows(breakdown, 3, 5).rows] == ["d", "c", "b"]
    kept = shown_rows(breakdown, 4, 5)
    assert [r.key for r in kept.rows] == ["a", "b", "c", "d"] and not kept.truncated


def test_total_tile_when_no_breakdown_is_chosen():
    breakdown = _sex(1)
    root = _parse(
        chart_svg(_indicator(breakdown, Count(12345)), None, "de", 5, width=300, height=120)
    )
    assert "12.345" in _texts(root) and "Personen" in _texts(root)
    root = _parse(
        chart_svg(_indicator(breakdown, Count(None)), None, "en", 5, width=300, height=120)
    )
    assert "<5" in _texts(root) and "12" not in "".join(_texts(root))


def test_empty_breakdown_says_so():
    breakdown = Breakdown("team", "Team", "Team", [])
    root = _parse(chart_svg(_indicator(breakdown), breakdown, "de", 5, width=300, height=120))
    assert "keine Einträge" in _texts(root)


def test_long_labels_are_cut_to_fit():
    long = "Eifelkreis Bitburg-Prüm und Umgebung mit einem sehr langen Namen"
    breakdown = Breakdown(
        "district", "Kreis", "District", [BreakdownRow("x", long, long, Count(9))]
    )
    drawing = bar_chart(_indicator(breakdown), breakdown, "de", 5, width=240, height=120)
    labels = [s.text for s in drawing.contents if getattr(s, "text", "").startswith("Eifel")]
    assert labels and labels[0].endswith("…") and len(labels[0]) < len(long)


def test_no_clip_path_that_qt_would_paint_black():
    breakdown = _sex(3)
    assert b"<clipPath" not in chart_svg(
        _indicator(breakdown), breakdown, "de", 5, width=200, height=100
    )


@pytest.mark.gui
def test_qt_renders_the_svg_on_a_white_background(qapp):
    # What the app does with it (QSvgRenderer); qapp is pytest-qt's, offscreen via conftest.
    qt_gui = pytest.importorskip("PySide6.QtGui")
    qt_svg = pytest.importorskip("PySide6.QtSvg")
    qt_core = pytest.importorskip("PySide6.QtCore")
    breakdown = _sex(100, None, 20)
    renderer = qt_svg.QSvgRenderer(
        qt_core.QByteArray(
            chart_svg(_indicator(breakdown), breakdown, "de", 5, width=300, height=160)
        )
    )
    assert renderer.isValid()
    image = qt_gui.QImage(300, 160, qt_gui.QImage.Format.Format_ARGB32)
    image.fill(qt_gui.QColor("white"))
    painter = qt_gui.QPainter(image)
    renderer.render(painter)
    painter.end()
    assert image.pixelColor(299, 159).name() == "#ffffff"  # no black box behind the chart
    assert image.pixelColor(2, 80).name() == "#ffffff"
