"""A hand-built indicator report for the renderer tests: realistic shape, umlauts, small cells."""

import random
from datetime import UTC, date, datetime

from app.reports.model import Breakdown, BreakdownRow, Count, IndicatorResult, Report

SEX = [
    ("female", "weiblich", "female"),
    ("male", "männlich", "male"),
    ("diverse", "divers", "diverse"),
    ("unknown", "unbekannt", "unknown"),
]
AGE = [
    ("0-13", "0–13", "0–13"),
    ("14-17", "14–17", "14–17"),
    ("18-34", "18–34", "18–34"),
    ("35-64", "35–64", "35–64"),
    ("65+", "65 und älter", "65 and over"),
]
_COUNTRIES = [
    ("SYR", "Syrien", "Syria"),
    ("AFG", "Afghanistan", "Afghanistan"),
    ("TUR", "Türkei", "Türkiye"),
    ("IRQ", "Irak", "Iraq"),
    ("GEO", "Georgien", "Georgia"),
    ("RUS", "Russische Föderation", "Russian Federation"),
    ("MKD", "Nordmazedonien", "North Macedonia"),
    ("ALB", "Albanien", "Albania"),
    ("SRB", "Serbien", "Serbia"),
    ("XXA", "staatenlos", "stateless"),
    ("XXX", "unbekannt", "unknown"),
    ("CIV", "Côte d’Ivoire", "Côte d’Ivoire"),
]
NATIONALITY = _COUNTRIES + [
    (f"C{i:02d}", f"Land Nr. {i} – Süd", f"Country no. {i} – south") for i in range(30)
]
VULNERABILITY = [
    ("UAM", "unbegleitete Minderjährige", "unaccompanied minor"),
    ("MIF", "Minderjährige in Familie", "minor in family"),
    ("PRG", "Schwangerschaft", "pregnancy"),
    ("ELD", "ältere Menschen", "elderly"),
    ("DIS", "Behinderung", "disability"),
    ("ILL", "schwere oder chronische Erkrankung", "serious or chronic illness"),
    ("MHN", "psychosoziale Bedarfe", "mental-health needs"),
    ("TRF", "Überlebende von Menschenhandel", "survivor of trafficking"),
]
SITE = [
    ("AFA-TR", "AfA Trier", "AfA Trier"),
    ("AFA-HK", "AfA Hermeskeil", "AfA Hermeskeil"),
    ("AFA-BIT", "AfA Bitburg", "AfA Bitburg"),
    ("AFA-KUS", "AfA Kusel", "AfA Kusel"),
    ("AFA-SP", "AfA Speyer", "AfA Speyer"),
    ("ZW", "Zweibrücken", "Zweibrücken"),
]
DISTRICT = [
    ("SÜW", "Südliche Weinstraße", "Südliche Weinstraße"),
    ("NW", "Neustadt an der Weinstraße", "Neustadt an der Weinstraße"),
    ("DÜW", "Bad Dürkheim", "Bad Dürkheim"),
    ("KH", "Bad Kreuznach", "Bad Kreuznach"),
    ("TR", "Trier", "Trier"),
    ("MZ", "Mainz", "Mainz"),
    ("", "", ""),
]
TEAM = [
    ("nord", "Team Nord", "Team North"),
    ("süd", "Team Süd", "Team South"),
    ("west", "Team West", "Team West"),
]
PROGRAMME = [
    ("REAG", "REAG/GARP", "REAG/GARP"),
    ("SHP", "StarthilfePlus", "StarthilfePlus"),
    ("EURP", "EU-Reintegrationsdienste", "EU reintegration services"),
    ("OTH", "sonstige", "other"),
]
DIMENSIONS = [
    ("sex", "Geschlecht", "Sex", SEX, False),
    ("age_group", "Altersgruppe", "Age group", AGE, False),
    ("nationality", "Staatsangehörigkeit", "Nationality", NATIONALITY, False),
    ("vulnerability", "Vulnerabilität", "Vulnerability", VULNERABILITY, True),
    ("site", "Standort", "Site", SITE, False),
    ("district", "Kreis / kreisfreie Stadt", "District", DISTRICT, False),
    ("team", "Team", "Team", TEAM, False),
    ("programme", "Förderprogramm", "Programme", PROGRAMME, True),
]
INDICATORS = [
    ("persons_counselled", "Beratene Personen", "Persons counselled", "person", True, 1234),
    ("consultations", "Beratungsgespräche", "Consultations", "consultation", True, 4321),
    ("cases_opened", "Eröffnete Fälle", "Cases opened", "case", False, 512),
    (
        "cases_closed",
        "Abgeschlossene Fälle – nach Ergebnis",
        "Cases closed – by outcome",
        "case",
        False,
        301,
    ),
    ("returned_assisted", "Geförderte Rückkehr", "Assisted return", "person", True, 87),
    (
        "reintegration",
        "Reintegrationsförderung erhalten",
        "Received reintegration assistance",
        "person",
        False,
        3,
    ),
    (
        "trafficking_survivors",
        "Überlebende von Menschenhandel",
        "Survivors of trafficking",
        "person",
        False,
        0,
    ),
]

# The places where the fixture's "true" count was small (1-4): a renderer must show "<5" there.
SMALL = ("persons_counselled", "nationality", "GEO")


def _count(true_value: int, threshold: int) -> Count:
    # What the engine does: the small number never enters the model.
    return Count(None) if 0 < true_value < threshold else Count(true_value)


def _rows(
    rng: random.Random,
    codes: list[tuple[str, str, str]],
    total: int,
    threshold: int,
    key: tuple[str, str],
) -> list[BreakdownRow]:
    rows = []
    for code, de, en in codes:
        true_value = 0 if total == 0 else rng.choice([0, 1, 2, 3, 4, 6, 12, 40, 150, 1100])
        true_value = min(true_value, total)
        if (*key, code) == SMALL:
            true_value = 3
        rows.append(BreakdownRow(code, de, en, _count(true_value, threshold)))
    return rows


def sample_report(threshold: int = 5) -> Report:
    rng = random.Random(6)
    indicators = []
    for ind_id, name_de, name_en, unit, chart, total in INDICATORS:
        breakdowns = [
            Breakdown(
                dim, label_de, label_en, _rows(rng, codes, total, threshold, (ind_id, dim)), multi
            )
            for dim, label_de, label_en, codes, multi in DIMENSIONS
        ]
        indicators.append(
            IndicatorResult(
                id=ind_id,
                name_de=name_de,
                name_en=name_en,
                description_de=f"{name_de} im Zeitraum, jede Einheit einmal gezählt (Grundlage: Übersicht).",
                description_en=f"{name_en} in the period, each unit counted once.",
                unit=unit,
                chart=chart,
                total=_count(total, threshold),
                breakdowns=breakdowns,
            )
        )
    return Report(
        period_from=date(2026, 1, 1),
        period_to=date(2026, 6, 30),
        generated_at=datetime(2026, 11, 25, 17, 30, tzinfo=UTC),
        scope="alle Teams",
        definitions_version="2026.2",
        small_cell_threshold=threshold,
        indicators=indicators,
    )
