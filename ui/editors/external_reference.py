"""The editor of one external reference number: its kind, the number, and whether it belongs to
the whole case or to the application chosen in the Return tab."""

from typing import Any, Self

from app.domain.base import Record
from app.domain.cases import Case
from app.domain.returns.codes import ReferenceKind
from app.services import records
from app.store.store import Store
from ui import return_labels
from ui.context import Context
from ui.qt import QtWidgets
from ui.widgets.combos import CodeCombo
from ui.widgets.record_editor import RecordEditor

MAX_NUMBER = 60  # the domain's bound (ExternalReference.number)
CASE, APPLICATION = "case", "application"


def _write(
    store: Store, *, entity: str, existing_id: str | None, case_id: str, values: dict[str, Any]
) -> Record:
    # The application chosen in the tab travels with the values (for the draft), the record
    # keeps it only when the number is the application's.
    chosen = values.get("chosen_application")
    fields = {
        "kind": values["kind"],
        "number": values["number"],
        "application_id": chosen if values.get("belongs_to") == APPLICATION else None,
    }
    if existing_id is not None:
        return records.update(store, entity=entity, record_id=existing_id, patch=fields)
    return records.create(store, entity=entity, data={"case_id": case_id, **fields})


class ExternalReferenceEditor(RecordEditor):
    form = "external_reference"
    entity = "external_reference"
    write_form = staticmethod(_write)
    application_id: str | None = None

    @classmethod
    def for_application(
        cls,
        ctx: Context,
        *,
        case_id: str,
        application_id: str | None,
        reference_id: str | None = None,
    ) -> Self:
        editor = cls(ctx)
        editor.application_id = application_id
        editor.belongs_to.setEnabled(application_id is not None)
        if reference_id is None:
            editor.load_record(case_id=case_id)
        else:
            editor.load_record(record_id=reference_id)
        return editor

    def build(self) -> None:
        self.kind = CodeCombo(self, choices=return_labels.choices(ReferenceKind))
        self.number = QtWidgets.QLineEdit(self)
        self.number.setMaxLength(MAX_NUMBER)
        self.belongs_to = CodeCombo(
            self,
            choices=[
                (CASE, self.tr("the whole case")),
                (APPLICATION, self.tr("this application")),
            ],
        )
        self.add_row(self.tr("&Kind"), "kind", self.kind, self.kind.code_changed)
        self.add_row(self.tr("&Number"), "number", self.number, self.number.textChanged)
        self.add_row(
            self.tr("&Belongs to"), "belongs_to", self.belongs_to, self.belongs_to.code_changed
        )
        self.resize(480, 200)

    def record_title(self, case: Case | None) -> str:
        if case is None:
            return self.tr("Reference number")
        return self.tr("Reference number – {0}").format(case.reference)

    def values(self) -> dict[str, Any]:
        return {
            "chosen_application": self.application_id,
            "kind": self.kind.code(),
            "number": self.number.text().strip(),
            "belongs_to": self.belongs_to.code(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        chosen = values.get("chosen_application")
        stored = values.get("application_id")
        self.application_id = chosen or stored or self.application_id
        self.belongs_to.setEnabled(self.application_id is not None)
        self.kind.set_code(values.get("kind"))
        self.number.setText(values.get("number") or "")
        # A stored record tells by its application; a draft by what was chosen.
        belongs = values.get("belongs_to") or (APPLICATION if stored else CASE)
        self.belongs_to.set_code(belongs)

    def check(self) -> bool:
        if not self.number.text().strip():
            self.problems.set("number", self.tr("Enter the number."))
            self.number.setFocus()
            return False
        return True
