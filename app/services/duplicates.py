"""Likely duplicates of a person: one person should be one record.

Names of the people this network counsels reach the file in many spellings: Avcı, Avci,
Awdschi and Avdzhi are one family name written by four offices. Names are therefore compared
by their Kölner Phonetik code (cologne-phonetics: a soundex made for German, which is how
these names are transliterated here) after folding diacritics, and ranked by string
similarity (rapidfuzz). The authority's file number and the phone number match exactly once
normalised. A birth year more than one year apart rules a name match out.

The index holds only what matching needs, in memory, built by one read of the person table;
a caller that keeps it (the desktop session) refreshes it with the ids a change touched, so
a check while typing costs a few dictionary look-ups, not a query.
"""

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import cologne_phonetics
from rapidfuzz import fuzz
from sqlalchemy import select

from app.store.store import Store
from app.store.tables import entity_tables

# Below this similarity of the whole folded names a phonetic match is noise.
NAME_FLOOR = 62
# What a check shows at most: a counsellor reads a short list, not a search result.
SHOWN = 5
# Blocks larger than this (a very common name) are compared only within the same birth year.
_BLOCK = 200
_SPECIAL = str.maketrans({"ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae", "œ": "oe"})
_WORD = re.compile(r"[a-z]+")
_NOT_ALNUM = re.compile(r"[^0-9A-Z]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """What is known of a person for matching; built from a record or from a form being typed."""

    id: str | None
    family_name: str
    given_names: str = ""
    aliases: tuple[str, ...] = ()
    birth_year: int | None = None
    nationality: str | None = None
    file_number: str | None = None
    phone: str | None = None
    # Derived once: a check while typing compares one form against hundreds of these.
    family_keys: frozenset[str] = field(init=False, compare=False)
    given_keys: frozenset[str] = field(init=False, compare=False)
    full_name: str = field(init=False, compare=False)

    def __post_init__(self) -> None:
        family = frozenset(c for name in (self.family_name, *self.aliases) for c in codes(name))
        object.__setattr__(self, "family_keys", family)
        object.__setattr__(self, "given_keys", frozenset(codes(self.given_names)))
        names = " ".join([self.given_names, self.family_name, *self.aliases])
        object.__setattr__(self, "full_name", fold(names))

    @classmethod
    def of(cls, fields: dict[str, Any], record_id: str | None = None) -> "Candidate":
        birth = fields.get("birth_date")
        year = str(birth)[:4] if birth else ""
        return cls(
            id=record_id or fields.get("id"),
            family_name=fields.get("family_name") or "",
            given_names=fields.get("given_names") or "",
            aliases=tuple(fields.get("aliases") or ()),
            birth_year=int(year) if year.isdigit() else None,
            nationality=fields.get("nationality"),
            file_number=_file_number(fields.get("authority_file_number")),
            phone=_phone(fields.get("phone")),
        )

    def family_codes(self) -> frozenset[str]:
        return self.family_keys

    def all_codes(self) -> frozenset[str]:
        return self.family_keys | self.given_keys


@dataclass(frozen=True, slots=True)
class Match:
    """A stored person that may be the one being typed, and why (reason codes for the screen)."""

    person_id: str
    score: int  # 0..100, higher is likelier
    reasons: tuple[str, ...]  # "name", "birth_year", "nationality", "file_number", "phone"


@dataclass
class DuplicateIndex:
    people: dict[str, Candidate] = field(default_factory=dict)
    by_code: dict[str, set[str]] = field(default_factory=dict)
    by_file_number: dict[str, set[str]] = field(default_factory=dict)
    by_phone: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, store: Store) -> "DuplicateIndex":
        index = cls()
        index.refresh(store)
        return index

    def refresh(self, store: Store, ids: Iterable[str] | None = None) -> None:
        """Re-read these persons (all of them if `ids` is None); gone ones leave the index."""
        table = entity_tables["person"]
        columns = [
            table.c[name]
            for name in (
                "id",
                "family_name",
                "given_names",
                "aliases",
                "birth_date",
                "nationality",
                "authority_file_number",
                "phone",
                "merged_into",
            )
        ]
        query = select(*columns)
        wanted = None if ids is None else set(ids)
        if wanted is not None:
            query = query.where(table.c.id.in_(sorted(wanted)))
        with store.read() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
        if wanted is None:
            self.people.clear()
            self.by_code.clear()
            self.by_file_number.clear()
            self.by_phone.clear()
        else:
            for person_id in wanted:
                self.remove(person_id)
        for row in rows:
            if not row["merged_into"]:  # merged: one person already, shown as the survivor
                self.add(Candidate.of(row))

    def add(self, person: Candidate) -> None:
        assert person.id is not None
        self.remove(person.id)
        self.people[person.id] = person
        for code in person.family_codes():
            self.by_code.setdefault(code, set()).add(person.id)
        if person.file_number:
            self.by_file_number.setdefault(person.file_number, set()).add(person.id)
        if person.phone:
            self.by_phone.setdefault(person.phone, set()).add(person.id)

    def remove(self, person_id: str) -> None:
        old = self.people.pop(person_id, None)
        if old is None:
            return
        for key, bucket in (
            *((code, self.by_code) for code in old.family_codes()),
            (old.file_number, self.by_file_number),
            (old.phone, self.by_phone),
        ):
            if key and key in bucket:
                bucket[key].discard(person_id)
                if not bucket[key]:
                    del bucket[key]

    def matches(self, typed: Candidate, *, limit: int = SHOWN) -> list[Match]:
        """The stored persons most likely to be `typed`, best first (never `typed` itself)."""
        found: set[str] = set()
        for code in typed.all_codes():
            found |= self.by_code.get(code, set())
        if typed.file_number:
            found |= self.by_file_number.get(typed.file_number, set())
        if typed.phone:
            found |= self.by_phone.get(typed.phone, set())
        found.discard(typed.id or "")
        scored = [m for pid in found if (m := score(typed, self.people[pid])) is not None]
        scored.sort(key=lambda m: (-m.score, m.person_id))
        return scored[:limit]

    def pairs(self, *, minimum: int = 75) -> Iterator[tuple[str, str, Match]]:
        """Pairs of stored persons that look like one (for a lead's list), each pair once."""
        seen: set[tuple[str, str]] = set()
        for bucket in self.by_code.values():
            members = sorted(bucket)
            if len(members) > _BLOCK:
                yield from self._pairs_by_year(members, seen, minimum)
                continue
            yield from self._pairs_in(members, seen, minimum)
        for strong in (self.by_file_number, self.by_phone):
            for bucket in strong.values():
                yield from self._pairs_in(sorted(bucket), seen, minimum)

    def _pairs_by_year(
        self, members: list[str], seen: set[tuple[str, str]], minimum: int
    ) -> Iterator[tuple[str, str, Match]]:
        years: dict[int | None, list[str]] = {}
        for pid in members:
            years.setdefault(self.people[pid].birth_year, []).append(pid)
        for year, group in years.items():
            near = group + (years.get(year + 1, []) if year is not None else [])
            if len(near) <= _BLOCK:
                yield from self._pairs_in(sorted(near), seen, minimum)

    def _pairs_in(
        self, members: list[str], seen: set[tuple[str, str]], minimum: int
    ) -> Iterator[tuple[str, str, Match]]:
        for i, first in enumerate(members):
            for second in members[i + 1 :]:
                if (first, second) in seen:
                    continue
                seen.add((first, second))
                found = score(self.people[first], self.people[second])
                if found is not None and found.score >= minimum:
                    yield first, second, found


def score(typed: Candidate, stored: Candidate) -> Match | None:
    """How likely `stored` is the person `typed` describes; None when it is not a candidate."""
    assert stored.id is not None
    reasons: list[str] = []
    strong = 0
    if typed.file_number and typed.file_number == stored.file_number:
        reasons.append("file_number")
        strong = 95
    if typed.phone and typed.phone == stored.phone:
        reasons.append("phone")
        strong = max(strong, 85)
    similarity = 0.0
    if typed.family_codes() & stored.all_codes() or typed.all_codes() & stored.family_codes():
        similarity = max(
            fuzz.token_set_ratio(typed.full_name, stored.full_name), _sounds_alike(typed, stored)
        )
    years_apart = (
        abs(typed.birth_year - stored.birth_year)
        if typed.birth_year is not None and stored.birth_year is not None
        else None
    )
    if similarity >= NAME_FLOOR and (years_apart is None or years_apart <= 1):
        reasons.insert(0, "name")
        if years_apart is not None:
            reasons.append("birth_year")
        if typed.nationality and typed.nationality == stored.nationality:
            reasons.append("nationality")
    elif not strong:
        return None
    name_score = similarity if "name" in reasons else 0.0
    bonus = (8 if years_apart == 0 else 4 if years_apart == 1 else 0) + (
        5 if "nationality" in reasons else 0
    )
    penalty = (
        10
        if typed.nationality and stored.nationality and typed.nationality != stored.nationality
        else 0
    )
    total = max(strong, min(100, round(name_score * 0.85) + bonus - penalty))
    return Match(person_id=stored.id, score=total, reasons=tuple(reasons))


def _sounds_alike(typed: Candidate, stored: Candidate) -> float:
    """A name score from sound alone: the same family name and the same given names, as heard,
    are as good as a near-identical spelling (Awdschi Mehmet / Avcı Mehmet)."""
    given_typed, given_stored = typed.given_keys, stored.given_keys
    same_family = bool(typed.family_codes() & stored.family_codes())
    swapped = bool(typed.family_codes() & given_stored and given_typed & stored.family_codes())
    if swapped:
        return 88.0
    if not same_family:
        return 0.0
    if given_typed and given_stored:
        return 90.0 if given_typed & given_stored else 0.0
    return 70.0  # a family name alone: worth showing, not worth refusing an import for


def fold(text: str) -> str:
    """Lower case, plain letters: Avcı → avci, Kılıç → kilic, Müller → muller."""
    decomposed = unicodedata.normalize("NFKD", text.lower().translate(_SPECIAL))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def codes(name: str) -> list[str]:
    """Kölner Phonetik code of each word of a name (words of one letter carry no sound)."""
    return [code for word in _WORD.findall(fold(name)) if len(word) > 1 and (code := _code(word))]


@lru_cache(maxsize=65_536)
def _code(word: str) -> str:
    # Names repeat: a network's 20,000 persons share a few thousand words.
    return str(cologne_phonetics.encode(word)[0][1])


def _file_number(value: object) -> str | None:
    text = _NOT_ALNUM.sub("", str(value or "").upper())
    return text or None


def _phone(value: object) -> str | None:
    digits = re.sub(r"\D", "", str(value or ""))
    # The last nine digits survive a missing or added country code (+49 / 0049 / 0).
    return digits[-9:] if len(digits) >= 6 else None


def possible_duplicates(store: Store, *, minimum: int = 75) -> list[tuple[str, str, Match]]:
    """Pairs of persons on this device that look like one, likeliest first (for leads)."""
    found = list(DuplicateIndex.build(store).pairs(minimum=minimum))
    found.sort(key=lambda pair: (-pair[2].score, pair[0], pair[1]))
    return found


@dataclass(frozen=True, slots=True)
class PairRow:
    """One likely pair as a lead's list shows it: both names and birth dates, score, reasons."""

    first_id: str
    first_name: str
    first_birth: str | None
    second_id: str
    second_name: str
    second_birth: str | None
    score: int
    reasons: tuple[str, ...]


def pair_rows(store: Store, *, minimum: int = 75, limit: int = 500) -> list[PairRow]:
    """The likeliest `limit` pairs with what a person needs to judge them at a glance."""
    index = DuplicateIndex.build(store)
    pairs = sorted(index.pairs(minimum=minimum), key=lambda p: (-p[2].score, p[0], p[1]))
    table = entity_tables["person"]
    wanted = sorted({pid for a, b, _ in pairs[:limit] for pid in (a, b)})
    births: dict[str, str | None] = {}
    with store.read() as conn:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            query = select(table.c.id, table.c.birth_date).where(table.c.id.in_(chunk))
            births.update({row.id: row.birth_date for row in conn.execute(query)})

    def name(pid: str) -> str:
        person = index.people[pid]
        return ", ".join(part for part in (person.family_name, person.given_names) if part)

    return [
        PairRow(
            first_id=a,
            first_name=name(a),
            first_birth=births.get(a),
            second_id=b,
            second_name=name(b),
            second_birth=births.get(b),
            score=match.score,
            reasons=match.reasons,
        )
        for a, b, match in pairs[:limit]
    ]
