"""A traveller's age on a day from a partial birth date, as the indicator report reckons it."""

from datetime import date

from app.domain.partial_date import parse_partial_date


def age_on(birth_date: str | None, day: date) -> int | None:
    """Whole years on `day`; a bare year counts as born on 1 July, year and month the 15th.

    None when no birth date is recorded: a rule about adults then asks for the document,
    because missing a signature costs more than asking for one too many.
    """
    if not birth_date:
        return None
    year, month, dom = parse_partial_date(birth_date)
    born = date(year, month or 7, dom or (15 if month else 1))
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))
