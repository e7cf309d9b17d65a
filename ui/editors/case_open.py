"""Opening a household's case asks how the person found the service (the funder asks it of
every case, and asked afterwards it was mostly never told).

One field, keyboard first: the channel is focused and prefilled with what the person's
previous case told; Ctrl+S or the default button opens the case, empty stays "not known".
A form like the others (drafts.Editor): Esc on an untouched form keeps nothing, a chosen
channel is asked about or kept as a draft, Enter does not open the case.
"""

from dataclasses import dataclass
from typing import Any, ClassVar

from app.domain.cases import Case
from app.domain.enums import OutreachChannel
from app.services import cases
from app.store.store import Store
from ui.context import Context
from ui.drafts import DraftData, Editor
from ui.qt import QtWidgets
from ui.return_labels import choices
from ui.tasks import Failure
from ui.widgets.combos import CodeCombo
from ui.widgets.fields import Field, Problems, chain_tab_order

TOUCHES = ("case", "case_status_change")


@dataclass(frozen=True, slots=True)
class CaseToOpen:
    """Whose case, where: the person view decides, a draft remembers."""

    household_id: str
    person_id: str
    site: str


class OpenCaseEditor(Editor):
    form: ClassVar[str] = "case_open"

    def __init__(
        self,
        ctx: Context,
        target: CaseToOpen,
        parent: QtWidgets.QWidget | None = None,
        *,
        draft_key: str | None = None,
    ) -> None:
        super().__init__(ctx, draft_key=draft_key, parent=parent)
        self.target = target
        self.record_id = target.person_id  # erasing the person discards the draft with it
        self._loading = True
        self._loaded = False
        self._from_draft = False
        self._saving = False
        self.setWindowTitle(self.tr("Open case") + "[*]")
        self._build()
        self._loading = False
        person_id = target.person_id
        self.ctx.session.query(
            lambda store: cases.previous_outreach(store, person_id=person_id),
            done=self.while_open(self.on_previous_loaded),
            failed=self.while_open(self.on_previous_failed),
        )

    @classmethod
    def from_draft(cls, ctx: Context, draft: DraftData) -> "OpenCaseEditor":
        payload = draft.payload
        target = CaseToOpen(
            household_id=str(payload.get("household_id")),
            person_id=str(payload.get("person_id") or draft.record_id),
            site=str(payload.get("site")),
        )
        editor = cls(ctx, target, draft_key=draft.key)
        editor.load_payload(payload)
        editor.mark_dirty()
        return editor

    def _build(self) -> None:
        self.problems = Problems(QtWidgets.QLabel(self))
        self.outreach = CodeCombo(
            self, choices=choices(OutreachChannel), empty=self.tr("(not known)")
        )
        label = QtWidgets.QLabel(self.tr("How the person &found the service"), self)
        label.setBuddy(self.outreach)
        self.outreach.setAccessibleName(label.text().replace("&", ""))
        rows = QtWidgets.QFormLayout()
        rows.addRow(label, self.problems.add("outreach_channel", Field(self.outreach, self)))
        self.buttons = QtWidgets.QDialogButtonBox(self)
        self.open_button = self.buttons.addButton(
            self.tr("&Open case"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setToolTip(self.tr("Open the case (Ctrl+S)"))
        self.open_button.setDefault(True)
        self.open_button.setEnabled(False)  # until the previous case's answer is in
        self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close)
        outer = QtWidgets.QVBoxLayout(self)
        outer.addLayout(rows)
        outer.addWidget(self.problems.general)
        outer.addStretch(1)
        outer.addWidget(self.buttons)
        chain_tab_order([self.outreach, self.open_button])
        self.outreach.code_changed.connect(self.on_outreach_code_changed)
        self.outreach.setFocus()
        self.resize(480, 140)

    def on_outreach_code_changed(self) -> None:
        if not self._loading:
            self.mark_dirty()

    # -- loading ----------------------------------------------------------------------------

    def on_previous_loaded(self, previous: OutreachChannel | None) -> None:
        self._loaded = True
        # What a draft or the person already chose wins over the guess.
        if previous is not None and not self._from_draft and not self.dirty:
            self._loading = True
            try:
                self.outreach.set_code(previous.value)
            finally:
                self._loading = False
        self.open_button.setEnabled(True)

    def on_previous_failed(self, failure: Failure) -> None:
        # Only the prefill is missing: the case can be opened all the same.
        self._loaded = True
        self.open_button.setEnabled(True)

    # -- drafts -------------------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        return {
            "household_id": self.target.household_id,
            "person_id": self.target.person_id,
            "site": self.target.site,
            "outreach_channel": self.outreach.code(),
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        self._from_draft = True
        self._loading = True
        try:
            self.outreach.set_code(payload.get("outreach_channel"))
        finally:
            self._loading = False

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        if self._saving or not self._loaded:
            return
        self.problems.clear()
        if not self.problems.check_choices():
            return
        code = self.outreach.code()
        channel = OutreachChannel(code) if code else None
        target = self.target
        self._saving = True
        self.open_button.setEnabled(False)

        def write(store: Store) -> Case:
            return cases.open_first_case(
                store,
                household_id=target.household_id,
                site=target.site,
                main_contact_id=target.person_id,
                outreach_channel=channel,
            )

        self.ctx.session.mutate(
            write,
            touches=TOUCHES,
            done=self.while_open(self.on_save_done),
            failed=self.while_open(self.on_save_failed),
        )

    def on_save_done(self, case: Case) -> None:
        self._saving = False
        self.finish_saved(case)

    def on_save_failed(self, failure: Failure) -> None:
        self._saving = False
        self.open_button.setEnabled(True)
        self.problems.show_failure(
            failure, bug=self.tr("The case could not be opened (internal error).")
        )
