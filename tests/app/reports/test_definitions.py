"""Indicator definitions: the shipped file validates; every kind of mistake names its line."""

from pathlib import Path

import pytest

from app.reports.definitions import (
    BREAKDOWNS,
    DefinitionsError,
    default_path,
    load_definitions,
    parse_definitions,
)

SHIPPED = Path(__file__).resolve().parents[3] / "resources" / "reports" / "indicators.toml"

VALID = """\
version = "test-1"
small_cell_threshold = 3

[[indicator]]
id = "cases_opened"
name_de = "Eröffnete Fälle"
name_en = "Cases opened"
description_de = "Fälle"
description_en = "Cases"
unit = "case"
event = "case_opened"
breakdowns = ["sex", "site"]
chart = true

[[indicator]]
id = "cases_closed"
name_de = "Abgeschlossene Fälle"
name_en = "Cases closed"
description_de = "Fälle"
description_en = "Cases"
unit = "person"
event = "case_closed"
where = { "case.outcome" = ["returned_assisted"], "application.programme_kind" = ["reintegration"] }
breakdowns = ["programme"]
"""


def _error(text: str) -> str:
    with pytest.raises(DefinitionsError) as caught:
        parse_definitions(text)
    return str(caught.value)


def _line_of(text: str, needle: str, occurrence: int = 1) -> int:
    found = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    return found[occurrence - 1]


def test_a_valid_file_gives_its_indicators_in_order():
    definitions = parse_definitions(VALID)
    assert definitions.version == "test-1"
    assert definitions.small_cell_threshold == 3
    assert [i.id for i in definitions.indicators] == ["cases_opened", "cases_closed"]
    closed = definitions.indicators[1]
    assert closed.unit == "person" and closed.event == "case_closed"
    assert closed.where == {
        "case.outcome": ["returned_assisted"],
        "application.programme_kind": ["reintegration"],
    }
    assert definitions.indicators[0].chart and not closed.chart


def test_the_shipped_file_validates_and_covers_what_the_funder_asks():
    definitions = load_definitions(SHIPPED)
    ids = {i.id for i in definitions.indicators}
    assert {
        "persons_counselled",
        "consultations_held",
        "cases_opened",
        "cases_closed",
        "returned_assisted",
        "returned_self_organised",
        "stays",
        "onward_migration",
        "referred_elsewhere",
        "contact_lost",
        "reintegration_assistance",
        "vulnerable_persons",
        "removed",
        "dublin_transfer",
        "sustainable_6m",
        "sustainable_12m",
    } <= ids
    assert all(set(i.breakdowns) == set(BREAKDOWNS) for i in definitions.indicators)
    assert definitions.small_cell_threshold == 5
    assert definitions.path == SHIPPED


def test_resources_override_and_an_explicit_path(tmp_path, monkeypatch):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "indicators.toml").write_text(VALID, encoding="utf-8")
    monkeypatch.setenv("FALLAKTE_RESOURCES", str(tmp_path))
    assert default_path() == tmp_path / "reports" / "indicators.toml"
    assert load_definitions().version == "test-1"
    monkeypatch.delenv("FALLAKTE_RESOURCES")
    assert load_definitions().version != "test-1"
    assert load_definitions(tmp_path / "reports" / "indicators.toml").version == "test-1"


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(DefinitionsError, match="nothing.toml: file not found"):
        load_definitions(tmp_path / "nothing.toml")


def test_toml_syntax_error_names_line_and_column():
    text = VALID.replace('unit = "case"', 'unit = case"')
    line = _line_of(text, 'unit = case"')
    message = _error(text)
    assert message.startswith(f"indicators.toml line {line}, column 8: TOML syntax:")


def test_unknown_breakdown_names_the_indicator_its_line_and_the_known_ones():
    text = VALID.replace('breakdowns = ["programme"]', 'breakdowns = ["programme", "gender"]')
    line = _line_of(text, '"gender"')
    assert _error(text) == (
        f"indicators.toml line {line} (indicator 'cases_closed'): breakdowns: unknown "
        "breakdown 'gender'; known: sex, age_group, nationality, vulnerability, site, "
        "district, team, programme, outreach"
    )


@pytest.mark.parametrize(
    ("old", "new", "needle", "expected"),
    [
        ('unit = "case"', 'unit = "household"', 'unit = "household"', "unknown unit 'household'"),
        ('event = "case_opened"', 'event = "opened"', 'event = "opened"', "unknown event 'opened'"),
        (
            "chart = true",
            'chart = "yes"',
            'chart = "yes"',
            "chart: Input should be a valid boolean",
        ),
        ('name_en = "Cases opened"', "name_en = 7", "name_en = 7", "name_en: Input should be"),
        ("chart = true", "chart = true\ncolour = 'red'", "colour", "unknown key 'colour'"),
        (
            'unit = "case"\nevent = "case_opened"',
            'unit = "consultation"\nevent = "case_opened"',
            'unit = "consultation"',
            "unit 'consultation' does not fit event 'case_opened'; it counts: person, case",
        ),
    ],
)
def test_a_bad_key_of_the_first_indicator_points_at_its_line(old, new, needle, expected):
    text = VALID.replace(old, new, 1)
    message = _error(text)
    assert message.startswith(
        f"indicators.toml line {_line_of(text, needle)} (indicator 'cases_opened'): "
    )
    assert expected in message


def test_unknown_where_field_and_bad_values_point_at_the_where_line():
    text = VALID.replace('"case.outcome"', '"case.result"')
    line = _line_of(text, "case.result")
    assert _error(text).startswith(
        f"indicators.toml line {line} (indicator 'cases_closed'): unknown field 'case.result'"
    )
    text = VALID.replace('["returned_assisted"]', '["returned"]')
    assert "'returned' is not a value of case.outcome; known: returned_assisted" in _error(text)
    text = VALID.replace(
        '"application.programme_kind" = ["reintegration"]', '"person.nationality" = ["XYZ"]'
    )
    assert "'XYZ' is not a known code of person.nationality" in _error(text)
    text = VALID.replace('"case.outcome"', '"consultation.mode"')
    assert "field 'consultation.mode' needs event 'consultation_held'" in _error(text)


def test_where_as_a_sub_table_is_found_too():
    text = (
        VALID.replace(
            'where = { "case.outcome" = ["returned_assisted"], "application.programme_kind" = ["reintegration"] }\n',
            "",
        )
        + '[indicator.where]\n"case.outcome" = ["returned_assisted"]\n"person.sex" = ["woman"]\n'
    )
    line = _line_of(text, '"person.sex"')
    assert _error(text).startswith(f"indicators.toml line {line} (indicator 'cases_closed'):")


def test_missing_key_points_at_the_indicator_header():
    text = VALID.replace('description_en = "Cases"\nunit = "person"', 'unit = "person"')
    header = _line_of(text, "[[indicator]]", 2)
    assert _error(text) == (
        f"indicators.toml line {header} (indicator 'cases_closed'): missing key 'description_en'"
    )


def test_duplicate_id_names_the_first_use():
    text = VALID.replace('id = "cases_closed"', 'id = "cases_opened"')
    first, second = (
        _line_of(text, 'id = "cases_opened"', 1),
        _line_of(text, 'id = "cases_opened"', 2),
    )
    assert _error(text) == (
        f"indicators.toml line {second} (indicator 'cases_opened'): duplicate id, "
        f"already used on line {first}"
    )


def test_top_level_problems():
    assert "missing key 'version'" in _error(VALID.replace('version = "test-1"\n', ""))
    text = VALID.replace("small_cell_threshold = 3", "small_cell_threshold = 1")
    assert _error(text).startswith("indicators.toml line 2: small_cell_threshold:")
    assert "unknown key 'title'" in _error('title = "x"\n' + VALID)
    assert "no [[indicator]] table" in _error('version = "1"\n')


def test_every_problem_is_listed_not_just_the_first():
    text = VALID.replace('unit = "case"', 'unit = "x"').replace('"case.outcome"', '"case.y"')
    lines = _error(text).splitlines()
    assert len(lines) == 2
    assert "(indicator 'cases_opened')" in lines[0] and "(indicator 'cases_closed')" in lines[1]


def test_a_bad_value_in_a_where_sub_table_points_at_its_field():
    text = (
        VALID.replace(
            'where = { "case.outcome" = ["returned_assisted"], "application.programme_kind" = ["reintegration"] }\n',
            "",
        )
        + '[indicator.where]\n"case.outcome" = ["stays"]\n"person.sex" = [1]\n'
    )
    line = _line_of(text, '"person.sex"')
    message = _error(text)
    assert message == (
        f"indicators.toml line {line} (indicator 'cases_closed'): "
        "where.person.sex.0: Input should be a valid string"
    )
    text = (
        VALID.replace(
            'where = { "case.outcome" = ["returned_assisted"], "application.programme_kind" = ["reintegration"] }\n',
            "",
        )
        + '[indicator.where]\n"case.outcome" = "stays"\n'
    )
    assert _error(text) == (
        f"indicators.toml line {_line_of(text, 'case.outcome')} (indicator 'cases_closed'): "
        "where.case.outcome: Input should be a valid list"
    )
