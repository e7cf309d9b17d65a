"""Dates, numbers and the small-cell note as the renderers write them in German and English."""

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from app.reports.formats import (
    format_count,
    format_date,
    format_datetime,
    format_int,
    format_period,
    row_label,
    small_cell_note,
    unit_label,
)
from app.reports.model import Count


def test_dates():
    assert format_date(date(2026, 11, 5), "de") == "05.11.2026"
    assert format_date(date(2026, 11, 5), "en") == "5 Nov 2026"
    assert format_period(date(2026, 1, 1), date(2026, 6, 30), "de") == "01.01.2026 – 30.06.2026"


@pytest.mark.parametrize(
    ("zone", "shown"),
    [
        (UTC, "25.11.2026, 17:30 UTC"),
        (timezone(timedelta(hours=1)), "25.11.2026, 17:30 UTC+01:00"),
        (timezone(-timedelta(hours=3, minutes=30)), "25.11.2026, 17:30 UTC-03:30"),
    ],
)
def test_date_times_name_their_offset(zone, shown):
    assert format_datetime(datetime(2026, 11, 25, 17, 30, tzinfo=zone), "de") == shown


def test_numbers_and_counts():
    assert format_int(1234567, "de") == "1.234.567"
    assert format_int(1234567, "en") == "1,234,567"
    assert format_count(Count(None), 5, "de") == "<5"
    assert format_count(Count(0), 5, "en") == "0"
    assert format_count(Count(12000), 10, "de") == "12.000"


def test_small_cell_note_by_threshold():
    assert small_cell_note(5, "de", "person").startswith("„<5“ steht für 1 bis 4 Personen:")
    assert small_cell_note(5, "en").startswith("“<5” stands for 1 to 4 units (persons,")
    assert small_cell_note(2, "de", "case").startswith("„<2“ steht für 1 Fall:")
    assert small_cell_note(2, "en", "consultation").startswith("“<2” stands for 1 consultation:")
    assert small_cell_note(1, "en") == "All counts are shown exactly (no small-cell threshold)."


def test_units_and_unrecorded_labels():
    assert unit_label("consultation", "de") == "Beratungsgespräche"
    assert unit_label("household", "en") == "household"  # a unit a newer definition file adds
    assert row_label("", "de") == "nicht erfasst"
    assert row_label("Trier", "en") == "Trier"
