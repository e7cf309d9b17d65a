"""Support programmes as data: resources/programmes/*.toml, one file per programme, checked by line.

A programme says which support components it pays (per traveller or per application, in
instalments), which documents an application needs and how long they stay valid, which
external reference numbers it uses and which double-funding rules it has with other
programmes. An admin changes these without a release, so every problem is reported with the
file and line, e.g. `starthilfe_plus.toml line 31 (document 'fit_to_fly_certificate'):
issued_within_days: Input should be greater than or equal to 1`.

`_documents.toml` in the same folder names the document types the programmes may require.
The programme list of the reference data (codes, names, kind, validity) is derived from
these files, so a programme code has one source on device and server.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from app.domain.returns.codes import Payer, ReferenceKind, SupportComponent
from app.domain.toml_lines import Problems, TomlLayout, error_message, parse_toml
from app.errors import UserError

ENV_RESOURCES = "FALLAKTE_RESOURCES"
CATALOGUE = "_documents.toml"
DEFAULT_POSITION = 100

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
Code = Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9_]{1,39}$")]
TypeCode = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{1,59}$")]


class ProgrammeDataError(UserError):
    """A programme file is missing or malformed; the message names the file and the line."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DocumentType(_Strict):
    code: TypeCode
    name_de: Text
    name_en: Text


class _Catalogue(_Strict):
    document_type: list[DocumentType] = Field(min_length=1)


class Instalment(_Strict):
    """When one instalment is due: before the departure, or some months after the return."""

    due: Literal["before_departure", "after_return"]
    months: Annotated[int, Field(ge=0, le=36)] = 0

    @model_validator(mode="after")
    def _months(self) -> Self:
        if self.due == "before_departure" and self.months:
            raise ValueError("months belongs to due = 'after_return'")
        return self


class Component(_Strict):
    """A support component the programme pays or delivers."""

    code: SupportComponent
    per: Literal["traveller", "application"]
    payer: Payer
    in_kind: bool = False
    amount_cents: Annotated[int, Field(ge=0, le=10_000_000)] | None = None
    amount_cents_minor: Annotated[int, Field(ge=0, le=10_000_000)] | None = None
    instalments: list[Instalment] = Field(
        default_factory=lambda: [Instalment(due="before_departure")], min_length=1, max_length=6
    )


class DocumentRule(_Strict):
    """A document an application needs, for whom, when, and how long it stays valid."""

    type: TypeCode
    # application: one for the whole application; traveller: one per traveller; adult: per
    # traveller of 18 or more at departure; signatory: per traveller of min_age or more.
    per: Literal["application", "traveller", "adult", "signatory"]
    min_age: Annotated[int, Field(ge=0, le=18)] = 18
    # Needed only where: the traveller has a medical return, the departure is by air, or both.
    when: Literal["always", "medical", "flight", "medical_flight"] = "always"
    issued_within_days: Annotated[int, Field(ge=1, le=365)] | None = None
    valid_at_departure: bool = False

    @model_validator(mode="after")
    def _min_age(self) -> Self:
        if self.min_age != 18 and self.per != "signatory":
            raise ValueError("min_age belongs to per = 'signatory'")
        return self


class DoubleFundingRule(_Strict):
    """This programme's component against another programme's: excluded or reduced, explained."""

    other: Code
    component: SupportComponent | None = None  # None: any component of this programme
    other_component: SupportComponent | None = None  # None: the same as `component`
    effect: Literal["excludes", "reduces"]
    explanation_de: Text
    explanation_en: Text


class ProgrammeRules(_Strict):
    code: Code
    name_de: Text
    name_en: Text
    kind: Literal["return_assistance", "reintegration", "other"]
    valid_from: date
    valid_to: date | None = None
    position: Annotated[int, Field(ge=0, le=10_000)] = DEFAULT_POSITION
    reference_kinds: list[ReferenceKind] = Field(default_factory=list)
    component: list[Component] = Field(default_factory=list)
    document: list[DocumentRule] = Field(default_factory=list)
    double_funding: list[DoubleFundingRule] = Field(default_factory=list)
    file: str = ""

    @model_validator(mode="after")
    def _rules(self) -> Self:
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise ValueError("valid_to is before valid_from")
        return self

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def component_rule(self, code: str) -> Component | None:
        return next((c for c in self.component if c.code == code), None)


class Programmes:
    """All programme files and the document catalogue, checked against each other."""

    def __init__(
        self, programmes: tuple[ProgrammeRules, ...], document_types: tuple[DocumentType, ...]
    ) -> None:
        self.programmes = tuple(sorted(programmes, key=lambda p: (p.position, p.code)))
        self.by_code: Mapping[str, ProgrammeRules] = MappingProxyType(
            {p.code: p for p in self.programmes}
        )
        self.document_types = document_types
        self.document_types_by_code: Mapping[str, DocumentType] = MappingProxyType(
            {d.code: d for d in document_types}
        )

    def programme(self, code: str) -> ProgrammeRules:
        try:
            return self.by_code[code.strip().upper()]
        except KeyError:
            raise KeyError(f"unknown programme {code!r}") from None

    def is_document_type(self, code: str) -> bool:
        return code in self.document_types_by_code

    def document_name(self, code: str, language: str) -> str:
        found = self.document_types_by_code.get(code)
        if found is None:
            return code
        return found.name_de if language == "de" else found.name_en


# -- loading ----------------------------------------------------------------------------


def _what(loc: tuple[Any, ...], raw: dict[str, Any]) -> str:
    """The table an error belongs to, named as the admin wrote it: "document 'x'"."""
    if len(loc) < 2 or not isinstance(loc[1], int):
        return ""
    entries = raw.get(str(loc[0]))
    entry = entries[loc[1]] if isinstance(entries, list) and loc[1] < len(entries) else None
    label = next(
        (entry[k] for k in ("code", "type", "other") if isinstance(entry, dict) and k in entry),
        None,
    )
    return f"{loc[0]} '{label}'" if isinstance(label, str) else f"{loc[0]} {loc[1] + 1}"


def _validate(
    model: type[BaseModel], raw: dict[str, Any], text: str, file: str, problems: Problems
) -> Any:
    layout = TomlLayout(text)
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            loc = tuple(error["loc"])
            # A missing key is reported at its table, any other problem at the key itself.
            line = layout.line(loc[:2] if error["type"] == "missing" else loc)
            problems.add(file, line, error_message(error), _what(loc, raw))
        return None


def _read(path: Path, problems: Problems) -> tuple[str, dict[str, Any]] | None:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.add(path.name, None, "not UTF-8 text")
        return None
    except OSError as exc:
        problems.add(path.name, None, f"cannot read ({exc.strerror})")
        return None
    raw = parse_toml(text, file=path.name, problems=problems)
    return None if raw is None else (text, raw)


def _cross_checks(
    found: list[tuple[ProgrammeRules, str]], types: set[str], problems: Problems
) -> None:
    seen: dict[str, str] = {}
    codes = {p.code for p, _ in found}
    for programme, text in found:
        layout = TomlLayout(text)
        file = programme.file
        if programme.code in seen:
            problems.add(
                file,
                layout.line(("code",)),
                f"duplicate code, already used in {seen[programme.code]}",
            )
        seen.setdefault(programme.code, file)
        kinds = [c.code for c in programme.component]
        for i, code in enumerate(kinds):
            if code in kinds[:i]:
                problems.add(
                    file,
                    layout.line(("component", i, "code")),
                    "component listed twice",
                    f"component '{code}'",
                )
        for i, rule in enumerate(programme.document):
            if rule.type not in types:
                problems.add(
                    file,
                    layout.line(("document", i, "type")),
                    f"unknown document type '{rule.type}'; known: {', '.join(sorted(types))} "
                    f"({CATALOGUE})",
                    f"document '{rule.type}'",
                )
        for i, funding in enumerate(programme.double_funding):
            what = f"double_funding '{funding.other}'"
            if funding.other not in codes:
                problems.add(
                    file,
                    layout.line(("double_funding", i, "other")),
                    f"unknown programme '{funding.other}'",
                    what,
                )
            elif funding.other == programme.code:
                problems.add(
                    file,
                    layout.line(("double_funding", i, "other")),
                    "a programme cannot double-fund itself",
                    what,
                )
            if funding.component is not None and funding.component not in kinds:
                problems.add(
                    file,
                    layout.line(("double_funding", i, "component")),
                    f"component '{funding.component}' is not one of this programme's",
                    what,
                )


def load_programmes(directory: Path | None = None) -> Programmes:
    """Reads and checks every programme file; raises ProgrammeDataError naming files and lines."""
    where = default_directory() if directory is None else Path(directory)
    problems = Problems(ProgrammeDataError)
    catalogue_path = where / CATALOGUE
    if not catalogue_path.is_file():
        raise ProgrammeDataError(f"{CATALOGUE}: file not found in {where}")
    types: tuple[DocumentType, ...] = ()
    read = _read(catalogue_path, problems)
    if read is not None:
        catalogue = _validate(_Catalogue, read[1], read[0], CATALOGUE, problems)
        if catalogue is not None:
            types = tuple(catalogue.document_type)
            codes = [t.code for t in types]
            for i, code in enumerate(codes):
                if code in codes[:i]:
                    problems.add(
                        CATALOGUE,
                        TomlLayout(read[0]).line(("document_type", i, "code")),
                        "duplicate code",
                        f"document_type '{code}'",
                    )
    files = sorted(p for p in where.glob("*.toml") if p.name != CATALOGUE)
    found: list[tuple[ProgrammeRules, str]] = []
    for path in files:
        if path.name.startswith("_"):
            problems.add(path.name, None, f"unknown shared file; only {CATALOGUE} is read")
            continue
        read = _read(path, problems)
        if read is None:
            continue
        text, raw = read
        if isinstance(raw, dict) and "file" in raw:
            problems.add(path.name, TomlLayout(text).line(("file",)), "unknown key 'file'")
            continue
        programme = _validate(ProgrammeRules, raw, text, path.name, problems)
        if programme is not None:
            found.append((programme.model_copy(update={"file": path.name}), text))
    if not files:
        problems.add(where.name, None, "no programme file (*.toml) in the folder")
    _cross_checks(found, {t.code for t in types}, problems)
    problems.raise_if_any()
    return Programmes(tuple(p for p, _ in found), types)


def shipped_directory() -> Path:
    return Path(__file__).resolve().parents[2] / "resources" / "programmes"


def default_directory() -> Path:
    """`$FALLAKTE_RESOURCES/programmes` if that folder exists, else the shipped one."""
    override = os.environ.get(ENV_RESOURCES)
    if override and (Path(override) / "programmes").is_dir():
        return Path(override) / "programmes"
    return shipped_directory()


@lru_cache(maxsize=1)
def default_programmes() -> Programmes:
    """The programmes of the default folder, read once per process (cache_clear() to reload)."""
    return load_programmes()


def _document_type(code: str) -> str:
    code = code.strip().lower()
    if not default_programmes().is_document_type(code):
        raise ValueError(f"unbekannte Dokumentart / unknown document type '{code}'")
    return code


DocumentTypeCode = Annotated[str, AfterValidator(_document_type)]
