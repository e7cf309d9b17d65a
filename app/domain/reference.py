"""Reference data (sites, districts, countries, languages, programmes): models, loading and checks."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal, Self, TypeVar

from pydantic import BaseModel, ConfigDict, StringConstraints, ValidationError, model_validator

from app.errors import UserError

ENV_RESOURCES = "FALLAKTE_RESOURCES"

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]


class ReferenceDataError(UserError):
    """A reference data file is missing or invalid; the message names the file and the item."""


class _Item(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class District(_Item):
    ags: Annotated[str, StringConstraints(pattern=r"^\d{5}$")]
    name: Name
    kind: Literal["city", "county"]
    kfz: Annotated[str, StringConstraints(pattern=r"^[A-ZÄÖÜ]{1,3}$")]


class Site(_Item):
    # Site codes go into human case numbers, so they stay short plain ASCII.
    code: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2,4}$")]
    name_de: Name
    name_en: Name
    kind: Literal["reception_centre", "municipality"]
    district_ags: Annotated[str, StringConstraints(pattern=r"^\d{5}$")]


class Country(_Item):
    alpha3: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
    alpha2: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")] | None = None
    name_de: Name
    name_en: Name


class Language(_Item):
    code: Annotated[str, StringConstraints(pattern=r"^[a-z]{3}$")]
    alpha2: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] | None = None
    name_de: Name
    name_en: Name


class Programme(_Item):
    code: Annotated[str, StringConstraints(pattern=r"^[A-Z][A-Z0-9_]{1,39}$")]
    name_de: Name
    name_en: Name
    kind: Literal["return_assistance", "reintegration", "other"]
    valid_from: date
    valid_to: date | None = None

    @model_validator(mode="after")
    def _period(self) -> Self:
        if self.valid_to is not None and self.valid_to < self.valid_from:
            raise ValueError("valid_to is before valid_from")
        return self

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)


M = TypeVar("M", bound=_Item)

# File name, model and key field of each collection, in load order.
_FILES: dict[str, tuple[str, type[_Item], str]] = {
    "districts": ("districts.json", District, "ags"),
    "sites": ("sites.json", Site, "code"),
    "countries": ("countries.json", Country, "alpha3"),
    "languages": ("languages.json", Language, "code"),
}
# Programmes come from resources/programmes/*.toml (app/domain/programmes.py); this file was
# their list until the return process made them rules.
_LEGACY_PROGRAMMES = "programmes.json"


def _where(file: str, index: int, key: str, value: Any) -> str:
    # Items are numbered from 1 because admins read these messages, not programmers.
    label = f" ({key} {value!r})" if isinstance(value, str) else ""
    return f"{file} item {index + 1}{label}"


def _index(name: str, items: tuple[M, ...]) -> Mapping[str, M]:
    file, _, key = _FILES.get(name, ("programmes", Programme, "code"))
    seen: dict[str, M] = {}
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        code = getattr(item, key)
        if code in seen:
            raise ReferenceDataError(
                f"{_where(file, i, key, code)}: duplicate {key}, already used by item {first[code] + 1}"
            )
        seen[code] = item
        first[code] = i
    return MappingProxyType(seen)


@dataclass(frozen=True)
class ReferenceData:
    """All reference lists, checked for duplicates and dangling district references."""

    districts: tuple[District, ...]
    sites: tuple[Site, ...]
    countries: tuple[Country, ...]
    languages: tuple[Language, ...]
    programmes: tuple[Programme, ...]
    districts_by_ags: Mapping[str, District] = field(init=False, repr=False, compare=False)
    sites_by_code: Mapping[str, Site] = field(init=False, repr=False, compare=False)
    countries_by_alpha3: Mapping[str, Country] = field(init=False, repr=False, compare=False)
    languages_by_code: Mapping[str, Language] = field(init=False, repr=False, compare=False)
    programmes_by_code: Mapping[str, Programme] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Frozen dataclass: the derived lookups are set once, here.
        set_ = object.__setattr__
        set_(self, "districts_by_ags", _index("districts", self.districts))
        set_(self, "sites_by_code", _index("sites", self.sites))
        set_(self, "countries_by_alpha3", _index("countries", self.countries))
        set_(self, "languages_by_code", _index("languages", self.languages))
        set_(self, "programmes_by_code", _index("programmes", self.programmes))
        for i, site in enumerate(self.sites):
            if site.district_ags not in self.districts_by_ags:
                raise ReferenceDataError(
                    f"{_where('sites.json', i, 'code', site.code)}: "
                    f"district_ags {site.district_ags!r} is not in districts.json"
                )

    def site(self, code: str) -> Site:
        return _get(self.sites_by_code, code.strip().upper(), "site")

    def district(self, ags: str) -> District:
        return _get(self.districts_by_ags, ags.strip(), "district")

    def country(self, alpha3: str) -> Country:
        return _get(self.countries_by_alpha3, alpha3.strip().upper(), "country")

    def language(self, code: str) -> Language:
        return _get(self.languages_by_code, code.strip().lower(), "language")

    def programme(self, code: str) -> Programme:
        return _get(self.programmes_by_code, code.strip().upper(), "programme")

    def is_site(self, code: str) -> bool:
        return code.strip().upper() in self.sites_by_code

    def is_country(self, code: str) -> bool:
        return code.strip().upper() in self.countries_by_alpha3

    def is_language(self, code: str) -> bool:
        return code.strip().lower() in self.languages_by_code

    def is_programme(self, code: str) -> bool:
        return code.strip().upper() in self.programmes_by_code

    def country_name(self, alpha3: str, lang: str = "de") -> str:
        """Display name; a code no longer in the list (old records) is shown as the code."""
        if lang not in ("de", "en"):
            raise ValueError(f"unsupported display language {lang!r} (use 'de' or 'en')")
        country = self.countries_by_alpha3.get(alpha3.strip().upper())
        if country is None:
            return alpha3
        return country.name_de if lang == "de" else country.name_en

    def programmes_valid_on(self, day: date) -> tuple[Programme, ...]:
        return tuple(p for p in self.programmes if p.valid_on(day))


def _get(lookup: Mapping[str, M], code: str, what: str) -> M:
    try:
        return lookup[code]
    except KeyError:
        raise KeyError(f"unknown {what} {code!r}") from None


def _problem(err: ValidationError) -> str:
    parts = []
    for e in err.errors(include_url=False):
        msg = e["msg"].removeprefix("Value error, ")
        loc = ".".join(str(p) for p in e["loc"])
        parts.append(f"{loc}: {msg}" if loc else msg)
    return "; ".join(parts)


def _read(directory: Path, name: str) -> tuple[Any, ...]:
    file, model, key = _FILES[name]
    path = directory / file
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReferenceDataError(f"{file}: file not found in {directory}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReferenceDataError(f"{file}: not valid UTF-8 JSON ({exc})") from None
    if not isinstance(raw, list):
        raise ReferenceDataError(f"{file}: expected a JSON list of objects")
    items = []
    for i, entry in enumerate(raw):
        value = entry.get(key) if isinstance(entry, dict) else None
        try:
            items.append(model.model_validate(entry))
        except ValidationError as exc:
            raise ReferenceDataError(f"{_where(file, i, key, value)}: {_problem(exc)}") from None
    return tuple(items)


def default_directory() -> Path:
    """`$FALLAKTE_RESOURCES/reference` if set, else the repository's resources/reference."""
    override = os.environ.get(ENV_RESOURCES)
    if override:
        return Path(override) / "reference"
    return Path(__file__).resolve().parents[2] / "resources" / "reference"


def load_reference(
    directory: Path | None = None, *, programmes_directory: Path | None = None
) -> ReferenceData:
    """Read and check every reference file; raises ReferenceDataError naming the bad item.

    Programmes are read from `programmes_directory`, else from the `programmes` folder beside
    `directory` if there is one, else from the default (see app/domain/programmes.py).
    """
    from app.domain import programmes  # imports this module's Programme

    where = default_directory() if directory is None else directory
    if (where / _LEGACY_PROGRAMMES).exists():
        raise ReferenceDataError(
            f"{_LEGACY_PROGRAMMES} in {where} is no longer read: programmes are files in "
            "programmes/*.toml now (see resources/programmes/README.md); move your changes "
            f"there and delete {_LEGACY_PROGRAMMES}"
        )
    if programmes_directory is None and directory is not None:
        beside = where.parent / "programmes"
        programmes_directory = beside if beside.is_dir() else None
    rules = programmes.load_programmes(programmes_directory)
    listed = tuple(
        Programme(
            code=p.code,
            name_de=p.name_de,
            name_en=p.name_en,
            kind=p.kind,
            valid_from=p.valid_from,
            valid_to=p.valid_to,
        )
        for p in rules.programmes
    )
    return ReferenceData(**{name: _read(where, name) for name in _FILES}, programmes=listed)


@lru_cache(maxsize=1)
def default_reference() -> ReferenceData:
    """The reference data of the default directory, read once per process (cache_clear() to reload)."""
    return load_reference()
