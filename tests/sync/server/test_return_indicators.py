"""Returns are counted at the confirmed departure and only for the travellers: one household of
four where two travel, counted on the device and on the server (SQLite and PostgreSQL)."""

from datetime import date

from app.reports.definitions import load_definitions
from app.reports.device_source import DeviceSource
from app.reports.engine import build_report
from sync.server.exports.indicators.source import ServerSource
from sync.server.storage.db import make_engine
from tests.app.reports.indicator_data import rows
from tests.app.reports.returnee_household import APRIL, JUNE, MAY, NOVEMBER, build_returnees


def _on_device(store, period: tuple[date, date]) -> dict:
    with store.read() as conn:
        return build_report(
            conn,
            DeviceSource(default_team="nord"),
            load_definitions(),
            period_from=period[0],
            period_to=period[1],
            scope="anna",
            threshold=1,
        ).to_json()


def _on_server(url: str, period: tuple[date, date]) -> dict:
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            return build_report(
                conn,
                ServerSource(engine.dialect.name),
                load_definitions(),
                period_from=period[0],
                period_to=period[1],
                scope="all teams",
                threshold=1,
            ).to_json()
    finally:
        engine.dispose()


def _check_may(report: dict) -> None:
    returned = rows(report, "returned_assisted")
    # Samira and Omar left on 14 May; Karim and Lina stay and are not returnees.
    assert returned["total"] == 2
    assert returned["programme"] == {"REAG_GARP": 2}  # the travel went under REAG/GARP
    assert returned["sex"] == {"female": 1, "male": 1, "diverse": 0, "unknown": 0}
    assert returned["age_group"] == {"0-13": 1, "14-17": 0, "18-34": 0, "35-64": 1, "65+": 0}
    assert returned["outreach"]["ngo"] == 2
    # Paid for Omar on 13 May; Samira's start-up aid is only approved.
    assistance = rows(report, "reintegration_assistance")
    assert assistance["total"] == 1 and assistance["sex"]["male"] == 1
    assert rows(report, "removed")["total"] == 1
    assert rows(report, "dublin_transfer")["total"] == 1
    counselled = rows(report, "persons_counselled")
    assert counselled["total"] == 2 and counselled["outreach"]["ngo"] == 2
    # The case is still open: no outcome indicator counts the returnees.
    assert rows(report, "cases_closed")["total"] == 2
    assert rows(report, "stays")["total"] == 0


def _check_other_months(april: dict, june: dict, november: dict) -> None:
    assert rows(april, "returned_assisted")["total"] == 0  # planned for May, not counted before
    assert rows(june, "returned_assisted")["total"] == 0
    # The housing in kind for the whole StarthilfePlus application: both travellers, in June.
    june_assistance = rows(june, "reintegration_assistance")
    assert june_assistance["total"] == 2 and june_assistance["programme"] == {"STARTHILFE_PLUS": 2}
    assert rows(november, "sustainability_assessed_6m")["total"] == 2
    assert rows(november, "sustainable_6m")["total"] == 1
    assert rows(november, "sustainable_12m")["total"] == 0


def test_a_household_of_four_where_two_travel_counts_two_returnees_on_device_and_server(
    enrolled, database_url
):
    laptop = enrolled("anna")
    build_returnees(laptop.store)
    laptop.sync()
    device = {p: _on_device(laptop.store, p) for p in (APRIL, MAY, JUNE, NOVEMBER)}
    server = {p: _on_server(database_url, p) for p in (APRIL, MAY, JUNE, NOVEMBER)}
    for reports in (device, server):
        _check_may(reports[MAY])
        _check_other_months(reports[APRIL], reports[JUNE], reports[NOVEMBER])
    for period in device:
        assert _figures(device[period]) == _figures(server[period])


def _figures(report: dict) -> list:
    """Totals and (dimension, key, count) rows; labels differ (the server knows team names)."""
    return [
        (
            i["id"],
            i["total"],
            [
                (b["dimension"], [(r["key"], r["count"]) for r in b["rows"]])
                for b in i["breakdowns"]
            ],
        )
        for i in report["indicators"]
    ]
