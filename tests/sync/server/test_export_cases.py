"""The pseudonymised case export: demo data pushed by a device, exported, scanned for leaks."""

import csv
import html
import zipfile
from pathlib import Path
from typing import Annotated, Any, ClassVar

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from app.domain.base import FreeText, Identifying, Indexed
from app.domain.cases import Case
from app.domain.codes import SiteCode
from app.domain.registry import ENTITIES
from app.services.demo_loader import load_demo
from sync.server.exports.cases.cases import ENTITY_SHEETS, KEEP_CODES, exported_fields
from sync.server.exports.cases.pseudonymise import ENV_EXPORT_KEY, Pseudonymiser, age_band, month
from sync.server.ops.cli import main
from sync.server.storage.db import make_engine
from sync.server.storage.tables import record

KEY = "k" * 40
OTHER_KEY = "0123456789abcdef" * 4
SECRET_MARKERS = (Identifying, FreeText, Indexed)


def _export(url: str, path: Path, monkeypatch: pytest.MonkeyPatch, key: str | None = KEY) -> int:
    if key is None:
        monkeypatch.delenv(ENV_EXPORT_KEY, raising=False)
    else:
        monkeypatch.setenv(ENV_EXPORT_KEY, key)
    return main(["--database-url", url, "export", "cases", "--pseudonymised", "-o", str(path)])


def _secrets(url: str) -> set[str]:
    """Every value of an identifying, free-text or indexed field the server holds."""
    found: set[str] = set()
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            for row in conn.execute(select(record.c.entity, record.c.fields)):
                model = ENTITIES[row.entity]
                for name in model.field_names():
                    if not any(isinstance(m, SECRET_MARKERS) for m in model.markers(name)):
                        continue
                    value = row.fields.get(name)
                    for item in value if isinstance(value, list) else [value]:
                        if not isinstance(item, str):
                            continue
                        if name == "birth_date" and len(item) < 10:
                            continue  # a bare year or month is no exact birth date
                        if len(item.strip()) >= (3 if model.marker(name, Identifying) else 5):
                            found.add(item.strip())
    finally:
        engine.dispose()
    return found


def _plant_text_in_code_fields(url: str) -> set[str]:
    """Free text in every plain-text code field the export keeps (a case's team), as an older
    release stored it from a device: the export must use the server's code, not the text."""
    planted: set[str] = set()
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            for entity, model in ENTITIES.items():
                names = [n for n in exported_fields(model) if n in KEEP_CODES]
                if not names:
                    continue
                rows = conn.execute(
                    select(record.c.id, record.c.fields).where(
                        record.c.entity == entity, record.c.deleted.is_(False)
                    )
                ).all()
                for row in rows:
                    fields = dict(row.fields)
                    for name in names:
                        fields[name] = text = f"Mustafa Qwertz geb 1990 {name} {row.id[-6:]}"
                        planted.add(text)
                    conn.execute(update(record).where(record.c.id == row.id).values(fields=fields))
    finally:
        engine.dispose()
    assert planted  # the class of field exists: a case's team
    return planted


def _blobs(paths: list[Path]) -> list[tuple[str, str]]:
    """(name, text) of every file, and of every zip member decompressed."""
    out = []
    for path in paths:
        data = path.read_bytes()
        out.append((path.name, data.decode("utf-8", "replace")))
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                for member in archive.namelist():
                    text = archive.read(member).decode("utf-8", "replace")
                    out.append((f"{path.name}:{member}", text))
    return out


def _leaks(secrets: set[str], paths: list[Path]) -> list[tuple[str, str]]:
    found = []
    for name, text in _blobs(paths):
        for secret in secrets:
            if secret in text or html.escape(secret) in text:
                found.append((name, secret))
    return found


def _xlsx_sheets(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    book = load_workbook(path, read_only=True)
    try:
        return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}
    finally:
        book.close()


def test_pseudonymised_export_of_pushed_demo_data_leaks_nothing(
    enrolled, database_url, tmp_path, monkeypatch, capsys
):
    laptop = enrolled("anna")
    counts = load_demo(laptop.store, persons=60, seed=3)
    laptop.sync()
    secrets = _secrets(database_url) | _plant_text_in_code_fields(database_url)
    assert len(secrets) > 100  # names, phones, references, notes…: the scan has teeth

    xlsx, csv_file = tmp_path / "out" / "cases.xlsx", tmp_path / "out" / "cases.csv"
    xlsx.parent.mkdir()
    assert _export(database_url, xlsx, monkeypatch) == 0
    assert _export(database_url, csv_file, monkeypatch) == 0
    assert KEY not in capsys.readouterr().err

    written = sorted(xlsx.parent.iterdir())
    names = [name for _, name in ENTITY_SHEETS]
    assert [p.name for p in written] == sorted(
        [*(f"cases-{name}.csv" for name in names), "cases.csv", "cases.xlsx"]
    )
    assert _leaks(secrets, written) == []
    planted = tmp_path / "planted.xlsx"  # the scan finds a secret hidden in a deflated member
    with zipfile.ZipFile(planted, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sheet.xml", f"<c>{html.escape(max(secrets, key=len))}</c>")
    assert _leaks(secrets, [planted])

    sheets = _xlsx_sheets(xlsx)
    assert list(sheets) == ["cases", *names]
    assert len(sheets["cases"]) - 1 == counts["case"]
    assert len(sheets["consultations"]) - 1 == counts["consultation"]
    assert len(sheets["vulnerabilities"]) - 1 == counts["vulnerability"]
    header = sheets["cases"][0]
    assert "reference" not in header and "counsellor" not in header
    assert "contact_age_band_at_opening" in header
    cases = [dict(zip(header, row, strict=True)) for row in sheets["cases"][1:]]
    assert all(len(c["case"]) == 16 for c in cases)
    assert all(len(c["opened_on"]) == 7 for c in cases)  # YYYY-MM
    bands = {c["contact_age_band_at_opening"] for c in cases}
    assert bands <= {"0-13", "14-17", "18-34", "35-64", "65+", "unknown"}
    assert bands - {"unknown"}

    with csv_file.open(newline="", encoding="utf-8") as f:
        csv_rows = list(csv.reader(f))
    as_text = [[("" if v is None else str(v)) for v in row] for row in sheets["cases"]]
    assert csv_rows == as_text

    # Same key, same pseudonyms; another key, others; no key, no export.
    again = tmp_path / "again.xlsx"
    assert _export(database_url, again, monkeypatch) == 0
    assert _xlsx_sheets(again) == sheets
    other = tmp_path / "other.xlsx"
    assert _export(database_url, other, monkeypatch, key=OTHER_KEY) == 0
    other_ids = {row[0] for row in _xlsx_sheets(other)["cases"][1:]}
    assert other_ids.isdisjoint(c["case"] for c in cases)
    capsys.readouterr()
    assert _export(database_url, tmp_path / "nokey.xlsx", monkeypatch, key=None) == 1
    err = capsys.readouterr().err
    assert ENV_EXPORT_KEY in err and "openssl rand -hex 32" in err
    assert not (tmp_path / "nokey.xlsx").exists()
    assert _export(database_url, tmp_path / "short.xlsx", monkeypatch, key="short") == 1


def test_a_new_identifying_or_free_text_field_is_dropped_without_touching_the_export():
    class Extended(Case):
        entity: ClassVar[str] = "case"
        nickname: Annotated[str | None, Identifying()] = None
        remark: Annotated[str | None, FreeText()] = None
        caseworker: str | None = None  # plain text: a name, not a code
        second_site: SiteCode | None = None

    kept = exported_fields(Extended)
    assert {"nickname", "remark", "caseworker", "reference", "counsellor"}.isdisjoint(kept)
    assert "second_site" in kept
    for model in ENTITIES.values():
        for name in exported_fields(model):
            assert not any(isinstance(m, SECRET_MARKERS) for m in model.markers(name))


def test_pseudonyms_dates_and_age_bands():
    one, two = Pseudonymiser(KEY.encode()), Pseudonymiser(OTHER_KEY.encode())
    assert one("person", "a" * 26) == one("person", "A" * 26) != two("person", "a" * 26)
    assert one("person", "a" * 26) != one("household", "a" * 26)
    assert month("2024-03-17") == "2024-03" and month(None) == ""
    assert age_band("1987-03-04", "2020-05-01") == "18-34"
    assert age_band("1987", "2020-05-01") == "18-34"
    assert age_band("2006-03", "2020-03-15") == "unknown"  # 13 or 14: it depends on the day
    assert age_band("2006-02", "2020-03-15") == "14-17"
    assert age_band("1955", "2020-06-01") == "unknown"  # 64 or 65
    assert age_band("1950", "2020-06-01") == "65+"
    assert age_band("2020", "2020-06-01") == "0-13"  # born before the day, whenever in 2020
    assert age_band("2021", "2020-06-01") == "unknown"
    assert age_band("2015", "2020-06-01") == "0-13"
    assert age_band(None, "2020-06-01") == "unknown"


def test_export_refuses_without_pseudonymised(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(ENV_EXPORT_KEY, KEY)
    url = f"sqlite:///{tmp_path / 'server.db'}"
    code = main(["--database-url", url, "export", "cases", "-o", str(tmp_path / "x.xlsx")])
    assert code == 1
    assert "--pseudonymised" in capsys.readouterr().err


def test_xlsx_rows_beyond_a_sheet_continue_on_the_next(tmp_path, monkeypatch):
    from sync.server.exports.cases import cases

    monkeypatch.setattr(cases, "MAX_SHEET_ROWS", 3)
    rows = cases.Sheet("consultations", ["id"], iter([[f"r{i}"] for i in range(7)]))
    target = tmp_path / "x.xlsx"
    assert cases.write_xlsx(target, [rows]) == {"consultations": 7}
    book = load_workbook(target, read_only=True)
    assert book.sheetnames == ["consultations", "consultations-2", "consultations-3"]
    seen = [
        r[0] for name in book.sheetnames for r in book[name].iter_rows(min_row=2, values_only=True)
    ]
    assert seen == [f"r{i}" for i in range(7)]
