"""The consultation editor: one conversation with a household, with its follow-up saved in one step.

An existing consultation is edited in the same window (`for_record`): its follow-ups are
edited on their own, so the follow-up group is hidden there.
"""

from datetime import date, timedelta
from typing import Any

from app.domain.cases import Case
from app.domain.casework import Consultation
from app.domain.enums import ConsultationMode, InterpreterMode, Topic
from app.domain.people import Person
from app.services import records
from app.services.consultations import record_consultation
from app.services.listing import display_name
from ui import labels
from ui.context import Context
from ui.drafts import Editor
from ui.editors.consultation_record import changes, load_case, load_consultation, payload_of
from ui.qt import QtWidgets
from ui.tasks import Failure
from ui.widgets.check_list import CheckList
from ui.widgets.colleague_picker import ColleaguePicker
from ui.widgets.combos import CodeCombo, languages
from ui.widgets.dates import DateEdit, iso, parse_iso
from ui.widgets.fields import Field, Problems, chain_tab_order, localized

FOLLOW_UP_DAYS = 14
GERMAN = "deu"  # the counselling language: never the interpreter's
DEFAULT_MINUTES = 45
TOUCHES = ("consultation", "follow_up", "case")
EDIT_TOUCHES = ("consultation",)


class ConsultationEditor(Editor):
    form = "consultation"

    def __init__(
        self, ctx: Context, *, draft_key: str | None = None, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(ctx, draft_key=draft_key, parent=parent)
        self.case_id: str | None = None
        self.case: Case | None = None
        self.members: list[Person] = []
        self.consultation_id: str | None = None  # set when an existing consultation is edited
        self.existing: Consultation | None = None
        self._from_draft = False
        self._wanted_participants: list[str] | None = None
        self._loading = True
        self._saving = False
        self._gone = False
        self.closed.connect(self._forget)
        self._build()
        self._set_title()
        self.resize(920, 640)
        self._loading = False

    @classmethod
    def for_case(cls, ctx: Context, case_id: str) -> "ConsultationEditor":
        editor = cls(ctx)
        editor.set_case(case_id)
        return editor

    @classmethod
    def for_record(cls, ctx: Context, consultation_id: str) -> "ConsultationEditor":
        """An existing consultation, to be changed (without a new follow-up)."""
        editor = cls(ctx)
        editor.set_consultation(consultation_id)
        return editor

    # -- layout ---------------------------------------------------------------------

    def _build(self) -> None:
        self.problems = Problems(QtWidgets.QLabel(self))
        self.held_on = DateEdit(self, latest=date.today())
        self.duration = QtWidgets.QSpinBox(self)
        self.duration.setRange(0, 600)
        self.duration.setSingleStep(5)
        self.duration.setValue(DEFAULT_MINUTES)
        self.duration.setSuffix(self.tr(" min"))
        # Who held it: me unless a colleague did (picked from the team directory).
        self.counsellor = ColleaguePicker(self.ctx, self.ctx.session.actor, self)
        self.mode = CodeCombo(self, choices=labels.choices(ConsultationMode))
        self.interpreter_language = CodeCombo(
            self, choices=languages(), empty=self.tr("(no interpreter)"), searchable=True
        )
        self.interpreter_mode = CodeCombo(
            self, choices=labels.choices(InterpreterMode), empty=self.tr("(no interpreter)")
        )
        self.participants = CheckList(self)
        self.topics = CheckList(self)
        self.topics.set_choices(labels.choices(Topic))
        self.notes = QtWidgets.QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.next_steps = QtWidgets.QPlainTextEdit(self)
        self.next_steps.setTabChangesFocus(True)

        self.follow_up = QtWidgets.QGroupBox(self.tr("&Follow-up"), self)
        self.follow_up.setCheckable(True)
        self.follow_up.setChecked(False)
        self.due_on = DateEdit(
            self.follow_up,
            value=date.today() + timedelta(days=FOLLOW_UP_DAYS),
            earliest=date.today(),
        )
        self.task = QtWidgets.QLineEdit(self.follow_up)
        self.task.setMaxLength(200)
        self.assignee = ColleaguePicker(self.ctx, self.ctx.session.actor, self.follow_up)

        left = QtWidgets.QFormLayout()
        left.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(left, self.tr("&Held on"), "held_on", self.held_on)
        self._row(left, self.tr("D&uration"), "duration_minutes", self.duration)
        self._row(left, self.tr("&Counsellor"), "counsellor", self.counsellor)
        self._row(left, self.tr("&Mode"), "mode", self.mode)
        self._row(
            left,
            self.tr("&Interpreter language"),
            "interpreter_language",
            self.interpreter_language,
        )
        self._row(left, self.tr("Interpreter &attends"), "interpreter_mode", self.interpreter_mode)
        self._row(left, self.tr("&Participants"), "participant_ids", self.participants)
        self._row(left, self.tr("&Topics"), "topics", self.topics)

        follow = QtWidgets.QFormLayout(self.follow_up)
        self._row(follow, self.tr("Du&e on"), "follow_up.due_on", self.due_on)
        self._row(follow, self.tr("Tas&k"), "follow_up.title", self.task)
        self._row(follow, self.tr("Assi&gnee"), "follow_up.assignee", self.assignee)

        right = QtWidgets.QFormLayout()
        # Labels above the text boxes: notes need the width more than a label column does.
        right.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapAllRows)
        self._row(right, self.tr("&Notes"), "notes", self.notes)
        self._row(right, self.tr("Ne&xt steps"), "next_steps", self.next_steps)
        right.addRow(self.follow_up)

        left_column = QtWidgets.QVBoxLayout()
        left_column.addLayout(left)
        left_column.addStretch(1)
        columns = QtWidgets.QHBoxLayout()
        columns.addLayout(left_column, 4)
        columns.addLayout(right, 5)

        self.buttons = QtWidgets.QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setEnabled(False)
        self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close)

        outer = QtWidgets.QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.problems.general)
        outer.addWidget(self.buttons)
        self.participants.fit_rows(6, least=3)
        self.topics.fit_rows(len(Topic))

        order = [
            self.held_on,
            self.duration,
            self.counsellor,
            self.mode,
            self.interpreter_language,
            self.interpreter_mode,
            self.participants,
            self.topics,
            self.notes,
            self.next_steps,
            self.follow_up,
            self.due_on,
            self.task,
            self.assignee,
            self.save_button,
        ]
        chain_tab_order(order)

        for signal in (
            self.held_on.dateChanged,
            self.duration.valueChanged,
            self.counsellor.textChanged,
            self.mode.code_changed,
            self.interpreter_language.code_changed,
            self.interpreter_language.editTextChanged,
            self.interpreter_mode.code_changed,
            self.participants.checked_changed,
            self.topics.checked_changed,
            self.notes.textChanged,
            self.next_steps.textChanged,
            self.follow_up.toggled,
            self.due_on.dateChanged,
            self.task.textChanged,
            self.assignee.textChanged,
        ):
            signal.connect(self.on_input_changed)

    def _row(
        self, form: QtWidgets.QFormLayout, text: str, name: str, widget: QtWidgets.QWidget
    ) -> None:
        label = QtWidgets.QLabel(text, self)
        label.setBuddy(widget)
        widget.setAccessibleName(label.text().replace("&", ""))
        form.addRow(label, self.problems.add(name, Field(widget, self)))

    def _set_title(self) -> None:
        if self.consultation_id is not None and self.case is not None:
            title = self.tr("Edit consultation – {0}").format(self.case.reference)
        elif self.consultation_id is not None:
            title = self.tr("Edit consultation")
        elif self.case is None:
            title = self.tr("Consultation")
        else:
            title = self.tr("Consultation – {0}").format(self.case.reference)
        self.setWindowTitle(title + "[*]")

    def draft_title(self) -> str:
        return self.windowTitle().replace("[*]", "")

    # -- the case and its household -------------------------------------------------

    def set_case(self, case_id: str) -> None:
        self.case_id = case_id
        self.record_id = case_id  # erasing the case discards the draft with it
        self.ctx.session.query(
            lambda store: load_case(store, case_id),
            done=self.on_case_loaded,
            failed=self.on_case_failed,
        )

    def on_case_loaded(self, value: tuple[Case, list[Person]]) -> None:
        if self._gone:
            return
        self.case, self.members = value
        self._set_title()
        wanted = self._wanted_participants
        if wanted is None:
            wanted = [self.case.main_contact_id] if self.case.main_contact_id else []
        self._loading = True
        choices = [(p.id, display_name(p.family_name, p.given_names) or "") for p in self.members]
        self.participants.set_choices(choices, checked=wanted)
        self.participants.fit_rows(6, least=3)
        if self.consultation_id is None and not self._from_draft:
            self._interpreter_from(wanted)
        self._loading = False
        self.save_button.setEnabled(True)

    def _interpreter_from(self, participant_ids: list[str]) -> None:
        """A new consultation with someone who needs an interpreter: their language, in person
        (or remote for a call), as the person's record says; the counsellor changes it if not."""
        if self.interpreter_language.code() or self.interpreter_mode.code():
            return  # already chosen (a draft, or by hand)
        for person in self.members:
            if person.id in participant_ids and person.interpreter_needed:
                spoken = [code for code in person.languages if code != GERMAN]
                if spoken:
                    self.interpreter_language.set_code(spoken[0])
                in_person = self.mode.code() == ConsultationMode.in_person.value
                mode = InterpreterMode.in_person if in_person else InterpreterMode.remote
                self.interpreter_mode.set_code(mode.value)
                return

    def set_consultation(self, consultation_id: str) -> None:
        """Edit an existing consultation: its values arrive from the store (unless a draft's)."""
        self.consultation_id = consultation_id
        self.record_id = consultation_id  # the draft goes with the record it edits
        self.follow_up.setChecked(False)
        self.follow_up.hide()
        self._set_title()
        self.ctx.session.query(
            lambda store: load_consultation(store, consultation_id),
            done=self.on_consultation_loaded,
            failed=self.on_case_failed,
        )

    def on_consultation_loaded(self, value: tuple[Consultation, Case, list[Person]]) -> None:
        if self._gone:
            return
        consultation, case, members = value
        self.existing = consultation
        self.case_id = case.id
        if not self._from_draft:
            self._show_values(payload_of(consultation))
            self._wanted_participants = list(consultation.participant_ids)
        self.on_case_loaded((case, members))

    def on_case_failed(self, failure: Failure) -> None:
        if self._gone:
            return
        self.problems.show_general(
            self.tr("The case could not be opened: {0}").format(localized(failure.message))
        )

    # -- values -------------------------------------------------------------------------

    def on_input_changed(self, *_: object) -> None:
        if not self._loading:
            self.mark_dirty()

    def payload(self) -> dict[str, Any]:
        payload = {
            "case_id": self.case_id,
            "held_on": iso(self.held_on.value()),
            "duration_minutes": self.duration.value(),
            "counsellor": self.counsellor.text(),
            "mode": self.mode.code(),
            "interpreter_language": self.interpreter_language.code(),
            "interpreter_mode": self.interpreter_mode.code(),
            "participant_ids": self._participant_ids(),
            "topics": self.topics.checked(),
            "notes": self.notes.toPlainText(),
            "next_steps": self.next_steps.toPlainText(),
            "follow_up": {
                "enabled": self.follow_up.isChecked(),
                "due_on": iso(self.due_on.value()),
                "title": self.task.text(),
                "assignee": self.assignee.text(),
            },
        }
        if self.consultation_id is not None:
            payload["consultation_id"] = self.consultation_id
        return payload

    def load_payload(self, payload: dict[str, Any]) -> None:
        consultation_id = payload.get("consultation_id")
        self._from_draft = True  # what the draft holds wins over the defaults and the record
        if consultation_id:
            self._show_values(payload)
            if consultation_id != self.consultation_id:
                self.set_consultation(consultation_id)
            return
        self._show_values(payload)
        case_id = payload.get("case_id")
        if case_id and case_id != self.case_id:
            self.set_case(case_id)

    def _show_values(self, payload: dict[str, Any]) -> None:
        self._loading = True
        try:
            held_on = parse_iso(payload.get("held_on"))
            if held_on is not None:
                self.held_on.set_value(held_on)
            self.duration.setValue(int(payload.get("duration_minutes") or 0))
            self.counsellor.setText(payload.get("counsellor") or self.ctx.session.actor)
            self.mode.set_code(payload.get("mode"))
            self.interpreter_language.set_code(payload.get("interpreter_language"))
            self.interpreter_mode.set_code(payload.get("interpreter_mode"))
            self.topics.set_checked(list(payload.get("topics") or []))
            self.notes.setPlainText(payload.get("notes") or "")
            self.next_steps.setPlainText(payload.get("next_steps") or "")
            follow = payload.get("follow_up") or {}
            self.follow_up.setChecked(bool(follow.get("enabled")))
            due_on = parse_iso(follow.get("due_on"))
            if due_on is not None:
                self.due_on.set_value(due_on)
            self.task.setText(follow.get("title") or "")
            self.assignee.setText(follow.get("assignee") or self.ctx.session.actor)
            self._wanted_participants = list(payload.get("participant_ids") or [])
            self.participants.set_checked(self._wanted_participants)
        finally:
            self._loading = False

    def _participant_ids(self) -> list[str]:
        if self.case is None and self._wanted_participants is not None:
            return list(self._wanted_participants)  # the household has not arrived yet
        return self.participants.checked()

    def data(self) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """What record_consultation gets: the consultation and the follow-up, if one is agreed."""
        assert self.case is not None
        site = self.ctx.session.setting.get("site") or self.case.site
        data = {
            "case_id": self.case.id,
            "held_on": self.held_on.value(),
            "duration_minutes": self.duration.value(),
            "counsellor": self.counsellor.text(),
            "site": site,
            "mode": self.mode.code(),
            "interpreter_language": self.interpreter_language.code(),
            "interpreter_mode": self.interpreter_mode.code(),
            "participant_ids": self.participants.checked(),
            "topics": self.topics.checked(),
            "notes": self.notes.toPlainText().strip() or None,
            "next_steps": self.next_steps.toPlainText().strip() or None,
        }
        follow_up = None
        if self.follow_up.isChecked():
            follow_up = {
                "due_on": self.due_on.value(),
                "title": self.task.text(),
                "assignee": self.assignee.text(),
            }
        return data, follow_up

    # -- saving ----------------------------------------------------------------------

    def _check(self) -> bool:
        """What the form can say before asking the store. Rules over several fields (an
        interpreter's language and how they attend) are the domain's, shown at their field."""
        if self.duration.value() < 1:
            self.problems.set("duration_minutes", self.tr("Enter how many minutes it took."))
            self.duration.setFocus()
            return False
        return True

    def save(self) -> None:
        if self._saving or self.case is None:
            return
        self.problems.clear()
        if not self.problems.check_choices() or not self._check():
            return
        if self.consultation_id is not None:
            self._save_changes()
            return
        data, follow_up = self.data()
        self._saving = True
        self.save_button.setEnabled(False)
        self.ctx.session.mutate(
            lambda store: record_consultation(store, data=data, follow_up=follow_up),
            touches=TOUCHES,
            done=self.on_save_done,
            failed=self.on_save_failed,
        )

    def _save_changes(self) -> None:
        if self.existing is None:
            return  # still loading
        existing = self.existing
        patch = changes(existing, self.data()[0])
        if not patch:
            self.finish_saved(existing)
            return
        self._saving = True
        self.save_button.setEnabled(False)
        self.ctx.session.mutate(
            lambda store: records.update(
                store, entity="consultation", record_id=existing.id, patch=patch
            ),
            touches=EDIT_TOUCHES,
            done=self.on_save_done,
            failed=self.on_save_failed,
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
            bug=self.tr(
                "The consultation could not be saved (internal error). Your input is kept."
            ),
            prefixes={"follow_up": "follow_up."},
        )

    def _forget(self) -> None:
        self._gone = True
