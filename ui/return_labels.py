"""Labels of the return process's codes and document types in the UI language.

The domain keeps them in German and English (app/domain/returns/labels.py, shared with the
exports and reports); the screens pick the one the app shows instead of translating them a
second time in the .ts files.
"""

from enum import StrEnum

from app.domain.programmes import default_programmes
from app.domain.returns.labels import ENUM_LABELS
from ui.reference_labels import display_language


def _pick(pair: tuple[str, str]) -> str:
    return pair[0] if display_language() == "de" else pair[1]


def code_label(enum: type[StrEnum], code: str | None) -> str:
    """The label of a stored code; an unknown code (from a newer release) shows as itself."""
    if code is None:
        return ""
    found = ENUM_LABELS.get(enum, {}).get(code)
    return _pick(found) if found else code


def label(value: StrEnum | None) -> str:
    return "" if value is None else code_label(type(value), value.value)


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(code, label) pairs in the enum's order, for combo boxes."""
    return [(member.value, label(member)) for member in enum]


def document_name(code: str) -> str:
    return default_programmes().document_name(code, display_language())
