"""Import records from JSON Lines, CSV or XLSX: upsert by id with patch semantics, all or nothing.

The whole import runs in one transaction, written in batches as the file is
read, so memory stays flat; if any row is invalid (and --skip-invalid was not
asked for) the transaction is rolled back and every bad row is reported.
"""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from app.domain.base import Record
from app.domain.enums import AuditAction
from app.domain.ids import new_id
from app.domain.registry import ENTITIES, model_for, references
from app.errors import ImportFailed, ValidationFailed
from app.services import merging
from app.services.duplicates import Candidate, DuplicateIndex
from app.services.formats import Row, RowError, format_for, read_rows
from app.services.records import unique_columns
from app.services.validation import validate
from app.store.store import Store
from app.store.tables import entity_tables
from app.store.writer import Writer

BATCH = 2000
# A new person this alike to one already held (or to an earlier row) counts as a duplicate:
# stricter than the check while typing, where a person looks at every suggestion.
DUPLICATE_SCORE = 80
OnDuplicate = Literal["report", "skip", "allow"]
DUPLICATE_CHOICES: tuple[OnDuplicate, ...] = ("report", "skip", "allow")


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    problems: list[tuple[int, str]] = field(default_factory=list)
    # Rows left out (skip) or imported anyway (allow) as likely duplicates: (line, message).
    duplicates: list[tuple[int, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.created + self.updated + self.unchanged + len(self.problems)


class _Rollback(Exception):
    pass


def import_file(
    store: Store,
    *,
    path: Path,
    fmt: str | None = None,
    entity: str | None = None,
    encoding: str | None = None,
    skip_invalid: bool = False,
    on_duplicate: OnDuplicate = "report",
) -> ImportReport:
    """`on_duplicate`: a new person who is likely one already held (or an earlier row) is a
    problem like an invalid row ("report"), is left out ("skip") or is imported with the
    choice recorded in the audit log ("allow")."""
    fmt = format_for(path, fmt)
    report = ImportReport()
    try:
        with store.write() as writer:
            pending = _Pending(_DuplicateCheck(store, on_duplicate))
            for item in read_rows(path, fmt=fmt, entity=entity, encoding=encoding):
                if isinstance(item, RowError):
                    report.problems.append((item.line, item.message))
                    continue
                if pending.holds(item) or pending.size >= BATCH:
                    pending.flush(writer, report)
                pending.add(item)
            pending.flush(writer, report)
            if report.problems and not skip_invalid:
                raise _Rollback
    except _Rollback:
        raise ImportFailed(path.name, sorted(report.problems), total=report.total) from None
    report.problems.sort()
    return report


class _Pending:
    """Rows waiting to be written, grouped by entity so each flush is a few large batches.

    Files often interleave entities (a household, its persons, its case, ...); a
    flush writes the groups parents-first, so references within the batch resolve.
    """

    def __init__(self, duplicates: "_DuplicateCheck") -> None:
        self.duplicates = duplicates
        self.rows: dict[str, list[Row]] = {}
        self.ids: set[tuple[str, str]] = set()
        self.size = 0

    def holds(self, row: Row) -> bool:
        # A second row for the same id patches the first: it must see the first one written.
        wanted = row.data.get("id")
        return wanted is not None and (row.entity, str(wanted).lower()) in self.ids

    def add(self, row: Row) -> None:
        self.rows.setdefault(row.entity, []).append(row)
        if row.data.get("id"):
            self.ids.add((row.entity, str(row.data["id"]).lower()))
        self.size += 1

    def flush(self, writer: Writer, report: ImportReport) -> None:
        for entity in ENTITIES:
            if entity in self.rows:
                _flush(writer, self.rows[entity], report, self.duplicates)
        self.rows.clear()
        self.ids.clear()
        self.size = 0


def _flush(
    writer: Writer, batch: list[Row], report: ImportReport, duplicates: "_DuplicateCheck"
) -> None:
    entity = batch[0].entity
    model = model_for(entity)
    ids = [str(r.data["id"]).lower() for r in batch if r.data.get("id")]
    erased = writer.erased_ids(entity, ids)
    current = writer.existing(entity, ids)
    valid: list[tuple[Row, Record]] = []
    for row in batch:
        data = dict(row.data)
        record_id = str(data.pop("id", None) or new_id()).lower()
        if record_id in erased:
            report.problems.append((row.line, f"{entity} {record_id} was erased; erasure is final"))
            continue
        old = current.get(record_id)
        merged = {k: v for k, v in old.items() if k != "clocks"} if old else {}
        try:
            valid.append((row, validate(model, {**merged, **data, "id": record_id})))
        except ValidationFailed as exc:
            report.problems.append((row.line, str(exc)))
    valid = _to_survivors(writer, entity, valid)
    valid = _drop_bad_references(writer, entity, valid, report)
    valid = _drop_duplicates(writer, entity, valid, report)
    if entity == "person":
        valid = duplicates.check(writer, [(r, rec) for r, rec in valid], current, report)
    items = [(record.id, record.fields()) for _, record in valid]
    for record_id, fields in items:
        old = current.get(record_id)
        if old is None:
            report.created += 1
        elif any(old.get(k) != v for k, v in fields.items()):
            report.updated += 1
        else:
            report.unchanged += 1
    if items:
        writer.put_many(entity, items, current=current)


class _DuplicateCheck:
    """New persons against those already held and those imported before them in this file."""

    def __init__(self, store: Store, policy: OnDuplicate) -> None:
        self.store, self.policy = store, policy
        self.index: DuplicateIndex | None = None

    def check(
        self,
        writer: Writer,
        rows: list[tuple[Row, Record]],
        current: dict[str, Any],
        report: ImportReport,
    ) -> list[tuple[Row, Record]]:
        if self.index is None:
            # Built on first need, from what the store held before this import began.
            self.index = DuplicateIndex.build(self.store)
        kept = []
        for row, record in rows:
            person = Candidate.of(record.fields(), record.id)
            likely = (
                [m for m in self.index.matches(person) if m.score >= DUPLICATE_SCORE]
                if record.id not in current
                else []
            )
            if likely:
                names = ", ".join(f"{m.person_id} ({'+'.join(m.reasons)})" for m in likely[:3])
                message = f"person: wahrscheinlich doppelt / likely a duplicate of {names}"
                if self.policy == "report":
                    report.problems.append((row.line, message + "; --on-duplicate skip|allow"))
                    continue
                report.duplicates.append((row.line, message))
                if self.policy == "skip":
                    continue
                writer.audit(
                    AuditAction.created,
                    "person",
                    record.id,
                    detail=f"saved despite {len(likely)} possible duplicate(s) (import)",
                )
            self.index.add(person)
            kept.append((row, record))
        return kept


def _to_survivors(
    writer: Writer, entity: str, rows: list[tuple[Row, Record]]
) -> list[tuple[Row, Record]]:
    """References to a person or household merged into another name the survivor instead: a
    file exported before the merge (or from another system) still uses the duplicate's id."""
    fields = {f: t for f, t in references(entity).items() if t in merging.MERGEABLE}
    if not fields:
        return rows
    known: dict[tuple[str, str], str] = {}

    def end(target: str, value: str) -> str:
        key = (target, value)
        if key not in known:
            known[key] = merging.survivor_of(writer.conn, target, value)
        return known[key]

    result = []
    for row, record in rows:
        update: dict[str, Any] = {}
        for fname, target in fields.items():
            value = getattr(record, fname)
            new: Any
            if isinstance(value, list):
                new = list(dict.fromkeys(end(target, v) for v in value))
            elif isinstance(value, str) and not (fname == "merged_into" and value == record.id):
                new = end(target, value)
            else:
                continue
            if new != value and not (target == entity and new == record.id):
                update[fname] = new
        result.append((row, record.model_copy(update=update) if update else record))
    return result


def _drop_bad_references(
    writer: Writer, entity: str, rows: list[tuple[Row, Record]], report: ImportReport
) -> list[tuple[Row, Record]]:
    missing: dict[str, set[str]] = {}
    for fname, target in references(entity).items():
        wanted = {v for _, rec in rows for v in _values(getattr(rec, fname))}
        if target == entity:
            wanted -= {rec.id for _, rec in rows}
        found = set(writer.existing(target, sorted(wanted))) if wanted else set()
        missing[fname] = wanted - found
    kept = []
    for row, record in rows:
        bad = [
            f"{fname}: verweist auf unbekannten Datensatz / refers to unknown {references(entity)[fname]}"
            for fname, ids in missing.items()
            if any(v in ids for v in _values(getattr(record, fname)))
        ]
        if bad:
            report.problems.append((row.line, f"{entity}: " + "; ".join(bad)))
        else:
            kept.append((row, record))
    return kept


def _drop_duplicates(
    writer: Writer, entity: str, rows: list[tuple[Row, Record]], report: ImportReport
) -> list[tuple[Row, Record]]:
    table = entity_tables[entity]
    kept = rows
    for name in unique_columns(entity):
        values = [getattr(rec, name) for _, rec in kept if getattr(rec, name) is not None]
        owners: dict[Any, str] = {}
        for start in range(0, len(values), 500):
            chunk = values[start : start + 500]
            query = (
                table.select()
                .with_only_columns(table.c[name], table.c.id)
                .where(table.c[name].in_(chunk))
            )
            owners.update({r[0]: r[1] for r in writer.conn.execute(query)})
        survivors = []
        for row, record in kept:
            value = getattr(record, name)
            owner = owners.setdefault(value, record.id) if value is not None else record.id
            if owner != record.id:
                report.problems.append(
                    (row.line, f"{entity}.{name} ist schon vergeben / is already taken")
                )
            else:
                survivors.append((row, record))
        kept = survivors
    return kept


def _values(value: Any) -> list[str]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]
