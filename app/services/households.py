"""Households at intake: finding one to join or move to, and what a new member takes over."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from app.domain.enums import HouseholdRelation
from app.domain.people import Household, Person
from app.services import dossier, records
from app.services.listing import display_name
from app.store import search as index
from app.store.store import Store
from app.store.tables import entity_tables

# What a new member of a family usually shares with it; the counsellor corrects the rest.
PREFILLED = ("family_name", "nationality", "languages", "return_country")


@dataclass(frozen=True)
class HouseholdHit:
    id: str
    label: str
    members: tuple[str, ...]  # display names, the head of household first


def find_households(store: Store, *, text: str, limit: int = 20) -> list[HouseholdHit]:
    """Households whose label or one of whose members' names match `text` (as search folds it)."""
    persons, households = entity_tables["person"], entity_tables["household"]
    with store.read() as conn:
        hits = index.search(conn, text, entities=("household", "person"), limit=200)
        person_ids = [h.record_id for h in hits if h.entity == "person"]
        of_person: dict[str, str] = {}
        if person_ids:
            query = select(persons.c.id, persons.c.household_id).where(
                persons.c.id.in_(person_ids), persons.c.household_id.is_not(None)
            )
            of_person = {row.id: row.household_id for row in conn.execute(query)}
        wanted: list[str] = []
        for hit in hits:
            found = hit.record_id if hit.entity == "household" else of_person.get(hit.record_id)
            if found and found not in wanted:
                wanted.append(found)
        wanted = wanted[:limit]
        labels = {
            row.id: row.label
            for row in conn.execute(
                select(households.c.id, households.c.label).where(households.c.id.in_(wanted))
            )
        }
        members: dict[str, list[tuple[bool, str]]] = {}
        query = select(
            persons.c.household_id,
            persons.c.family_name,
            persons.c.given_names,
            persons.c.relationship,
        ).where(persons.c.household_id.in_(wanted))
        for row in conn.execute(query):
            name = display_name(row.family_name, row.given_names) or ""
            is_head = row.relationship == HouseholdRelation.head.value
            members.setdefault(row.household_id, []).append((not is_head, name))
    return [
        HouseholdHit(hid, labels[hid], tuple(name for _, name in sorted(members.get(hid, []))))
        for hid in wanted
        if hid in labels
    ]


@dataclass(frozen=True)
class NewMember:
    household: Household
    prefill: dict[str, Any]  # PREFILLED fields, from the person it was added from or the head
    member_ids: frozenset[str]  # who is in it already


def new_member(store: Store, *, household_id: str, like: str | None = None) -> NewMember:
    """What a form for a new member of this household starts with."""
    household = records.get(store, entity="household", record_id=household_id, audit=False)
    assert isinstance(household, Household)
    members = dossier.household_members(store, household_id=household_id)
    source = _source(members, like)
    prefill = {} if source is None else source.model_dump(mode="json", include=set(PREFILLED))
    return NewMember(
        household=household, prefill=prefill, member_ids=frozenset(p.id for p in members)
    )


def _source(members: list[Person], like: str | None) -> Person | None:
    for wanted in (
        lambda p: p.id == like,
        lambda p: p.relationship == HouseholdRelation.head,
        lambda p: True,
    ):
        found = next((p for p in members if wanted(p)), None)
        if found is not None:
            return found
    return None
