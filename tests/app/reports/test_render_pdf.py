"""The PDF summary: a valid A4 PDF with embedded fonts, German text intact, page numbers, "<5"."""

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from app.reports import fonts, render_pdf
from app.reports.model import Count
from app.reports.render_pdf import write_pdf
from tests.app.reports.render_fixture import sample_report

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(
    PDFTOTEXT is None, reason="pdftotext (Debian: poppler-utils) is not installed"
)
TRICKY = "ä ö ü ß Ä Ö Ü – “ ” „ "


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page\b(?!s)", pdf))


def _text(path: Path) -> str:
    assert PDFTOTEXT is not None
    done = subprocess.run(
        [PDFTOTEXT, "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def pdf_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    write_pdf(replace(sample_report(), scope=f"alle Teams {TRICKY}"), path, "de")
    return path


def test_a_valid_pdf_with_several_a4_pages(pdf_path):
    pdf = pdf_path.read_bytes()
    assert pdf.startswith(b"%PDF-1.")
    assert pdf.rstrip().endswith(b"%%EOF") and b"trailer" in pdf
    main = sum(1 for i in sample_report().indicators if i.chart)
    # Cover and totals, then per main indicator a page of charts and at least one of tables.
    assert _pages(pdf) >= 1 + 2 * main
    assert b"/MediaBox [ 0 0 595.2756 841.8898 ]" in pdf


def test_fonts_are_embedded_when_dejavu_is_installed(pdf_path):
    if fonts.pdf_fonts() == fonts.BASE:
        pytest.skip("DejaVu Sans is not installed here; the PDF uses Helvetica")
    pdf = pdf_path.read_bytes()
    assert b"/FontFile2" in pdf and b"DejaVuSans" in pdf


@needs_pdftotext
def test_text_umlauts_dashes_and_quotes_survive(pdf_path):
    text = _text(pdf_path)
    assert "Indikatorbericht" in text
    assert "01.01.2026 – 30.06.2026" in text
    assert "25.11.2026, 17:30 UTC" in text
    assert TRICKY.strip() in text
    assert "„<5“ steht für 1 bis 4" in text
    for name in (
        "Beratene Personen",
        "Beratungsgespräche",
        "Geförderte Rückkehr",
        "Überlebende von Menschenhandel",
    ):
        assert name in text


@needs_pdftotext
def test_page_numbers_on_every_page(pdf_path):
    text = _text(pdf_path)
    pages = _pages(pdf_path.read_bytes())
    for n in range(1, pages + 1):
        assert f"Seite {n} von {pages}" in text


@needs_pdftotext
def test_breakdown_tables_show_small_cells_as_under_threshold(pdf_path):
    text = _text(pdf_path)
    georgia = [line for line in text.splitlines() if "Georgien" in line]
    assert georgia  # in each main indicator's nationality table
    for line in georgia:
        # Two table columns share a line; the figure right after "Georgien" is the one.
        after = line.split("Georgien", 1)[1].split()
        assert after[0] in {"<5", "0"} or int(after[0].replace(".", "")) >= 5
    first = georgia[0].split("Georgien", 1)[1].split()[0]
    assert first == "<5"  # the fixture's small cell (persons counselled, nationality GEO)
    assert "„<5“: kein Balken" in text
    assert "die 12 größten von 42" in text


@needs_pdftotext
def test_english_summary(tmp_path):
    path = tmp_path / "report.pdf"
    write_pdf(sample_report(), path, "en")
    text = _text(path)
    assert "Indicator report" in text and "1 Jan 2026 – 30 Jun 2026" in text
    assert "Page 1 of" in text and "Persons counselled" in text
    assert "“<5” stands for 1 to 4" in text


@needs_pdftotext
def test_base_fonts_still_write_german(tmp_path, monkeypatch):
    monkeypatch.setattr(render_pdf, "pdf_fonts", lambda: fonts.BASE)
    path = tmp_path / "report.pdf"
    write_pdf(replace(sample_report(), scope=TRICKY), path, "de")
    assert b"/FontFile2" not in path.read_bytes()
    text = _text(path)
    # pdftotext guesses word gaps from the (not embedded) metrics; compare without spaces.
    assert TRICKY.replace(" ", "") in text.replace(" ", "")
    assert "Südliche Weinstraße" in text


def test_a_missing_font_falls_back_to_helvetica(tmp_path, monkeypatch):
    monkeypatch.setattr(fonts, "_SEARCH", (tmp_path,))
    assert fonts.pdf_fonts.__wrapped__() == fonts.BASE  # type: ignore[attr-defined]
    (tmp_path / "DejaVuSans.ttf").write_bytes(b"not a font")
    (tmp_path / "DejaVuSans-Bold.ttf").write_bytes(b"not a font")
    assert fonts.pdf_fonts.__wrapped__() == fonts.BASE  # type: ignore[attr-defined]


@needs_pdftotext
def test_main_indicator_without_units(tmp_path):
    report = sample_report()
    empty = replace(next(i for i in report.indicators if i.total == Count(0)), chart=True)
    path = tmp_path / "report.pdf"
    write_pdf(replace(report, indicators=[empty]), path, "de")
    text = _text(path)
    assert "Im Zeitraum wurde nichts gezählt." in text
    assert "Überlebende von Menschenhandel" in text


def test_unwritable_path_raises_os_error(tmp_path):
    with pytest.raises(OSError):
        write_pdf(sample_report(), tmp_path / "missing" / "report.pdf", "de")
