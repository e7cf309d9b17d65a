"""A consultation's interpreter language and how the interpreter attends go together (issue 15,
fault 5): refused on every write (the forms, the services, import), named at the field; records
stored or synced before the rule stay readable, and a pull that brings one is applied."""

import json
from datetime import UTC, date, datetime

import pytest

from app.domain.casework import Consultation
from app.domain.ids import new_id
from app.errors import ImportFailed, ValidationFailed
from app.services import records
from app.services.importing import import_file
from sync.device import apply_page
from sync.protocol import PullResponse, RecordState

OTHER_DEVICE = "0190a000-0000-7000-8000-0000000000ff"


def _consultation(case_id: str, **fields: object) -> dict:
    return {
        "case_id": case_id,
        "held_on": date.today(),
        "duration_minutes": 30,
        "counsellor": "anna",
        **fields,
    }


def test_a_language_without_how_the_interpreter_attends_is_refused_at_that_field(make) -> None:
    case = make.case()
    with pytest.raises(ValidationFailed) as info:
        records.create(
            make.store,
            entity="consultation",
            data=_consultation(case.id, interpreter_language="tur"),
        )
    assert list(info.value.problems) == ["interpreter_mode"]
    assert "Dolmetschung" in info.value.problems["interpreter_mode"]


def test_how_the_interpreter_attends_without_a_language_is_refused_at_the_language(make) -> None:
    case = make.case()
    with pytest.raises(ValidationFailed) as info:
        records.create(
            make.store,
            entity="consultation",
            data=_consultation(case.id, interpreter_mode="in_person"),
        )
    assert list(info.value.problems) == ["interpreter_language"]


def test_both_or_neither_are_fine(make) -> None:
    case = make.case()
    for fields in ({}, {"interpreter_language": "tur", "interpreter_mode": "remote"}):
        records.create(make.store, entity="consultation", data=_consultation(case.id, **fields))


def test_changing_a_consultation_checks_the_rule_too(make) -> None:
    case = make.case()
    made = records.create(
        make.store,
        entity="consultation",
        data=_consultation(case.id, interpreter_language="tur", interpreter_mode="remote"),
    )
    with pytest.raises(ValidationFailed) as info:
        records.update(
            make.store, entity="consultation", record_id=made.id, patch={"interpreter_mode": None}
        )
    assert list(info.value.problems) == ["interpreter_mode"]


def test_import_reports_the_rule_with_the_line_and_imports_nothing(make, tmp_path) -> None:
    case = make.case()
    rows = [
        {"entity": "consultation", **_consultation(case.id), "held_on": date.today().isoformat()},
        {
            "entity": "consultation",
            **_consultation(case.id, interpreter_language="tur"),
            "held_on": date.today().isoformat(),
        },
    ]
    path = tmp_path / "c.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    with pytest.raises(ImportFailed) as info:
        import_file(make.store, path=path)
    assert [line for line, _ in info.value.problems] == [2]
    assert "interpreter_mode" in str(info.value)
    assert records.count(make.store, entity="consultation") == 0


def test_a_record_from_before_the_rule_is_read_and_a_pull_bringing_one_is_applied(make) -> None:
    case = make.case()
    # As stored or merged elsewhere: reading needs no write rules.
    old = Consultation.model_validate(
        {"id": new_id(), **_consultation(case.id, interpreter_language="tur")}
    )
    assert old.interpreter_mode is None
    # A pull brings one (e.g. two devices' valid edits merged field by field).
    record_id = new_id()
    fields = {**_consultation(case.id, interpreter_language="tur"), "held_on": str(date.today())}
    stamp = f"1767225600000-00000-{OTHER_DEVICE}"
    page = PullResponse(
        records=[
            RecordState(
                entity="consultation",
                id=record_id,
                fields=fields,
                clocks={name: stamp for name in fields},
                server_seq=1,
            )
        ],
        conflicts=[],
        evictions=[],
        cursor=1,
        more=False,
        server_time=datetime.now(UTC),
    )
    apply_page(make.store, page)
    pulled = records.get(make.store, entity="consultation", record_id=record_id, audit=False)
    assert (pulled.interpreter_language, pulled.interpreter_mode) == ("tur", None)
    # Whoever changes it next is asked to complete it.
    with pytest.raises(ValidationFailed) as info:
        records.update(make.store, entity="consultation", record_id=record_id, patch={"notes": "x"})
    assert list(info.value.problems) == ["interpreter_mode"]
