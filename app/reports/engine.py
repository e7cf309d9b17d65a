"""The indicator engine: every definition becomes one SQL query, counted in the database.

Per indicator, a materialised CTE `e` holds its event rows (unit, case, person, site, team,
programme and the person's sex, nationality and age group); a UNION ALL of GROUP BYs over
`e` gives the total and every breakdown as (dimension, key, COUNT(DISTINCT unit)). No record
is loaded into Python, only those counts. The same statements run on the device's SQLite
tables and the server's JSON records (SQLite or PostgreSQL) through a `Source`.

Which persons an event concerns:
- consultation_held: its participants, or the case's main contact when it lists none;
- case and application events: the persons of the case's household.
Case and consultation units take sex, age group, nationality and vulnerability from the
case's main contact.

Age group at the period's end from a partial birth date: a bare year counts as born on
1 July of that year, a year and month as born on the 15th (the middle of what is known).

Small cells: a count from 1 to threshold-1 becomes Count(None). In a breakdown whose rows
add up to the total (sex, age group, nationality; site, district and team of case and
consultation units), a single suppressed row could be computed as the total minus the
others, so the smallest other non-zero row is suppressed with it (secondary suppression).
Multi-valued breakdowns (vulnerability, programme; site, district and team of person units)
do not add up to the total, so no row follows from the others; they get no second step.
"""

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    CTE,
    Connection,
    FromClause,
    Integer,
    Select,
    and_,
    case,
    cast,
    distinct,
    func,
    literal_column,
    null,
    select,
    true,
    union_all,
)
from sqlalchemy import (
    Text as TextType,
)
from sqlalchemy.sql.elements import ColumnElement

from app.domain.enums import ApplicationDecision, OutreachChannel, Sex, VulnerabilityCategory
from app.domain.reference import ReferenceData, default_reference
from app.errors import UserError
from app.reports import labels
from app.reports.definitions import EVENTS, Definitions, Indicator
from app.reports.model import Breakdown, BreakdownRow, Count, IndicatorResult, Report
from app.reports.returns_sql import PREFIXES, RETURN_EVENTS, has_application, join_persons
from app.reports.small_cells import protect, protect_rows
from app.reports.source import Source, json_elements

TOTAL = "total"
# Applications that did not lead to support do not put a case under a programme.
_NOT_SUPPORTED = (ApplicationDecision.rejected.value, ApplicationDecision.withdrawn.value)
_SINGLE_PERSON_DIMENSIONS = frozenset({"sex", "age_group", "nationality"})
# Attributes of the case: one per case, but a person can be in several cases.
_PLACE_DIMENSIONS = frozenset({"site", "district", "team", "outreach"})


class _Context:
    def __init__(
        self, source: Source, period_from: date, period_to: date, reference: ReferenceData
    ) -> None:
        self.source = source
        self.start = period_from.isoformat()
        self.end = period_to.isoformat()
        self.end_date = period_to
        self.reference = reference

    def elements(self, column: ColumnElement[Any], name: str) -> Any:
        return json_elements(self.source.dialect, column, name)


# -- SQL pieces -------------------------------------------------------------------------------


def _int(value: int) -> ColumnElement[Any]:
    # Constants from code, not input: inline so both databases type them as integers.
    return literal_column(str(int(value)))


def age_group(birth_date: ColumnElement[Any], at: date) -> ColumnElement[Any]:
    """The age group code at `at` of a partial birth date ('1987', '1987-03', '1987-03-14')."""
    year = cast(func.substr(birth_date, _int(1), _int(4)), Integer)
    length = func.length(birth_date)
    month = case(
        (length >= _int(7), cast(func.substr(birth_date, _int(6), _int(2)), Integer)),
        else_=_int(7),
    )
    day = case(
        (length >= _int(10), cast(func.substr(birth_date, _int(9), _int(2)), Integer)),
        (length >= _int(7), _int(15)),
        else_=_int(1),
    )
    not_yet = case(
        (month * _int(100) + day > _int(at.month * 100 + at.day), _int(1)), else_=_int(0)
    )
    age = _int(at.year) - year - not_yet
    return case(
        (birth_date.is_(None), literal_column("''")),
        (length < _int(4), literal_column("''")),
        (age < _int(14), literal_column("'0-13'")),
        (age < _int(18), literal_column("'14-17'")),
        (age < _int(35), literal_column("'18-34'")),
        (age < _int(65), literal_column("'35-64'")),
        else_=literal_column("'65+'"),
    )


def _event_rows(ctx: _Context, indicator: Indicator) -> CTE:
    """The CTE of the indicator's event rows in the period, its `where` applied."""
    src = ctx.source
    event = EVENTS[indicator.event]
    c = src.table("case", "c")
    k = a = x = None
    frm: FromClause
    day: ColumnElement[Any]
    site: ColumnElement[Any]
    if event.entity in RETURN_EVENTS:
        x = src.table(event.entity, "x")
        frm = x.join(c, c.c.id == x.c.case_id)
        if has_application(event.entity):
            a = src.table("application", "a")
            frm = frm.join(a, a.c.id == x.c.application_id)
        day, site = x.c[event.date_field], c.c.site
    elif event.entity == "consultation":
        k = src.table("consultation", "k")
        frm = k.join(c, c.c.id == k.c.case_id)
        day, site = k.c.held_on, func.coalesce(k.c.site, c.c.site)
    elif event.entity == "application":
        a = src.table("application", "a")
        frm = a.join(c, c.c.id == a.c.case_id)
        day, site = a.c[event.date_field], c.c.site
    else:
        frm = c
        day, site = c.c[event.date_field], c.c.site
    p = src.table("person", "p")
    if indicator.unit == "person":
        if k is not None:
            part = ctx.elements(k.c.participant_ids, "part")
            frm = frm.outerjoin(part, true())
            frm = frm.join(p, p.c.id == func.coalesce(part.c.value, c.c.main_contact_id))
        elif x is not None:
            frm, person = join_persons(src, frm, event.entity, x)
            frm = frm.join(p, p.c.id == person)
        else:
            frm = frm.join(p, p.c.household_id == c.c.household_id)
        unit = p.c.id
    else:
        frm = frm.outerjoin(p, p.c.id == c.c.main_contact_id)
        unit = k.c.id if (indicator.unit == "consultation" and k is not None) else c.c.id
    age = age_group(p.c.birth_date, ctx.end_date)
    conditions = [day >= ctx.start, day <= ctx.end, *_where(ctx, indicator, c, k, a, p, age, x)]
    if x is not None:
        conditions.extend(x.c[name].in_(values) for name, values in event.only)
    programme = a.c.programme if a is not None else cast(null(), TextType)
    rows = select(
        unit.label("unit"),
        c.c.id.label("case_id"),
        p.c.id.label("person_id"),
        site.label("site"),
        c.c.team.label("team"),
        programme.label("programme"),
        c.c.outreach_channel.label("outreach"),
        p.c.sex.label("sex"),
        p.c.nationality.label("nationality"),
        age.label("age_group"),
    ).select_from(frm)
    return rows.where(*conditions).cte("e").prefix_with("MATERIALIZED")


def _where(
    ctx: _Context,
    indicator: Indicator,
    c: FromClause,
    k: FromClause | None,
    a: FromClause | None,
    p: FromClause,
    age: ColumnElement[Any],
    x: FromClause | None = None,
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    # On an application event the conditions test that application; on any other event,
    # they ask whether the case has one application meeting them all.
    own = a if a is not None else ctx.source.table("application", "wa")
    on_application: list[ColumnElement[bool]] = []
    for name, values in indicator.where.items():
        entity, field = name.split(".", 1)
        if entity == "case":
            conditions.append(c.c[field].in_(values))
        elif entity in PREFIXES and x is not None:
            conditions.append(x.c[field].in_(values))
        elif entity == "consultation" and k is not None:
            # A consultation without a site of its own was held at its case's site.
            value = func.coalesce(k.c.site, c.c.site) if field == "site" else k.c[field]
            conditions.append(value.in_(values))
        elif entity == "application":
            if field == "programme_kind":
                codes = [p.code for p in ctx.reference.programmes if p.kind in values]
                on_application.append(own.c.programme.in_(codes))
            else:
                on_application.append(own.c[field].in_(values))
        elif field == "vulnerability":
            v = ctx.source.table("vulnerability", "wv")
            category = ctx.elements(v.c.categories, "wvc")
            # An uncorrelated IN, not EXISTS: the database builds the set once (a hashed
            # subplan) instead of searching the vulnerabilities again for every event row.
            assessed = (
                select(v.c.person_id)
                .select_from(v.join(category, true()))
                .where(v.c.assessed_on <= ctx.end, category.c.value.in_(values))
            )
            # Wrapped so that SQLite filters by the set instead of starting from it: starting
            # there, it scanned every consultation's participants once per vulnerable person.
            conditions.append(func.coalesce(p.c.id, literal_column("''")).in_(assessed))
        elif field == "age_group":
            conditions.append(age.in_(values))
        else:
            conditions.append(p.c[field].in_(values))
    if on_application and a is not None:
        conditions.extend(on_application)
    elif on_application:
        conditions.append(c.c.id.in_(select(own.c.case_id).where(*on_application)))
    return conditions


def _breakdown(ctx: _Context, indicator: Indicator, e: CTE, dimension: str) -> Select[Any]:
    """(dimension, key, units) rows of one breakdown."""
    units = func.count(distinct(e.c.unit))
    frm: FromClause = e
    key: ColumnElement[Any]
    if dimension in ("sex", "nationality", "site", "team", "age_group", "outreach"):
        key = func.coalesce(e.c[dimension], literal_column("''"))
    elif dimension == "district":
        mapping = {s.code: s.district_ags for s in ctx.reference.sites}
        key = case(mapping, value=e.c.site, else_=literal_column("''"))
    elif dimension == "vulnerability":
        v = ctx.source.table("vulnerability", "bv")
        category = ctx.elements(v.c.categories, "bvc")
        frm = e.outerjoin(
            v, and_(v.c.person_id == e.c.person_id, v.c.assessed_on <= ctx.end)
        ).outerjoin(category, true())
        key = func.coalesce(category.c.value, literal_column("''"))
    elif _own_application(indicator):  # programme of the event's own application
        key = func.coalesce(e.c.programme, literal_column("''"))
    else:  # programme: those the case applied to, rejected and withdrawn applications aside
        application = ctx.source.table("application", "ba")
        frm = e.outerjoin(
            application,
            and_(
                application.c.case_id == e.c.case_id,
                application.c.decision.not_in(_NOT_SUPPORTED),
            ),
        )
        key = func.coalesce(application.c.programme, literal_column("''"))
    label: ColumnElement[Any] = literal_column(f"'{dimension}'")
    return (
        select(label.label("dimension"), key.label("key"), units.label("units"))
        .select_from(frm)
        .group_by(key)
    )


def _own_application(indicator: Indicator) -> bool:
    entity = EVENTS[indicator.event].entity
    return entity == "application" or (entity in RETURN_EVENTS and has_application(entity))


def _counts(conn: Connection, ctx: _Context, indicator: Indicator) -> dict[str, dict[str, int]]:
    e = _event_rows(ctx, indicator)
    total = select(
        literal_column(f"'{TOTAL}'", TextType).label("dimension"),
        literal_column("''", TextType).label("key"),
        func.count(distinct(e.c.unit)).label("units"),
    ).select_from(e)
    parts: list[Any] = [total, *(_breakdown(ctx, indicator, e, d) for d in indicator.breakdowns)]
    found: dict[str, dict[str, int]] = {d: {} for d in (TOTAL, *indicator.breakdowns)}
    for row in conn.execute(union_all(*parts)):
        found[row.dimension][row.key or ""] = int(row.units)
    return found


# -- results ----------------------------------------------------------------------------


def multi_valued(indicator: Indicator, dimension: str) -> bool:
    if dimension in _SINGLE_PERSON_DIMENSIONS:
        return False
    if dimension in _PLACE_DIMENSIONS:
        return indicator.unit == "person"
    return True


# Fixed code lists are listed in full (zeros included) so reports of different periods line up.
_ALL_KEYS: dict[str, tuple[str, ...]] = {
    "sex": tuple(s.value for s in Sex),
    "age_group": tuple(labels.AGE_GROUPS),
    "vulnerability": tuple(v.value for v in VulnerabilityCategory),
    "outreach": tuple(o.value for o in OutreachChannel),
}


def _rows(
    dimension: str, counts: dict[str, int], protected: dict[str, Count], label: labels.Labeller
) -> list[BreakdownRow]:
    fixed = _ALL_KEYS.get(dimension)
    if fixed is not None:
        keys = [
            *fixed,
            *sorted(k for k in counts if k not in fixed and k),
            *([""] if "" in counts else []),
        ]
    else:
        # Larger shown counts first; hidden rows sort as equals, so their order tells nothing.
        keys = sorted(
            (k for k in counts if k),
            key=lambda k: (-(protected[k].value or 0), label(k)[0].casefold(), k),
        )
        keys += [""] if "" in counts else []
    rows = []
    for key in keys:
        de, en = label(key)
        rows.append(BreakdownRow(key, de, en, protected.get(key, Count(0))))
    return rows


def _result(
    ctx: _Context,
    indicator: Indicator,
    counts: dict[str, dict[str, int]],
    threshold: int,
    teams: dict[str, str],
) -> IndicatorResult:
    breakdowns = []
    for dimension in indicator.breakdowns:
        cells = counts[dimension]
        multi = multi_valued(indicator, dimension)
        protected = protect_rows(cells, threshold, adds_up=not multi)
        de, en = labels.DIMENSIONS[dimension]
        rows = _rows(dimension, cells, protected, labels.labeller(ctx.reference, dimension, teams))
        breakdowns.append(Breakdown(dimension, de, en, rows, multi_valued=multi))
    return IndicatorResult(
        id=indicator.id,
        name_de=indicator.name_de,
        name_en=indicator.name_en,
        description_de=indicator.description_de,
        description_en=indicator.description_en,
        unit=indicator.unit,
        chart=indicator.chart,
        total=protect(counts[TOTAL].get("", 0), threshold),
        breakdowns=breakdowns,
    )


def build_report(
    conn: Connection,
    source: Source,
    definitions: Definitions,
    *,
    period_from: date,
    period_to: date,
    scope: str,
    threshold: int | None = None,
    generated_at: datetime | None = None,
    reference: ReferenceData | None = None,
) -> Report:
    """Counts every defined indicator over `source` for the period (both days included)."""
    if period_from > period_to:
        raise UserError("Zeitraum: Beginn nach Ende / the period starts after it ends")
    chosen = definitions.small_cell_threshold if threshold is None else threshold
    if not 1 <= chosen <= 1000:
        raise UserError(
            f"Schwelle ungültig / the small-cell threshold must be 1 to 1000, not {chosen}"
        )
    ctx = _Context(source, period_from, period_to, reference or default_reference())
    source.prepare(conn)
    teams = source.team_names(conn)
    results = [
        _result(ctx, indicator, _counts(conn, ctx, indicator), chosen, teams)
        for indicator in definitions.indicators
    ]
    return Report(
        period_from=period_from,
        period_to=period_to,
        generated_at=generated_at or datetime.now(UTC),
        scope=scope,
        definitions_version=definitions.version,
        small_cell_threshold=chosen,
        indicators=results,
    )
