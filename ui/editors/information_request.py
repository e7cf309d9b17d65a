"""The editor of an information request: topic, country, asked on, answer due, answered on,
what the answer said, and the file it came as (one of the case's attachments)."""

from datetime import date, timedelta
from typing import Any

from app.domain.cases import Case
from app.domain.returns.codes import InformationTopic
from app.services import records
from app.store.store import Store
from ui.qt import QtWidgets
from ui.return_labels import choices
from ui.widgets.combos import CodeCombo, countries
from ui.widgets.dates import DateEdit, OptionalDateEdit, parse_iso
from ui.widgets.record_editor import RecordEditor

ANSWER_DAYS = 28  # the usual time a ZIRF-style answer takes; the counsellor changes it


def attachment_choices(store: Store, case_id: str, request_id: str | None) -> list[tuple[str, str]]:
    """Files on the case or on the request itself, by name (off the GUI thread)."""
    found = records.find(store, entity="attachment", where={"owner_id": case_id})
    if request_id is not None:
        found += records.find(store, entity="attachment", where={"owner_id": request_id})
    return [(a.id, a.filename) for a in found]  # type: ignore[attr-defined]


class InformationRequestEditor(RecordEditor):
    form = "information_request"
    entity = "information_request"

    def build(self) -> None:
        self.topic = CodeCombo(self, choices=choices(InformationTopic))
        self.country = CodeCombo(self, choices=countries(), searchable=True)
        self.asked_on = DateEdit(self, latest=date.today())
        self.answer_due_on = OptionalDateEdit(self.tr("Answer due"), self)
        self.answered_on = OptionalDateEdit(self.tr("Answered on"), self, latest=date.today())
        self.summary = QtWidgets.QPlainTextEdit(self)
        self.summary.setTabChangesFocus(True)  # Tab leaves the text, keyboard first
        self.attachment = CodeCombo(self, empty=self.tr("(no file)"))
        self._attachment_wanted: str | None = None
        self.attachment.code_changed.connect(self.on_attachment_code_changed)

        self.add_row(self.tr("&Topic"), "topic", self.topic, self.topic.code_changed)
        self.add_row(
            self.tr("&Country"),
            "country",
            self.country,
            self.country.code_changed,
            self.country.editTextChanged,
        )
        self.add_row(self.tr("As&ked on"), "asked_on", self.asked_on, self.asked_on.dateChanged)
        self.add_row(
            self.tr("Answer &due"), "answer_due_on", self.answer_due_on, self.answer_due_on.changed
        )
        self.add_row(
            self.tr("A&nswered on"), "answered_on", self.answered_on, self.answered_on.changed
        )
        self.add_row(self.tr("S&ummary"), "summary", self.summary, self.summary.textChanged)
        self.add_row(
            self.tr("&Attachment"), "attachment_id", self.attachment, self.attachment.code_changed
        )
        self.resize(560, 480)

    def record_title(self, case: Case | None) -> str:
        if case is None:
            return self.tr("Information request")
        return self.tr("Information request – {0}").format(case.reference)

    def defaults(self, case: Case) -> None:
        self.asked_on.set_value(date.today())
        self.answer_due_on.set_value(date.today() + timedelta(days=ANSWER_DAYS))

    def on_loaded(self, value: Any) -> None:
        super().on_loaded(value)
        if self.case is None:
            return
        case_id, request_id = self.case.id, self.existing.id if self.existing else None
        self.ctx.session.query(
            lambda store: attachment_choices(store, case_id, request_id),
            done=self.while_open(self._attachments_arrived),
        )

    def _attachments_arrived(self, found: list[tuple[str, str]]) -> None:
        was_loading, self._loading = self._loading, True
        try:
            self.attachment.set_choices(found)
            self.attachment.set_code(self._attachment_wanted)
        finally:
            self._loading = was_loading

    def on_attachment_code_changed(self) -> None:
        if not self._loading:
            self._attachment_wanted = self.attachment.code()

    def values(self) -> dict[str, Any]:
        return {
            "topic": self.topic.code(),
            "country": self.country.code(),
            "asked_on": self.asked_on.value(),
            "answer_due_on": self.answer_due_on.value(),
            "answered_on": self.answered_on.value(),
            "summary": self.summary.toPlainText().strip() or None,
            "attachment_id": self.attachment.code() or self._attachment_wanted,
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.topic.set_code(values.get("topic"))
        self.country.set_code(values.get("country"))
        asked_on = parse_iso(values.get("asked_on"))
        if asked_on is not None:
            self.asked_on.set_value(asked_on)
        self.answer_due_on.set_value(parse_iso(values.get("answer_due_on")))
        self.answered_on.set_value(parse_iso(values.get("answered_on")))
        self.summary.setPlainText(values.get("summary") or "")
        # The file list arrives after the record: remember which one to choose then.
        self._attachment_wanted = values.get("attachment_id")
        self.attachment.set_code(self._attachment_wanted)

    def check(self) -> bool:
        asked_on = self.asked_on.value()
        for name, field, message in (
            (
                "answer_due_on",
                self.answer_due_on,
                self.tr("The answer cannot be due before the request was made."),
            ),
            (
                "answered_on",
                self.answered_on,
                self.tr("The answer cannot come before the request."),
            ),
        ):
            day = field.value()
            if day is not None and day < asked_on:
                self.problems.set(name, message)
                field.setFocus()
                return False
        return True
