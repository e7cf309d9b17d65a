"""Reasons the server gives for refusing input: they name fields and rules, never what was sent.

What a device sent may be personal data, or an attacker's probe that should not come back
(or reach a log) verbatim; the domain's messages sometimes quote the value ("unknown country
code 'XYZ'"), so quoted parts are cut out here.
"""

import re

from pydantic import ValidationError

from app.services.validation import problems_of

_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
MAX_REASON = 500


def unquoted(message: str) -> str:
    return re.sub(r"\s+", " ", _QUOTED.sub("…", message)).strip()


def problems(exc: ValidationError, *, field: str | None = None) -> str:
    """'field: message; …' for a validation error; `field` names a value validated on its own."""
    found = problems_of(exc)
    parts = []
    for name, message in found.items():
        where = field if field is not None else name
        parts.append(f"{where}: {unquoted(message)}")
    text = "; ".join(dict.fromkeys(parts))
    return text if len(text) <= MAX_REASON else text[: MAX_REASON - 1] + "…"
