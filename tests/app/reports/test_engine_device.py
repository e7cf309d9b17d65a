"""The indicator engine on a real SQLCipher store: exact counts, age groups, small cells."""

import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Text, literal, select

from app.reports.definitions import load_definitions, parse_definitions
from app.reports.device_source import DeviceSource
from app.reports.engine import age_group, build_report
from app.reports.model import Count
from app.reports.small_cells import protect, protect_rows
from app.services.cases import open_case
from app.store.store import Store
from tests.app.reports.indicator_data import DEFINITIONS, PERIOD, build, rows
from tests.conftest import FAST_KDF, Factory

ALL_SEXES = {"female", "male", "diverse", "unknown"}


def _report(store, definitions=None, *, threshold=1, period=PERIOD):
    with store.read() as conn:
        return build_report(
            conn,
            DeviceSource(),
            definitions or load_definitions(),
            period_from=period[0],
            period_to=period[1],
            scope="team-a",
            threshold=threshold,
        ).to_json()


@pytest.fixture
def world(store):
    return build(store)


def test_persons_counselled_with_every_breakdown(store, world):
    got = rows(_report(store), "persons_counselled")
    # Amira and Bilal (2 Feb), Amira again as main contact (31 Mar), Dawit (1 Jan).
    assert got["total"] == 3
    assert got["sex"] == {"female": 1, "male": 2, "diverse": 0, "unknown": 0}
    # At 2025-03-31: Amira 34; Bilal "2012" = 1 July 2012, 12; Dawit "1950", 74.
    assert got["age_group"] == {"0-13": 1, "14-17": 0, "18-34": 1, "35-64": 0, "65+": 1}
    assert got["nationality"] == {"SYR": 2, "AFG": 1}
    # Bilal's assessment came after the period's end: he counts as none recorded.
    assert got["vulnerability"]["pregnancy"] == 1
    assert got["vulnerability"]["single_parent"] == 1
    assert got["vulnerability"][""] == 2
    assert got["site"] == {"ATR": 2, "KO": 1}  # a consultation's own site beats the case's
    assert got["district"] == {"07211": 2, "07111": 1}
    assert got["team"] == {"team-a": 3}
    assert got["programme"] == {"STARTHILFE_PLUS": 2, "": 1}  # the rejected REAG_GARP not


def test_consultations_cases_and_outcomes(store, world):
    report = _report(store)
    consultations = rows(report, "consultations_held")
    assert consultations["total"] == 3  # 1 Jan and 31 Mar included, 1 Apr not
    assert consultations["sex"] == {"female": 2, "male": 1, "diverse": 0, "unknown": 0}
    assert consultations["site"] == {"ATR": 2, "KO": 1}
    assert rows(report, "cases_opened")["total"] == 1  # C2 opened on 31 Dec: before
    assert rows(report, "cases_closed")["site"] == {"ATR": 1}
    assisted = rows(report, "returned_assisted")
    assert assisted["total"] == 3  # the whole household, Cem included
    assert assisted["programme"] == {"STARTHILFE_PLUS": 3}
    assert assisted["age_group"] == {"0-13": 1, "14-17": 1, "18-34": 1, "35-64": 0, "65+": 0}
    for outcome in ("returned_self_organised", "stays", "onward_migration", "contact_lost"):
        assert rows(report, outcome)["total"] == 0
    reintegration = rows(report, "reintegration_assistance")
    assert reintegration["total"] == 3
    assert reintegration["programme"] == {"STARTHILFE_PLUS": 3}
    vulnerable = rows(report, "vulnerable_persons")
    assert vulnerable["total"] == 1
    assert vulnerable["vulnerability"]["pregnancy"] == 1


def test_other_events_and_where_fields(store, world):
    report = _report(store, parse_definitions(DEFINITIONS))
    departed = rows(report, "departed")
    assert departed["total"] == 3
    assert departed["programme"] == {"STARTHILFE_PLUS": 3}
    assert departed["sex"] == {"female": 1, "male": 1, "diverse": 1, "unknown": 0}
    adults = rows(report, "adults_counselled")
    assert adults["total"] == 2  # Amira and Dawit; Bilal is 12
    assert adults["age_group"] == {"0-13": 0, "14-17": 0, "18-34": 1, "35-64": 0, "65+": 1}
    assert rows(report, "counselled_at_atr") == {"total": 2}  # at the case's site; Dawit at KO
    reintegration = rows(report, "cases_with_reintegration")
    assert reintegration == {"total": 1, "programme": {"STARTHILFE_PLUS": 1}, "team": {"team-a": 1}}


def test_a_period_without_events_counts_zero(store, world):
    report = _report(store, period=(date(2020, 1, 1), date(2020, 12, 31)))
    for indicator in report["indicators"]:
        assert indicator["total"] == 0
        for breakdown in indicator["breakdowns"]:
            assert all(r["count"] == 0 for r in breakdown["rows"])


def test_small_cells_are_hidden_by_default_and_zero_stays_zero(store, world):
    report = _report(store, threshold=None)
    assert report["small_cell_threshold"] == 5
    got = rows(report, "persons_counselled")
    assert got["total"] == "<5"
    assert got["sex"] == {"female": "<5", "male": "<5", "diverse": 0, "unknown": 0}
    assert all(i["total"] in (0, "<5") for i in report["indicators"])
    assert all(
        r["count"] in (0, "<5")
        for i in report["indicators"]
        for b in i["breakdowns"]
        for r in b["rows"]
    )
    assert rows(_report(store, threshold=3), "persons_counselled")["total"] == 3
    # Threshold 2: one hidden female would be 3 - 2 males; the males are hidden with her.
    two = rows(_report(store, threshold=2), "persons_counselled")
    assert two["total"] == 3
    # male (2) is hidden only so that female (1) cannot be worked out: "x", not "<2".
    assert two["sex"] == {"female": "<2", "male": "x", "diverse": 0, "unknown": 0}
    assert two["nationality"] == {"SYR": "x", "AFG": "<2"}
    assert two["site"] == {"ATR": 2, "KO": "<2"}  # multi-valued for persons: no second cell
    assert two["vulnerability"][""] == 2
    assert rows(_report(store, threshold=4), "persons_counselled")["total"] == "<4"


def test_a_lone_hidden_cell_takes_a_second_one_with_it():
    # total 12: female 2 alone hidden would be 12 - 10.
    protected = protect_rows({"female": 2, "male": 10, "diverse": 0}, 5, adds_up=True)
    secondary = Count(None, secondary=True)
    assert protected == {"female": Count(None), "male": secondary, "diverse": Count(0)}
    assert protected["male"].display(5) == "x" and protected["female"].display(5) == "<5"
    # two hidden cells already hide each other; multi-valued rows do not add up
    two = protect_rows({"a": 2, "b": 3, "c": 10}, 5, adds_up=True)
    assert two == {"a": Count(None), "b": Count(None), "c": Count(10)}
    multi = protect_rows({"a": 2, "c": 10}, 5, adds_up=False)
    assert multi == {"a": Count(None), "c": Count(10)}
    assert protect(0, 5) == Count(0) and protect(4, 5) == Count(None) and protect(5, 5) == Count(5)


@pytest.mark.parametrize(
    ("birth", "at", "group"),
    [
        ("2011-06-30", date(2025, 6, 30), "14-17"),  # 14th birthday on the last day
        ("2011-07-01", date(2025, 6, 30), "0-13"),
        ("2007-06-30", date(2025, 6, 30), "18-34"),
        ("2007-07-01", date(2025, 6, 30), "14-17"),
        ("1990-06-30", date(2025, 6, 30), "35-64"),
        ("1990-07-01", date(2025, 6, 30), "18-34"),
        ("1960-06-30", date(2025, 6, 30), "65+"),
        ("1960-07-01", date(2025, 6, 30), "35-64"),
        ("2011", date(2025, 6, 30), "0-13"),  # a bare year: born 1 July
        ("2011", date(2025, 7, 1), "14-17"),
        ("2011-06", date(2025, 6, 14), "0-13"),  # year and month: born on the 15th
        ("2011-06", date(2025, 6, 15), "14-17"),
        ("2024-02-29", date(2025, 2, 28), "0-13"),
        (None, date(2025, 6, 30), ""),
    ],
)
def test_age_group_at_the_period_end_from_partial_dates(store, birth, at, group):
    with store.read() as conn:
        assert conn.execute(select(age_group(literal(birth, Text), at))).scalar_one() == group


def test_erased_records_are_not_counted(store, world):
    from app.services.records import erase

    erase(store, entity="person", record_id=world.dawit, cascade=True)
    got = rows(_report(store), "persons_counselled")
    assert got["total"] == 2
    assert got["nationality"] == {"SYR": 2}


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.sampled_from(sorted(ALL_SEXES)),
            st.one_of(st.none(), st.integers(1930, 2024).map(str)),
            st.sampled_from(["SYR", "AFG", "TUR", None]),
        ),
        max_size=8,
    )
)
def test_single_valued_breakdowns_add_up_to_the_total(persons):
    with tempfile.TemporaryDirectory() as folder:
        store, _ = Store.init(Path(folder), "pass-word-1", actor="anna", kdf=FAST_KDF, site="ATR")
        try:
            make = Factory(store)
            household = make.household()
            for sex, birth, nationality in persons:
                make.person(
                    household_id=household.id, sex=sex, birth_date=birth, nationality=nationality
                )
            open_case(store, household_id=household.id, site="ATR", opened_on=date(2025, 2, 1))
            text = DEFINITIONS.split("[[indicator]]")[0] + (
                '[[indicator]]\nid = "pp"\nname_de = "P"\nname_en = "P"\ndescription_de = "P"\n'
                'description_en = "P"\nunit = "person"\nevent = "case_opened"\n'
                'breakdowns = ["sex", "age_group", "nationality", "site", "district", "team"]\n'
            )
            got = rows(_report(store, parse_definitions(text)), "pp")
        finally:
            store.close()
    assert got["total"] == len(persons)
    for dimension in ("sex", "age_group", "nationality", "site", "district"):
        assert sum(got[dimension].values()) == len(persons), dimension


def test_one_statement_per_indicator_and_only_counts_come_back(store, world):
    class Counting:
        """Passes statements on and notes the statement and how many rows came back."""

        def __init__(self, conn):
            self.conn, self.fetched = conn, []

        def execute(self, statement, *args, **kwargs):
            rows = self.conn.execute(statement, *args, **kwargs).all()
            self.fetched.append((str(statement).lstrip()[:4], len(rows)))
            return rows

    definitions = load_definitions()
    with store.read() as conn:
        counting = Counting(conn)
        report = build_report(
            counting,
            DeviceSource(),
            definitions,
            period_from=PERIOD[0],
            period_to=PERIOD[1],
            scope="t",
            threshold=1,
        )
    assert [kind for kind, _ in counting.fetched] == ["WITH"] * len(definitions.indicators)
    # What comes back is the total and one row per (breakdown, key) that has units: the
    # counts themselves, never the records (zero rows of fixed code lists are added after).
    expected = [
        1 + sum(1 for b in i.breakdowns for r in b.rows if r.count.value) for i in report.indicators
    ]
    assert [n for _, n in counting.fetched] == expected


@given(
    st.dictionaries(st.text(max_size=3), st.integers(0, 40), max_size=8),
    st.integers(1, 10),
    st.booleans(),
)
def test_no_shown_cell_is_small_and_no_lone_cell_is_hidden(counts, threshold, adds_up):
    protected = protect_rows(counts, threshold, adds_up=adds_up)
    assert set(protected) == set(counts)
    for key, cell in protected.items():
        if cell.value is not None:
            assert cell.value == counts[key]
            assert cell.value == 0 or cell.value >= threshold
        else:
            assert counts[key] > 0
    hidden = [k for k, c in protected.items() if c.suppressed]
    others = [k for k in counts if k not in hidden and counts[k] > 0]
    if adds_up and sum(counts.values()) >= threshold and len(hidden) == 1:
        assert not others  # a lone hidden cell only when nothing else could give it away
