"""Import/export files: round trips, line numbers, encodings, refusals, deterministic output."""

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app.domain.attachment import Attachment
from app.domain.base import Record
from app.domain.cases import Case, CaseStatusChange
from app.domain.casework import Application, Consultation, FollowUp, Referral
from app.domain.ids import new_id
from app.domain.people import Consent, Household, Person, Vulnerability
from app.domain.registry import ENTITIES
from app.domain.returns.reintegration import SustainabilityAssessment
from app.domain.returns.support import SupportPayment
from app.domain.returns.travel import ApplicationTraveller, Departure, DocumentCheck
from app.errors import UserError
from app.services.formats import (
    Row,
    RowError,
    field_kind,
    format_for,
    read_rows,
    write_csv,
    write_jsonl,
    write_xlsx,
)

SECRET = "Geheimwert-4711"


def _records() -> list[Record]:
    household, person, case = new_id(), new_id(), new_id()
    referral, attachment, application = new_id(), new_id(), new_id()
    return [
        Household(id=household, label='Familie Müller; Köln, "Süd"', site="ABI"),
        Person(
            id=person,
            family_name="Müller",
            given_names="Anna Maria",
            aliases=["Mueller", "Mülller; alt"],
            birth_date="1990",
            birth_date_estimated=True,
            nationality="SYR",
            languages=["deu", "ara"],
            interpreter_needed=True,
            authority_file_number="0123",
            phone="+49 170 1234567",
            household_id=household,
        ),
        Person(id=new_id(), family_name="=SUMME(A1)", birth_date="1985-03-07"),
        Case(
            id=case,
            reference="ABC-2024-XY-001",
            household_id=household,
            main_contact_id=person,
            counsellor="Frau Özdemir",
            site="ABI",
            opened_on=date(2024, 1, 5),
            status="closed",
            status_since=date(2024, 6, 1),
            outcome="stays",
            closed_on=date(2024, 6, 1),
        ),
        CaseStatusChange(
            id=new_id(),
            case_id=case,
            from_status=None,
            to_status="counselling",
            changed_on=date(2024, 1, 6),
            changed_by="Frau Özdemir",
        ),
        Consultation(
            id=new_id(),
            case_id=case,
            held_on=date(2024, 2, 1),
            duration_minutes=45,
            counsellor="Frau Özdemir",
            interpreter_language="ara",
            interpreter_mode="remote",
            participant_ids=[person],
            topics=["return_options", "housing"],
            notes='Zeile eins\r\nZeile "zwei", mit Komma; und Semikolon\n[kein Array] _x000D_',
        ),
        FollowUp(
            id=new_id(),
            case_id=case,
            due_on=date(2030, 1, 1),
            assignee="Team Nord",
            title="Pass beantragen",
            status="done",
            done_on=date(2024, 3, 1),
        ),
        Referral(
            id=referral,
            case_id=case,
            partner="Beratungsstelle",
            partner_kind="medical",
            purpose="Ärztliche Bescheinigung",
            referred_on=date(2024, 2, 2),
        ),
        Application(
            id=application,
            case_id=case,
            programme="REAG_GARP",
            submitted_on=date(2024, 3, 1),
            decision="approved",
            decided_on=date(2024, 4, 1),
            amount_cents=123_456,
            destination_country="AFG",
        ),
        ApplicationTraveller(
            id=new_id(),
            case_id=case,
            application_id=application,
            person_id=person,
            role="main_applicant",
            travels=False,
        ),
        Departure(
            id=new_id(),
            case_id=case,
            application_id=application,
            planned_on=date(2031, 5, 1),
            mode="flight",
            booking_reference="XK7Q2P",
            departure_point="Frankfurt (FRA); Gate 1",
            escort="medical_escort",
        ),
        DocumentCheck(
            id=new_id(),
            case_id=case,
            application_id=application,
            document_type="fit_to_fly_certificate",
            person_id=person,
            status="present",
            issued_on=date(2024, 4, 20),
            valid_until=date(2031, 5, 3),
            attachment_id=attachment,
        ),
        SupportPayment(
            id=new_id(),
            case_id=case,
            application_id=application,
            person_id=person,
            component="start_up_aid",
            instalment=2,
            status="paid",
            amount_cents=50_000,
            payer="bamf",
            approved_on=date(2024, 4, 1),
            paid_on=date(2024, 11, 2),
        ),
        SustainabilityAssessment(
            id=new_id(),
            case_id=case,
            person_id=person,
            checkpoint="months_6",
            assessed_on=date(2024, 11, 20),
            questionnaire="2026.1",
            answers={"income": "partly", "safety": "yes"},
            scores={"economic": 0.5, "psychosocial": 1.0},
        ),
        Vulnerability(
            id=new_id(),
            person_id=person,
            assessed_on=date(2024, 2, 1),
            assessed_by="Frau Özdemir",
            categories=["elderly", "serious_illness"],
            referral_id=referral,
        ),
        Attachment(
            id=attachment,
            owner_entity="person",
            owner_id=person,
            filename="pass.pdf",
            media_type="application/pdf",
            size_bytes=0,
            sha256="a" * 64,
            added_on=date(2024, 2, 1),
        ),
        Consent(
            id=new_id(),
            person_id=person,
            purpose="sharing_with_partner",
            partner="Beratungsstelle",
            given_on=date(2024, 1, 5),
            form_version="v2",
            attachment_id=attachment,
        ),
    ]


def _by_entity() -> dict[str, list[dict[str, Any]]]:
    found: dict[str, list[dict[str, Any]]] = {entity: [] for entity in ENTITIES}
    for record in _records():
        found[record.entity].append({"id": record.id, **record.fields()})
    return found


def _rows(path: Path, **kwargs: Any) -> list[Row | RowError]:
    return list(read_rows(path, **kwargs))


def _check_round_trip(
    entity: str, written: list[dict[str, Any]], read: list[Row | RowError]
) -> None:
    assert all(isinstance(r, Row) for r in read), read
    assert [r.data for r in read if isinstance(r, Row)] == written
    model = ENTITIES[entity]
    assert [model.model_validate(r.data) for r in read if isinstance(r, Row)] == [
        model.model_validate(d) for d in written
    ]


def test_jsonl_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "all.jsonl"
    data = _by_entity()
    pairs = [(entity, row) for entity, rows in data.items() for row in rows]
    assert write_jsonl(path, pairs) == len(pairs)
    read = _rows(path, fmt="jsonl", entity=None)
    assert [(r.entity, r.data) for r in read if isinstance(r, Row)] == pairs
    assert [r.line for r in read] == list(range(1, len(pairs) + 1))
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith('{"entity":"household","id":')


def test_csv_round_trip(tmp_path: Path) -> None:
    for entity, rows in _by_entity().items():
        path = tmp_path / f"{entity}.csv"
        assert write_csv(path, entity=entity, rows=rows) == len(rows)
        assert path.read_bytes().startswith(b"\xef\xbb\xbfid,")
        _check_round_trip(entity, rows, _rows(path, fmt="csv", entity=entity))


def test_xlsx_round_trip_and_layout(tmp_path: Path) -> None:
    path = tmp_path / "all.xlsx"
    data = _by_entity()
    assert write_xlsx(path, sheets=list(data.items())) == sum(map(len, data.values()))
    for entity, rows in data.items():
        _check_round_trip(entity, rows, _rows(path, fmt="xlsx", entity=entity))
    sheet = openpyxl.load_workbook(path)["person"]
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b
    assert sheet["A2"].data_type == "s"
    assert [c.value for c in sheet[1]][:3] == ["id", "family_name", "given_names"]


def test_xlsx_is_byte_identical_on_rewrite(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    data = list(_by_entity().items())
    write_xlsx(path, sheets=data)
    first = path.read_bytes()
    write_xlsx(path, sheets=data)
    assert path.read_bytes() == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.xlsx"]


def test_jsonl_errors_carry_line_numbers(tmp_path: Path) -> None:
    good = '{"entity":"household","id":"x","label":"A"}'
    path = tmp_path / "in.jsonl"
    lines = [
        good,
        "",
        '{"entity": "household", "label": "' + SECRET,
        f'["{SECRET}"]',
        f'{{"label": "{SECRET}"}}',
        f'{{"entity": "{SECRET}"}}',
        '{"entity": "case", "id": "y"}',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    read = _rows(path, fmt="jsonl", entity="household")
    assert read[0] == Row(1, "household", {"id": "x", "label": "A"})
    errors = read[1:]
    assert [e.line for e in errors] == [3, 4, 5, 6, 7]
    assert all(isinstance(e, RowError) and SECRET not in e.message for e in errors)
    assert "not valid JSON" in errors[0].message
    assert "'entity'" in errors[2].message
    assert "unknown entity" in errors[3].message


def test_csv_error_names_the_line_a_record_starts_on(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        "id,family_name,given_names,interpreter_needed,languages\n"
        'a,Müller,"Anna\nMaria",ja,deu; ara\n'
        f"b,Schmidt,Jan,{SECRET},\n"
        "\n"
        ",,,,\n"
        'c,Ada,,NEIN,"[""deu""]"\n',
        encoding="utf-8",
    )
    read = _rows(path, fmt="csv", entity="person")
    assert isinstance(read[0], Row) and read[0].line == 2
    assert read[0].data == {
        "id": "a",
        "family_name": "Müller",
        "given_names": "Anna\nMaria",
        "interpreter_needed": True,
        "languages": ["deu", "ara"],
    }
    assert isinstance(read[1], RowError) and read[1].line == 4
    assert "interpreter_needed" in read[1].message and SECRET not in read[1].message
    assert isinstance(read[2], Row) and read[2].line == 7
    assert read[2].data["given_names"] is None
    assert read[2].data["interpreter_needed"] is False
    assert read[2].data["languages"] == ["deu"]


def test_cp1252_with_semicolons(tmp_path: Path) -> None:
    path = tmp_path / "excel.csv"
    text = 'id;family_name;languages;interpreter_needed\r\n;Müßig-Öztürk;"deu; ara";Wahr\r\n'
    path.write_bytes(text.encode("cp1252"))
    (row,) = _rows(path, fmt="csv", entity="person")
    assert isinstance(row, Row)
    assert row.data == {
        "id": None,
        "family_name": "Müßig-Öztürk",
        "languages": ["deu", "ara"],
        "interpreter_needed": True,
    }


def test_utf8_bom_and_explicit_encoding(tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("id,label\r\nx,Köln\r\n".encode("utf-8-sig"))
    assert _rows(path, fmt="csv", entity="household") == [
        Row(2, "household", {"id": "x", "label": "Köln"})
    ]
    path.write_bytes("id\tlabel\r\nx\tKöln\r\n".encode("utf-16"))
    assert _rows(path, fmt="csv", entity="household") == [
        Row(2, "household", {"id": "x", "label": "Köln"})
    ]
    path.write_bytes("label\nKöln\n".encode("cp1252"))
    (row,) = _rows(path, fmt="csv", entity="household", encoding="cp1252")
    assert isinstance(row, Row) and row.data == {"label": "Köln"}


def test_late_cp1252_byte_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    filler = b"".join(b"x,%s\n" % (b"a" * 1000) for _ in range(1100))
    path.write_bytes(b"id,label\n" + filler + b"y,M\xfcller\n")
    with pytest.raises(UserError, match=r"line 1102 .*--encoding cp1252"):
        _rows(path, fmt="csv", entity="household")


def test_headers_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("id,famly_name,label\nx,y,z\n", encoding="utf-8")
    with pytest.raises(UserError, match="famly_name"):
        _rows(path, fmt="csv", entity="household")
    path.write_text(f"{SECRET},Anna\n", encoding="utf-8")
    with pytest.raises(UserError, match="not a header") as refused:
        _rows(path, fmt="csv", entity="household")
    assert SECRET not in str(refused.value)
    path.write_text("label,site,label\nx,,y\n", encoding="utf-8")
    with pytest.raises(UserError, match="label appear"):
        _rows(path, fmt="csv", entity="household")
    path.write_text("entity,label\nperson,x\nhousehold,y\n", encoding="utf-8")
    first, second = _rows(path, fmt="csv", entity="household")
    assert isinstance(first, RowError) and first.line == 2
    assert second == Row(3, "household", {"label": "y"})
    with pytest.raises(UserError, match="--entity"):
        _rows(path, fmt="csv", entity=None)


def test_typed_xlsx_cells_are_converted(tmp_path: Path) -> None:
    path = tmp_path / "hand.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Tabelle1"
    sheet.append(["family_name", "birth_date", "authority_file_number", "interpreter_needed"])
    sheet.append(["Müller", datetime(1990, 5, 17), 12345, True])
    sheet.append([])
    sheet.append([SECRET, "1990", None, SECRET])
    book.save(path)
    book2 = openpyxl.Workbook()
    sheet2 = book2.active
    assert sheet2 is not None
    sheet2.append(["size_bytes"])
    sheet2.append([12.0])
    sheet2.append([SECRET])
    book2.save(tmp_path / "att.xlsx")
    first, second = _rows(path, fmt="xlsx", entity="person")
    assert first == Row(
        2,
        "person",
        {
            "family_name": "Müller",
            "birth_date": "1990-05-17",
            "authority_file_number": "12345",
            "interpreter_needed": True,
        },
    )
    assert isinstance(second, RowError) and second.line == 4 and SECRET not in second.message
    ok, bad = _rows(tmp_path / "att.xlsx", fmt="xlsx", entity="attachment")
    assert isinstance(ok, Row) and ok.data == {"size_bytes": 12}
    assert isinstance(bad, RowError) and "size_bytes" in bad.message
    assert SECRET not in bad.message


def test_unreadable_files(tmp_path: Path) -> None:
    missing = tmp_path / "nope.csv"
    with pytest.raises(UserError, match=re.escape(f"{missing}: file not found")):
        _rows(missing, fmt="csv", entity="person")
    with pytest.raises(UserError, match="folder"):
        _rows(tmp_path, fmt="jsonl", entity=None)
    fake = tmp_path / "fake.xlsx"
    fake.write_text("id,label\n", encoding="utf-8")
    with pytest.raises(UserError, match="not an XLSX file"):
        _rows(fake, fmt="xlsx", entity="household")


def test_failed_write_leaves_nothing(tmp_path: Path) -> None:
    def rows() -> Any:
        yield {"id": "x", "label": "a"}
        raise RuntimeError("boom")

    for write in (
        lambda p: write_jsonl(p, (("household", r) for r in rows())),
        lambda p: write_csv(p, entity="household", rows=rows()),
        lambda p: write_xlsx(p, sheets=[("household", rows())]),
    ):
        with pytest.raises(RuntimeError):
            write(tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_format_for_and_field_kind() -> None:
    assert format_for(Path("a.NDJSON"), None) == "jsonl"
    assert format_for(Path("a.csv"), None) == "csv"
    assert format_for(Path("a.txt"), "XLSX") == "xlsx"
    with pytest.raises(UserError, match="--format"):
        format_for(Path("a.txt"), None)
    with pytest.raises(UserError, match="jsonl, csv, xlsx"):
        format_for(Path("a.csv"), "ods")
    kinds = {
        name: field_kind(Person, name) for name in ("aliases", "birth_date", "interpreter_needed")
    }
    assert kinds == {"aliases": "list", "birth_date": "str", "interpreter_needed": "bool"}
    assert field_kind(Application, "amount_cents") == "int"
    assert field_kind(Application, "decided_on") == "date"
    assert field_kind(Case, "status") == "str"
