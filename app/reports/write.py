"""A report to a file in one of its formats; the renderer is imported only for the format asked for
(the PDF one loads reportlab and fonts, which a CSV export should not wait for)."""

from pathlib import Path

from app.errors import UserError
from app.reports.model import Report

FORMATS = ("xlsx", "pdf", "csv", "json")
MEDIA_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
}


def format_for(path: Path, chosen: str | None = None) -> str:
    """The format asked for, else the file's suffix, else xlsx."""
    if chosen:
        return chosen
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "xlsx"


def write_report(report: Report, path: Path, *, fmt: str, language: str) -> None:
    """Writes `report` as xlsx, pdf, csv or json; an unwritable path is a user error."""
    if fmt not in FORMATS:
        raise UserError(f"unbekanntes Format / unknown format '{fmt}'; known: {', '.join(FORMATS)}")
    try:
        if fmt == "xlsx":
            from app.reports.render_xlsx import write_xlsx

            write_xlsx(report, path, language)
        elif fmt == "pdf":
            from app.reports.render_pdf import write_pdf

            write_pdf(report, path, language)
        elif fmt == "csv":
            from app.reports.render_csv import write_csv

            write_csv(report, path, language)
        else:
            import orjson

            path.write_bytes(orjson.dumps(report.to_json(), option=orjson.OPT_INDENT_2))
    except OSError as exc:
        raise UserError(
            f"Bericht nicht geschrieben / the report could not be written to {path}: {exc.strerror}"
        ) from None
