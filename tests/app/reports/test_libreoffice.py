"""The XLSX and CSV open in LibreOffice: converted to PDF headless, the result holds the report.

Skipped where LibreOffice is not installed (Debian: apt-get install --no-install-recommends
libreoffice-calc-nogui). Each run uses its own LibreOffice profile, so parallel runs and a
desktop LibreOffice the user has open do not interfere.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

from app.reports.render_csv import HEADER, write_csv
from app.reports.render_xlsx import write_xlsx
from tests.app.reports.render_fixture import sample_report

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
PDFTOTEXT = shutil.which("pdftotext")
pytestmark = [
    pytest.mark.skipif(
        SOFFICE is None,
        reason="LibreOffice (soffice) is not installed; Debian: libreoffice-calc-nogui",
    ),
    pytest.mark.slow,  # about 3-6 s: LibreOffice starts twice with a fresh profile
]
# LibreOffice's CSV filter options: separator ";" (59), quote '"' (34), UTF-8 (76), from line 1.
# Headless conversion does not detect the byte-order mark by itself.
CSV_FILTER = "CSV:59,34,76,1"


def _convert(source: Path, out: Path, profile: Path, infilter: str | None = None) -> Path:
    assert SOFFICE is not None
    args = [
        SOFFICE,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--nolockcheck",
    ]
    if infilter:
        args.append(f"--infilter={infilter}")
    args += ["--convert-to", "pdf", "--outdir", str(out), str(source)]
    done = subprocess.run(args, capture_output=True, timeout=180, check=False)
    target = out / f"{source.stem}.pdf"
    assert done.returncode == 0 and target.is_file(), done.stderr.decode(errors="replace")
    return target


def _text(pdf: Path) -> str | None:
    if PDFTOTEXT is None:
        return None
    done = subprocess.run(
        [PDFTOTEXT, "-layout", "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("libreoffice")
    profile, out = root / "profile", root / "out"
    out.mkdir()
    report = sample_report()
    write_xlsx(report, root / "report.xlsx", "de")
    write_csv(report, root / "report-csv.csv", "de")
    return {
        "xlsx": _convert(root / "report.xlsx", out, profile),
        "csv": _convert(root / "report-csv.csv", out, profile, CSV_FILTER),
    }


def test_xlsx_converts_to_a_pdf_with_cover_sheets_and_charts(converted):
    pdf = converted["xlsx"]
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF-") and len(data) > 10_000
    text = _text(pdf)
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: only the PDF itself was checked")
    assert "Indikatorbericht" in text
    assert "01.01.2026 – 30.06.2026" in text
    for name in ("Beratene Personen", "Geförderte Rückkehr", "Überlebende von Menschenhandel"):
        assert name in text
    assert "Südliche Weinstraße" in text
    # Category labels of the charts exist only in the charts: LibreOffice drew them from
    # the hidden sheet, with the small cell named and not plotted.
    assert "männlich (<5)" in text
    # Page footer from the workbook's page setup.
    assert "Seite 1 von" in text


def test_csv_converts_with_umlauts_and_columns(converted):
    pdf = converted["csv"]
    assert pdf.read_bytes().startswith(b"%PDF-")
    text = _text(pdf)
    if text is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: only the PDF itself was checked")
    # One column per field (wide columns spill onto later pages, so only the first ones).
    header = next(line for line in text.splitlines() if "indicator_id" in line)
    assert header.split()[:4] == ["indicator_id", "indicator", "unit", "dimension"]
    assert all(name in text.split() for name in HEADER)
    assert "ï»¿" not in text  # the byte-order mark was read as one, not as Latin-1 text
    assert "Beratungsgespräche" in text and "Südliche Weinstraße" in text
    assert "<5" in text
