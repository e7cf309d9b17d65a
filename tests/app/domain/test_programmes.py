"""Programme rules as data: the shipped files hold what the programmes need; mistakes name file and line."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from app.domain import programmes as programme_data
from app.domain.programmes import ProgrammeDataError, load_programmes
from app.domain.reference import load_reference
from app.errors import UserError

SHIPPED = Path(__file__).resolve().parents[3] / "resources" / "programmes"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "programmes"
    shutil.copytree(SHIPPED, target)
    return target


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _error(folder: Path) -> str:
    with pytest.raises(ProgrammeDataError) as caught:
        load_programmes(folder)
    return str(caught.value)


def _line(path: Path, text: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def test_the_shipped_programmes_hold_the_rules_of_the_issue():
    found = load_programmes(SHIPPED)
    assert [p.code for p in found.programmes] == [
        "REAG_GARP",
        "STARTHILFE_PLUS",
        "EU_REINTEGRATION",
        "STATE_RLP",
        "MUNICIPAL",
        "OTHER",
    ]
    reag = found.programme("reag_garp")
    documents = {d.type: d for d in reag.document}
    assert documents["fit_to_fly_certificate"].issued_within_days == 8
    assert documents["airline_medical_form"].issued_within_days == 7
    assert (documents["signature"].per, documents["signature"].min_age) == ("signatory", 16)
    assert documents["travel_document"].valid_at_departure
    assert set(reag.reference_kinds) == {"federal_application", "iom_case"}
    instalments = found.programme("STARTHILFE_PLUS").component_rule("start_up_aid").instalments
    assert [(i.due, i.months) for i in instalments] == [
        ("before_departure", 0),
        ("after_return", 6),
    ]
    state = found.programme("STATE_RLP")
    assert {(r.other, r.effect) for r in state.double_funding} >= {("REAG_GARP", "excludes")}
    assert found.programme("EU_REINTEGRATION").valid_on(date(2022, 4, 1))
    assert not found.programme("EU_REINTEGRATION").valid_on(date(2022, 3, 31))
    assert found.document_name("fit_to_fly_certificate", "de").startswith("Flugtauglichkeit")


def test_a_wrong_value_names_file_line_and_table(folder):
    path = folder / "reag_garp.toml"
    _edit(path, "issued_within_days = 8", "issued_within_days = 0")
    line = _line(path, "issued_within_days = 0")
    message = _error(folder)
    assert message.startswith(
        f"reag_garp.toml line {line} (document 'fit_to_fly_certificate'): issued_within_days:"
    )


def test_unknown_keys_codes_and_references_are_all_listed(folder):
    path = folder / "state_rlp.toml"
    _edit(path, 'per = "traveller"\npayer = "state"', 'per = "person"\npayer = "state"')
    _edit(path, 'type = "travel_document"', 'type = "passport"')
    _edit(path, 'other = "REAG_GARP"', 'other = "REAG"')
    _edit(path, "position = 40", "position = 40\ncolour = 'blue'")
    message = _error(folder)
    per_line = _line(path, 'per = "person"')
    assert f"state_rlp.toml line {per_line} (component 'travel_allowance'): per:" in message
    assert f"line {_line(path, 'colour')}: unknown key 'colour'" in message
    # Problems found only once the files parse are reported too, in the same run.
    (folder / "other.toml").write_text(
        (folder / "other.toml")
        .read_text()
        .replace('type = "application_form"', 'type = "passport"')
    )
    message = _error(folder)
    assert (
        f"other.toml line {_line(folder / 'other.toml', 'passport')} (document 'passport'): unknown document type 'passport'"
        in message
    )


def test_cross_file_problems_name_both_sides(folder):
    _edit(folder / "municipal.toml", 'other = "REAG_GARP"', 'other = "NOWHERE"')
    shutil.copy(folder / "other.toml", folder / "other_copy.toml")
    message = _error(folder)
    assert "(double_funding 'NOWHERE'): unknown programme 'NOWHERE'" in message
    code = _line(folder / "other_copy.toml", "code =")
    assert f"other_copy.toml line {code}: duplicate code, already used in other.toml" in message


def test_toml_syntax_errors_give_line_and_column(folder):
    (folder / "other.toml").write_text('code = "OTHER"\nname_de = \n', encoding="utf-8")
    assert "other.toml line 2, column" in _error(folder) or "other.toml line 2" in _error(folder)


def test_missing_keys_and_empty_folders(folder, tmp_path):
    path = folder / "municipal.toml"
    _edit(path, 'name_en = "Municipal programme"\n', "")
    assert "municipal.toml: missing key 'name_en'" in _error(folder)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ProgrammeDataError, match="_documents.toml: file not found"):
        load_programmes(empty)
    shutil.copy(SHIPPED / "_documents.toml", empty)
    with pytest.raises(ProgrammeDataError, match="no programme file"):
        load_programmes(empty)
    assert issubclass(ProgrammeDataError, UserError)


def test_an_override_folder_replaces_the_shipped_programmes(folder, monkeypatch):
    _edit(folder / "municipal.toml", 'name_de = "Kommunales Programm"', 'name_de = "Stadtfonds"')
    shutil.copytree(SHIPPED.parent / "reference", folder.parent / "reference")
    monkeypatch.setenv("FALLAKTE_RESOURCES", str(folder.parent))
    assert programme_data.default_directory() == folder
    assert load_programmes().programme("MUNICIPAL").name_de == "Stadtfonds"
    assert load_reference().programme("MUNICIPAL").name_de == "Stadtfonds"
    # An override made for an older release has no programmes folder: the shipped one serves.
    shutil.rmtree(folder)
    assert programme_data.default_directory() == SHIPPED
