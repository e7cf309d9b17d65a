"""The indicator report as one long CSV: a row per indicator total and per breakdown cell.

Columns: indicator_id, indicator, unit, dimension, key, label, count. The header, ids,
units and dimensions are stable codes for scripts; indicator names and labels are in the
chosen language. `count` is a plain integer (no thousands separator) or the text "<5".
The total of each indicator comes first as dimension "total".

Encoding and separator, chosen for the spreadsheets people open it with:
- UTF-8 with a byte-order mark: Excel on Windows reads a CSV without one as Windows-1252
  (ä becomes "Ã¤"); with it, Excel and LibreOffice both detect UTF-8 and Python reads it
  with encoding "utf-8-sig".
- German reports use ";" and English ones ",": Excel splits a double-clicked CSV by the
  region's list separator, which is ";" wherever the decimal separator is a comma.
  LibreOffice shows its import dialog with the separator detected. `DELIMITERS` names them.
- Line endings "\\r\\n" as the csv module writes them (RFC 4180); both programs accept them.
A text cell starting with = + - @ gets a leading apostrophe so a spreadsheet never runs a
label from an edited definition file as a formula.
"""

import csv
from collections.abc import Iterator
from pathlib import Path

from app.reports.formats import text
from app.reports.model import Count, Report

HEADER = ("indicator_id", "indicator", "unit", "dimension", "key", "label", "count")
DELIMITERS = {"de": ";", "en": ","}
TOTAL = "total"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


def _count(count: Count, threshold: int) -> str:
    return str(count.display(threshold))


def rows(report: Report, language: str) -> Iterator[tuple[str, ...]]:
    """The data rows (without the header), in report order."""
    threshold = report.small_cell_threshold
    for indicator in report.indicators:
        name = _safe(indicator.name(language))
        yield (
            indicator.id,
            name,
            indicator.unit,
            TOTAL,
            "",
            text("total", language),
            _count(indicator.total, threshold),
        )
        for breakdown in indicator.breakdowns:
            for row in breakdown.rows:
                yield (
                    indicator.id,
                    name,
                    indicator.unit,
                    breakdown.dimension,
                    _safe(row.key),
                    _safe(row.label(language)),
                    _count(row.count, threshold),
                )


def write_csv(report: Report, path: Path, language: str) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=DELIMITERS.get(language, ","))
        writer.writerow(HEADER)
        writer.writerows(rows(report, language))
