"""Dates, numbers and the fixed wording of the report renderers in German and English (no Qt, no babel)."""

from datetime import date, datetime

from app.reports.model import SECONDARY, SUPPRESSED, Count

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

# The renderers' own words; labels of codes and indicator names come with the report.
_TEXTS: dict[str, tuple[str, str]] = {
    "title": ("Indikatorbericht", "Indicator report"),
    "period": ("Zeitraum", "Period"),
    "generated_at": ("Erstellt am", "Generated at"),
    "scope": ("Datenbasis", "Scope"),
    "definitions_version": ("Version der Definitionen", "Definitions version"),
    "threshold": ("Schwelle für kleine Zellen", "Small-cell threshold"),
    "indicator": ("Indikator", "Indicator"),
    "indicators": ("Indikatoren", "Indicators"),
    "unit": ("Zähleinheit", "Unit"),
    "total": ("Gesamt", "Total"),
    "dimension": ("Merkmal", "Breakdown"),
    "key": ("Code", "Code"),
    "label": ("Ausprägung", "Category"),
    "count": ("Anzahl", "Count"),
    "sheet": ("Tabellenblatt", "Sheet"),
    "cover": ("Deckblatt", "Cover"),
    "chart_data": ("Diagrammdaten", "Chart data"),
    "page": ("Seite {page} von {pages}", "Page {page} of {pages}"),
    "no_rows": ("keine Einträge", "no entries"),
    "no_units": (
        "Im Zeitraum wurde nichts gezählt.",
        "Nothing was counted in this period.",
    ),
    "not_recorded": ("nicht erfasst", "not recorded"),
    "top_n": ("die {shown} größten von {total}", "top {shown} of {total}"),
    "multi_valued": (
        "Mehrfachnennungen möglich: die Zeilen ergeben nicht unbedingt die Summe.",
        "Several categories per unit are possible: the rows need not add up to the total.",
    ),
    "multi_short": ("Mehrfachnennungen möglich", "several per unit possible"),
    "small_cells": (
        "„{s}“ steht für {top} {unit}: kleine Zahlen werden nicht ausgewiesen, "
        "damit niemand aus dem Bericht erkennbar ist. 0 bedeutet: keine.",
        "“{s}” stands for {top} {unit}: small numbers are not shown so that no one "
        "can be singled out by the report. 0 means none.",
    ),
    "secondary": (
        "„{x}“: ebenfalls verborgen, damit sich eine kleine Zahl nicht aus der Summe "
        "errechnen lässt.",
        "“{x}”: also hidden, so that a small number cannot be worked out from the total.",
    ),
    "to": ("bis", "to"),
    "no_small_cells": (
        "Alle Zahlen werden genau ausgewiesen (keine Schwelle für kleine Zellen).",
        "All counts are shown exactly (no small-cell threshold).",
    ),
    "units_generic": (
        "Einheiten (Personen, Fälle oder Gespräche)",
        "units (persons, cases or consultations)",
    ),
    "suppressed_no_bar": (
        "„{s}“: kein Balken, die genaue Zahl wird nicht gezeigt",
        "“{s}”: no bar, the exact number is not shown",
    ),
    "breakdowns": ("Aufschlüsselungen", "Breakdowns"),
    "contents": ("Summen der Indikatoren", "Indicator totals"),
    "main_indicators": ("Hauptindikatoren", "Main indicators"),
}

_UNITS: dict[str, tuple[str, str]] = {
    "person": ("Personen", "persons"),
    "case": ("Fälle", "cases"),
    "consultation": ("Beratungsgespräche", "consultations"),
}
_ONE: dict[str, tuple[str, str]] = {
    "person": ("Person", "person"),
    "case": ("Fall", "case"),
    "consultation": ("Beratungsgespräch", "consultation"),
    "": ("Einheit (Person, Fall oder Gespräch)", "unit (person, case or consultation)"),
}


def text(key: str, language: str, **values: object) -> str:
    de, en = _TEXTS[key]
    chosen = de if language == "de" else en
    return chosen.format(**values) if values else chosen


def unit_label(unit: str, language: str) -> str:
    """The plural name of a count unit; an unknown unit (a newer definition file) shows as its code."""
    de, en = _UNITS.get(unit, (unit, unit))
    return de if language == "de" else en


def format_date(day: date, language: str) -> str:
    """German "25.11.2026", English "25 Nov 2026" (unambiguous for readers on both sides)."""
    if language == "de":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_period(start: date, end: date, language: str) -> str:
    return f"{format_date(start, language)} – {format_date(end, language)}"


def format_datetime(moment: datetime, language: str) -> str:
    """The date, the time to the minute and the UTC offset, so a reader abroad knows which hour."""
    offset = moment.utcoffset()
    if offset is None:
        zone = ""
    elif not offset:
        zone = " UTC"
    else:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        hours, rest = divmod(abs(minutes), 60)
        zone = f" UTC{sign}{hours:02d}:{rest:02d}"
    return f"{format_date(moment.date(), language)}, {moment:%H:%M}{zone}"


def format_int(value: int, language: str) -> str:
    """Thousands separated the way each language writes them: 12.345 / 12,345."""
    plain = f"{value:,}"
    return plain.replace(",", ".") if language == "de" else plain


def format_count(count: Count, threshold: int, language: str) -> str:
    shown = count.display(threshold)
    return shown if isinstance(shown, str) else format_int(shown, language)


def suppressed_text(threshold: int) -> str:
    return SUPPRESSED.format(threshold=threshold)


def small_cell_note(threshold: int, language: str, unit: str | None = None) -> str:
    """What "<5" means; `unit` narrows "units" to persons, cases or consultations.

    A threshold of 1 hides nothing (the server's --threshold allows it), and the note says so.
    """
    if threshold <= 1:
        return text("no_small_cells", language)
    if threshold == 2:  # "<2" is exactly one, in the singular
        de, en = _ONE.get(unit or "", _ONE[""])
        top, units = "1", de if language == "de" else en
    else:
        top = f"1 {text('to', language)} {threshold - 1}"
        units = unit_label(unit, language) if unit else text("units_generic", language)
    small = text("small_cells", language, s=suppressed_text(threshold), top=top, unit=units)
    return f"{small} {text('secondary', language, x=SECONDARY)}"


def row_label(label: str, language: str) -> str:
    """A row whose value was not recorded has an empty label in some definitions; say so."""
    return label or text("not_recorded", language)
