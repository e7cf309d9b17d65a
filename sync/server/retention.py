"""Retention on the server: closed cases are anonymised N years after closing; consents reported.

Due: a live case with status closed and closed_on <= as_of - N years. Its case work loses
free text (anonymise.py decides which fields, from the domain markers) and its attachments
are erased; the case keeps codes and dates. Its household and persons (household members and
the main contact) are anonymised only when no other case of theirs is open or closed within
the period. A person whose data-processing consent is withdrawn is anonymised N years after
the withdrawal unless a case of theirs is still open; withdrawals and persons without any
data-processing consent are listed on every run.

Changes are server-stamped (server_changes.py), so devices get them by the normal pull, and an
older offline edit cannot bring a name back (sync.merge refuses edits that did not see a
server-set value). One transaction per case (and per person due by withdrawal): an interrupted
run leaves whole cases done and the next run carries on; a run that changed something writes
one audit event with its counts. A second run finds nothing left to change.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from app.domain.enums import AuditAction, CaseStatus, ConsentPurpose
from app.domain.ids import new_id
from sync.merge import SERVER_DEVICE
from sync.server import server_changes
from sync.server.anonymise import anonymised
from sync.server.db import snapshot, transaction
from sync.server.erasure import CASE_WORK, close_over_references, collect_blobs, live_where
from sync.server.server_changes import Applied, Key
from sync.server.sync_service import now_utc
from sync.server.tables import audit_event, record

DETAIL = "retention run"


@dataclass
class Withdrawal:
    person_id: str
    withdrawn_on: str
    due: bool


@dataclass
class RetentionReport:
    as_of: date
    years: int
    dry_run: bool
    cases: list[str] = field(default_factory=list)  # references: site code, year, counter
    persons: int = 0
    households: int = 0
    erased: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    blobs: int = 0
    withdrawn: list[Withdrawal] = field(default_factory=list)
    no_consent: list[str] = field(default_factory=list)

    @property
    def cutoff(self) -> date:
        return shift_years(self.as_of, -self.years)

    def add(self, applied: Applied) -> None:
        for target, counts in ((self.erased, applied.erased), (self.changed, applied.changed)):
            for entity, n in counts.items():
                target[entity] = target.get(entity, 0) + n


def shift_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


@dataclass
class _Plan:
    """Target values by record, and the records whose attachments go (the records stay)."""

    owners: set[Key] = field(default_factory=set)
    patch: dict[Key, dict[str, Any]] = field(default_factory=dict)


@dataclass
class _Protection:
    """Households and main contacts of cases that keep their persons from anonymisation."""

    households: set[str | None] = field(default_factory=set)
    contacts: set[str | None] = field(default_factory=set)

    def covers(self, person_id: str, person: dict[str, Any]) -> bool:
        return person_id in self.contacts or person.get("household_id") in self.households


def _live(conn: Connection, entity: str) -> dict[str, dict[str, Any]]:
    rows = conn.execute(
        select(record.c.id, record.c.fields).where(
            record.c.entity == entity, record.c.deleted.is_(False)
        )
    )
    return {r.id: dict(r.fields) for r in rows}


def _due(case: dict[str, Any], cutoff: date) -> bool:
    closed_on = str(case.get("closed_on") or "")
    return (
        case.get("status") == CaseStatus.closed
        and bool(closed_on)
        and closed_on <= cutoff.isoformat()
    )


def _protection(cases: dict[str, dict[str, Any]], keep: Iterable[str]) -> _Protection:
    found = _Protection()
    for case_id in keep:
        case = cases[case_id]
        found.households.add(case.get("household_id"))
        found.contacts.add(case.get("main_contact_id"))
    return found


def _persons_of(conn: Connection, case: dict[str, Any]) -> dict[str, dict[str, Any]]:
    persons = live_where(conn, "person", "household_id", [case["household_id"]])
    contact = case.get("main_contact_id")
    if contact and contact not in persons:
        persons.update(_one(conn, "person", contact))
    return persons


def _one(conn: Connection, entity: str, record_id: str) -> dict[str, dict[str, Any]]:
    row = conn.execute(
        select(record.c.fields).where(
            record.c.entity == entity, record.c.id == record_id, record.c.deleted.is_(False)
        )
    ).first()
    return {} if row is None else {record_id: dict(row.fields)}


def _anonymise(plan: _Plan, entity: str, rows: dict[str, dict[str, Any]]) -> None:
    for rid, fields in rows.items():
        target = anonymised(entity, rid, fields)
        if target:
            plan.patch[(entity, rid)] = target


def _person_plan(conn: Connection, plan: _Plan, persons: dict[str, dict[str, Any]]) -> None:
    _anonymise(plan, "person", persons)
    plan.owners |= {("person", rid) for rid in persons}  # owners, for their attachments
    for entity in ("vulnerability", "consent"):
        rows = live_where(conn, entity, "person_id", persons)
        _anonymise(plan, entity, rows)
        plan.owners |= {(entity, rid) for rid in rows}


def _case_plan(
    conn: Connection, case_id: str, case: dict[str, Any], protection: _Protection
) -> _Plan:
    plan = _Plan(owners={("case", case_id)})
    _anonymise(plan, "case", {case_id: case})
    for entity in CASE_WORK:
        rows = live_where(conn, entity, "case_id", [case_id])
        _anonymise(plan, entity, rows)
        plan.owners |= {(entity, rid) for rid in rows}
    persons = {
        rid: p for rid, p in _persons_of(conn, case).items() if not protection.covers(rid, p)
    }
    _person_plan(conn, plan, persons)
    if case["household_id"] not in protection.households:
        household = _one(conn, "household", case["household_id"])
        _anonymise(plan, "household", household)
        plan.owners |= {("household", rid) for rid in household}
    return plan


def _finish(conn: Connection, plan: _Plan) -> tuple[set[Key], dict[Key, dict[str, Any]]]:
    """What to erase and set: the attachments of every record in the plan, and refs to them."""
    owned = live_where(conn, "attachment", "owner_id", {rid for _, rid in plan.owners})
    attachments = {("attachment", rid) for rid in owned}
    for consent_id in (rid for entity, rid in plan.owners if entity == "consent"):
        found = _one(conn, "consent", consent_id).get(consent_id, {})
        if found.get("attachment_id"):
            attachments.add(("attachment", found["attachment_id"]))
    erase, refs = close_over_references(conn, attachments)
    patch = {k: dict(v) for k, v in plan.patch.items()}
    for key, values in refs.items():
        patch.setdefault(key, {}).update(values)
    return erase, patch


def _would_change(conn: Connection, erase: set[Key], patch: dict[Key, dict[str, Any]]) -> Applied:
    found = Applied()
    states = server_changes.peek(conn, [*erase, *patch])
    for key in erase:
        state = states.get(key)
        if state is not None and not state.deleted:
            found.erased[key[0]] = found.erased.get(key[0], 0) + 1
    for key, values in patch.items():
        state = states.get(key)
        if state is None or state.deleted or key in erase:
            continue
        if any(not server_changes.held(state, n, v) for n, v in values.items()):
            found.changed[key[0]] = found.changed.get(key[0], 0) + 1
    return found


def _consents(
    conn: Connection, cutoff: date, open_cases: _Protection
) -> tuple[list[Withdrawal], list[str]]:
    """Persons whose data-processing consents are all withdrawn, and those who never gave one."""
    persons = _live(conn, "person")
    given: dict[str, list[dict[str, Any]]] = {}
    for consent in _live(conn, "consent").values():
        if consent.get("purpose") == ConsentPurpose.data_processing:
            given.setdefault(consent.get("person_id", ""), []).append(consent)
    withdrawn = []
    for person_id, consents in sorted(given.items()):
        if person_id not in persons or any(not c.get("withdrawn_on") for c in consents):
            continue
        last = max(str(c["withdrawn_on"]) for c in consents)
        due = last <= cutoff.isoformat() and not open_cases.covers(person_id, persons[person_id])
        withdrawn.append(Withdrawal(person_id, last, due))
    return withdrawn, sorted(set(persons) - set(given))


def run(engine: Engine, *, years: int, as_of: date, dry_run: bool, actor: str) -> RetentionReport:
    """Anonymise what is due (or, with `dry_run`, only say what would change)."""
    report = RetentionReport(as_of=as_of, years=years, dry_run=dry_run)
    cutoff = report.cutoff
    with snapshot(engine) as conn:
        cases = _live(conn, "case")
        due = sorted(cid for cid, case in cases.items() if _due(case, cutoff))
        protection = _protection(cases, set(cases) - set(due))
        still_open = _protection(
            cases, [cid for cid, c in cases.items() if c.get("status") != CaseStatus.closed]
        )
        report.withdrawn, report.no_consent = _consents(conn, cutoff, still_open)
        if dry_run:
            _preview(conn, report, cases, due, protection)
            return report
    for case_id in due:
        with transaction(engine) as conn:
            case = _one(conn, "case", case_id).get(case_id)
            if case is None or not _due(case, cutoff):
                continue  # reopened or erased since the run began
            _apply(conn, report, _case_plan(conn, case_id, case, protection), case["reference"])
    for withdrawal in report.withdrawn:
        if not withdrawal.due:
            continue
        with transaction(engine) as conn:
            plan = _Plan()
            _person_plan(conn, plan, _one(conn, "person", withdrawal.person_id))
            _apply(conn, report, plan, None)
    if report.erased or report.changed:
        with transaction(engine) as conn:
            _record(conn, report, actor)
    return report


def _preview(
    conn: Connection,
    report: RetentionReport,
    cases: dict[str, dict[str, Any]],
    due: list[str],
    protection: _Protection,
) -> None:
    erase: set[Key] = set()
    patch: dict[Key, dict[str, Any]] = {}
    plans = [_case_plan(conn, cid, cases[cid], protection) for cid in due]
    for withdrawal in report.withdrawn:
        if withdrawal.due:
            plan = _Plan()
            _person_plan(conn, plan, _one(conn, "person", withdrawal.person_id))
            plans.append(plan)
    for index, plan in enumerate(plans):
        plan_erase, plan_patch = _finish(conn, plan)
        if index < len(due) and _would_change(conn, plan_erase, plan_patch).total():
            report.cases.append(cases[due[index]]["reference"])
        erase |= plan_erase
        for key, values in plan_patch.items():
            patch.setdefault(key, {}).update(values)
    report.add(_would_change(conn, erase, patch))
    report.persons = report.changed.get("person", 0)
    report.households = report.changed.get("household", 0)


def _apply(conn: Connection, report: RetentionReport, plan: _Plan, reference: str | None) -> None:
    erase, patch = _finish(conn, plan)
    digests = {
        str(fields["sha256"])
        for _, rid in erase
        for fields in _one(conn, "attachment", rid).values()
        if fields.get("sha256")
    }
    applied = server_changes.apply(conn, erase=erase, patch=patch)
    report.blobs += collect_blobs(conn, digests)
    report.add(applied)
    report.persons += applied.changed.get("person", 0)
    report.households += applied.changed.get("household", 0)
    if reference is not None and (applied.total() or applied.conflicts):
        report.cases.append(reference)


def _record(conn: Connection, report: RetentionReport, actor: str) -> None:
    now = now_utc()
    conn.execute(
        insert(audit_event).values(
            id=new_id(),
            device_id=SERVER_DEVICE,
            at=now,
            actor=actor,
            action=AuditAction.changed.value,
            entity="case",
            record_id=None,
            detail=(
                f"{DETAIL} (as of {report.as_of}, {report.years} years): "
                f"{len(report.cases)} cases, {report.persons} persons, "
                f"{report.households} households anonymised; "
                f"{sum(report.erased.values())} attachments erased"
            ),
            received_at=now,
        )
    )


def describe(report: RetentionReport) -> str:
    """The run's report for a terminal or a log: case references and ids, never names."""
    verb = "would be" if report.dry_run else "were"
    lines = [
        f"Aufbewahrung / retention as of {report.as_of}, {report.years} years: cases closed on "
        f"or before {report.cutoff}" + (" (dry run: nothing changed)" if report.dry_run else ""),
        f"cases that {verb} anonymised: {len(report.cases)}",
        *(f"  {reference}" for reference in report.cases),
        f"persons anonymised: {report.persons}; households: {report.households}",
        "records changed: " + _counts(report.changed),
        "records erased: " + _counts(report.erased),
    ]
    if not report.dry_run:
        lines.append(f"attachment files deleted: {report.blobs}")
    lines.append(f"data-processing consent withdrawn: {len(report.withdrawn)}")
    lines += [
        f"  {w.person_id}  withdrawn {w.withdrawn_on}" + ("  (due: anonymised)" if w.due else "")
        for w in report.withdrawn
    ]
    lines.append(f"no data-processing consent: {len(report.no_consent)}")
    lines += [f"  {person_id}" for person_id in report.no_consent]
    return "\n".join(lines)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {entity}" for entity, n in sorted(counts.items())) or "none"
