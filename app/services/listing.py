"""Lazy lists for the desktop client: all ids in display order first, then rows page by page."""

import re
import unicodedata
from collections.abc import Callable, Collection, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from app.domain.enums import CaseStatus, FollowUpStatus
from app.store.search import fold
from app.store.store import Store

# Well below SQLite's limit of bound parameters per statement.
CHUNK = 500
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class PersonRow:
    id: str
    family_name: str
    given_names: str | None
    birth_date: str | None
    sex: str
    nationality: str | None
    household_label: str | None
    # The household's most recent open case (any status but closed), else its most recent case.
    case_reference: str | None
    case_status: str | None


@dataclass(frozen=True)
class CaseRow:
    id: str
    reference: str
    status: str
    status_since: date
    opened_on: date
    counsellor: str
    household_label: str | None
    main_contact_name: str | None
    next_follow_up_on: date | None


def sort_key(value: str | None) -> str:
    """A name as it sorts and matches: lower case, no diacritics, ß→ss, ae/oe/ue→a/o/u."""
    if not value:
        return ""
    if not value.isascii():
        # Decomposing first turns "İ" into "I" + a combining dot, which is then dropped.
        value = "".join(
            c for c in unicodedata.normalize("NFKD", value) if not unicodedata.combining(c)
        )
    return fold(value)


def display_name(family_name: str | None, given_names: str | None) -> str | None:
    if not family_name:
        return None
    return f"{family_name}, {given_names}" if given_names else family_name


def chunks(ids: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def marks(values: Sequence[Any]) -> str:
    return ",".join("?" * len(values))


# -- persons ------------------------------------------------------------------


def person_ids(store: Store, *, text: str | None = None) -> list[str]:
    """Ids of all persons by family name, given names, id; `text` keeps names with those prefixes.

    Every word of `text` must start a word of the family or given names, folded like
    search ("mül" finds Müller and Mueller). Erased persons have no row, only a tombstone;
    merged ones are left out.
    """
    tokens = _WORD.findall(sort_key(text)) if text else []
    # A person merged into another is a tombstone: listed as the survivor only.
    where = "WHERE merged_into IS NULL"
    if tokens:
        where += " AND fallakte_name_match(family_name, given_names)"
    # SQLite sorts by the folded name, computed by a Python function memoised per distinct
    # name: ~30 ms for 20,000 persons, where fetching the names and sorting in Python took ~45.
    sql = f"SELECT id FROM person {where} ORDER BY fallakte_name_key(family_name, given_names), id"
    keys: dict[str | None, str] = {}
    masks: dict[str | None, int] = {}
    everything = (1 << len(tokens)) - 1

    def key(value: str | None) -> str:
        found = keys.get(value)
        if found is None:
            found = keys[value] = sort_key(value)
        return found

    def name_key(family_name: str | None, given_names: str | None) -> str:
        # \x01 sorts before any letter or space: "Ali, Zoe" comes before "Alia, Anna".
        return f"{key(family_name)}\x01{key(given_names)}"

    def mask(value: str | None) -> int:
        # Which tokens start a word of this name, as bits: worked out once per distinct name.
        found = masks.get(value)
        if found is None:
            words = _WORD.findall(key(value))
            found = masks[value] = sum(
                1 << i for i, t in enumerate(tokens) if any(w.startswith(t) for w in words)
            )
        return found

    def match(family_name: str | None, given_names: str | None) -> bool:
        return mask(family_name) | mask(given_names) == everything

    functions: dict[str, tuple[int, Callable[..., Any]]] = {
        "fallakte_name_key": (2, name_key),
        "fallakte_name_match": (2, match),
    }
    with store.read() as conn, _functions(conn, functions) as driver:
        # The driver's own cursor: SQLAlchemy's result rows cost ~10 ms more for 20,000 ids.
        return [row[0] for row in driver.execute(sql).fetchall()]


def person_rows(store: Store, *, ids: Sequence[str]) -> list[PersonRow]:
    """One page of the person list, in the order of `ids`; ids erased meanwhile are left out."""
    rows: dict[str, tuple[Any, ...]] = {}
    with store.read() as conn:
        for chunk in chunks(ids):
            for found in conn.exec_driver_sql(
                "SELECT p.id, p.family_name, p.given_names, p.birth_date, p.sex, p.nationality,"
                " p.household_id, h.label"
                " FROM person p LEFT JOIN household h ON h.id = p.household_id"
                f" WHERE p.id IN ({marks(chunk)})",
                tuple(chunk),
            ):
                rows[found[0]] = tuple(found)
        cases = _current_cases(conn, sorted({r[6] for r in rows.values() if r[6]}))
    result = []
    for person_id in ids:
        row = rows.get(person_id)
        if row is None:
            continue
        reference, status = cases.get(row[6], (None, None))
        result.append(
            PersonRow(
                id=row[0],
                family_name=row[1],
                given_names=row[2],
                birth_date=row[3],
                sex=row[4],
                nationality=row[5],
                household_label=row[7],
                case_reference=reference,
                case_status=status,
            )
        )
    return result


def _current_cases(conn: Connection, household_ids: Sequence[str]) -> dict[str, tuple[str, str]]:
    """Household id -> (reference, status) of its newest open case, else of its newest case."""
    best: dict[str, tuple[tuple[bool, str, str], str, str]] = {}
    for chunk in chunks(household_ids):
        for household_id, reference, status, opened_on, case_id in conn.exec_driver_sql(
            'SELECT household_id, reference, status, opened_on, id FROM "case"'
            f" WHERE household_id IN ({marks(chunk)})",
            tuple(chunk),
        ):
            # Ids made on devices are UUIDv7: of two cases opened the same day, the later one wins.
            rank = (status != CaseStatus.closed.value, opened_on, case_id)
            current = best.get(household_id)
            if current is None or rank > current[0]:
                best[household_id] = (rank, reference, status)
    return {household_id: (ref, status) for household_id, (_, ref, status) in best.items()}


# -- cases ----------------------------------------------------------------------


def case_ids(
    store: Store, *, statuses: Collection[str] | None = None, counsellor: str | None = None
) -> list[str]:
    """Ids of cases, newest opened first, optionally only these statuses or this counsellor."""
    conditions, params = [], []
    if statuses is not None:
        values = [str(s) for s in statuses]
        if not values:
            return []
        conditions.append(f"status IN ({marks(values)})")
        params.extend(values)
    if counsellor is not None:
        conditions.append("counsellor = ?")
        params.append(counsellor)
    where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
    with store.read() as conn:
        return [
            row[0]
            for row in conn.exec_driver_sql(
                f'SELECT id FROM "case" {where} ORDER BY opened_on DESC, id DESC', tuple(params)
            )
        ]


def case_rows(store: Store, *, ids: Sequence[str]) -> list[CaseRow]:
    """One page of the case list, in the order of `ids`; ids erased meanwhile are left out."""
    with store.read() as conn:
        return case_rows_in(conn, ids)


def case_rows_in(conn: Connection, ids: Sequence[str]) -> list[CaseRow]:
    found: dict[str, CaseRow] = {}
    for chunk in chunks(ids):
        query = (
            "SELECT c.id, c.reference, c.status, c.status_since, c.opened_on, c.counsellor,"
            " h.label, p.family_name, p.given_names,"
            " (SELECT min(f.due_on) FROM follow_up f WHERE f.case_id = c.id AND f.status = ?)"
            ' FROM "case" c'
            " LEFT JOIN household h ON h.id = c.household_id"
            " LEFT JOIN person p ON p.id = c.main_contact_id"
            f" WHERE c.id IN ({marks(chunk)})"
        )
        for row in conn.exec_driver_sql(query, (FollowUpStatus.open.value, *chunk)):
            found[row[0]] = CaseRow(
                id=row[0],
                reference=row[1],
                status=row[2],
                status_since=date.fromisoformat(row[3]),
                opened_on=date.fromisoformat(row[4]),
                counsellor=row[5],
                household_label=row[6],
                main_contact_name=display_name(row[7], row[8]),
                next_follow_up_on=date.fromisoformat(row[9]) if row[9] else None,
            )
    return [found[case_id] for case_id in ids if case_id in found]


def recent_cases(store: Store, *, limit: int = 10) -> list[CaseRow]:
    """The cases changed most recently, here or on another device (opening counts as a change).

    A row's newest field stamp is its last change: stamps are hybrid-clock strings whose
    text order is time order, so no change log is needed (~7 ms over 10,000 cases).
    """
    with store.read() as conn:
        ids = [
            row[0]
            for row in conn.exec_driver_sql(
                'SELECT c.id FROM "case" c'
                " ORDER BY (SELECT max(value) FROM json_each(c.clocks)) DESC, c.id DESC LIMIT ?",
                (limit,),
            )
        ]
        return case_rows_in(conn, ids)


@contextmanager
def _functions(
    conn: Connection, functions: dict[str, tuple[int, Callable[..., Any]]]
) -> Iterator[Any]:
    """Python functions visible to SQL on this pooled connection, for one statement's lifetime.

    They are dropped afterwards so that the connection keeps no reference to the decrypted
    names memoised in their closures once the call is over.
    """
    driver = conn.connection.driver_connection
    assert driver is not None
    for name, (arity, function) in functions.items():
        driver.create_function(name, arity, function, deterministic=True)
    try:
        yield driver
    finally:
        for name, (arity, _) in functions.items():
            driver.create_function(name, arity, None)
