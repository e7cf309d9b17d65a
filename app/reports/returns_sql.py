"""The return process in the indicator engine: who travelled, and which event rows are returns.

A return is counted for the travellers only: the persons an application names as travelling.
An application that names none (made before travellers were recorded, or by the old
application form) travels as its whole household, as the release before counted it.
"""

from typing import Any

from sqlalchemy import FromClause, and_, func, select, true, union_all
from sqlalchemy.sql.elements import ColumnElement

from app.reports.source import COLUMNS, Source

# Event entities of the return process, all under a case; most under an application too.
RETURN_EVENTS = frozenset({"departure", "support_payment", "sustainability_assessment"})
# `where` prefixes that name the event's own record.
PREFIXES = {
    "departure": "departure",
    "payment": "support_payment",
    "assessment": "sustainability_assessment",
}


def has_application(entity: str) -> bool:
    return "application_id" in COLUMNS[entity]


def travellers(src: Source) -> FromClause:
    """(application_id, person_id) of every person who travels under an application."""
    named = src.table("application_traveller", "tr")
    going = select(named.c.application_id, named.c.person_id).where(named.c.travels.is_(true()))
    listed = src.table("application_traveller", "trl")
    application = src.table("application", "tra")
    case = src.table("case", "trc")
    person = src.table("person", "trp")
    household = (
        select(application.c.id.label("application_id"), person.c.id.label("person_id"))
        .select_from(
            application.join(case, case.c.id == application.c.case_id).join(
                person, person.c.household_id == case.c.household_id
            )
        )
        .where(application.c.id.not_in(select(listed.c.application_id)))
    )
    return union_all(going, household).subquery("t")


def join_persons(
    src: Source, frm: FromClause, entity: str, x: FromClause
) -> tuple[FromClause, ColumnElement[Any]]:
    """The FROM clause extended to the persons the event concerns, and their id column."""
    if entity == "sustainability_assessment":
        return frm, x.c.person_id
    t = travellers(src)
    if entity == "departure":
        return frm.join(t, t.c.application_id == x.c.application_id), t.c.person_id
    # A payment for one traveller concerns that person; one per application, every traveller.
    frm = frm.outerjoin(t, and_(x.c.person_id.is_(None), t.c.application_id == x.c.application_id))
    return frm, func.coalesce(x.c.person_id, t.c.person_id)
