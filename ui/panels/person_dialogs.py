"""Small dialogs of the person view: a vulnerability assessment and a consent."""

from datetime import date
from typing import Any

from app.domain.enums import ConsentPurpose, VulnerabilityCategory
from app.errors import ValidationFailed
from app.services import records
from ui import labels
from ui.context import Context
from ui.qt import Qt, QtWidgets, Signal
from ui.tasks import Failure
from ui.widgets.check_list import CheckList
from ui.widgets.combos import CodeCombo
from ui.widgets.dates import DateEdit
from ui.widgets.fields import Field, Problems, localized


class RecordDialog(QtWidgets.QDialog):
    """Creates one record on Save; stays open with the problems shown next to the fields."""

    entity: str
    saved = Signal(object)

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.general = QtWidgets.QLabel(self)
        self.problems = Problems(self.general)
        self.form = QtWidgets.QFormLayout()
        self.box = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.save_button = self.box.button(QtWidgets.QDialogButtonBox.StandardButton.Save)
        self.box.accepted.connect(self.save)
        self.box.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.general)
        layout.addLayout(self.form)
        layout.addWidget(self.box)

    def add_field(self, name: str, text: str, widget: QtWidgets.QWidget) -> Field:
        field = self.problems.add(name, Field(widget, self))
        label = QtWidgets.QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.form.addRow(label, field)
        return field

    def data(self) -> dict[str, Any]:
        raise NotImplementedError

    def save(self) -> None:
        self.problems.clear()
        data, entity = self.data(), self.entity
        self.save_button.setEnabled(False)
        self.ctx.session.mutate(
            lambda store: records.create(store, entity=entity, data=data),
            touches=(entity,),
            done=self.on_saved,
            failed=self.on_failed,
        )

    def on_saved(self, record: object) -> None:
        self.saved.emit(record)
        self.accept()

    def on_failed(self, failure: Failure) -> None:
        self.save_button.setEnabled(True)
        error = failure.exception
        if isinstance(error, ValidationFailed):
            self.problems.show(error.problems)
        else:
            self.problems.show_general(localized(failure.message))


class VulnerabilityDialog(RecordDialog):
    entity = "vulnerability"

    def __init__(
        self, ctx: Context, person_id: str, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.person_id = person_id
        self.setWindowTitle(self.tr("Vulnerability assessment"))
        self.assessed_on = DateEdit(self, latest=date.today())
        self.categories = CheckList(self)
        self.categories.set_choices(labels.choices(VulnerabilityCategory))
        self.categories.fit_rows(12)
        self.notes = QtWidgets.QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(90)
        self.add_field("assessed_on", self.tr("Assessed &on:"), self.assessed_on)
        self.add_field("categories", self.tr("&Categories:"), self.categories)
        self.add_field("notes", self.tr("&Notes:"), self.notes)

    def data(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "assessed_on": self.assessed_on.value(),
            "assessed_by": self.ctx.session.actor,
            "categories": self.categories.checked(),
            "notes": self.notes.toPlainText().strip() or None,
        }


class ConsentDialog(RecordDialog):
    entity = "consent"

    def __init__(
        self, ctx: Context, person_id: str, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.person_id = person_id
        self.setWindowTitle(self.tr("Record consent"))
        self.purpose = CodeCombo(self, choices=labels.choices(ConsentPurpose))
        self.partner = QtWidgets.QLineEdit(self)
        self.partner.setPlaceholderText(self.tr("Needed for sharing with a partner"))
        self.given_on = DateEdit(self, latest=date.today())
        self.form_version = QtWidgets.QLineEdit(self)
        self.form_version.setPlaceholderText(self.tr("e.g. 2025-01"))
        self.add_field("purpose", self.tr("&Purpose:"), self.purpose)
        self.add_field("partner", self.tr("P&artner:"), self.partner)
        self.add_field("given_on", self.tr("&Given on:"), self.given_on)
        self.add_field("form_version", self.tr("&Form version:"), self.form_version)

    def data(self) -> dict[str, Any]:
        return {
            "person_id": self.person_id,
            "purpose": self.purpose.code(),
            "partner": self.partner.text().strip() or None,
            "given_on": self.given_on.value(),
            "form_version": self.form_version.text().strip(),
        }
