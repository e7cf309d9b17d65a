"""Which records a retention run touches: one scan per entity up front, then plans in memory.

Looking up each case's work, persons and files with their own queries would scan the record
table once per case; with tens of thousands of due cases (the first run on an old database)
that is quadratic. Here each entity is read once, as (id, reference) pairs.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from sync.server.lifecycle.erasure import CASE_WORK
from sync.server.pushpull.server_changes import Key
from sync.server.storage.tables import record


def live(conn: Connection, entity: str) -> dict[str, dict[str, Any]]:
    rows = conn.execute(
        select(record.c.id, record.c.fields).where(
            record.c.entity == entity, record.c.deleted.is_(False)
        )
    )
    return {r.id: dict(r.fields) for r in rows}


def _column(conn: Connection, entity: str, name: str) -> Iterator[tuple[str, str | None]]:
    rows = conn.execution_options(yield_per=5000).execute(
        select(record.c.id, record.c.fields[name].as_string()).where(
            record.c.entity == entity, record.c.deleted.is_(False)
        )
    )
    yield from ((row[0], row[1]) for row in rows)


@dataclass
class Protection:
    """Households and main contacts of cases that keep their persons from anonymisation."""

    households: set[str | None] = field(default_factory=set)
    contacts: set[str | None] = field(default_factory=set)

    @classmethod
    def of(cls, cases: dict[str, dict[str, Any]], ids: set[str]) -> "Protection":
        found = cls()
        for case_id in ids:
            found.households.add(cases[case_id].get("household_id"))
            found.contacts.add(cases[case_id].get("main_contact_id"))
        return found

    def covers(self, person_id: str, household_id: str | None) -> bool:
        return person_id in self.contacts or household_id in self.households


@dataclass
class Target:
    """One unit of work (a case, or a person): records to anonymise, files to erase, and the
    consents that point at one of those files (their reference is cleared)."""

    anonymise: set[Key] = field(default_factory=set)
    erase: set[Key] = field(default_factory=set)
    unlink: set[Key] = field(default_factory=set)


@dataclass
class Index:
    cases: dict[str, dict[str, Any]]
    children: dict[str, list[Key]] = field(default_factory=dict)  # case -> its case work
    households: set[str] = field(default_factory=set)
    household_of: dict[str, str | None] = field(default_factory=dict)  # person -> household
    members: dict[str, list[str]] = field(default_factory=dict)  # household -> persons
    person_records: dict[str, list[Key]] = field(default_factory=dict)  # vulnerability, consent
    files: dict[str, list[str]] = field(default_factory=dict)  # owner id -> attachments
    consent_file: dict[str, str] = field(default_factory=dict)  # consent -> attachment
    file_consents: dict[str, list[str]] = field(default_factory=dict)  # attachment -> consents

    @classmethod
    def build(cls, conn: Connection, cases: dict[str, dict[str, Any]]) -> "Index":
        index = cls(cases)
        for entity in CASE_WORK:
            for rid, case_id in _column(conn, entity, "case_id"):
                index.children.setdefault(case_id or "", []).append((entity, rid))
        index.households = {rid for rid, _ in _column(conn, "household", "label")}
        for rid, household in _column(conn, "person", "household_id"):
            index.household_of[rid] = household
            index.members.setdefault(household or "", []).append(rid)
        for entity in ("vulnerability", "consent"):
            for rid, person in _column(conn, entity, "person_id"):
                index.person_records.setdefault(person or "", []).append((entity, rid))
        for rid, owner in _column(conn, "attachment", "owner_id"):
            index.files.setdefault(owner or "", []).append(rid)
        for rid, attachment in _column(conn, "consent", "attachment_id"):
            if attachment:
                index.consent_file[rid] = attachment
                index.file_consents.setdefault(attachment, []).append(rid)
        return index

    def for_case(self, case_id: str, protection: Protection) -> Target:
        case = self.cases[case_id]
        target = Target(anonymise={("case", case_id), *self.children.get(case_id, [])})
        household = case.get("household_id")
        persons = set(self.members.get(household or "", []))
        contact = case.get("main_contact_id")
        if contact in self.household_of:
            persons.add(contact)
        for person_id in sorted(persons):
            if not protection.covers(person_id, self.household_of.get(person_id)):
                self._add_person(target, person_id)
        if household in self.households and household not in protection.households:
            target.anonymise.add(("household", household))
        return self._with_files(target)

    def for_person(self, person_id: str) -> Target:
        target = Target()
        if person_id in self.household_of:
            self._add_person(target, person_id)
        return self._with_files(target)

    def _add_person(self, target: Target, person_id: str) -> None:
        target.anonymise.add(("person", person_id))
        target.anonymise.update(self.person_records.get(person_id, []))

    def _with_files(self, target: Target) -> Target:
        for _, rid in target.anonymise:
            target.erase.update(("attachment", a) for a in self.files.get(rid, []))
            if rid in self.consent_file:
                target.erase.add(("attachment", self.consent_file[rid]))
        for _, attachment in target.erase:
            target.unlink.update(("consent", c) for c in self.file_consents.get(attachment, []))
        return target
