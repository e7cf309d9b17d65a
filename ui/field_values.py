"""A stored field value in the words the person view and form use: one function per kind of value.

Screens that show any field of a record (the merge dialog) ask the domain model what a field
holds (a code list, a country, a partial date, a reference) and hand the value to the one
function for that kind, which reuses the labels the rest of the app shows (ui/labels.py,
ui/return_labels.py, ui/reference_labels.py, ui/i18n.py); no label table is kept here.
"""

from collections.abc import Mapping
from datetime import date
from enum import StrEnum
from typing import Any

from app.domain.base import Ref
from app.domain.field_labels import enum_of, reference_kind, reference_name
from app.domain.partial_date import PartialDate
from app.domain.registry import model_for
from app.services.formats import field_kind
from ui import i18n, labels, return_labels
from ui.qt import QtCore
from ui.reference_labels import country_name, display_language, language_name, site_name

EMPTY = "–"
_C = "FieldValues"


def code_text(enum: type[StrEnum], code: str) -> str:
    """A code of a list: the label the forms offer (case work in ui/labels, return process
    in ui/return_labels)."""
    if labels.knows(enum):
        return labels.label(labels.group_of(enum), code)
    return return_labels.code_label(enum, code)


def reference_text(kind: str, code: str) -> str:
    """A country, language or site by its name, as the person view shows it."""
    named = {"country": country_name, "language": language_name, "site": site_name}.get(kind)
    return named(code) if named else reference_name(kind, code, display_language())


def yes_no(value: bool) -> str:
    return QtCore.QCoreApplication.translate(_C, "yes" if value else "no")


def date_text(value: str | date) -> str:
    """A full date or one known in part ("1987", "1987-03") in the locale's way."""
    if isinstance(value, date):
        return i18n.format_date(value)
    return i18n.format_partial_date(value)


def referenced_entity(entity: str, name: str) -> str | None:
    """The kind of record a field names by id (a person's household), if it names one."""
    found = model_for(entity).marker(name, Ref)
    return found.entity if found is not None else None


def value_text(entity: str, name: str, value: Any, names: Mapping[str, str] | None = None) -> str:
    """One field's value for the screen; `names` are the labels of records it may name by id."""
    if value is None or value == "" or value == []:
        return EMPTY
    if isinstance(value, list):
        return ", ".join(value_text(entity, name, item, names) for item in value)
    if isinstance(value, bool):
        return yes_no(value)
    enum = enum_of(entity, name)
    if enum is not None:
        return code_text(enum, str(value))
    kind = reference_kind(entity, name)
    if kind is not None:
        return reference_text(kind, str(value))
    if referenced_entity(entity, name) is not None:
        return (names or {}).get(str(value), str(value))
    if _is_date(entity, name):
        try:
            return date_text(date.fromisoformat(value) if isinstance(value, str) else value)
        except ValueError:
            return date_text(str(value))  # a partial date ("1987-03")
    return str(value)


def _is_date(entity: str, name: str) -> bool:
    model = model_for(entity)
    if field_kind(model, name) == "date":
        return True
    annotation = model.model_fields[name].annotation
    return annotation == PartialDate or annotation == PartialDate | None
