"""Write an access export: a readable `index.html`, the raw `person.json` and `attachments/`."""

import html
import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sync.server.exports_access.collect import PersonExport

LANGUAGES = ("de", "en")

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "title": "Auskunft nach Art. 15 DSGVO",
        "generated": "Erstellt am",
        "person": "Person",
        "household": "Haushalt",
        "members": "Weitere Haushaltsmitglieder",
        "vulnerability": "Vulnerabilitäten",
        "consent": "Einwilligungen",
        "case": "Fälle",
        "case_status_change": "Statusverlauf",
        "consultation": "Beratungsgespräche",
        "follow_up": "Wiedervorlagen",
        "referral": "Vermittlungen",
        "application": "Anträge",
        "attachment": "Anhänge",
        "conflicts": "Offene Konflikte",
        "audit": "Protokoll der Zugriffe und Änderungen",
        "none": "Keine Einträge.",
        "file": "Datei",
        "field": "Feld",
        "value": "Wert",
        "yes": "ja",
        "no": "nein",
    },
    "en": {
        "title": "Access request under Art. 15 GDPR",
        "generated": "Generated on",
        "person": "Person",
        "household": "Household",
        "members": "Other household members",
        "vulnerability": "Vulnerabilities",
        "consent": "Consents",
        "case": "Cases",
        "case_status_change": "Status history",
        "consultation": "Consultations",
        "follow_up": "Follow-ups",
        "referral": "Referrals",
        "application": "Applications",
        "attachment": "Attachments",
        "conflicts": "Open conflicts",
        "audit": "Log of access and changes",
        "none": "No entries.",
        "file": "File",
        "field": "Field",
        "value": "Value",
        "yes": "yes",
        "no": "no",
    },
}
SECTIONS = (
    "vulnerability",
    "consent",
    "case",
    "case_status_change",
    "consultation",
    "follow_up",
    "referral",
    "application",
    "attachment",
)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
ATTACHMENTS = "attachments"


def safe_filename(counter: int, stored: str) -> str:
    """Never trust the stored name: its last path part, safe characters only, a counter first."""
    base = re.split(r"[\\/]", stored)[-1]
    base = _UNSAFE.sub("_", base).strip("._") or "datei"
    return f"{counter:03d}-{base[:100]}"


def _format_date(value: date | datetime, language: str) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M" if language == "de" else "%Y-%m-%d %H:%M")
    return value.strftime("%d.%m.%Y" if language == "de" else "%Y-%m-%d")


def _shown(value: Any, language: str) -> str:
    words = TEXT[language]
    if value is None or value == []:
        return "–"
    if isinstance(value, bool):
        return words["yes"] if value else words["no"]
    if isinstance(value, date | datetime):
        return _format_date(value, language)
    if isinstance(value, str):
        try:
            if _DATE.match(value):
                return _format_date(date.fromisoformat(value), language)
            if _DATETIME.match(value):
                return _format_date(datetime.fromisoformat(value), language)
        except ValueError:
            pass
        return value
    if isinstance(value, list):
        return ", ".join(_shown(v, language) for v in value)
    return json.dumps(value, ensure_ascii=False, default=str)


def _table(row: dict[str, Any], language: str) -> str:
    words = TEXT[language]
    cells = "".join(
        f"<tr><th scope='row'>{html.escape(str(k))}</th>"
        f"<td>{html.escape(_shown(v, language))}</td></tr>"
        for k, v in row.items()
    )
    return (
        f"<table><thead><tr><th>{html.escape(words['field'])}</th>"
        f"<th>{html.escape(words['value'])}</th></tr></thead><tbody>{cells}</tbody></table>"
    )


def _section(heading: str, rows: list[dict[str, Any]], language: str) -> str:
    body = "".join(_table(r, language) for r in rows) or (
        f"<p>{html.escape(TEXT[language]['none'])}</p>"
    )
    return f"<section><h2>{html.escape(heading)}</h2>{body}</section>\n"


def render_html(export: PersonExport, files: dict[str, str], language: str, now: datetime) -> str:
    words = TEXT[language]
    person = export.person
    name = " ".join(str(p) for p in (person.get("given_names"), person.get("family_name")) if p)
    parts = [
        "<!DOCTYPE html>",
        f"<html lang='{language}'><head><meta charset='utf-8'>",
        f"<title>{html.escape(words['title'])}: {html.escape(name)}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
        "table{border-collapse:collapse;margin:.5em 0 1em;width:100%}"
        "th,td{border:1px solid #999;padding:.2em .5em;text-align:left;vertical-align:top}"
        "</style></head><body>",
        f"<h1>{html.escape(words['title'])}: {html.escape(name)}</h1>",
        f"<p>{html.escape(words['generated'])} {html.escape(_format_date(now, language))}</p>",
        _section(words["person"], [person], language),
        _section(words["household"], [export.household] if export.household else [], language),
        _section(words["members"], export.members, language),
    ]
    for entity in SECTIONS:
        rows = export.records.get(entity, [])
        if entity == "attachment":
            rows = [{**r, words["file"]: files.get(r["id"])} for r in rows]
        parts.append(_section(words[entity], rows, language))
    parts.append(_section(words["conflicts"], export.conflicts, language))
    parts.append(_section(words["audit"], export.audit, language))
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _jsonable(export: PersonExport, files: dict[str, str]) -> dict[str, Any]:
    return {
        "person": export.person,
        "household": export.household,
        "household_members": export.members,
        "records": export.records,
        "conflicts": export.conflicts,
        "audit_events": export.audit,
        "attachment_files": files,
    }


def write_export(
    export: PersonExport, directory: Path, *, language: str, now: datetime
) -> list[Path]:
    """Write the export into `directory` (which must exist and be empty); the files written."""
    if language not in LANGUAGES:
        raise ValueError(f"language must be one of {LANGUAGES}")
    target = directory / ATTACHMENTS
    target.mkdir(mode=0o700)
    written: list[Path] = []
    files: dict[str, str] = {}
    for counter, item in enumerate(export.blobs, start=1):
        name = safe_filename(counter, item.filename)
        path = target / name
        path.write_bytes(item.content)
        files[item.attachment_id] = f"{ATTACHMENTS}/{name}"
        written.append(path)
    data = directory / "person.json"
    data.write_text(
        json.dumps(_jsonable(export, files), ensure_ascii=False, indent=1, default=str) + "\n",
        encoding="utf-8",
    )
    page = directory / "index.html"
    page.write_text(render_html(export, files, language, now), encoding="utf-8")
    return [*written, data, page]
