"""Import and export files (JSON Lines, CSV, XLSX) as rows of JSON-ish values; no database here."""

import codecs
import csv
import errno
import io
import json
import os
import tempfile
import types
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from itertools import chain
from pathlib import Path
from typing import IO, Annotated, Any, Literal, Union, get_args, get_origin

from app.domain.base import Record
from app.domain.registry import ENTITIES
from app.errors import DiskFull, UserError

FORMATS = ("jsonl", "csv", "xlsx")
_SUFFIXES = {".json": "jsonl", ".ndjson": "jsonl"} | {f".{f}": f for f in FORMATS}
_SNIFF_BYTES = 1 << 20
_TRUE = frozenset({"true", "ja", "yes", "1", "wahr"})
_FALSE = frozenset({"false", "nein", "no", "0", "falsch"})

Kind = Literal["list", "dict", "bool", "int", "date", "str"]


@dataclass(frozen=True)
class Row:
    """One record of a file; `line` is where it starts (CSV header = line 1, XLSX sheet row)."""

    line: int
    entity: str
    data: dict[str, Any]


@dataclass(frozen=True)
class RowError:
    line: int
    message: str


def format_for(path: Path, explicit: str | None) -> str:
    if explicit is not None:
        return _checked(explicit.strip().lower())
    found = _SUFFIXES.get(path.suffix.lower())
    if found is None:
        raise UserError(
            f"{path.name}: cannot tell the format from the file name "
            f"(use {', '.join(_SUFFIXES)} or pass --format {'/'.join(FORMATS)})"
        )
    return found


def _checked(fmt: str) -> str:
    if fmt not in FORMATS:
        raise UserError(f"unknown format '{fmt}' (choose one of: {', '.join(FORMATS)})")
    return fmt


def field_kind(model: type[Record], name: str) -> Kind:
    """How a text cell for the field is read: the annotation without Annotated and Optional."""
    annotation: Any = model.model_fields[name].annotation
    while True:
        origin = get_origin(annotation)
        if origin is Annotated:
            annotation = get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            rest = [a for a in get_args(annotation) if a is not type(None)]
            if len(rest) != 1:
                return "str"
            annotation = rest[0]
        else:
            break
    if get_origin(annotation) is list:
        return "list"
    if get_origin(annotation) is dict:
        return "dict"
    if annotation is bool:
        return "bool"
    if annotation is int:
        return "int"
    if annotation is date:
        return "date"
    return "str"


def read_rows(
    path: Path, *, fmt: str, entity: str | None, encoding: str | None = None
) -> Iterator[Row | RowError]:
    """Stream the rows of a file; problems with the whole file raise UserError while iterating."""
    _checked(fmt)
    if entity is not None and entity not in ENTITIES:
        raise UserError(f"unknown entity '{entity}' (known: {', '.join(ENTITIES)})")
    if fmt == "jsonl":
        return _read_jsonl(path, entity, encoding or "utf-8-sig")
    if fmt == "xlsx" and entity is None:
        return _read_workbook(path)
    if entity is None:
        raise UserError("CSV/XLSX hold one entity: pass --entity")
    if fmt == "csv":
        return table_rows(path, entity, _csv_cells(path, encoding))
    from app.services.formats_xlsx import xlsx_cells  # openpyxl is slow to import

    return table_rows(path, entity, xlsx_cells(path, entity))


def _read_workbook(path: Path) -> Iterator[Row | RowError]:
    """Every sheet of a workbook as written by the export: one sheet per entity, named by it."""
    from app.services.formats_xlsx import xlsx_cells, xlsx_sheet_names

    names = xlsx_sheet_names(path)
    strays = [n for n in names if n not in ENTITIES]
    if strays:
        raise UserError(
            f"{path.name}: {len(strays)} sheet(s) not named after an entity; "
            "pass --entity to read a single sheet"
        )
    for name in sorted(names, key=list(ENTITIES).index):
        for item in table_rows(path, name, xlsx_cells(path, name)):
            yield (
                RowError(item.line, f"[{name}] {item.message}")
                if isinstance(item, RowError)
                else item
            )


def open_for_reading(path: Path) -> IO[bytes]:
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise UserError(f"{path}: file not found") from None
    except IsADirectoryError:
        raise UserError(f"{path}: is a folder, not a file") from None
    except PermissionError:
        raise UserError(f"{path}: permission denied") from None
    except OSError as exc:
        raise UserError(f"{path}: cannot be read ({exc.strerror})") from None


def _read_jsonl(path: Path, entity: str | None, encoding: str) -> Iterator[Row | RowError]:
    with open_for_reading(path) as handle:
        for number, text in enumerate(_decoded_lines(handle, path, encoding), 1):
            if not text.strip():
                continue
            yield _jsonl_row(number, text, entity)


def _jsonl_row(number: int, text: str, entity: str | None) -> Row | RowError:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        # exc.msg names the syntax problem only, never the text around it.
        return RowError(number, f"not valid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return RowError(number, "not valid JSON (nested too deeply)")
    if not isinstance(data, dict):
        return RowError(number, "not a JSON object")
    found = data.pop("entity", None)
    if found is None:
        return RowError(number, "no 'entity' key")
    if not isinstance(found, str) or found not in ENTITIES:
        return RowError(number, f"unknown entity (known: {', '.join(ENTITIES)})")
    if entity is not None and found != entity:
        return RowError(number, f"entity '{found}' where '{entity}' was asked for")
    return Row(number, found, data)


def _decoded_lines(handle: IO[bytes], path: Path, encoding: str) -> Iterator[str]:
    """Lines with their endings; a bad byte is reported with its line number, not a traceback."""
    try:
        ascii_compatible = "\n".encode(encoding) == b"\n"
    except LookupError:
        raise UserError(f"unknown encoding '{encoding}'") from None
    hint = "utf-8" if codecs.lookup(encoding).name == "cp1252" else "cp1252"
    number = 0
    try:
        if ascii_compatible:
            # Splitting bytes at b"\n" is safe here and lets each line be decoded alone,
            # so an error names its line rather than the 8 KiB chunk it was read with.
            for raw in handle:
                number += 1
                yield raw.decode(encoding)
            return
        for text in io.TextIOWrapper(handle, encoding=encoding, newline=""):
            number += 1
            yield text
    except UnicodeDecodeError:
        where = f"line {number}" if ascii_compatible else f"after line {number}"
        raise UserError(
            f"{path.name}: {where} is not valid {encoding} text; try again with --encoding {hint}"
        ) from None


def _csv_cells(path: Path, encoding: str | None) -> Iterator[tuple[int, Sequence[Any]]]:
    with open_for_reading(path) as handle:
        if encoding is None:
            encoding = _detect_encoding(handle.read(_SNIFF_BYTES))
            handle.seek(0)
        lines = _decoded_lines(handle, path, encoding)
        first = next(lines, None)
        if first is None:
            return
        # German Excel writes ";" ("," is its decimal separator); "Unicode text" uses tabs.
        delimiter = max(",;\t", key=first.count)
        reader = csv.reader(chain([first], lines), delimiter=delimiter)
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise UserError(f"{path.name}: line {start}: not valid CSV ({exc})") from None
            yield start, cells


def _detect_encoding(head: bytes) -> str:
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        # final=False: the sample may end in the middle of a multi-byte character.
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def table_rows(
    path: Path, entity: str, cells: Iterator[tuple[int, Sequence[Any]]]
) -> Iterator[Row | RowError]:
    """Rows of a sheet whose first non-blank row names the columns."""
    model = ENTITIES[entity]
    for _, header in cells:
        if not _blank(header):
            break
    else:
        raise UserError(f"{path.name}: empty file, no header row")
    columns = _columns(path, model, header)
    kinds: list[Kind | None] = [
        None if name in ("", "entity") else "str" if name == "id" else field_kind(model, name)
        for name in columns
    ]
    for number, values in cells:
        if not _blank(values):
            yield _table_row(number, entity, columns, kinds, values)


def _columns(path: Path, model: type[Record], header: Sequence[Any]) -> list[str]:
    columns = ["" if c is None else str(c).strip().lstrip("\ufeff").strip() for c in header]
    allowed = {"id", "entity", *model.field_names()}
    unknown = [c for c in columns if c and c not in allowed]
    if unknown and len(unknown) == len([c for c in columns if c]):
        # Likely no header at all: the first row's cells would be personal data.
        raise UserError(
            f"{path.name}: the first row is not a header; it must name the columns "
            f"(columns of {model.entity}: {', '.join(['id', *model.field_names()])})"
        )
    if unknown:
        known = ", ".join(["id", *model.field_names()])
        raise UserError(
            f"{path.name}: unknown column(s) {', '.join(unknown)}; nothing was read "
            f"(columns of {model.entity}: {known})"
        )
    doubled = sorted({c for c in columns if c and columns.count(c) > 1})
    if doubled:
        raise UserError(f"{path.name}: column(s) {', '.join(doubled)} appear more than once")
    return columns


def _table_row(
    number: int, entity: str, columns: list[str], kinds: list[Kind | None], values: Sequence[Any]
) -> Row | RowError:
    data: dict[str, Any] = {}
    problems: list[str] = []
    for position, value in enumerate(values):
        text = _text(value)
        if position >= len(columns) or not columns[position]:
            if text:
                problems.append(f"column {position + 1} has a value but no header")
            continue
        name, kind = columns[position], kinds[position]
        if name == "entity":
            if text and text != entity:
                problems.append(f"entity column does not say '{entity}'")
            continue
        assert kind is not None
        try:
            data[name] = _convert(kind, text)
        except ValueError as exc:
            problems.append(f"{name}: {exc}")
    # Short rows (trailing empty cells left out) mean empty, as in a spreadsheet.
    for name, kind in zip(columns[len(values) :], kinds[len(values) :], strict=True):
        if kind is not None:
            data[name] = _convert(kind, "")
    if problems:
        return RowError(number, "; ".join(problems))
    return Row(number, entity, data)


def _blank(values: Sequence[Any]) -> bool:
    return all(_text(v) == "" for v in values)


def _text(value: Any) -> str:
    """A cell as text: XLSX cells come typed, CSV cells are text already."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _convert(kind: Kind, text: str) -> Any:
    """Messages name what was expected, never the value: cells hold personal data."""
    if kind == "list":
        if not text:
            return []  # no list field is optional: an empty cell means no items
        if text.startswith("["):
            try:
                items = json.loads(text)
            except json.JSONDecodeError:
                raise ValueError("not a valid JSON array") from None
            if not isinstance(items, list):
                raise ValueError("not a valid JSON array")
            return items
        return [part.strip() for part in text.split(";") if part.strip()]
    if kind == "dict":
        if not text:
            return {}  # like lists: an empty cell means no entries
        try:
            items = json.loads(text)
        except json.JSONDecodeError:
            raise ValueError("not a valid JSON object") from None
        if not isinstance(items, dict):
            raise ValueError("not a valid JSON object")
        return items
    if not text:
        return None
    if kind == "bool":
        lowered = text.lower()
        if lowered in _TRUE or lowered in _FALSE:
            return lowered in _TRUE
        raise ValueError("expected true/false (ja/nein, yes/no, wahr/falsch, 1/0)")
    if kind == "int":
        try:
            return int(text)
        except ValueError:
            pass
        try:
            number = float(text)  # XLSX and Excel-made CSV may say "12.0"
        except ValueError:
            raise ValueError("expected a whole number") from None
        if not number.is_integer():
            raise ValueError("expected a whole number")
        return int(number)
    return text


def write_jsonl(path: Path, rows: Iterable[tuple[str, dict[str, Any]]]) -> int:
    count = 0
    with replacing(path) as temp, temp.open("w", encoding="utf-8", newline="\n") as out:
        for entity, data in rows:
            line = {"entity": entity, "id": data["id"]}
            line.update((k, v) for k, v in data.items() if k not in ("entity", "id"))
            out.write(json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n")
            count += 1
    return count


def write_csv(path: Path, *, entity: str, rows: Iterable[dict[str, Any]]) -> int:
    columns = export_columns(entity)
    count = 0
    # The BOM makes Excel read the file as UTF-8 instead of the Windows code page.
    with replacing(path) as temp, temp.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(columns)
        for data in rows:
            check_keys(entity, columns, data)
            writer.writerow([_csv_cell(data.get(name)) for name in columns])
            count += 1
    return count


def write_xlsx(path: Path, *, sheets: Iterable[tuple[str, Iterable[dict[str, Any]]]]) -> int:
    from app.services.formats_xlsx import write_xlsx as write

    return write(path, sheets=sheets)


def export_columns(entity: str) -> list[str]:
    return ["id", *ENTITIES[entity].field_names()]


def check_keys(entity: str, columns: list[str], data: dict[str, Any]) -> None:
    extra = data.keys() - set(columns)
    if extra:
        raise ValueError(f"{entity}: no such field(s) to export: {', '.join(sorted(extra))}")


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temp file beside `path` that replaces it only when the block succeeds."""
    try:
        # mkstemp makes the file 0600: exports hold personal data.
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    except FileNotFoundError:
        raise UserError(f"{path.parent}: folder not found") from None
    except PermissionError:
        raise UserError(f"{path.parent}: permission denied") from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with temp.open("rb+") as done:
            os.fsync(done.fileno())  # the rename must not reach the disk before the data
        try:
            os.replace(temp, path)
        except (IsADirectoryError, PermissionError) as exc:
            raise UserError(f"{path}: cannot be written ({exc.strerror})") from None
    except OSError as exc:
        temp.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise DiskFull(f"{path}: disk full, nothing was written") from None
        raise
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
