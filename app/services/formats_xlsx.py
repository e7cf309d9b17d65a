"""XLSX cells in and out: openpyxl read-only for reading, xlsxwriter constant-memory for writing."""

import json
import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import openpyxl
import xlsxwriter
from openpyxl.utils.exceptions import InvalidFileException
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.worksheet import Worksheet

from app.errors import UserError
from app.services.formats import check_keys, export_columns, open_for_reading, replacing

# A fixed creation time keeps two exports of the same data byte-identical.
_CREATED = datetime(2000, 1, 1)
# Excel keeps 15 significant digits; larger ints go out as text so they survive.
_EXACT_INT = 10**15
# OOXML escapes control characters (and \r) in strings as _xHHHH_; openpyxl leaves them so.
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _open_book(path: Path, handle: Any) -> Any:
    try:
        return openpyxl.load_workbook(handle, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, ParseError):
        raise UserError(
            f"{path}: not an XLSX file or damaged (old .xls files: save them as .xlsx)"
        ) from None


def xlsx_sheet_names(path: Path) -> list[str]:
    with open_for_reading(path) as handle:
        book = _open_book(path, handle)
        try:
            return list(book.sheetnames)
        finally:
            book.close()


def xlsx_cells(path: Path, entity: str) -> Iterator[tuple[int, Sequence[Any]]]:
    """(sheet row number, cell values) of the sheet named `entity`, or of the only sheet."""
    with open_for_reading(path) as handle:
        book = _open_book(path, handle)
        try:
            if entity in book.sheetnames:
                sheet = book[entity]
            elif len(book.sheetnames) == 1:
                sheet = book.worksheets[0]
            else:
                # Sheet names are not listed: someone may have named one after a client.
                raise UserError(
                    f"{path.name}: {len(book.sheetnames)} sheets and none is named '{entity}'"
                )
            # The stored size may be wrong (some writers leave "A1"); read to the real end.
            sheet.reset_dimensions()
            for number, values in enumerate(sheet.iter_rows(values_only=True), 1):
                yield number, [_unescape(v) if isinstance(v, str) else v for v in values]
        finally:
            book.close()


def _unescape(text: str) -> str:
    if "_x" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def write_xlsx(path: Path, *, sheets: Iterable[tuple[str, Iterable[dict[str, Any]]]]) -> int:
    count = 0
    options = {
        "constant_memory": True,
        # xlsxwriter spools rows to temp files: keep them beside the export, not in /tmp.
        "tmpdir": str(path.parent),
        "strings_to_formulas": False,
        "strings_to_urls": False,
        "strings_to_numbers": False,
    }
    with replacing(path) as temp:
        book = xlsxwriter.Workbook(str(temp), options)
        try:
            book.set_properties({"created": _CREATED})
            bold = book.add_format({"bold": True})
            for entity, rows in sheets:
                columns = export_columns(entity)
                sheet = book.add_worksheet(entity)
                sheet.freeze_panes(1, 0)
                for col, name in enumerate(columns):
                    sheet.write_string(0, col, name, bold)
                for number, data in enumerate(rows, 1):
                    check_keys(entity, columns, data)
                    for col, name in enumerate(columns):
                        _write_cell(sheet, number, col, data.get(name))
                    count += 1
        finally:
            try:
                book.close()
            except FileCreateError as exc:
                raise UserError(f"{path}: cannot be written ({exc})") from None
    return count


def _write_cell(sheet: Worksheet, row: int, col: int, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        sheet.write_boolean(row, col, value)
    elif isinstance(value, int) and abs(value) < _EXACT_INT:
        sheet.write_number(row, col, value)
    elif isinstance(value, (list, dict)):
        sheet.write_string(row, col, json.dumps(value, ensure_ascii=False))
    else:
        # Dates stay text so they read back exactly, partial birth dates included.
        sheet.write_string(row, col, str(value))
