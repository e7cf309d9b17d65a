"""Write an access export: a readable `index.html`, the raw `person.json` and `attachments/`."""

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

from app.domain.field_labels import LANGUAGES, entity_label, field_label, is_coded, value_label
from sync.server.exports.access.collect import PersonExport
from sync.server.exports.access.page import render_html

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
ATTACHMENTS = "attachments"
# Bookkeeping of each row, not a field of the person's data: no label in the legend.
_NOT_FIELDS = {"id", "updated_at"}


def safe_filename(counter: int, stored: str) -> str:
    """Never trust the stored name: its last path part, safe characters only, a counter first."""
    base = re.split(r"[\\/]", stored)[-1]
    base = _UNSAFE.sub("_", base).strip("._") or "datei"
    return f"{counter:03d}-{base[:100]}"


def _legend(export: PersonExport, language: str) -> dict[str, Any]:
    """Labels of the entities, fields and codes this export holds, beside (not inside) the data.

    The data keeps its stored codes so a program can read it; the legend lets a person or a
    receiving service read `"residence_status": "tolerated"` as "Aufenthaltsstatus: Duldung".
    """
    rows: list[tuple[str, dict[str, Any]]] = [("person", export.person)]
    if export.household:
        rows.append(("household", export.household))
    rows += [(entity, row) for entity, found in export.records.items() for row in found]
    fields: dict[str, dict[str, str]] = {}
    codes: dict[str, dict[str, dict[str, str]]] = {}
    for entity, row in rows:
        for name, value in row.items():
            if name in _NOT_FIELDS:
                continue
            fields.setdefault(entity, {})[name] = field_label(entity, name, language)
            if not is_coded(entity, name):
                continue
            for code in value if isinstance(value, list) else [value]:
                if isinstance(code, str):
                    labels = codes.setdefault(entity, {}).setdefault(name, {})
                    labels[code] = value_label(entity, name, code, language)
    return {
        "language": language,
        "entities": {entity: entity_label(entity, language) for entity in sorted(fields)},
        "fields": fields,
        "codes": codes,
    }


def _jsonable(export: PersonExport, files: dict[str, str], language: str) -> dict[str, Any]:
    return {
        "person": export.person,
        "household": export.household,
        "household_members": export.members,
        "records": export.records,
        "conflicts": export.conflicts,
        "audit_events": export.audit,
        "attachment_files": files,
        "labels": _legend(export, language),
    }


def write_export(
    export: PersonExport,
    directory: Path,
    *,
    language: str,
    now: datetime,
    organisation: str = "",
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
        json.dumps(_jsonable(export, files, language), ensure_ascii=False, indent=1, default=str)
        + "\n",
        encoding="utf-8",
    )
    page = directory / "index.html"
    page.write_text(render_html(export, files, language, now, organisation), encoding="utf-8")
    return [*written, data, page]
