"""Turn pydantic's errors into field -> message pairs a counsellor can read."""

from typing import Any

from pydantic import ValidationError

from app.domain.base import WRITE, Record, RuleBroken
from app.errors import ValidationFailed

_MESSAGES = {
    "missing": "Pflichtfeld / required",
    "extra_forbidden": "unbekanntes Feld / unknown field",
    "string_too_short": "darf nicht leer sein / must not be empty",
    "string_too_long": "zu lang / too long",
    "date_from_datetime_parsing": "kein gültiges Datum (JJJJ-MM-TT) / not a valid date (YYYY-MM-DD)",
    "date_parsing": "kein gültiges Datum (JJJJ-MM-TT) / not a valid date (YYYY-MM-DD)",
    "date_type": "kein gültiges Datum (JJJJ-MM-TT) / not a valid date (YYYY-MM-DD)",
    "enum": "kein erlaubter Wert / not one of the allowed values",
    "int_parsing": "keine ganze Zahl / not a whole number",
    "bool_parsing": "ja oder nein erwartet / expected yes or no",
    "string_pattern_mismatch": "falsches Format / wrong format",
    "too_long": "zu viele Einträge / too many entries",
    "too_short": "mindestens ein Eintrag / at least one entry",
}


def problems_of(error: ValidationError) -> dict[str, str]:
    """Field -> message; never echoes the rejected value (it may be personal data)."""
    problems: dict[str, str] = {}
    for item in error.errors(include_input=False, include_url=False):
        loc = [str(p) for p in item["loc"] if not str(p).isdigit()]
        name = ".".join(loc) or "record"
        kind = item["type"]
        if kind == "enum":
            allowed = item.get("ctx", {}).get("expected", "")
            message = f"{_MESSAGES['enum']}: {allowed}" if allowed else _MESSAGES["enum"]
        elif kind in ("value_error", "assertion_error"):
            error = item.get("ctx", {}).get("error", item["msg"])
            if isinstance(error, RuleBroken) and name == "record":
                name = error.field  # a rule over several fields names the one to change
            message = str(error)
        else:
            message = _MESSAGES.get(kind, item["msg"])
        problems.setdefault(name, message)
    return problems


def validate(model: type[Record], data: dict[str, Any]) -> Record:
    """A record about to be written (created, changed, imported): with the rules of writes."""
    try:
        return model.model_validate(data, context=WRITE)
    except ValidationError as exc:
        raise ValidationFailed(model.entity, problems_of(exc)) from None
