"""Deterministic synthetic demo data (never real people) for trials, screenshots and load tests."""

import random
import re
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from app.domain.reference import Site, default_reference
from app.services import demo_names as names
from app.services.demo_returns import ReturnRows, Stage

Row = tuple[str, dict[str, Any]]
T = TypeVar("T")

_EPOCH = date(1970, 1, 1).toordinal()
_LOW62 = (1 << 62) - 1
_PREFIX = re.compile(r"^[A-Z0-9]{2,4}$")
_CHAIN = (
    "first_contact",
    "counselling",
    "decision",
    "application_submitted",
    "approved",
    "departed",
    "reintegration_follow_up",
)


def _pool(weights: dict[T, int]) -> tuple[T, ...]:
    # Expanded once so that a weighted pick is one cheap rng.choice in the hot loops.
    return tuple(key for key, weight in weights.items() for _ in range(weight))


_SIZES = _pool({1: 46, 2: 19, 3: 12, 4: 11, 5: 7, 6: 5})
_OUTCOMES = _pool(
    {"returned_assisted": 9, "returned_self_organised": 4, "stays": 12, "onward_migration": 2}
    | {"referred_elsewhere": 4, "contact_lost": 4, "other": 2}
    # Where the counsellor learns of them: a removal or a Dublin transfer ends the case.
    | {"removed": 1, "dublin_transfer": 1}
)
_OPEN = _pool(
    {"first_contact": 2, "counselling": 10, "decision": 5, "application_submitted": 3}
    | {"approved": 2, "departed": 1, "reintegration_follow_up": 2, "paused": 3, "withdrawn": 1}
)
_RESIDENCE = {
    "reception_centre": _pool(
        {"asylum_pending": 9, "rejected": 5, "obliged_to_leave": 3, "tolerated": 1, "unknown": 1}
    ),
    "municipality": _pool(
        {"tolerated": 6, "rejected": 4, "obliged_to_leave": 4, "asylum_pending": 3}
        | {"residence_permit": 2, "other": 1, "unknown": 1}
    ),
}
_OPEN_SEX = ("diverse", "unknown", "unknown")
# The demo household roles as relationships to the head of household.
_RELATION = {
    "head": "head",
    "unaccompanied": "head",
    "spouse": "partner",
    "child": "child",
    "elder": "parent",
}
_MODES = _pool({"in_person": 15, "phone": 4, "video": 1})
_TOPICS = _pool(
    {"return_options": 6, "travel_documents": 4, "financial_support": 4, "medical_needs": 2}
    | {"family_matters": 2, "reintegration_planning": 3, "legal_status": 3, "housing": 1}
    | {"psychosocial": 2, "other": 1}
)
_ALL_TOPICS = tuple(names.FRAGMENTS)
_DURATIONS = _pool({15: 2, 20: 2, 30: 6, 45: 6, 60: 5, 75: 2, 90: 2, 120: 1})
_ADULT_VULNERABILITIES = _pool(
    {"serious_illness": 5, "mental_health": 5, "disability": 2, "violence_survivor": 3}
    | {"trafficking_survivor": 1, "lgbtiq": 1, "other": 1}
)
_PSYCHOSOCIAL = {
    "mental_health",
    "violence_survivor",
    "trafficking_survivor",
    "unaccompanied_minor",
}
_MEDICAL = {"serious_illness", "disability", "pregnancy", "elderly"}
_PROGRAMMES = _pool({"REAG_GARP": 16, "STATE_RLP": 2, "MUNICIPAL": 1, "OTHER": 1})
_OUTREACH = {
    "reception_centre": _pool(
        {"reception_centre_session": 11, "word_of_mouth": 4, "authority": 2, "ngo": 2, "other": 1}
    ),
    "municipality": _pool(
        {"municipality": 6, "authority": 5, "ngo": 4, "word_of_mouth": 3, "online_portal": 1}
        | {"other": 1}
    ),
}
# Calibrated on a real network's year (1,000 new persons: 818 persons counselled in 1,219
# sessions, 223 departures): few talks per household, seldom the whole family at the table.
CONSULTATIONS_PER_HOUSEHOLD = 2.3
PARTICIPATION = 0.08
_MOBILE = tuple(str(n) for n in (151, 152, 155, 157, 159, 160, 162, 163, *range(170, 180)))


def _iso(day: int) -> str:
    return date.fromordinal(day).isoformat()


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace(key, value)
    return text


def generate(
    *,
    persons: int,
    seed: int,
    today: date | None = None,
    counsellors: Sequence[str] = ("demo",),
    prefix: str = "DMO",
) -> Iterator[Row]:
    """(entity, fields) with "id" first, JSON-shaped, parents before children, per household."""
    if persons < 0:
        raise ValueError("persons must not be negative")
    staff = tuple(c.strip() for c in counsellors)
    if not staff or not all(staff):
        raise ValueError("at least one non-empty counsellor name is needed")
    if not _PREFIX.match(prefix):
        raise ValueError(f"prefix {prefix!r} must be 2-4 capital letters or digits")
    # Checked above, generated lazily below: bad arguments fail at the call, not at next().
    return _Generator(seed, today or date.today(), staff, prefix).run(persons)


@dataclass(frozen=True)
class _Member:
    role: str  # head, spouse, child, elder, unaccompanied
    sex: str
    age: int
    given: str
    family: str


@dataclass
class _Plan:
    opened: int
    path: list[str]
    days: list[int]
    outcome: str | None

    def day_of(self, status: str) -> int | None:
        return self.days[self.path.index(status)] if status in self.path else None


@dataclass(frozen=True)
class _Texts:
    """Note fragments and follow-up titles with the return country filled in, once per country."""

    in_land: str
    fragments: dict[str, tuple[str, ...]]
    titles: tuple[str, ...]


@dataclass
class _Household:
    id: str
    site: Site
    members: list[_Member]
    country: str
    interpreter: str | None
    who: tuple[str, ...]
    texts: _Texts
    ids: list[str] = field(default_factory=list)
    vulnerabilities: list[list[str]] = field(default_factory=list)


class _Generator:
    def __init__(self, seed: int, today: date, counsellors: tuple[str, ...], prefix: str) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - reproducible fake data, not secrets
        self.today = today.toordinal()
        self.counsellors = counsellors
        self.prefix = prefix
        self.ref = ref = default_reference()
        big = {
            s: 10 if s.kind == "reception_centre" else 2 if s.name_de.startswith("Stadt") else 1
            for s in ref.sites
        }
        self.sites = _pool(big)
        self.home = {s.code: counsellors[i % len(counsellors)] for i, s in enumerate(ref.sites)}
        self.district = {s.code: ref.district(s.district_ags).name for s in ref.sites}
        self.origins = _pool({o: o.weight for o in names.ORIGINS})
        self.valid_from = {p.code: p.valid_from.toordinal() for p in ref.programmes}
        self.counters: dict[tuple[str, int], int] = {}
        self.texts: dict[str, _Texts] = {}

    def texts_for(self, country: str) -> _Texts:
        if country not in self.texts:
            name = self.ref.country_name(country)
            nach, in_land = names.COUNTRY_PHRASES.get(country) or (f"nach {name}", f"in {name}")
            fill = {"{nach}": nach, "{in_land}": in_land}
            self.texts[country] = _Texts(
                in_land,
                {t: tuple(_fill(f, fill) for f in fs) for t, fs in names.FRAGMENTS.items()},
                tuple(_fill(t, fill) for t in names.FOLLOW_UPS),
            )
        return self.texts[country]

    def run(self, persons: int) -> Iterator[Row]:
        left = persons
        while left > 0:
            size = min(left, self.rng.choice(_SIZES))
            left -= size
            yield from self.household(size)

    def id(self, day: int) -> str:
        """UUIDv7 stamped with the record's own day, so ids sort like real ones would."""
        ms = (day - _EPOCH) * 86_400_000 + 25_200_000 + self.rng.randrange(39_600_000)
        rand = self.rng.getrandbits(74)
        value = ms << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | (rand & _LOW62)
        return str(uuid.UUID(int=value))

    # -- people -----------------------------------------------------------------------------

    def members(self, o: names.Origin, size: int) -> list[_Member]:
        rng = self.rng

        def person(role: str, sex: str, age: int, family: str | None = None) -> _Member:
            given = rng.choice(o.male if sex == "male" else o.female)
            if o.double_surname and rng.random() < 0.35:
                given = f"{given} {rng.choice(o.female if sex == 'female' else o.male)}"
            if family is None:
                family = rng.choice(o.family)
                if o.double_surname and rng.random() < 0.7:
                    family = f"{family} {rng.choice(o.family)}"
            for masc, fem in o.feminine if sex == "female" else ():
                if family.endswith(masc):
                    family = family[: -len(masc)] + fem
                    break
            return _Member(role, sex, age, given, family)

        sex = "male" if rng.random() < 0.7 else "female"
        if size == 1:
            r = rng.random()
            if r < 0.03:
                return [
                    person("unaccompanied", "male" if r < 0.025 else "female", rng.randint(15, 17))
                ]
            age = rng.randint(65, 82) if r < 0.08 else min(rng.randint(18, 45), rng.randint(18, 64))
            return [person("head", sex, age)]
        single_parent = rng.random() < (0.35 if size == 2 else 0.2)
        if single_parent:
            head = person("head", "female" if rng.random() < 0.85 else "male", rng.randint(22, 50))
            found = [head]
            father = head.given.split()[0] if head.sex == "male" else rng.choice(o.male)
            mother = head
        else:
            head = person("head", "male", rng.randint(22, 58))
            wife_family = None if o.wife_keeps_name or o.double_surname else head.family
            spouse = person("spouse", "female", max(18, head.age - rng.randint(-2, 8)), wife_family)
            found = [head, spouse]
            father, mother = head.given.split()[0], spouse
        if size >= 4 and rng.random() < 0.15:
            found.append(
                person("elder", rng.choice(("female", "male")), rng.randint(62, 82), head.family)
            )
        while len(found) < size:
            child_sex = rng.choice(("female", "male"))
            if o.patronymic:
                family = father
            elif o.double_surname:
                family = f"{head.family.split()[0]} {mother.family.split()[0]}"
            else:
                family = head.family if not single_parent or head.sex == "male" else mother.family
            found.append(
                person("child", child_sex, rng.randint(0, min(17, mother.age - 17)), family)
            )
        return found

    def birth(self, o: names.Origin, age: int) -> tuple[str, bool]:
        rng = self.rng
        born = date.fromordinal(self.today - age * 365 - age // 4 - rng.randint(1, 364))
        r = rng.random()
        if r < 0.10:
            return f"{born.year:04d}", rng.random() < 0.6
        if r < 0.14:
            return f"{born.year:04d}-{born.month:02d}", rng.random() < 0.3
        if o.country == "AFG" and r < 0.4:
            # Afghan documents often carry 1 January when only the year is known.
            return f"{born.year:04d}-01-01", True
        return born.isoformat(), rng.random() < 0.04

    def aliases(self, m: _Member) -> list[str]:
        # Other spellings come from documents, which children rarely have yet.
        if m.age < 18 or self.rng.random() >= 0.15:
            return []
        given, *more = m.given.split()
        options = [
            " ".join((g, *more, f))
            for g in (given, *names.spellings(given))
            for f in (m.family, *names.spellings(m.family))
        ][1:]
        if not options:
            return []
        return self.rng.sample(options, min(len(options), 1 if self.rng.random() < 0.8 else 2))

    def vulnerability(self, m: _Member, single_parent: bool) -> list[str]:
        rng = self.rng
        if m.role == "unaccompanied":
            return ["unaccompanied_minor", *(["mental_health"] if rng.random() < 0.3 else [])]
        if m.age < 18:
            return ["minor_in_family"] if rng.random() < 0.25 else []
        if m.age >= 65:
            return ["elderly", *(["serious_illness"] if rng.random() < 0.4 else [])]
        found = (
            ["single_parent"] if single_parent and m.role == "head" and rng.random() < 0.6 else []
        )
        if rng.random() < 0.09:
            found.append(rng.choice(_ADULT_VULNERABILITIES))
        if m.sex == "female" and m.age <= 42 and rng.random() < 0.04:
            found.append("pregnancy")
        return list(dict.fromkeys(found))

    # -- households -------------------------------------------------------------------------

    def household(self, size: int) -> Iterator[Row]:
        rng = self.rng
        o = rng.choice(self.origins)
        site = rng.choice(self.sites)
        plans = self.plan_cases()
        created = plans[0].opened
        members = self.members(o, size)
        head = members[0]
        r = rng.random()
        back = o.country if r < 0.88 else rng.choice((None, None, *o.third_countries))
        languages = list(rng.choice(o.languages))
        needs = rng.random() < o.interpreter
        sir = "Frau" if head.sex == "female" else "Herr"
        who = (
            f"{sir} {head.family}",
            f"{sir} {head.given} {head.family}",
            f"{head.given} {head.family}",
        )
        country = back or o.country
        h = _Household(
            self.id(created),
            site,
            members,
            country,
            languages[0] if needs else None,
            who,
            self.texts_for(country),
        )
        label = f"{head.family}, {head.given}" if size == 1 else f"Familie {head.family}"
        yield "household", {"id": h.id, "label": label, "site": site.code, "merged_into": None}
        nationality = "XXA" if o.country == "SYR" and rng.random() < 0.04 else o.country
        residence = rng.choice(_RESIDENCE[site.kind])
        single_parent = size > 1 and members[1].role != "spouse"
        for m in members:
            birth, estimated = self.birth(o, m.age)
            speaks = list(languages)
            if m.age < 18 and m.age >= 6 and rng.random() < 0.6:
                speaks.append("deu")
            elif m.age >= 18 and "eng" not in speaks and rng.random() < 0.1:
                speaks.append("eng")
            phone = None
            if m.age >= 16 and rng.random() < (0.9 if m.age >= 18 else 0.6):
                phone = f"+49 {rng.choice(_MOBILE)} {rng.randint(1_000_000, 99_999_999)}"
            file_number = (
                f"{rng.randint(1_000_000, 9_999_999)}-{rng.randint(100, 999)}"
                if rng.random() < 0.6
                else None
            )
            person_id = self.id(created)
            h.ids.append(person_id)
            h.vulnerabilities.append(self.vulnerability(m, single_parent))
            yield (
                "person",
                {
                    "id": person_id,
                    "family_name": m.family,
                    "given_names": m.given,
                    "aliases": self.aliases(m),
                    # A few records keep the sex open; the head stays addressed as Herr/Frau.
                    "sex": m.sex if m is head or rng.random() > 0.006 else rng.choice(_OPEN_SEX),
                    "birth_date": birth,
                    "birth_date_estimated": estimated,
                    "nationality": nationality,
                    "return_country": back,
                    "languages": speaks,
                    "interpreter_needed": needs and "deu" not in speaks and m.age >= 14,
                    "residence_status": residence,
                    "relationship": _RELATION[m.role],
                    "authority_file_number": file_number,
                    "phone": phone,
                    "site": site.code,
                    "household_id": h.id,
                    "merged_into": None,
                },
            )
        consultations = max(
            1, round(CONSULTATIONS_PER_HOUSEHOLD * rng.uniform(0.3, 1.7) * (1 + (size - 1) * 0.25))
        )
        follow_ups = round(size * rng.uniform(0.2, 1.8))
        referrals: list[tuple[str, str, str, int]] = []
        counsellor = ""
        for i, plan in enumerate(plans):
            share = 1.0 if i == len(plans) - 1 else 0.35
            c, f = round(consultations * share), round(follow_ups * share)
            consultations, follow_ups = consultations - c, follow_ups - f
            referrals = []
            counsellor = (
                self.home[site.code] if rng.random() < 0.8 else rng.choice(self.counsellors)
            )
            yield from self.case(h, plan, counsellor, max(1, c), f, referrals)
        yield from self.person_records(h, plans, counsellor, referrals)

    def person_records(
        self,
        h: _Household,
        plans: list[_Plan],
        counsellor: str,
        referrals: list[tuple[str, str, str, int]],
    ) -> Iterator[Row]:
        rng, today = self.rng, self.today
        current = plans[-1]
        for person_id, cats in zip(h.ids, h.vulnerabilities, strict=True):
            if not cats:
                continue
            day = rng.randint(current.opened, min(today, current.opened + 60))
            link = next(
                (
                    ref_id
                    for ref_id, kind, _, _ in referrals
                    if (kind == "psychosocial" and _PSYCHOSOCIAL & set(cats))
                    or (kind == "medical" and _MEDICAL & set(cats))
                ),
                None,
            )
            yield (
                "vulnerability",
                {
                    "id": self.id(day),
                    "person_id": person_id,
                    "assessed_on": _iso(day),
                    "assessed_by": counsellor,
                    "categories": cats,
                    "notes": rng.choice(names.VULNERABILITY_NOTES) if rng.random() < 0.5 else None,
                    "referral_id": link,
                },
            )
        consents: list[tuple[str, str, str | None, int]] = [
            (pid, "data_processing", None, min(today, plans[0].opened + rng.randint(0, 3)))
            for pid, m in zip(h.ids, h.members, strict=True)
            if m.age >= 18
        ]
        if referrals and h.members[0].age >= 18:
            consents.append((h.ids[0], "sharing_with_partner", referrals[0][2], referrals[0][3]))
        approved = current.day_of("approved")
        if approved and h.members[0].age >= 18 and rng.random() < 0.7:
            consents.append((h.ids[0], "contact_after_return", None, approved))
        for pid, purpose, partner, given in consents:
            withdrawn = (
                rng.randint(given + 1, today) if given < today and rng.random() < 0.03 else None
            )
            yield (
                "consent",
                {
                    "id": self.id(given),
                    "person_id": pid,
                    "purpose": purpose,
                    "partner": partner,
                    "given_on": _iso(given),
                    "form_version": "2024-01",
                    "withdrawn_on": None if withdrawn is None else _iso(withdrawn),
                    "attachment_id": None,
                },
            )

    # -- cases --------------------------------------------------------------------------------

    def plan_cases(self) -> list[_Plan]:
        rng, today = self.rng, self.today
        plans = []
        start = today - 1095
        if rng.random() < 0.15:
            opened = today - rng.randint(500, 1095)
            closed = opened + rng.randint(30, 300)
            plans.append(self.plan(opened, rng.choice(_OUTCOMES), closed))
            start = closed + 30
        opened = rng.randint(start, today)
        age = today - opened
        if rng.random() < (
            0.72 if age > 365 else 0.45 if age > 150 else 0.12 if age > 30 else 0.02
        ):
            plans.append(
                self.plan(opened, rng.choice(_OUTCOMES), min(today, opened + rng.randint(14, 450)))
            )
        else:
            plans.append(self.plan(opened, None, today))
        return plans

    def plan(self, opened: int, outcome: str | None, end: int) -> _Plan:
        rng = self.rng
        path = self.closed_path(outcome) if outcome else self.open_path(self.today - opened)
        if "counselling" in path and rng.random() < 0.1:
            i = path.index("counselling") + 1
            path[i:i] = ["paused", "counselling"]
        if "decision" in path and rng.random() < 0.05:
            i = path.index("decision") + 1
            path[i:i] = ["counselling", "decision"]
        steps, span = len(path) - 1, end - opened
        if span >= steps:
            later = sorted(rng.sample(range(1, span + 1), steps))
        else:
            later = sorted(rng.randint(0, span) for _ in range(steps))
        return _Plan(opened, path, [opened, *(opened + d for d in later)], outcome)

    def closed_path(self, outcome: str) -> list[str]:
        rng = self.rng
        if outcome == "returned_assisted":
            path = list(_CHAIN[:6]) + (["reintegration_follow_up"] if rng.random() < 0.55 else [])
        elif outcome == "referred_elsewhere":
            path = ["first_contact"] + (["counselling"] if rng.random() < 0.8 else [])
        else:
            path = ["first_contact", "counselling"]
            if outcome in ("returned_self_organised", "onward_migration") or rng.random() < 0.6:
                path.append("decision")
            if outcome == "stays" and path[-1] == "decision" and rng.random() < 0.2:
                path.append("application_submitted")
                if rng.random() < 0.5:
                    path.append("approved")  # a residence permit came after the approval
            if outcome == "contact_lost" and rng.random() < 0.6:
                path.append("paused")
            if outcome == "other" and rng.random() < 0.4:
                path.append("withdrawn")
        return [*path, "closed"]

    def open_path(self, age: int) -> list[str]:
        rng = self.rng
        target = "first_contact" if age < 21 and rng.random() < 0.6 else rng.choice(_OPEN)
        if target == "paused":
            return [*_CHAIN[: rng.choice((2, 2, 3, 4))], "paused"]
        if target == "withdrawn":
            return [*_CHAIN[: rng.choice((1, 2, 2, 3, 5))], "withdrawn"]
        if target == "decision" and rng.random() < 0.15:
            return [*_CHAIN[:4], "decision"]  # the application was turned down
        return list(_CHAIN[: _CHAIN.index(target) + 1])

    def case(
        self,
        h: _Household,
        plan: _Plan,
        counsellor: str,
        consultations: int,
        follow_ups: int,
        referrals: list[tuple[str, str, str, int]],
    ) -> Iterator[Row]:
        rng, today, site = self.rng, self.today, h.site
        key = (site.code, date.fromordinal(plan.opened).year)
        self.counters[key] = number = self.counters.get(key, 0) + 1
        status, closed = plan.path[-1], plan.path[-1] == "closed"
        case_id = self.id(plan.opened)
        yield (
            "case",
            {
                "id": case_id,
                "reference": f"{site.code}-{key[1]}-{self.prefix}-{number:05d}",
                "household_id": h.id,
                "main_contact_id": h.ids[0],
                "counsellor": counsellor,
                "team": f"team-{site.district_ags}" if rng.random() < 0.9 else None,
                "site": site.code,
                "opened_on": _iso(plan.opened),
                "status": status,
                "status_since": _iso(plan.days[-1]),
                "outcome": plan.outcome if closed else None,
                "closed_on": _iso(plan.days[-1]) if closed else None,
                "outreach_channel": rng.choice(_OUTREACH[site.kind])
                if rng.random() < 0.92
                else None,
            },
        )
        for i, (to, day) in enumerate(zip(plan.path, plan.days, strict=True)):
            yield (
                "case_status_change",
                {
                    "id": self.id(day),
                    "case_id": case_id,
                    "from_status": plan.path[i - 1] if i else None,
                    "to_status": to,
                    "changed_on": _iso(day),
                    "changed_by": counsellor,
                    "outcome": plan.outcome if to == "closed" else None,
                },
            )
        end = plan.days[-1] if closed else today
        # A case opened days ago cannot have had a dozen talks yet.
        consultations = min(consultations, 3 + 2 * (end - plan.opened))
        departed = plan.day_of("departed")
        days = [
            plan.opened,
            *sorted(rng.randint(plan.opened, end) for _ in range(consultations - 1)),
        ]
        for n, day in enumerate(days):
            yield "consultation", self.consultation(h, case_id, counsellor, n, day, departed)
        for _ in range(follow_ups):
            yield "follow_up", self.follow_up(h, case_id, counsellor, plan.opened, end, not closed)
        if rng.random() < (
            0.35
            if any(_PSYCHOSOCIAL & set(c) or _MEDICAL & set(c) for c in h.vulnerabilities)
            else 0.17
        ):
            day = rng.randint(plan.opened, end)
            yield "referral", self.referral(h, case_id, day, referrals)
        yield from self.applications(h, case_id, plan)

    def consultation(
        self, h: _Household, case_id: str, counsellor: str, n: int, day: int, departed: int | None
    ) -> dict[str, Any]:
        rng = self.rng
        remote = departed is not None and day > departed
        mode = rng.choice(("phone", "video")) if remote else rng.choice(_MODES)
        if n == 0:
            topics = ["return_options", *(["legal_status"] if rng.random() < 0.5 else [])]
        else:
            topics = list(dict.fromkeys(rng.choice(_TOPICS) for _ in range(rng.randint(1, 3))))
            if remote and "reintegration_planning" not in topics:
                topics.insert(0, "reintegration_planning")
        language = h.interpreter if h.interpreter and rng.random() < 0.9 else None
        interpreting = (
            None
            if language is None
            else "remote"
            if mode != "in_person" or rng.random() < 0.55
            else "in_person"
        )
        # The note: an opening naming the client, then fragments on the topics until long enough.
        parts = [
            rng.choice(names.INTROS if mode == "in_person" else names.PHONE_INTROS).replace(
                "{who}", rng.choice(h.who)
            )
        ]
        if language:
            parts.append(names.INTERPRETED.format(lang=self.ref.language(language).name_de))
        size, target = sum(map(len, parts)), rng.randint(200, 600)
        for _ in range(12):
            if size >= target:
                break
            fragment = rng.choice(
                h.texts.fragments[
                    rng.choice(topics) if rng.random() < 0.75 else rng.choice(_ALL_TOPICS)
                ]
            )
            if fragment not in parts and size + len(fragment) < 640:
                parts.append(fragment)
                size += len(fragment) + 1
        if rng.random() < 0.5:
            parts.append(rng.choice(names.CLOSINGS))
        return {
            "id": self.id(day),
            "case_id": case_id,
            "held_on": _iso(day),
            "duration_minutes": rng.choice(_DURATIONS),
            "counsellor": counsellor if rng.random() < 0.9 else rng.choice(self.counsellors),
            "site": None if remote else h.site.code,
            "mode": mode,
            "interpreter_language": language,
            "interpreter_mode": interpreting,
            "participant_ids": [h.ids[0], *(p for p in h.ids[1:] if rng.random() < PARTICIPATION)],
            "topics": topics,
            "notes": " ".join(parts),
            "next_steps": " ".join(rng.sample(names.NEXT_STEPS, rng.randint(1, 2)))
            if rng.random() < 0.4
            else None,
        }

    def follow_up(
        self, h: _Household, case_id: str, counsellor: str, opened: int, end: int, open_case: bool
    ) -> dict[str, Any]:
        rng, today = self.rng, self.today
        due = (
            today + rng.randint(1, 30)
            if open_case and rng.random() < 0.3
            else rng.randint(opened, end)
        )
        status, done = "open", None
        r = rng.random()
        if due <= today and not (open_case and r < 0.2):
            if r < 0.28:
                status = "cancelled"
            else:
                status, done = "done", min(today, max(opened, due + rng.randint(-7, 3)))
        record_id = self.id(max(opened, min(due, today) - rng.randint(0, 14)))
        return {
            "id": record_id,
            "case_id": case_id,
            "due_on": _iso(due),
            "assignee": counsellor if rng.random() < 0.85 else rng.choice(self.counsellors),
            "title": rng.choice(h.texts.titles),
            "status": status,
            "done_on": None if done is None else _iso(done),
            "outcome_note": None if done is None else _outcome_note(record_id),
        }

    def referral(
        self, h: _Household, case_id: str, day: int, referrals: list[tuple[str, str, str, int]]
    ) -> dict[str, Any]:
        rng = self.rng
        cats = {c for cs in h.vulnerabilities for c in cs}
        wanted = "psychosocial" if cats & _PSYCHOSOCIAL else "medical" if cats & _MEDICAL else None
        options = (
            [p for p in names.PARTNERS if p[1] == wanted]
            if wanted and rng.random() < 0.6
            else names.PARTNERS
        )
        partner, kind, purpose = rng.choice(options)
        partner = _fill(
            partner, {"{district}": self.district[h.site.code], "{in_land}": h.texts.in_land}
        )
        age = self.today - day
        status = (
            rng.choice(("planned", "sent"))
            if age < 14
            else rng.choice(
                ("completed",) * 9 + ("accepted",) * 5 + ("declined",) * 3 + ("sent",) * 3
            )
        )
        ref_id = self.id(day)
        referrals.append((ref_id, kind, partner, day))
        return {
            "id": ref_id,
            "case_id": case_id,
            "partner": partner,
            "partner_kind": kind,
            "purpose": purpose,
            "referred_on": _iso(day),
            "status": status,
            "result": rng.choice(names.REFERRAL_RESULTS)
            if status == "completed"
            else "Angebot abgelehnt."
            if status == "declined"
            else None,
        }

    def applications(self, h: _Household, case_id: str, plan: _Plan) -> Iterator[Row]:
        rng, path, days = self.rng, plan.path, plan.days
        submitted = plan.day_of("application_submitted")
        if submitted is None:
            return
        i = path.index("application_submitted")
        after = path[i + 1] if i + 1 < len(path) else None
        approved, departed = plan.day_of("approved"), plan.day_of("departed")
        decided: int | None = None
        if approved is not None:
            decision, decided = "approved", approved
        elif after == "decision":
            decision, decided = "rejected", days[i + 1]
        elif after in ("closed", "withdrawn"):
            decision, decided = "withdrawn", days[i + 1]
        else:
            decision = "pending"
        adults = sum(m.age >= 18 for m in h.members)
        minors = len(h.members) - adults
        programme = rng.choice(_PROGRAMMES)
        amount = None
        if approved is not None:
            amount = (
                adults * 20_000
                + minors * 10_000
                + (adults * 100_000 + minors * 50_000 if rng.random() < 0.6 else 0)
            )
        gave_up, because = None, None
        after_approval = status_after(path, "approved") if approved is not None else None
        if departed is None and after_approval:
            gave_up = days[path.index("approved") + 1]
            because = (
                "status_changed"
                if plan.outcome == "stays"
                else "withdrew"
                if after_approval == "withdrawn"
                else None
            )
        rows = [(programme, amount)]
        if departed is not None and rng.random() < 0.7:
            second = "EU_REINTEGRATION" if rng.random() < 0.25 else "STARTHILFE_PLUS"
            rows.append((second, min(10_000_000, adults * 100_000 + minors * 50_000)))
        for n, (code, cents) in enumerate(rows):
            if self.valid_from[code] > submitted:
                code = "REAG_GARP"
            application_id = self.id(submitted)
            yield (
                "application",
                {
                    "id": application_id,
                    "case_id": case_id,
                    "programme": code,
                    "submitted_on": _iso(submitted),
                    "decision": decision,
                    "decided_on": None if decided is None else _iso(decided),
                    "amount_cents": cents,
                    "destination_country": h.country,
                },
            )
            stage = Stage(submitted, decision, decided, departed, gave_up, n == 0, because)
            yield from ReturnRows(self, h, case_id, application_id, code).run(stage)


def status_after(path: list[str], status: str) -> str | None:
    i = path.index(status) + 1
    return path[i] if i < len(path) else None


_OUTCOME_NOTES = (
    "Termin bestätigt.",
    "Unterlagen liegen vor.",
    "Rückruf erfolgt, Familie informiert.",
    "Antrag eingereicht.",
    "Dolmetschung für den nächsten Termin gebucht.",
)


def _outcome_note(record_id: str) -> str | None:
    """About every third done follow-up has a note; chosen by the id, so that the generator's
    random sequence (and with it all other demo data) stays as it was."""
    pick = int(record_id.replace("-", "")[-6:], 16)
    return _OUTCOME_NOTES[pick % len(_OUTCOME_NOTES)] if pick % 3 == 0 else None
