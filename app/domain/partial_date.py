"""Birth dates that may be known only to the year or month: "1990", "1990-05", "1990-05-17"."""

import re
from datetime import date
from typing import Annotated

from pydantic import AfterValidator

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_partial_date(text: str) -> tuple[int, int | None, int | None]:
    match = _PATTERN.match(text.strip())
    if not match:
        raise ValueError(
            "Datum als JJJJ, JJJJ-MM oder JJJJ-MM-TT / date as YYYY, YYYY-MM or YYYY-MM-DD"
        )
    year, month, day = (int(g) if g else None for g in match.groups())
    assert year is not None
    if year < 1900:
        raise ValueError("Jahr vor 1900 / year before 1900")
    if month is not None and not 1 <= month <= 12:
        raise ValueError("Monat ungültig / invalid month")
    if day is not None:
        try:
            date(year, month or 1, day)
        except ValueError:
            raise ValueError("Tag ungültig / invalid day") from None
    return year, month, day


def earliest(text: str) -> date:
    """The first day the partial date can stand for (used for the future check)."""
    year, month, day = parse_partial_date(text)
    return date(year, month or 1, day or 1)


def _validate(text: str) -> str:
    year, month, day = parse_partial_date(text)
    if earliest(text) > date.today():
        raise ValueError("Geburtsdatum in der Zukunft / birth date is in the future")
    parts = [f"{year:04d}", *(f"{p:02d}" for p in (month, day) if p is not None)]
    return "-".join(parts)


PartialDate = Annotated[str, AfterValidator(_validate)]
