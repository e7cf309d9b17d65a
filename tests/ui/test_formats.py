"""Dates, partial dates and money in the locale's way."""

from datetime import date

from ui import i18n
from ui.qt import QtCore


def test_dates_in_german_and_english() -> None:
    QtCore.QLocale.setDefault(QtCore.QLocale("de"))
    assert i18n.format_date(date(2026, 3, 4)) == "04.03.2026"
    assert i18n.format_partial_date("1987-03-14") == "14.03.1987"
    assert i18n.format_partial_date("1987-03") == "03.1987"
    assert i18n.format_partial_date("1987") == "1987"
    assert i18n.format_partial_date(None) == ""
    assert i18n.format_number(12345) == "12.345"
    QtCore.QLocale.setDefault(i18n.locale_for("en"))
    # Issue 15: English in Germany, day first (plain "en" gave the US "3/4/26").
    assert i18n.format_date(date(2026, 3, 4)) == "04/03/2026"  # four-digit years always
    assert i18n.format_partial_date("1987-03-14") == "14/03/1987"
    assert i18n.format_partial_date("1987-03") == "03/1987"


def test_money_is_stored_in_cents_and_shown_in_euros() -> None:
    QtCore.QLocale.setDefault(QtCore.QLocale("de"))
    assert i18n.format_money(123456).startswith("1.234,56")
    assert i18n.format_money(None) == ""
