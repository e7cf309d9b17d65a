"""The case's own details that no status step sets: how the person found the service.

The funder asks the outreach channel of every case; opening a case asks it (case_open.py),
and here it is told or corrected afterwards. A form like the others: drafts, lock.
"""

from typing import Any

from app.domain.base import Record
from app.domain.cases import Case
from app.domain.enums import OutreachChannel
from app.services import records
from app.store.store import Store
from ui.return_labels import choices
from ui.widgets.combos import CodeCombo
from ui.widgets.record_editor import RecordEditor


def _case_values(store: Store, record: Record) -> dict[str, Any]:
    return {}  # never called: the editor edits the case itself, loaded as the editor's case


def _write_case(
    store: Store, *, entity: str, existing_id: str | None, case_id: str, values: dict[str, Any]
) -> Record:
    return records.update(store, entity="case", record_id=case_id, patch=values)


class CaseDetailsEditor(RecordEditor):
    """Opened with `for_case`: the record edited is the case, so there is no existing record."""

    form = "case_details"
    entity = "case"
    read_form = staticmethod(_case_values)
    write_form = staticmethod(_write_case)

    def build(self) -> None:
        self.outreach = CodeCombo(
            self, choices=choices(OutreachChannel), empty=self.tr("(not asked yet)")
        )
        self.add_row(
            self.tr("How the person &found the service"),
            "outreach_channel",
            self.outreach,
            self.outreach.code_changed,
        )
        self.resize(480, 160)

    def record_title(self, case: Case | None) -> str:
        if case is None:
            return self.tr("Case details")
        return self.tr("Case details – {0}").format(case.reference)

    def defaults(self, case: Case) -> None:
        self.set_values(case.model_dump())

    def values(self) -> dict[str, Any]:
        return {"outreach_channel": self.outreach.code()}

    def set_values(self, values: dict[str, Any]) -> None:
        self.outreach.set_code(values.get("outreach_channel"))
