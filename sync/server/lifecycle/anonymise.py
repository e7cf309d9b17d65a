"""Anonymised values of a record: derived from the domain markers, never from a field list.

A field marked Identifying or FreeText, or indexed as search body text (notes), loses its
content: a partial birth date keeps its year, a list becomes empty, an optional field null, a
required one the placeholder. Codes, dates, references and staff names stay, so the statistics
and the structure of a case survive. A release that adds a marked field is covered without
touching this module.
"""

from typing import Any

from pydantic import AfterValidator, ValidationError

from app.domain.base import FreeText, Identifying, Indexed, Record
from app.domain.partial_date import PartialDate
from app.domain.registry import model_for

PLACEHOLDER = "anonymisiert"
_PARTIAL_DATE_CHECK = next(
    m for m in getattr(PartialDate, "__metadata__", ()) if isinstance(m, AfterValidator)
)


def _dropped(model: type[Record], name: str) -> bool:
    for marker in model.markers(name):
        if isinstance(marker, (Identifying, FreeText)):
            return True
        if isinstance(marker, Indexed) and marker.column == "body":
            return True
    return False


def anonymised_fields(model: type[Record]) -> list[str]:
    """The fields of `model` whose content retention removes, in model order."""
    return [name for name in model.field_names() if _dropped(model, name)]


def _is_partial_date(model: type[Record], name: str) -> bool:
    return any(m is _PARTIAL_DATE_CHECK for m in model.markers(name))


def _is_list(model: type[Record], name: str) -> bool:
    default = model.model_fields[name].get_default(call_default_factory=True)
    return isinstance(default, list)


def anonymised(entity: str, record_id: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The target values of the anonymised fields (equal to `fields` once anonymised)."""
    model = model_for(entity)
    target: dict[str, Any] = {}
    for name in anonymised_fields(model):
        info = model.model_fields[name]
        value = fields.get(name)
        if _is_partial_date(model, name):
            target[name] = str(value)[:4] if value else None
        elif _is_list(model, name):
            target[name] = []
        elif not info.is_required():
            target[name] = None
        else:
            target[name] = PLACEHOLDER
    # A rule across fields may need an optional one (a consent shared with a partner needs
    # the partner's name): the placeholder stands in there.
    for _ in range(len(target) + 1):
        try:
            model.model_validate({**fields, **target, "id": record_id})
            return target
        except ValidationError as exc:
            named = {str(e["loc"][0]) for e in exc.errors() if e.get("loc")}
            fixable = [n for n in target if target[n] is None and (not named or n in named)]
            if not fixable:
                raise
            target[fixable[0]] = PLACEHOLDER
    return target
