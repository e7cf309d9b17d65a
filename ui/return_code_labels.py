"""Labels of the return process's codes on screen, from the domain's own German and English.

The return codes carry both languages as data (app/domain/returns/labels.py, which the
access export and the reports read too), so the screen takes them from there in the
display language rather than keeping a second, translatable copy that could drift.
"""

from enum import StrEnum

from app.domain.programmes import default_programmes
from app.domain.returns.labels import ENUM_LABELS
from ui.reference_labels import display_language


def label(enum: type[StrEnum], code: str | None) -> str:
    """The label of a code; an unknown code (from a newer release) shows as itself."""
    if code is None:
        return ""
    found = ENUM_LABELS.get(enum, {}).get(code)
    if found is None:
        return code
    return found[0] if display_language() == "de" else found[1]


def of(value: StrEnum | None) -> str:
    return "" if value is None else label(type(value), value.value)


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, label) pairs in the enum's order, for combo boxes."""
    return [(member.value, label(enum, member.value)) for member in enum]


def document_name(code: str) -> str:
    return default_programmes().document_name(code, display_language())
