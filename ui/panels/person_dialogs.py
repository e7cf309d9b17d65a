"""Small forms of the person view: a vulnerability assessment and a consent.

Forms like the others (drafts.Editor): Esc asks, the lock keeps a draft, Enter does not save.
"""

from datetime import date
from typing import Any, ClassVar

from app.domain.enums import ConsentPurpose, VulnerabilityCategory
from app.errors import ValidationFailed
from app.services import records
from ui import labels
from ui.context import Context
from ui.drafts import DraftData, Editor
from ui.qt import QtCore, QtWidgets
from ui.tasks import Failure
from ui.widgets.check_list import CheckList
from ui.widgets.combos import CodeCombo
from ui.widgets.dates import DateEdit, iso, parse_iso
from ui.widgets.fields import Field, Problems, localized


class RecordDialog(Editor):
    """Creates one record of a person on Save; stays open with the problems at the fields."""

    entity: ClassVar[str]

    def __init__(
        self,
        ctx: Context,
        person_id: str,
        parent: QtWidgets.QWidget | None = None,
        *,
        draft_key: str | None = None,
    ) -> None:
        super().__init__(ctx, draft_key=draft_key, parent=parent)
        self.person_id = person_id
        self.record_id = person_id  # erasing the person discards the draft with it
        self._loading = True
        self.general = QtWidgets.QLabel(self)
        self.problems = Problems(self.general)
        self.rows = QtWidgets.QFormLayout()
        # Save as in every other form: a text button (the standard one came with a disk icon).
        self.box = QtWidgets.QDialogButtonBox(self)
        self.save_button = self.box.addButton(
            QtCore.QCoreApplication.translate("RecordDialog", "&Save"),
            QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.box.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setToolTip(
            QtCore.QCoreApplication.translate("RecordDialog", "Save (Ctrl+S)")
        )
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.close)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(self.rows)
        layout.addWidget(self.box)
        self.build()
        self._loading = False

    @classmethod
    def from_draft(cls, ctx: Context, draft: DraftData) -> "RecordDialog":
        person_id = str(draft.payload.get("person_id") or draft.record_id)
        dialog = cls(ctx, person_id, draft_key=draft.key)
        dialog.load_payload(draft.payload)
        dialog.mark_dirty()
        return dialog

    def build(self) -> None:
        raise NotImplementedError

    def add_field(self, name: str, text: str, widget: QtWidgets.QWidget, *signals: Any) -> Field:
        field = self.problems.add(name, Field(widget, self))
        label = QtWidgets.QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.rows.addRow(label, field)
        for signal in signals:
            signal.connect(self.on_input_changed)
        return field

    def on_input_changed(self, *_: object) -> None:
        if not self._loading:
            self.mark_dirty()

    def set_title(self, title: str) -> None:
        self.setWindowTitle(title + "[*]")

    def draft_title(self) -> str:
        return self.windowTitle().replace("[*]", "")

    def data(self) -> dict[str, Any]:
        raise NotImplementedError

    def payload(self) -> dict[str, Any]:
        return {k: iso(v) if isinstance(v, date) else v for k, v in self.data().items()}

    def load_payload(self, payload: dict[str, Any]) -> None:
        self._loading = True
        try:
            self.show_values(payload)
        finally:
            self._loading = False

    def show_values(self, values: dict[str, Any]) -> None:
        raise NotImplementedError

    def save(self) -> None:
        self.problems.clear()
        data, entity = self.data(), self.entity
        self.save_button.setEnabled(False)
        self.ctx.session.mutate(
            lambda store: records.create(store, entity=entity, data=data),
            touches=(entity,),
            done=self.while_open(self.on_saved),
            failed=self.while_open(self.on_failed),
        )

    def on_saved(self, record: object) -> None:
        self.finish_saved(record)

    def on_failed(self, failure: Failure) -> None:
        self.save_button.setEnabled(True)
        error = failure.exception
        if isinstance(error, ValidationFailed):
            self.problems.show(error.problems)
        else:
            self.problems.show_general(localized(failure.message))


class VulnerabilityDialog(RecordDialog):
    form: ClassVar[str] = "vulnerability"
    entity: ClassVar[str] = "vulnerability"

    def build(self) -> None:
        self.set_title(self.tr("Vulnerability assessment"))
        self.assessed_on = DateEdit(self, latest=date.today())
        self.categories = CheckList(self)
        self.categories.set_choices(labels.choices(VulnerabilityCategory))
        self.categories.fit_rows(12)
        self.notes = QtWidgets.QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.add_field(
            "assessed_on", self.tr("Assessed &on:"), self.assessed_on, self.assessed_on.dateChanged
        )
        self.add_field(
            "categories",
            self.tr("&Categories:"),
            self.categories,
            self.categories.checked_changed,
        )
        self.add_field("notes", self.tr("&Notes:"), self.notes, self.notes.textChanged)
        self.resize(600, 440)  # the longest category reads in full

    def show_values(self, values: dict[str, Any]) -> None:
        assessed_on = parse_iso(values.get("assessed_on"))
        if assessed_on is not None:
            self.assessed_on.set_value(assessed_on)
        self.categories.set_checked(list(values.get("categories") or []))
        self.notes.setPlainText(values.get("notes") or "")

    def data(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "assessed_on": self.assessed_on.value(),
            "assessed_by": self.ctx.session.actor,
            "categories": self.categories.checked(),
            "notes": self.notes.toPlainText().strip() or None,
        }


class ConsentDialog(RecordDialog):
    form: ClassVar[str] = "consent"
    entity: ClassVar[str] = "consent"

    def build(self) -> None:
        self.set_title(self.tr("Record consent"))
        self.purpose = CodeCombo(self, choices=labels.choices(ConsentPurpose))
        self.partner = QtWidgets.QLineEdit(self)
        self.partner.setPlaceholderText(self.tr("Needed for sharing with a partner"))
        self.given_on = DateEdit(self, latest=date.today())
        self.form_version = QtWidgets.QLineEdit(self)
        self.form_version.setPlaceholderText(self.tr("e.g. 2025-01"))
        self.add_field("purpose", self.tr("&Purpose:"), self.purpose, self.purpose.code_changed)
        self.add_field("partner", self.tr("P&artner:"), self.partner, self.partner.textChanged)
        self.add_field("given_on", self.tr("&Given on:"), self.given_on, self.given_on.dateChanged)
        self.add_field(
            "form_version",
            self.tr("&Form version:"),
            self.form_version,
            self.form_version.textChanged,
        )
        self.resize(560, 220)  # the partner's hint reads in full

    def show_values(self, values: dict[str, Any]) -> None:
        self.purpose.set_code(values.get("purpose"))
        self.partner.setText(values.get("partner") or "")
        given_on = parse_iso(values.get("given_on"))
        if given_on is not None:
            self.given_on.set_value(given_on)
        self.form_version.setText(values.get("form_version") or "")

    def data(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "purpose": self.purpose.code(),
            "partner": self.partner.text().strip() or None,
            "given_on": self.given_on.value(),
            "form_version": self.form_version.text().strip(),
        }
