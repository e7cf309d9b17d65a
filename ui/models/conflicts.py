"""Open conflicts: a concurrent edit lost, shown side by side and resolved either way off the GUI thread.

Unlike the person list this model loads every row at once: open conflicts are
few (a handful after a day offline), and each row needs its record's label,
which the worker reads with the row.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from app.errors import UserError
from app.services import conflicts as conflict_service
from app.services import records, team_directory
from app.services.team_directory import EMPTY, Directory
from app.store.hlc import Stamp
from app.store.store import Store
from ui import i18n, labels
from ui.colleagues import device_label
from ui.qt import QT_TRANSLATE_NOOP, QtCore, Signal
from ui.reference_labels import country_name, language_name, site_name
from ui.session import Changed, Session
from ui.tasks import Failure

Qt = QtCore.Qt
ID_ROLE = Qt.ItemDataRole.UserRole
_C = "Conflicts"

ENTITY_NAMES = {
    "household": QT_TRANSLATE_NOOP("Conflicts", "Household"),
    "person": QT_TRANSLATE_NOOP("Conflicts", "Person"),
    "case": QT_TRANSLATE_NOOP("Conflicts", "Case"),
    "case_status_change": QT_TRANSLATE_NOOP("Conflicts", "Status change"),
    "consultation": QT_TRANSLATE_NOOP("Conflicts", "Consultation"),
    "follow_up": QT_TRANSLATE_NOOP("Conflicts", "Follow-up"),
    "referral": QT_TRANSLATE_NOOP("Conflicts", "Referral"),
    "application": QT_TRANSLATE_NOOP("Conflicts", "Application"),
    "vulnerability": QT_TRANSLATE_NOOP("Conflicts", "Vulnerability"),
    "attachment": QT_TRANSLATE_NOOP("Conflicts", "Attachment"),
    "consent": QT_TRANSLATE_NOOP("Conflicts", "Consent"),
}

FIELD_NAMES = {
    "label": QT_TRANSLATE_NOOP("Conflicts", "name of the household"),
    "site": QT_TRANSLATE_NOOP("Conflicts", "site"),
    "family_name": QT_TRANSLATE_NOOP("Conflicts", "family name"),
    "given_names": QT_TRANSLATE_NOOP("Conflicts", "given names"),
    "aliases": QT_TRANSLATE_NOOP("Conflicts", "aliases"),
    "sex": QT_TRANSLATE_NOOP("Conflicts", "sex"),
    "birth_date": QT_TRANSLATE_NOOP("Conflicts", "date of birth"),
    "birth_date_estimated": QT_TRANSLATE_NOOP("Conflicts", "date of birth estimated"),
    "nationality": QT_TRANSLATE_NOOP("Conflicts", "nationality"),
    "return_country": QT_TRANSLATE_NOOP("Conflicts", "country of return"),
    "languages": QT_TRANSLATE_NOOP("Conflicts", "languages"),
    "interpreter_needed": QT_TRANSLATE_NOOP("Conflicts", "interpreter needed"),
    "residence_status": QT_TRANSLATE_NOOP("Conflicts", "residence status"),
    "authority_file_number": QT_TRANSLATE_NOOP("Conflicts", "authority file number"),
    "phone": QT_TRANSLATE_NOOP("Conflicts", "phone"),
    "household_id": QT_TRANSLATE_NOOP("Conflicts", "household"),
    "reference": QT_TRANSLATE_NOOP("Conflicts", "case number"),
    "main_contact_id": QT_TRANSLATE_NOOP("Conflicts", "main contact"),
    "counsellor": QT_TRANSLATE_NOOP("Conflicts", "counsellor"),
    "status": QT_TRANSLATE_NOOP("Conflicts", "status"),
    "status_since": QT_TRANSLATE_NOOP("Conflicts", "status since"),
    "opened_on": QT_TRANSLATE_NOOP("Conflicts", "opened on"),
    "outcome": QT_TRANSLATE_NOOP("Conflicts", "outcome"),
    "closed_on": QT_TRANSLATE_NOOP("Conflicts", "closed on"),
    "held_on": QT_TRANSLATE_NOOP("Conflicts", "date"),
    "duration_minutes": QT_TRANSLATE_NOOP("Conflicts", "duration (minutes)"),
    "mode": QT_TRANSLATE_NOOP("Conflicts", "mode"),
    "interpreter_language": QT_TRANSLATE_NOOP("Conflicts", "interpreter language"),
    "interpreter_mode": QT_TRANSLATE_NOOP("Conflicts", "interpreter"),
    "participant_ids": QT_TRANSLATE_NOOP("Conflicts", "participants"),
    "topics": QT_TRANSLATE_NOOP("Conflicts", "topics"),
    "notes": QT_TRANSLATE_NOOP("Conflicts", "notes"),
    "next_steps": QT_TRANSLATE_NOOP("Conflicts", "next steps"),
    "due_on": QT_TRANSLATE_NOOP("Conflicts", "due on"),
    "assignee": QT_TRANSLATE_NOOP("Conflicts", "assigned to"),
    "title": QT_TRANSLATE_NOOP("Conflicts", "title"),
    "done_on": QT_TRANSLATE_NOOP("Conflicts", "done on"),
    "outcome_note": QT_TRANSLATE_NOOP("Conflicts", "outcome note"),
    "partner": QT_TRANSLATE_NOOP("Conflicts", "partner"),
    "partner_kind": QT_TRANSLATE_NOOP("Conflicts", "kind of partner"),
    "purpose": QT_TRANSLATE_NOOP("Conflicts", "purpose"),
    "referred_on": QT_TRANSLATE_NOOP("Conflicts", "referred on"),
    "result": QT_TRANSLATE_NOOP("Conflicts", "result"),
    "programme": QT_TRANSLATE_NOOP("Conflicts", "programme"),
    "submitted_on": QT_TRANSLATE_NOOP("Conflicts", "submitted on"),
    "decision": QT_TRANSLATE_NOOP("Conflicts", "decision"),
    "decided_on": QT_TRANSLATE_NOOP("Conflicts", "decided on"),
    "amount_cents": QT_TRANSLATE_NOOP("Conflicts", "amount"),
    "planned_departure_on": QT_TRANSLATE_NOOP("Conflicts", "planned departure"),
    "actual_departure_on": QT_TRANSLATE_NOOP("Conflicts", "actual departure"),
    "destination_country": QT_TRANSLATE_NOOP("Conflicts", "destination"),
    "travel_documents": QT_TRANSLATE_NOOP("Conflicts", "travel documents"),
    "assessed_on": QT_TRANSLATE_NOOP("Conflicts", "assessed on"),
    "assessed_by": QT_TRANSLATE_NOOP("Conflicts", "assessed by"),
    "categories": QT_TRANSLATE_NOOP("Conflicts", "categories"),
    "given_on": QT_TRANSLATE_NOOP("Conflicts", "given on"),
    "withdrawn_on": QT_TRANSLATE_NOOP("Conflicts", "withdrawn on"),
    "form_version": QT_TRANSLATE_NOOP("Conflicts", "form version"),
    "filename": QT_TRANSLATE_NOOP("Conflicts", "file name"),
    "description": QT_TRANSLATE_NOOP("Conflicts", "description"),
}

# Fields holding codes of a label group (ui.labels); "status" depends on the entity.
_CODE_GROUPS = {
    "sex": "sex",
    "residence_status": "residence",
    "outcome": "outcome",
    "mode": "mode",
    "interpreter_mode": "interpreter",
    "topics": "topic",
    "categories": "vulnerability",
    "partner_kind": "partner",
    "decision": "decision",
    "travel_documents": "documents",
}
_STATUS_GROUPS = {"case": "status", "follow_up": "follow_up", "referral": "referral"}
_COUNTRY_FIELDS = {"nationality", "return_country", "destination_country"}
_LANGUAGE_FIELDS = {"languages", "interpreter_language"}


def _tr(text: str) -> str:
    return QtCore.QCoreApplication.translate("Conflicts", text)


def entity_name(entity: str) -> str:
    source = ENTITY_NAMES.get(entity)
    return _tr(source) if source else entity


def field_name(field: str) -> str:
    source = FIELD_NAMES.get(field)
    return _tr(source) if source else field.replace("_", " ")


def format_value(entity: str, field: str, value: Any) -> str:
    """A stored value as the screens show it: labels for codes, names for countries, locale dates."""
    if value is None or value == "" or value == []:
        return QtCore.QCoreApplication.translate("Conflicts", "(empty)")
    if isinstance(value, bool):
        if value:
            return QtCore.QCoreApplication.translate("Conflicts", "yes")
        return QtCore.QCoreApplication.translate("Conflicts", "no")
    if field == "participant_ids" and isinstance(value, list):
        return QtCore.QCoreApplication.translate("Conflicts", "%n person(s)", "", len(value))
    if isinstance(value, list):
        return ", ".join(format_value(entity, field, item) for item in value)
    if field == "amount_cents" and isinstance(value, int):
        return i18n.format_money(value)
    group = _STATUS_GROUPS.get(entity) if field == "status" else _CODE_GROUPS.get(field)
    if group is not None:
        return labels.label(group, str(value))
    if field in _COUNTRY_FIELDS:
        return country_name(str(value))
    if field in _LANGUAGE_FIELDS:
        return language_name(str(value))
    if field == "site":
        return site_name(str(value))
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return i18n.format_date(date.fromisoformat(value))
        except ValueError:
            return value
    return str(value)


# ("person", id) or ("case", id): what to open to see the record; None for a household alone.
Owner = tuple[str, str] | None


@dataclass(frozen=True)
class Side:
    """One side of a conflict: the value, when it was written and whether on this device."""

    value: Any
    at: datetime | None
    device_id: str
    here: bool
    # Who wrote it, from the team directory: "known" with "Anna Schmidt, Laptop Trier",
    # "server" (erasure or retention), "here", or "unknown" (a shortened device id in `by`).
    source: str = "unknown"
    by: str = ""


@dataclass(frozen=True)
class ConflictRow:
    id: str
    entity: str
    record_id: str
    field: str
    subject: str  # the record's name, case number or title; "" if it is gone
    owner: "Owner"  # the person or case that shows this record
    current: Side
    lost: Side


def _side(value: Any, stamp: str, device_id: str, directory: Directory = EMPTY) -> Side:
    try:
        parsed = Stamp.parse(stamp)
    except ValueError:
        return Side(value, None, "", False)
    at = datetime.fromtimestamp(parsed.ms / 1000, UTC) if parsed.ms else None
    source, by = device_label(directory, parsed.device_id, here=device_id)
    return Side(value, at, parsed.device_id, parsed.device_id == device_id, source, by)


def _subject(store: Store, entity: str, record_id: str) -> tuple[str, Owner]:
    """What the counsellor recognises a record by, and the person or case to open for it.

    Read without an audit entry: a label in a list is not a look at the record."""
    try:
        record: Any = records.get(store, entity=entity, record_id=record_id, audit=False)
    except UserError:
        return "", None
    if entity == "person":
        return ", ".join(p for p in (record.family_name, record.given_names) if p), (
            "person",
            record_id,
        )
    if entity in ("vulnerability", "consent"):
        return _subject(store, "person", record.person_id)
    if entity in ("consultation", "referral", "application", "case_status_change", "follow_up"):
        subject, owner = _subject(store, "case", record.case_id)
        return (record.title if entity == "follow_up" else subject), owner
    if entity == "case":
        return record.reference, ("case", record_id)
    if entity == "attachment" and record.owner_entity in ("person", "case"):
        return record.filename, (record.owner_entity, record.owner_id)
    return str(
        getattr(record, {"household": "label", "attachment": "filename"}.get(entity, "id"))
    ), None


def load_conflict_rows(store: Store) -> list[ConflictRow]:
    """Worker side: the open conflicts with their records' labels, oldest first."""
    here = store.device.device_id
    directory = team_directory.load(store)
    subjects: dict[tuple[str, str], tuple[str, Owner]] = {}
    rows = []
    for view in conflict_service.list_conflicts(store):
        key = (view.entity, view.record_id)
        if key not in subjects:
            subjects[key] = _subject(store, view.entity, view.record_id)
        subject, owner = subjects[key]
        rows.append(
            ConflictRow(
                id=view.id,
                entity=view.entity,
                record_id=view.record_id,
                field=view.field,
                subject=subject,
                owner=owner,
                current=_side(view.current_value, view.current_stamp, here, directory),
                lost=_side(view.lost_value, view.lost_stamp, here, directory),
            )
        )
    return rows


def describe_source(side: Side) -> str:
    """ "03.05.26 14:02, on this device", "…, Anna Schmidt, Laptop Trier", "…, by the server"
    or, for a device the team directory does not know, "…, on another device (3f2a9c1e)"."""
    when = (
        i18n.format_datetime(side.at)
        if side.at
        else QtCore.QCoreApplication.translate("Conflicts", "unknown time")
    )
    if side.here:
        return QtCore.QCoreApplication.translate("Conflicts", "{0}, on this device").format(when)
    if side.source == "server":
        return QtCore.QCoreApplication.translate(
            "Conflicts", "{0}, by the server (erasure or retention)"
        ).format(when)
    if side.source == "known" and side.by:
        return QtCore.QCoreApplication.translate("Conflicts", "{0}, {1}").format(when, side.by)
    short = side.device_id[:8] or "?"
    return QtCore.QCoreApplication.translate("Conflicts", "{0}, on another device ({1})").format(
        when, short
    )


class ConflictsModel(QtCore.QAbstractTableModel):
    """The open conflicts; resolving one is a mutation that touches its entity and "conflict"."""

    RECORD, FIELD, CURRENT, LOST, LOST_SOURCE = range(5)

    loaded = Signal(int)  # the number of open conflicts
    resolved = Signal(str)  # conflict id
    failed = Signal(object)  # Failure

    def __init__(
        self,
        session: Session,
        *,
        follow_changes: bool = True,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[ConflictRow] = []
        self._generation = 0
        self._resolving: set[str] = set()
        if follow_changes:
            # Even while no view shows it: the navigation's badge counts open conflicts.
            session.changed.connect(self.on_session_changed)

    # -- loading and resolving -------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.session.query(
            load_conflict_rows,
            done=lambda rows: self._arrived(generation, rows),
            failed=self.failed.emit,
        )

    def _arrived(self, generation: int, rows: list[ConflictRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._rows = rows
        self._resolving &= {row.id for row in rows}
        self.endResetModel()
        self.loaded.emit(len(rows))

    def row_at(self, row: int) -> ConflictRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, conflict_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == conflict_id), -1)

    def is_resolving(self, conflict_id: str) -> bool:
        return conflict_id in self._resolving

    def keep_current(self, conflict_id: str) -> None:
        self._resolve(conflict_id, conflict_service.keep_current)

    def restore(self, conflict_id: str) -> None:
        """Make the lost value current again: an ordinary edit that syncs like any other."""
        self._resolve(conflict_id, conflict_service.restore)

    def _resolve(self, conflict_id: str, action: Any) -> None:
        row = self.row_at(self.row_of(conflict_id))
        if row is None or conflict_id in self._resolving:
            return
        self._resolving.add(conflict_id)

        def failed(failure: Failure) -> None:
            self._resolving.discard(conflict_id)
            self.failed.emit(failure)

        self.session.mutate(
            lambda store: action(store, conflict_id=conflict_id),
            touches=(row.entity, "conflict"),
            done=lambda _: self.resolved.emit(conflict_id),
            failed=failed,
        )

    def on_session_changed(self, changed: Changed) -> None:
        if changed.origin == "sync" or changed.touches("conflict"):
            self.reload()

    # -- Qt model ----------------------------------------------------------------------------

    def rowCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QtCore.QModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Current value"),
            self.tr("Lost value"),
            self.tr("Lost edit made"),
        )[section]

    def data(self, index: QtCore.QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role == ID_ROLE:
            return row.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == self.RECORD:
            subject = row.subject or self.tr("(no longer on this device)")
            return f"{entity_name(row.entity)}: {subject}"
        if column == self.FIELD:
            return field_name(row.field)
        if column == self.CURRENT:
            return format_value(row.entity, row.field, row.current.value)
        if column == self.LOST:
            return format_value(row.entity, row.field, row.lost.value)
        return describe_source(row.lost)
