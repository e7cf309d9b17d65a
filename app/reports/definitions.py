"""Indicator definitions: resources/reports/indicators.toml, loaded and checked line by line.

An admin edits this file without a release, so every problem is reported with the file name,
the line and the indicator it belongs to, e.g.
`indicators.toml line 42 (indicator 'cases_closed'): unknown breakdown 'gender'; known: …`.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from app.domain.enums import (
    ApplicationDecision,
    CaseOutcome,
    CaseStatus,
    ConsultationMode,
    OutreachChannel,
    Sex,
    VulnerabilityCategory,
)
from app.domain.reference import ENV_RESOURCES, ReferenceData, default_reference
from app.domain.returns.codes import (
    Checkpoint,
    SupportComponent,
    SustainabilityResult,
    TravelMode,
)
from app.errors import UserError
from app.reports.labels import AGE_GROUPS

FILE_NAME = "indicators.toml"
DEFAULT_THRESHOLD = 5

UNITS = ("person", "case", "consultation")
BREAKDOWNS = (
    "sex",
    "age_group",
    "nationality",
    "vulnerability",
    "site",
    "district",
    "team",
    "programme",
    "outreach",
)


@dataclass(frozen=True)
class Event:
    """What puts a unit into the period: a dated field of one entity.

    `only`: fixed conditions on that entity's fields (an assistance counts once it is paid).
    """

    entity: str
    date_field: str
    units: tuple[str, ...]
    only: tuple[tuple[str, tuple[str, ...]], ...] = ()


EVENTS: dict[str, Event] = {
    "consultation_held": Event("consultation", "held_on", ("person", "case", "consultation")),
    "case_opened": Event("case", "opened_on", ("person", "case")),
    "case_closed": Event("case", "closed_on", ("person", "case")),
    "application_submitted": Event("application", "submitted_on", ("person", "case")),
    "application_decided": Event("application", "decided_on", ("person", "case")),
    # Returns count at the confirmed departure, and (unit person) only the travellers.
    "departed": Event("departure", "confirmed_on", ("person", "case")),
    "assistance_paid": Event(
        "support_payment", "paid_on", ("person", "case"), only=(("status", ("paid",)),)
    ),
    "sustainability_assessed": Event(
        "sustainability_assessment", "assessed_on", ("person", "case")
    ),
}
# The entity a `where` field's prefix stands for, where it needs that entity's event.
EVENT_FIELD_PREFIXES = {
    "consultation": "consultation",
    "departure": "departure",
    "payment": "support_payment",
    "assessment": "sustainability_assessment",
}

PROGRAMME_KINDS = ("return_assistance", "reintegration", "other")

# Fields a `where` table may test, with their allowed values; None = a reference-data code.
FIELDS: dict[str, tuple[str, ...] | None] = {
    "case.outcome": tuple(CaseOutcome),
    "case.status": tuple(CaseStatus),
    "case.site": None,
    "case.team": None,
    "case.outreach_channel": tuple(OutreachChannel),
    "consultation.mode": tuple(ConsultationMode),
    "consultation.site": None,
    "application.programme": None,
    "application.programme_kind": PROGRAMME_KINDS,
    "application.decision": tuple(ApplicationDecision),
    "departure.mode": tuple(TravelMode),
    "payment.component": tuple(SupportComponent),
    "assessment.checkpoint": tuple(Checkpoint),
    "assessment.result": tuple(SustainabilityResult),
    "person.sex": tuple(Sex),
    "person.age_group": tuple(AGE_GROUPS),
    "person.nationality": None,
    "person.vulnerability": tuple(VulnerabilityCategory),
}


class DefinitionsError(UserError):
    """indicators.toml is missing or malformed; the message names the file and the line."""


Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]


def _known(values: Sequence[str]) -> str:
    return ", ".join(values)


class Indicator(BaseModel):
    """One `[[indicator]]` table."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    id: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,59}$")]
    name_de: Text
    name_en: Text
    description_de: Text
    description_en: Text
    unit: str
    event: str
    where: dict[str, list[str]] = Field(default_factory=dict)
    breakdowns: list[str] = Field(default_factory=list)
    chart: bool = False

    @field_validator("unit")
    @classmethod
    def _unit(cls, value: str) -> str:
        if value not in UNITS:
            raise ValueError(f"unknown unit '{value}'; known: {_known(UNITS)}")
        return value

    @field_validator("event")
    @classmethod
    def _event(cls, value: str) -> str:
        if value not in EVENTS:
            raise ValueError(f"unknown event '{value}'; known: {_known(list(EVENTS))}")
        return value

    @field_validator("breakdowns")
    @classmethod
    def _breakdowns(cls, value: list[str]) -> list[str]:
        for name in value:
            if name not in BREAKDOWNS:
                raise ValueError(f"unknown breakdown '{name}'; known: {_known(BREAKDOWNS)}")
        if len(set(value)) != len(value):
            raise ValueError("a breakdown is listed twice")
        return value


class Definitions(BaseModel):
    model_config = ConfigDict(frozen=True)

    version: str
    small_cell_threshold: int = DEFAULT_THRESHOLD
    indicators: tuple[Indicator, ...]
    path: Path | None = None


class _Top(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    version: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]
    small_cell_threshold: Annotated[int, Field(ge=2, le=100)] = DEFAULT_THRESHOLD
    indicator: list[Any] = Field(min_length=1)


# -- where things are in the text ------------------------------------------------------------

_HEADER = re.compile(r"^\s*\[\[\s*indicator\s*\]\]")
_TABLE = re.compile(r"^\s*\[")


class _Layout:
    """Line numbers of the `[[indicator]]` tables and their keys, found by scanning the text."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers = [i + 1 for i, line in enumerate(self.lines) if _HEADER.match(line)]
        first_table = next((i for i, line in enumerate(self.lines) if _TABLE.match(line)), None)
        self.top_end = len(self.lines) if first_table is None else first_table

    def _key_line(self, start: int, end: int, key: str) -> int | None:
        name = re.escape(key)
        # `key = …`, `"key" = …` inside an inline table, or a `[indicator.key]` sub-table.
        pattern = re.compile(
            rf"^\s*(\"|'|)({name})\1\s*=|[{{,]\s*(\"|'|){name}\3\s*=|^\s*\[\s*indicator\.{name}\s*\]"
        )
        for number in range(start, end):
            if pattern.search(self.lines[number]):
                return number + 1
        return None

    def top(self, key: str) -> int | None:
        return self._key_line(0, self.top_end, key)

    def indicator(self, index: int, key: str | None = None) -> int | None:
        if index >= len(self.headers):
            return None
        header = self.headers[index]
        end = self.headers[index + 1] - 1 if index + 1 < len(self.headers) else len(self.lines)
        if key is None:
            return header
        return self._key_line(header, end, key) or header


@dataclass
class _Problems:
    file: str
    items: list[tuple[int | None, str]]

    def add(self, line: int | None, where: str, message: str) -> None:
        self.items.append((line, f"{where}{message}"))

    def raise_if_any(self) -> None:
        if not self.items:
            return
        out = []
        for line, message in self.items[:20]:
            at = f" line {line}" if line is not None else ""
            out.append(f"{self.file}{at}{message}")
        if len(self.items) > 20:
            out.append(f"… and {len(self.items) - 20} more")
        raise DefinitionsError("\n".join(out))


def _message(error: Any) -> str:
    kind, msg = error["type"], error["msg"].removeprefix("Value error, ")
    loc = [str(p) for p in error["loc"]]
    if kind == "missing":
        return f"missing key '{loc[0]}'"
    if kind == "extra_forbidden":
        return f"unknown key '{loc[0]}'"
    return f"{'.'.join(loc)}: {msg}" if loc else msg


# -- semantic checks ----------------------------------------------------------------------


def _check_where(indicator: Indicator, reference: ReferenceData) -> list[tuple[str, str]]:
    """(field, problem) pairs of the `where` table."""
    found: list[tuple[str, str]] = []
    event = EVENTS[indicator.event]
    for name, values in indicator.where.items():
        if name not in FIELDS:
            found.append((name, f"unknown field '{name}' in where; known: {_known(list(FIELDS))}"))
            continue
        needed = EVENT_FIELD_PREFIXES.get(name.split(".", 1)[0])
        if needed is not None and event.entity != needed:
            names = [n for n, e in EVENTS.items() if e.entity == needed]
            found.append((name, f"field '{name}' needs event '{names[0]}'"))
            continue
        if not values:
            found.append((name, f"where '{name}' lists no value"))
            continue
        allowed = FIELDS[name]
        for value in values:
            if allowed is not None and value not in allowed:
                found.append(
                    (name, f"'{value}' is not a value of {name}; known: {_known(allowed)}")
                )
            elif allowed is None and not _is_code(name, value, reference):
                found.append((name, f"'{value}' is not a known code of {name} (reference data)"))
    return found


def _is_code(name: str, value: str, reference: ReferenceData) -> bool:
    if name.endswith(".site"):
        return value in reference.sites_by_code
    if name.endswith("nationality"):
        return value in reference.countries_by_alpha3
    if name.endswith("programme"):
        return value in reference.programmes_by_code
    return bool(value.strip())  # team ids are the server's to know


# -- loading ------------------------------------------------------------------------------


def parse_definitions(
    text: str, *, file: str = FILE_NAME, reference: ReferenceData | None = None
) -> Definitions:
    """Checks the text of an indicators file; raises DefinitionsError naming lines."""
    problems = _Problems(file, [])
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        if match:
            problems.add(int(match[1]), "", f", column {match[2]}: TOML syntax: {message}")
        else:
            problems.add(None, "", f": TOML syntax: {message}")
        problems.raise_if_any()
    layout = _Layout(text)
    try:
        top = _Top.model_validate(raw)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            key = str(error["loc"][0]) if error["loc"] else ""
            line = layout.top(key) if key != "indicator" else None
            if error["type"] == "extra_forbidden":
                problems.add(
                    line,
                    "",
                    f": unknown key '{key}'; known: version, small_cell_threshold, [[indicator]]",
                )
            elif key == "indicator" and error["type"] == "missing":
                problems.add(None, "", ": no [[indicator]] table")
            else:
                problems.add(line, "", f": {_message(error)}")
        problems.raise_if_any()
    reference = reference or default_reference()
    indicators: list[Indicator] = []
    seen: dict[str, int] = {}
    for index, entry in enumerate(top.indicator):
        raw_id = entry.get("id") if isinstance(entry, dict) else None
        where = (
            f" (indicator '{raw_id}')" if isinstance(raw_id, str) else f" (indicator {index + 1})"
        )
        if not isinstance(entry, dict):
            problems.add(layout.indicator(index), where, ": expected a [[indicator]] table")
            continue
        try:
            indicator = Indicator.model_validate(entry)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                loc = [str(part) for part in error["loc"]]
                # A bad value under `where` is found by its field's name, else by the key.
                field = loc[1] if len(loc) > 1 and loc[0] == "where" else (loc[0] if loc else None)
                line = layout.indicator(index, None if error["type"] == "missing" else field)
                problems.add(line, where, f": {_message(error)}")
            continue
        if indicator.unit not in EVENTS[indicator.event].units:
            problems.add(
                layout.indicator(index, "unit"),
                where,
                f": unit '{indicator.unit}' does not fit event '{indicator.event}'; "
                f"it counts: {_known(EVENTS[indicator.event].units)}",
            )
        for name, problem in _check_where(indicator, reference):
            problems.add(layout.indicator(index, name), where, f": {problem}")
        if indicator.id in seen:
            problems.add(
                layout.indicator(index, "id"),
                where,
                f": duplicate id, already used on line {seen[indicator.id]}",
            )
        else:
            seen[indicator.id] = layout.indicator(index, "id") or 0
        indicators.append(indicator)
    problems.raise_if_any()
    return Definitions(
        version=top.version,
        small_cell_threshold=top.small_cell_threshold,
        indicators=tuple(indicators),
    )


def default_path() -> Path:
    """`$FALLAKTE_RESOURCES/reports/indicators.toml` if set, else the shipped file."""
    override = os.environ.get(ENV_RESOURCES)
    base = Path(override) if override else Path(__file__).resolve().parents[2] / "resources"
    return base / "reports" / FILE_NAME


def load_definitions(
    path: Path | None = None, *, reference: ReferenceData | None = None
) -> Definitions:
    """Reads and checks the definitions file (the default one unless `path` is given)."""
    chosen = default_path() if path is None else Path(path)
    try:
        text = chosen.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise DefinitionsError(f"{chosen}: file not found") from None
    except UnicodeDecodeError:
        raise DefinitionsError(f"{chosen.name}: not UTF-8 text") from None
    except OSError as exc:
        raise DefinitionsError(f"{chosen}: cannot read ({exc.strerror})") from None
    definitions = parse_definitions(text, file=chosen.name, reference=reference)
    return definitions.model_copy(update={"path": chosen})
