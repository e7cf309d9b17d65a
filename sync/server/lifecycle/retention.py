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

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine

from app.domain.enums import AuditAction, CaseStatus, ConsentPurpose
from sync.merge import RecordState
from sync.server.blobs import blob_gc
from sync.server.lifecycle.anonymise import anonymised
from sync.server.lifecycle.retention_plan import Index, Protection, Target, live
from sync.server.ops.terminal_text import printable
from sync.server.pushpull import server_changes
from sync.server.pushpull.server_changes import Applied, Key
from sync.server.storage.db import snapshot, transaction
from sync.server.storage.server_audit import add_server_event

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


def _due(case: dict[str, Any], cutoff: date) -> bool:
    closed_on = str(case.get("closed_on") or "")
    return case.get("status") == CaseStatus.closed and bool(closed_on) and closed_on <= str(cutoff)


def _consents(
    conn: Connection, cutoff: date, household_of: dict[str, str | None], open_cases: Protection
) -> tuple[list[Withdrawal], list[str]]:
    """Persons whose data-processing consents are all withdrawn, and those who never gave one."""
    given: dict[str, list[dict[str, Any]]] = {}
    for consent in live(conn, "consent").values():
        if consent.get("purpose") == ConsentPurpose.data_processing:
            given.setdefault(consent.get("person_id", ""), []).append(consent)
    withdrawn = []
    for person_id, consents in sorted(given.items()):
        if person_id not in household_of or any(not c.get("withdrawn_on") for c in consents):
            continue
        last = max(str(c["withdrawn_on"]) for c in consents)
        kept = open_cases.covers(person_id, household_of[person_id])
        withdrawn.append(Withdrawal(person_id, last, last <= str(cutoff) and not kept))
    return withdrawn, sorted(set(household_of) - set(given))


def _changes(
    states: dict[Key, RecordState], target: Target
) -> tuple[set[Key], dict[Key, dict[str, Any]]]:
    """(records to erase, values to set) for a target, from the records' current states."""
    patch: dict[Key, dict[str, Any]] = {}
    for key in target.anonymise:
        state = states.get(key)
        if state is not None and not state.deleted:
            values = anonymised(key[0], key[1], state.fields)
            if values:
                patch[key] = values
    for key in target.unlink:
        patch.setdefault(key, {})["attachment_id"] = None
    return set(target.erase), patch


def _would_change(
    states: dict[Key, RecordState], erase: set[Key], patch: dict[Key, dict[str, Any]]
) -> Applied:
    found = Applied()
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


# (case id, its reference, target), or (None, None, target) for a person due by withdrawal.
Unit = tuple[str | None, str | None, Target]


def run(engine: Engine, *, years: int, as_of: date, dry_run: bool, actor: str) -> RetentionReport:
    """Anonymise what is due (or, with `dry_run`, only say what would change)."""
    report = RetentionReport(as_of=as_of, years=years, dry_run=dry_run)
    cutoff = report.cutoff
    with snapshot(engine) as conn:
        cases = live(conn, "case")
        due = sorted(cid for cid, case in cases.items() if _due(case, cutoff))
        protection = Protection.of(cases, set(cases) - set(due))
        still_open = Protection.of(
            cases, {cid for cid, c in cases.items() if c.get("status") != CaseStatus.closed}
        )
        index = Index.build(conn, cases)
        report.withdrawn, report.no_consent = _consents(
            conn, cutoff, index.household_of, still_open
        )
        units: list[Unit] = [
            (cid, cases[cid]["reference"], index.for_case(cid, protection)) for cid in due
        ]
        units += [(None, None, index.for_person(w.person_id)) for w in report.withdrawn if w.due]
        pending = _preview(conn, report, units)
    if dry_run:
        return report
    # Only units with something left to change get a transaction: a nightly run on an old
    # database costs a snapshot read, not one locking transaction per case ever closed.
    preview = report
    report = RetentionReport(
        as_of=as_of,
        years=years,
        dry_run=False,
        withdrawn=preview.withdrawn,
        no_consent=preview.no_consent,
    )
    for case_id, reference, target in pending:
        with transaction(engine) as conn:
            keys = [*target.anonymise, *target.erase, *target.unlink]
            states = {k: s for k, (_, s) in server_changes.load(conn, keys).items()}
            if case_id is not None:
                case = states.get(("case", case_id))
                if case is None or case.deleted or not _due(case.fields, cutoff):
                    continue  # reopened or erased since the run began
            _apply(conn, report, states, target, reference)
    if report.erased or report.changed:
        with transaction(engine) as conn:
            _record(conn, report, actor)
        server_changes.checkpoint(engine)
    return report


def _preview(conn: Connection, report: RetentionReport, units: list[Unit]) -> list[Unit]:
    """Fill the report with what would change; returns the units with anything to change."""
    keys = {k for _, _, t in units for k in (*t.anonymise, *t.erase, *t.unlink)}
    states = server_changes.peek(conn, keys)
    erase: set[Key] = set()
    patch: dict[Key, dict[str, Any]] = {}
    pending = []
    for unit in units:
        _, reference, target = unit
        unit_erase, unit_patch = _changes(states, target)
        if not _would_change(states, unit_erase, unit_patch).total():
            continue
        pending.append(unit)
        if reference is not None:
            report.cases.append(reference)
        erase |= unit_erase
        for key, values in unit_patch.items():
            patch.setdefault(key, {}).update(values)
    report.add(_would_change(states, erase, patch))
    report.persons = report.changed.get("person", 0)
    report.households = report.changed.get("household", 0)
    return pending


def _apply(
    conn: Connection,
    report: RetentionReport,
    states: dict[Key, RecordState],
    target: Target,
    reference: str | None,
) -> None:
    erase, patch = _changes(states, target)
    digests = {
        str(states[k].fields["sha256"])
        for k in erase
        if k in states and not states[k].deleted and states[k].fields.get("sha256")
    }
    applied = server_changes.apply(conn, erase=erase, patch=patch)
    report.blobs += blob_gc.collect(conn, digests)
    report.add(applied)
    report.persons += applied.changed.get("person", 0)
    report.households += applied.changed.get("household", 0)
    if reference is not None and (applied.total() or applied.conflicts):
        report.cases.append(reference)


def _record(conn: Connection, report: RetentionReport, actor: str) -> None:
    add_server_event(
        conn,
        actor=actor,
        action=AuditAction.changed,
        entity="case",
        record_id=None,
        detail=(
            f"{DETAIL} (as of {report.as_of}, {report.years} years): "
            f"{len(report.cases)} cases, {report.persons} persons, "
            f"{report.households} households anonymised; "
            f"{sum(report.erased.values())} attachments erased"
        ),
    )


def describe(report: RetentionReport) -> str:
    """The run's report for a terminal or a log: case references and ids, never names."""
    verb = "would be" if report.dry_run else "were"
    lines = [
        f"Aufbewahrung / retention as of {report.as_of}, {report.years} years: cases closed on "
        f"or before {report.cutoff}" + (" (dry run: nothing changed)" if report.dry_run else ""),
        f"cases that {verb} anonymised: {len(report.cases)}",
        *(f"  {printable(reference)}" for reference in report.cases),
        f"persons anonymised: {report.persons}; households: {report.households}",
        "records changed: " + _counts(report.changed),
        "records erased: " + _counts(report.erased),
    ]
    if not report.dry_run:
        lines.append(f"attachment files deleted: {report.blobs}")
    lines.append(f"data-processing consent withdrawn: {len(report.withdrawn)}")
    lines += [
        f"  {printable(w.person_id)}  withdrawn {printable(str(w.withdrawn_on))}"
        + ("  (due: anonymised)" if w.due else "")
        for w in report.withdrawn
    ]
    lines.append(f"no data-processing consent: {len(report.no_consent)}")
    lines += [f"  {printable(person_id)}" for person_id in report.no_consent]
    return "\n".join(lines)


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {entity}" for entity, n in sorted(counts.items())) or "none"
