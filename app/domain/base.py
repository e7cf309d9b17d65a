"""Base record model and the field markers the store, search and exports read."""

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, ClassVar, TypeVar, get_args, get_origin

from pydantic import AfterValidator, BaseModel, ConfigDict, StringConstraints, ValidationInfo

from app.domain.ids import is_id

T = TypeVar("T")


@dataclass(frozen=True)
class Ref:
    """The field holds the id of a record of `entity`."""

    entity: str


@dataclass(frozen=True)
class MergedInto:
    """The record was merged into the referenced one (a duplicate): a tombstone that goes
    wherever its survivor goes, erased with it rather than let go of (services/merging.py)."""


@dataclass(frozen=True)
class Identifying:
    """Names, numbers or contacts that identify a person: never in pseudonymised exports."""


@dataclass(frozen=True)
class FreeText:
    """Free text may carry anything: never in reports or pseudonymised exports."""


@dataclass(frozen=True)
class Amount:
    """Money in cents: shown in bands, never exactly, in pseudonymised exports."""


@dataclass(frozen=True)
class Indexed:
    """Goes into the full-text index; `column` is "title" (names, numbers) or "body"."""

    column: str


def _check_id(value: str) -> str:
    if not is_id(value):
        raise ValueError("ist keine gültige Id / is not a valid record id")
    return value.lower()


# Validation context of records a device pulls: dates the server accepted are taken even
# where this device's "today" is earlier (its clock or time zone behind the server's), or one
# colleague's record would stop the whole team's sync on that laptop (sync.device).
FROM_SERVER = "from_server"


def from_server(info: ValidationInfo) -> bool:
    return bool((info.context or {}).get(FROM_SERVER))


def _not_future(value: date, info: ValidationInfo) -> date:
    if value > date.today() and not from_server(info):
        raise ValueError("liegt in der Zukunft / is in the future")
    return value


class RuleBroken(ValueError):
    """A rule over several fields, told at the field that has to change (the forms show it
    there, an import names it)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


# Validation context of a write (create, update, import): rules added after records were
# already stored and synced apply only there. Reading a stored record, or one a pull brings,
# must never fail on them: a field-wise merge of two valid edits can produce the combination
# a newer rule refuses, and refusing it would stop the whole pull page (sync/device.py).
WRITE = {"write": True}


def is_write(info: ValidationInfo) -> bool:
    return bool(info.context and info.context.get("write"))


RecordId = Annotated[str, AfterValidator(_check_id)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
LongText = Annotated[str, StringConstraints(max_length=20_000), FreeText()]
PastDate = Annotated[date, AfterValidator(_not_future)]


class Record(BaseModel):
    """A synced record: an id plus domain fields; clocks live in the store, not here."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)
    entity: ClassVar[str]
    id: RecordId

    def fields(self) -> dict[str, Any]:
        """Domain fields as JSON-compatible values, without the id."""
        data = self.model_dump(mode="json")
        data.pop("id")
        return data

    @classmethod
    def field_names(cls) -> list[str]:
        return [name for name in cls.model_fields if name != "id"]

    @classmethod
    def markers(cls, name: str) -> list[object]:
        """Markers on the field, including those nested inside `X | None`."""
        info = cls.model_fields[name]
        return [*info.metadata, *_annotated_metadata(info.annotation)]

    @classmethod
    def marker(cls, name: str, kind: type[T]) -> T | None:
        return next((m for m in cls.markers(name) if isinstance(m, kind)), None)


def _annotated_metadata(annotation: Any) -> list[object]:
    found: list[object] = []
    if get_origin(annotation) is Annotated:
        found.extend(annotation.__metadata__)
    for arg in get_args(annotation):
        found.extend(_annotated_metadata(arg))
    return found
