"""Case-level rows built from the server's records, and the streaming XLSX and CSV writers.

What leaves is derived from the domain markers: a field marked Identifying or FreeText, or
indexed for search (names, numbers, notes), never appears; nor do free staff names (a plain
text field without a code type). Ids become keyed pseudonyms, dates months.
"""

import csv
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, get_args, get_origin

from pydantic import AfterValidator
from sqlalchemy import Connection, Engine, and_, select
from sqlalchemy.orm import aliased

from app.domain.base import Amount, FreeText, Identifying, Indexed, Record, Ref
from app.domain.cases import Case
from app.domain.casework import Application, Consultation
from app.domain.people import Person, Vulnerability
from app.domain.returns.information import InformationRequest, MedicalReturn
from app.domain.returns.reintegration import (
    ReintegrationFollowUp,
    ReintegrationMeasure,
    ReintegrationPlan,
    SustainabilityAssessment,
)
from app.domain.returns.support import SupportPayment
from app.domain.returns.travel import ApplicationTraveller, Departure, DocumentCheck
from sync.server.exports.cases.pseudonymise import Pseudonymiser, age_band, amount_band, month
from sync.server.storage.db import snapshot
from sync.server.storage.tables import record

BATCH = 500
# Data rows per XLSX sheet: the format's 1,048,576 rows minus the header.
MAX_SHEET_ROWS = 1_048_575
Cell = str | int
# Main contact's fields carried onto the case row: codes only.
CONTACT_FIELDS = ("sex", "nationality", "return_country", "residence_status")
DROP_MARKERS = (Identifying, FreeText, Indexed)
# Plain str fields that hold a code rather than text: the team, which the export takes from
# the server's own record of it (the case's field may hold whatever an old release stored).
KEEP_CODES = frozenset({"team"})


def _contains(annotation: Any, kind: type) -> bool:
    if annotation is kind:
        return True
    return any(_contains(arg, kind) for arg in get_args(annotation))


def _is_plain_text(model: type[Record], name: str) -> bool:
    """A str field checked by no validator of its own: free text, e.g. a counsellor's name.

    Codes (site, country, language, programme) carry a validator, enums are not plain str.
    """
    if name in KEEP_CODES:
        return False
    annotation = model.model_fields[name].annotation
    if get_origin(annotation) is list or not _contains(annotation, str):
        return False
    return not any(isinstance(m, AfterValidator) for m in model.markers(name))


def exported_fields(model: type[Record]) -> list[str]:
    """The fields of `model` a pseudonymised export may carry, in model order."""
    kept = []
    for name in model.field_names():
        if any(isinstance(m, DROP_MARKERS) for m in model.markers(name)):
            continue
        if model.marker(name, Ref) is None and _is_plain_text(model, name):
            continue
        kept.append(name)
    return kept


@dataclass(frozen=True)
class Sheet:
    name: str
    header: list[str]
    rows: Iterator[list[Cell]]


class _Converter:
    """Turns a record's kept fields into cells: refs to pseudonyms, dates to months."""

    def __init__(self, model: type[Record], pseudonym: Pseudonymiser) -> None:
        self.model = model
        self.fields = exported_fields(model)
        self.pseudonym = pseudonym
        self._refs = {n: model.marker(n, Ref) for n in self.fields}
        self._dates = {n for n in self.fields if _contains(model.model_fields[n].annotation, date)}
        self._amounts = {n for n in self.fields if model.marker(n, Amount) is not None}

    def cells(self, record_id: str, values: dict[str, Any]) -> list[Cell]:
        out: list[Cell] = [self.pseudonym(self.model.entity, record_id)]
        for name in self.fields:
            out.append(self._cell(name, values.get(name)))
        return out

    def _cell(self, name: str, value: Any) -> Cell:
        if value is None:
            return ""
        ref = self._refs[name]
        if ref is not None:
            ids = value if isinstance(value, list) else [value]
            return ";".join(self.pseudonym(ref.entity, str(i)) for i in ids)
        if name in self._dates:
            return month(value)
        if name in self._amounts:
            return amount_band(value)
        if isinstance(value, dict):
            return ";".join(f"{k}={v}" for k, v in value.items())  # codes and scores only
        if isinstance(value, list):
            return ";".join(str(v) for v in value)
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return value  # durations, amounts: numbers in the spreadsheet
        return str(value)


def _live(entity: str) -> Any:
    return and_(record.c.entity == entity, record.c.deleted.is_(False))


def _stream(conn: Connection, statement: Any) -> Iterator[Any]:
    result = conn.execution_options(stream_results=True, yield_per=BATCH).execute(statement)
    yield from result


def case_rows(conn: Connection, pseudonym: Pseudonymiser) -> Sheet:
    convert = _Converter(Case, pseudonym)
    contact = aliased(record)
    statement = (
        select(record.c.id, record.c.fields, record.c.team_id, contact.c.fields.label("contact"))
        .outerjoin(
            contact,
            and_(
                contact.c.entity == Person.entity,
                contact.c.deleted.is_(False),
                contact.c.id == record.c.fields["main_contact_id"].as_string(),
            ),
        )
        .where(_live(Case.entity))
        .order_by(record.c.id)
    )
    header = ["case", *convert.fields, "contact_age_band_at_opening", *CONTACT_FIELDS]

    def rows() -> Iterator[list[Cell]]:
        for row in _stream(conn, statement):
            values = {**row.fields, "team": row.team_id}
            person = row.contact or {}
            yield [
                *convert.cells(row.id, values),
                age_band(person.get("birth_date"), values.get("opened_on")),
                *(str(person.get(f) or "") for f in CONTACT_FIELDS),
            ]

    return Sheet("cases", header, rows())


def _entity_rows(
    conn: Connection, pseudonym: Pseudonymiser, model: type[Record], sheet: str
) -> Sheet:
    convert = _Converter(model, pseudonym)
    statement = (
        select(record.c.id, record.c.fields).where(_live(model.entity)).order_by(record.c.id)
    )
    rows = (convert.cells(row.id, row.fields) for row in _stream(conn, statement))
    return Sheet(sheet, [model.entity, *convert.fields], rows)


# Sheets after the cases, in order. External references are not exported at all: with their
# numbers dropped nothing would be left but which bodies know the person.
ENTITY_SHEETS: tuple[tuple[type[Record], str], ...] = (
    (Consultation, "consultations"),
    (Vulnerability, "vulnerabilities"),
    (Application, "applications"),
    (ApplicationTraveller, "travellers"),
    (DocumentCheck, "documents"),
    (Departure, "departures"),
    (SupportPayment, "support"),
    (InformationRequest, "information_requests"),
    (MedicalReturn, "medical_returns"),
    (ReintegrationPlan, "reintegration_plans"),
    (ReintegrationMeasure, "reintegration_measures"),
    (ReintegrationFollowUp, "reintegration_follow_ups"),
    (SustainabilityAssessment, "sustainability"),
)


def sheets(conn: Connection, pseudonym: Pseudonymiser) -> list[Sheet]:
    """The export's sheets; each streams its rows from `conn` when iterated."""
    return [
        case_rows(conn, pseudonym),
        *(_entity_rows(conn, pseudonym, model, name) for model, name in ENTITY_SHEETS),
    ]


# -- writers -------------------------------------------------------------------


def write_xlsx(path: Path, tables: Sequence[Sheet]) -> dict[str, int]:
    import xlsxwriter

    counts = {}
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    try:
        bold = workbook.add_format({"bold": True})
        for table in tables:
            sheet = workbook.add_worksheet(table.name)
            sheet.write_row(0, 0, table.header, bold)
            count, row, part = 0, 0, 1
            for cells in table.rows:
                if row == MAX_SHEET_ROWS:
                    # xlsxwriter drops rows past the format's limit silently: go on in a new sheet.
                    part += 1
                    sheet = workbook.add_worksheet(f"{table.name}-{part}")
                    sheet.write_row(0, 0, table.header, bold)
                    row = 0
                row += 1
                count += 1
                sheet.write_row(row, 0, cells)
            counts[table.name] = count
    finally:
        workbook.close()
    return counts


def csv_paths(path: Path, tables: Sequence[Sheet]) -> list[Path]:
    """The cases go to `path`; the other sheets to `<stem>-<sheet>.csv` beside it."""
    return [
        path if i == 0 else path.with_name(f"{path.stem}-{t.name}{path.suffix or '.csv'}")
        for i, t in enumerate(tables)
    ]


def write_csv(path: Path, tables: Sequence[Sheet]) -> dict[str, int]:
    counts = {}
    for table, target in zip(tables, csv_paths(path, tables), strict=True):
        with target.open("w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(table.header)
            count = 0
            for cells in table.rows:
                writer.writerow(cells)
                count += 1
            counts[table.name] = count
    return counts


def export_cases(engine: Engine, path: Path, *, key: bytes, fmt: str) -> dict[str, int]:
    """Writes the pseudonymised export in one consistent snapshot; returns rows per sheet."""
    pseudonym = Pseudonymiser(key)
    with snapshot(engine) as conn:
        tables = sheets(conn, pseudonym)
        if fmt == "xlsx":
            return write_xlsx(path, tables)
        return write_csv(path, tables)
