"""What the server stores of a pushed record: the domain model's own output, never the device's dict.

A device applies every record it pulls through the same domain models; anything the server
stores that those models would refuse (a key the record has no field for, a value padded or
spelt differently, a record too large) would stop every pull of that team. So incoming values
are validated and normalised one field at a time before the merge (a value that loses the
merge is kept as a conflict and pulled too), and the merged record as a whole after it.
"""

import json
from collections.abc import Mapping
from functools import cache
from typing import Annotated, Any

import orjson
from pydantic import ConfigDict, TypeAdapter, ValidationError

from app.domain.registry import model_for
from sync.protocol import MAX_RECORD_BYTES
from sync.server.api.refusals import problems

# Record's own config: strings are stripped before their length is checked.
_FIELD_CONFIG = ConfigDict(str_strip_whitespace=True)
UNKNOWN_FIELD = "Feld gehört nicht zu diesem Datensatz / a field this record does not have"


class Refused(ValueError):
    """A change the server does not store; the message names fields, never values."""


@cache
def _adapter(entity: str, name: str) -> TypeAdapter[Any]:
    info = model_for(entity).model_fields[name]
    annotation: Any = (
        Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
    )
    return TypeAdapter(annotation, config=_FIELD_CONFIG)


def field_names(entity: str) -> frozenset[str]:
    return frozenset(model_for(entity).field_names())


def incoming(entity: str, fields: Mapping[str, Any], base: Mapping[str, Any]) -> dict[str, Any]:
    """The change's values as the model stores them; Refused if a key or a value is wrong."""
    names = field_names(entity)
    unknown = (set(fields) | set(base)) - names
    if unknown:
        count = len(unknown)
        raise Refused(f"{UNKNOWN_FIELD} ({count} {'field' if count == 1 else 'fields'})")
    normalised: dict[str, Any] = {}
    wrong: list[str] = []
    for name, value in fields.items():
        adapter = _adapter(entity, name)
        try:
            normalised[name] = adapter.dump_python(adapter.validate_python(value), mode="json")
        except ValidationError as exc:
            wrong.append(problems(exc, field=name))
    if wrong:
        raise Refused("; ".join(sorted(wrong)))
    return normalised


def complete(entity: str, record_id: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Every field of the merged record as the model outputs it (defaults filled in)."""
    try:
        record = model_for(entity).model_validate({**fields, "id": record_id})
    except ValidationError as exc:
        raise Refused(problems(exc)) from None
    return record.fields()


def _json_size(value: Any) -> int:
    try:
        return len(orjson.dumps(value))
    except TypeError:  # integers beyond 64 bits, which only an old database may hold
        return len(json.dumps(value, ensure_ascii=False))


def stored_size(fields: Any, clocks: Any, bases: Any) -> int:
    return _json_size(fields) + _json_size(clocks) + _json_size(bases)


def check_size(fields: Any, clocks: Any, bases: Any) -> None:
    if stored_size(fields, clocks, bases) > MAX_RECORD_BYTES:
        raise Refused(f"Datensatz zu groß / the record would exceed {MAX_RECORD_BYTES // 1024} KiB")
