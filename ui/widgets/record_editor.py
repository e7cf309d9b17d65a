"""The frame of an editor for one record of a case (application, referral): new or edited, kept as a draft."""

from datetime import date
from typing import Any, ClassVar, Self

from app.domain.base import Record
from app.domain.cases import Case
from app.services import records
from app.store.store import Store
from ui.context import Context
from ui.drafts import Editor
from ui.qt import QtCore, QtWidgets
from ui.tasks import Failure
from ui.widgets.fields import Field, Problems, chain_tab_order, localized


def load(
    store: Store, entity: str, *, case_id: str | None, record_id: str | None
) -> tuple[Case, Record | None]:
    """Off the GUI thread: the record to edit (if any) and its case, neither an audited view."""
    record = None
    if record_id is not None:
        record = records.get(store, entity=entity, record_id=record_id, audit=False)
        case_id = record.case_id  # type: ignore[attr-defined]
    assert case_id is not None
    case = records.get(store, entity="case", record_id=case_id, audit=False)
    assert isinstance(case, Case)
    return case, record


def stored_values(store: Store, record: Record) -> dict[str, Any]:
    """The form's values of a record; an editor whose form spans records reads them all."""
    return record.model_dump()


def write_values(
    store: Store, *, entity: str, existing_id: str | None, case_id: str, values: dict[str, Any]
) -> Record:
    if existing_id is not None:
        return records.update(store, entity=entity, record_id=existing_id, patch=values)
    return records.create(store, entity=entity, data={"case_id": case_id, **values})


def jsonable(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in values.items()}


class RecordEditor(Editor):
    """Subclasses set `entity`, build their rows with `add_row` and give `values`/`set_values`.

    Strings here name their context: self.tr() would look them up under the subclass's name.
    """

    entity: ClassVar[str]
    # Off the GUI thread: how the form's values are read from and written to the store.
    read_form = staticmethod(stored_values)
    write_form = staticmethod(write_values)

    def __init__(
        self, ctx: Context, *, draft_key: str | None = None, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(ctx, draft_key=draft_key, parent=parent)
        self.case_id: str | None = None
        self.case: Case | None = None
        self.existing: Record | None = None
        self._from_draft = False
        self._loading = True
        self._saving = False
        self._gone = False
        self._tab_order: list[QtWidgets.QWidget] = []
        self.closed.connect(self._forget)
        self.problems = Problems(QtWidgets.QLabel(self))
        self.rows = QtWidgets.QFormLayout()
        self.rows.setFieldGrowthPolicy(
            QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow
        )
        self.build()
        self.buttons = QtWidgets.QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            QtCore.QCoreApplication.translate("RecordEditor", "&Save"),
            QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.save_button.setToolTip(
            QtCore.QCoreApplication.translate("RecordEditor", "Save (Ctrl+S)")
        )
        self.save_button.setEnabled(False)
        self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close)
        outer = QtWidgets.QVBoxLayout(self)
        outer.addLayout(self.rows)
        outer.addWidget(self.problems.general)
        outer.addStretch(1)
        outer.addWidget(self.buttons)
        chain_tab_order([*self._tab_order, self.save_button])
        self.set_title()
        self._loading = False

    @classmethod
    def for_case(cls, ctx: Context, case_id: str) -> Self:
        """A new record for the case."""
        editor = cls(ctx)
        editor.load_record(case_id=case_id)
        return editor

    @classmethod
    def for_record(cls, ctx: Context, record_id: str) -> Self:
        """An existing record, to be changed."""
        editor = cls(ctx)
        editor.load_record(record_id=record_id)
        return editor

    # -- subclasses ---------------------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def values(self) -> dict[str, Any]:
        """The fields as the service takes them (dates as date objects)."""
        raise NotImplementedError

    def set_values(self, values: dict[str, Any]) -> None:
        """Show values from a record or from a draft (there, dates are ISO text)."""
        raise NotImplementedError

    def defaults(self, case: Case) -> None:
        """Prefill a new record once its case is known."""

    def check(self) -> bool:
        """Rules on several fields, shown at the field they concern; False stops the save."""
        return True

    def record_title(self, case: Case | None) -> str:
        raise NotImplementedError

    # -- building -------------------------------------------------------------------------

    def add_row(self, text: str, name: str, widget: QtWidgets.QWidget, *signals: Any) -> Field:
        """A labelled row whose problems appear under it; `signals` mark the form as changed."""
        label = QtWidgets.QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(label.text().replace("&", ""))
        field = self.problems.add(name, Field(widget, self))
        self.rows.addRow(label, field)
        self._tab_order.append(widget)
        for signal in signals:
            signal.connect(self.on_input_changed)
        return field

    def on_input_changed(self, *_: object) -> None:
        if not self._loading:
            self.mark_dirty()

    def set_title(self) -> None:
        self.setWindowTitle(self.record_title(self.case) + "[*]")

    def draft_title(self) -> str:
        return self.windowTitle().replace("[*]", "")

    # -- loading --------------------------------------------------------------------------

    def load_record(self, *, case_id: str | None = None, record_id: str | None = None) -> None:
        self.case_id = case_id
        # The draft goes with the record it edits, or with the case for a new one.
        self.record_id = record_id or case_id
        entity, read = self.entity, self.read_form

        def fetch(store: Store) -> tuple[Case, Record | None, dict[str, Any] | None]:
            case, record = load(store, entity, case_id=case_id, record_id=record_id)
            return case, record, read(store, record) if record is not None else None

        self.ctx.session.query(fetch, done=self.on_loaded, failed=self.on_load_failed)

    def on_loaded(self, value: tuple[Case, Record | None, dict[str, Any] | None]) -> None:
        if self._gone:
            return
        self.case, self.existing, stored = value
        self.case_id = self.case.id
        self._loading = True
        try:
            if not self._from_draft:
                if stored is not None:
                    self.set_values(stored)
                else:
                    self.defaults(self.case)
        finally:
            self._loading = False
        self.set_title()
        self.save_button.setEnabled(True)

    def on_load_failed(self, failure: Failure) -> None:
        if not self._gone:
            message = localized(failure.message)
            self.problems.show_general(
                QtCore.QCoreApplication.translate(
                    "RecordEditor", "The record could not be opened: {0}"
                ).format(message)
            )

    # -- drafts ---------------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        existing_id = self.existing.id if self.existing is not None else None
        if existing_id is None and self.record_id != self.case_id:
            existing_id = self.record_id  # still loading
        return {
            "case_id": self.case_id,
            "existing_id": existing_id,
            "values": jsonable(self.values()),
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        self._from_draft = True
        self._loading = True
        try:
            self.set_values(dict(payload.get("values") or {}))
        finally:
            self._loading = False
        if payload.get("existing_id"):
            self.load_record(record_id=payload["existing_id"])
        elif payload.get("case_id"):
            self.load_record(case_id=payload["case_id"])

    # -- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or self.case is None:
            return
        self.problems.clear()
        if not self.problems.check_choices() or not self.check():
            return
        values, entity, save = self.values(), self.entity, self.write_form
        existing_id = self.existing.id if self.existing is not None else None
        case_id = self.case.id
        self._saving = True
        self.save_button.setEnabled(False)

        def write(store: Store) -> Record:
            return save(
                store, entity=entity, existing_id=existing_id, case_id=case_id, values=values
            )

        self.ctx.session.mutate(
            write, touches=(entity,), done=self.on_save_done, failed=self.on_save_failed
        )

    def on_save_done(self, value: object) -> None:
        self._saving = False
        if not self._gone:
            self.finish_saved(value)

    def on_save_failed(self, failure: Failure) -> None:
        self._saving = False
        if self._gone:
            return
        self.save_button.setEnabled(True)
        self.problems.show_failure(
            failure,
            bug=QtCore.QCoreApplication.translate(
                "RecordEditor", "This could not be saved (internal error). Your input is kept."
            ),
        )

    def _forget(self) -> None:
        self._gone = True
