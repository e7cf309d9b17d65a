"""Keyed pseudonyms (HMAC-SHA256) and the reduction of dates to months and ages to bands."""

import hashlib
import hmac
import os
from collections.abc import Mapping
from datetime import date

from app.domain.partial_date import parse_partial_date
from app.errors import UserError

ENV_EXPORT_KEY = "FALLAKTE_EXPORT_KEY"
MIN_KEY_CHARS = 32
PSEUDONYM_CHARS = 16
UNKNOWN = "unknown"
# (lowest age, label), ascending; the last band is open-ended.
AGE_BANDS: tuple[tuple[int, str], ...] = (
    (0, "0-13"),
    (14, "14-17"),
    (18, "18-34"),
    (35, "35-64"),
    (65, "65+"),
)


def export_key(environ: Mapping[str, str] | None = None) -> bytes:
    """The secret from $FALLAKTE_EXPORT_KEY; refuses a missing or short one (never echoes it)."""
    value = (os.environ if environ is None else environ).get(ENV_EXPORT_KEY, "").strip()
    if len(value) < MIN_KEY_CHARS:
        problem = "is not set" if not value else f"is shorter than {MIN_KEY_CHARS} characters"
        raise UserError(
            f"${ENV_EXPORT_KEY} {problem}: a pseudonymised export needs a secret key. "
            f"Create one with `openssl rand -hex 32`, keep it safe (the same key gives the same "
            f"pseudonyms in every export) and set it, e.g. export {ENV_EXPORT_KEY}=$(cat keyfile)"
        )
    return value.encode()


class Pseudonymiser:
    """Replaces record ids by truncated HMAC-SHA256 hex: stable per key, unlinkable without it."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def __call__(self, entity: str, record_id: str) -> str:
        message = f"{entity}:{record_id.lower()}".encode()
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()[:PSEUDONYM_CHARS]


def month(value: str | date | None) -> str:
    """An ISO date (or date) reduced to YYYY-MM; empty when there is none."""
    if value is None or value == "":
        return ""
    return str(value)[:7]


def _band(age: int) -> str:
    label = UNKNOWN
    for lowest, name in AGE_BANDS:
        if age >= lowest:
            label = name
    return label


def _age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def age_band(birth_date: str | None, on: str | date | None) -> str:
    """The age band on a day from a birth date that may be partial ("1987", "1987-03").

    A partial date stands for a range of days; the band is given only when the whole range
    falls into one band, else "unknown".
    """
    if not birth_date or not on:
        return UNKNOWN
    try:
        year, mon, day = parse_partial_date(birth_date)
        day_on = on if isinstance(on, date) else date.fromisoformat(str(on))
    except ValueError:
        return UNKNOWN
    first = date(year, mon or 1, day or 1)
    if day is not None:
        last = first
    elif mon is not None:
        last = _month_end(year, mon)
    else:
        last = date(year, 12, 31)
    if first > day_on:
        return UNKNOWN  # born after the day: a data error
    last = min(last, day_on)
    oldest, youngest = _band(_age(first, day_on)), _band(_age(last, day_on))
    return oldest if oldest == youngest else UNKNOWN


def _month_end(year: int, mon: int) -> date:
    following = date(year + 1, 1, 1) if mon == 12 else date(year, mon + 1, 1)
    return date.fromordinal(following.toordinal() - 1)


# (lowest euros, label), ascending: what support cost, never what one person got exactly.
AMOUNT_BANDS: tuple[tuple[int, str], ...] = (
    (0, "0"),
    (1, "1-250"),
    (251, "251-500"),
    (501, "501-1000"),
    (1001, "1001-2500"),
    (2501, "2501-5000"),
    (5001, "5001+"),
)


def amount_band(cents: int | None) -> str:
    """An amount in cents as a band of whole euros, rounded up ("" when there is none)."""
    if cents is None:
        return ""
    euros = -(-int(cents) // 100)
    label = AMOUNT_BANDS[0][1]
    for lowest, name in AMOUNT_BANDS:
        if euros >= lowest:
            label = name
    return label
