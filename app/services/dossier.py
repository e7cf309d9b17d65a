"""Everything the person view shows, read in one transaction with batched queries."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Connection, select

from app.domain.attachment import Attachment
from app.domain.audit import AuditEvent
from app.domain.base import Record
from app.domain.cases import Case, CaseStatusChange
from app.domain.casework import Application, Consultation, FollowUp, Referral
from app.domain.enums import AuditAction
from app.domain.people import Consent, Household, Person, Vulnerability
from app.domain.returns.travel import Departure, DocumentCheck
from app.services.listing import chunks, sort_key
from app.services.merging import survivor_of
from app.services.records import get_in, to_record
from app.store.store import Store
from app.store.tables import audit_event, entity_tables

R = TypeVar("R", bound=Record)
AUDIT_LIMIT = 200


@dataclass(frozen=True)
class CaseFile:
    case: Case
    history: list[CaseStatusChange]  # oldest first
    consultations: list[Consultation]  # newest first
    follow_ups: list[FollowUp]  # by due date
    referrals: list[Referral]  # newest first
    applications: list[Application]  # newest first
    # Of each application (by id): its departure, and its checklist rows.
    departures: dict[str, Departure] = field(default_factory=dict)
    documents: dict[str, list[DocumentCheck]] = field(default_factory=dict)


@dataclass(frozen=True)
class PersonDossier:
    person: Person
    household: Household | None
    members: list[Person]  # the other persons of the household
    vulnerabilities: list[Vulnerability]  # newest first
    consents: list[Consent]  # newest first
    cases: list[CaseFile]  # the household's cases, newest first
    attachments: list[Attachment]  # on the person, their records or their cases; newest first
    audit: list[AuditEvent]  # about the person and their own records, newest first


def person_dossier(store: Store, *, person_id: str, audit: bool = True) -> PersonDossier:
    """The person with household, cases and casework; opening it is an audited view.

    `audit=False` is for refreshing a file already open on screen after a change: that is
    not a new look at the person, and logging it would bury the real views in noise.
    Raises NotFound for an unknown id and Erased for an erased one, like records.get.
    """
    # A write transaction, like records.get: the view is logged only if the read happened.
    with store.write() as writer:
        conn = writer.conn
        # A duplicate merged into another person opens as that person (a link, a search
        # result or a colleague's list from before the merge still names it).
        person = get_in(writer, "person", survivor_of(conn, "person", person_id))
        assert isinstance(person, Person)
        household: Household | None = None
        members: list[Person] = []
        if person.household_id:
            found = _load(conn, Household, "id", [person.household_id])
            household = found[0] if found else None
            members = [
                p
                for p in _load(conn, Person, "household_id", [person.household_id])
                if p.id != person.id and p.merged_into is None
            ]
        # Until this device's own records made before a merge reached the server and came
        # back rewritten, some may still name a duplicate merged into this person.
        merged = [p.id for p in _load(conn, Person, "merged_into", [person.id])]
        vulnerabilities = _newest_first(
            _load(conn, Vulnerability, "person_id", [person.id, *merged]), lambda v: v.assessed_on
        )
        consents = _newest_first(
            _load(conn, Consent, "person_id", [person.id, *merged]), lambda c: c.given_on
        )
        # A case belongs to a household; without one, the person's own cases are those
        # naming them as main contact.
        if person.household_id:
            cases = _load(conn, Case, "household_id", [person.household_id])
        else:
            cases = _load(conn, Case, "main_contact_id", [person.id])
        case_files = _case_files(conn, _newest_first(cases, lambda c: c.opened_on))
        own = [person.id, *(v.id for v in vulnerabilities), *(c.id for c in consents)]
        attachments = _attachments(conn, own, case_files, consents)
        events = _audit(conn, own)
        if audit:
            writer.audit(AuditAction.viewed, "person", person.id)
    return PersonDossier(
        person=person,
        household=household,
        members=_by_name(members),
        vulnerabilities=vulnerabilities,
        consents=consents,
        cases=case_files,
        attachments=attachments,
        audit=events,
    )


def household_members(store: Store, *, household_id: str) -> list[Person]:
    """All persons of a household by name (empty for an unknown or erased household)."""
    with store.read() as conn:
        members = _load(
            conn, Person, "household_id", [survivor_of(conn, "household", household_id)]
        )
        return _by_name([p for p in members if p.merged_into is None])


def _case_files(conn: Connection, cases: list[Case]) -> list[CaseFile]:
    ids = [c.id for c in cases]
    history = _group(_load(conn, CaseStatusChange, "case_id", ids))
    consultations = _group(_load(conn, Consultation, "case_id", ids))
    follow_ups = _group(_load(conn, FollowUp, "case_id", ids))
    referrals = _group(_load(conn, Referral, "case_id", ids))
    applications = _group(_load(conn, Application, "case_id", ids))
    application_ids = [a.id for listed in applications.values() for a in listed]
    departures = {
        d.application_id: d for d in _load(conn, Departure, "application_id", application_ids)
    }
    documents: dict[str, list[DocumentCheck]] = {}
    for check in _load(conn, DocumentCheck, "application_id", application_ids):
        documents.setdefault(check.application_id, []).append(check)
    return [
        CaseFile(
            case=case,
            # Ids made on devices are UUIDv7: within one day they keep the order of the changes.
            history=sorted(history.get(case.id, []), key=lambda h: (h.changed_on, h.id)),
            consultations=_newest_first(consultations.get(case.id, []), lambda c: c.held_on),
            follow_ups=sorted(follow_ups.get(case.id, []), key=lambda f: (f.due_on, f.id)),
            referrals=_newest_first(referrals.get(case.id, []), lambda r: r.referred_on),
            applications=_newest_first(applications.get(case.id, []), lambda a: a.submitted_on),
            departures={
                a.id: departures[a.id] for a in applications.get(case.id, []) if a.id in departures
            },
            documents={
                a.id: documents[a.id] for a in applications.get(case.id, []) if a.id in documents
            },
        )
        for case in cases
    ]


def _attachments(
    conn: Connection, own: list[str], case_files: list[CaseFile], consents: list[Consent]
) -> list[Attachment]:
    """Attachments owned by the person, their records, their cases or anything in the cases."""
    owners = list(own)
    for file in case_files:
        owners.append(file.case.id)
        for records in (
            file.history,
            file.consultations,
            file.follow_ups,
            file.referrals,
            file.applications,
        ):
            owners.extend(r.id for r in records)
    found = {a.id: a for a in _load(conn, Attachment, "owner_id", owners)}
    # A scanned consent form may be owned by another record; the consent names it.
    linked = [c.attachment_id for c in consents if c.attachment_id and c.attachment_id not in found]
    found.update((a.id, a) for a in _load(conn, Attachment, "id", linked))
    return _newest_first(list(found.values()), lambda a: a.added_on)


def _audit(conn: Connection, record_ids: list[str]) -> list[AuditEvent]:
    query = (
        select(audit_event)
        .where(audit_event.c.record_id.in_(record_ids))
        .order_by(audit_event.c.seq.desc())
        .limit(AUDIT_LIMIT)
    )
    events = []
    for row in conn.execute(query):
        data = dict(row._mapping)
        data.pop("seq")
        events.append(AuditEvent.model_validate(data))
    return events


def _load(conn: Connection, model: type[R], column: str, values: Sequence[str]) -> list[R]:
    """Records of `model` whose `column` is one of `values`, by batched IN queries."""
    table = entity_tables[model.entity]
    found: list[R] = []
    for chunk in chunks(list(dict.fromkeys(values))):
        for row in conn.execute(select(table).where(table.c[column].in_(chunk))):
            record = to_record(model.entity, dict(row._mapping))
            assert isinstance(record, model)
            found.append(record)
    return found


def _group(records: Iterable[Any]) -> dict[str, list[Any]]:
    grouped: dict[str, list[Any]] = {}
    for record in records:
        grouped.setdefault(record.case_id, []).append(record)
    return grouped


def _newest_first(records: list[R], when: Callable[[R], Any]) -> list[R]:
    return sorted(records, key=lambda r: (when(r), r.id), reverse=True)


def _by_name(persons: list[Person]) -> list[Person]:
    return sorted(persons, key=lambda p: (sort_key(p.family_name), sort_key(p.given_names), p.id))
