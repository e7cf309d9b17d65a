"""The person form: create or edit a person, in an existing household or a new one, kept as a draft."""

from typing import Any, ClassVar

from app.domain.enums import HouseholdRelation, ResidenceStatus, Sex
from app.domain.people import Household, Person
from app.errors import ValidationFailed
from app.services import records
from app.services.duplicates import Candidate
from app.services.households import NewMember, new_member
from app.services.persons import save_person
from app.store.store import Store
from ui import labels, reference_labels
from ui.context import Context
from ui.drafts import Editor
from ui.duplicate_check import check_for
from ui.editors.person_fields import CodeCombo, CodeList, FieldError, parse_birth_date
from ui.editors.person_household import EXISTING, NEW, NONE, HouseholdChoice, household_hits
from ui.editors.person_matches import MatchList
from ui.qt import Qt, QtCore, QtWidgets
from ui.tasks import Failure
from ui.widgets.fields import localized
from ui.widgets.record_picker import RecordPicker, open_picker

# The check at intake runs once typing pauses this long: soon enough to be seen before the
# next field, late enough not to run on every key of a fast typist.
CHECK_DELAY_MS = 200
# A new member shares the family name with the household they join: a member shows as a
# possible match only when the names are alike beyond that (the lead's list starts at 75) or
# the file number or phone is the same. Else every sibling would ask "save anyway?".
MEMBER_SCORE = 75


def _load(store: Store, person_id: str) -> tuple[Person, Household | None]:
    person = records.get(store, entity="person", record_id=person_id, audit=False)
    assert isinstance(person, Person)
    household = None
    if person.household_id:
        found = records.get(store, entity="household", record_id=person.household_id, audit=False)
        assert isinstance(found, Household)
        household = found
    return person, household


class PersonEditor(Editor):
    form: ClassVar[str] = "person"

    def __init__(
        self, ctx: Context, *, draft_key: str | None = None, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(ctx, draft_key=draft_key, parent=parent)
        self._filling = False
        self._join: tuple[str, str] | None = None
        self.picker: RecordPicker | None = None
        self.setWindowTitle(self.tr("New person[*]"))
        self.errors: dict[str, FieldError] = {}
        self.duplicates = check_for(ctx.session)
        self.duplicates.ready.connect(self._on_duplicates_ready)
        self._check_timer = QtCore.QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.run_duplicate_check)
        self._check_waiting = False  # a check asked before the index arrived
        self._save_waiting = False  # a save asked before the index arrived
        self._confirmed: set[str] = set()  # matches the counsellor saved past ("save anyway")
        self._members: frozenset[str] = frozenset()  # of the household a new member joins
        self.duplicate_question: QtWidgets.QMessageBox | None = None
        self._build()
        self._watch_changes()

    @classmethod
    def for_new(
        cls, ctx: Context, household_id: str | None = None, *, like: str | None = None
    ) -> "PersonEditor":
        """A new person; with `household_id` a new member of that household, starting with the
        family's name, nationality, languages and return country (from `like`, else the head)."""
        editor = cls(ctx)
        # The index is built while the first fields are typed, so the first check finds it.
        editor.duplicates.ensure()
        if household_id is None:
            # Who starts a new household is usually its head; a click changes it. A default,
            # not a change: the untouched form still closes without asking.
            editor._filling = True
            editor.household.relationship.set_code(HouseholdRelation.head.value)
            editor._filling = False
        else:
            editor.setEnabled(False)
            ctx.session.query(
                lambda store: new_member(store, household_id=household_id, like=like),
                done=editor.while_open(editor._household_arrived),
                failed=editor.while_open(editor.on_save_failed),
            )
        return editor

    @classmethod
    def for_person(
        cls, ctx: Context, person_id: str, *, join: tuple[str, str] | None = None
    ) -> "PersonEditor":
        """Edit a person; with `join` (household id, label) set to join that household (a move,
        or adding someone already on file to a family), saved as any change is."""
        editor = cls(ctx)
        editor._join = join
        editor.record_id = person_id
        editor.setWindowTitle(QtCore.QCoreApplication.translate("PersonEditor", "Edit person[*]"))
        editor.setEnabled(False)  # until the record arrives
        ctx.session.query(
            lambda store: _load(store, person_id),
            done=editor.while_open(editor._record_arrived),
            failed=editor.while_open(editor.on_save_failed),
        )
        return editor

    # -- form ------------------------------------------------------------------------

    def _build(self) -> None:
        self.family_name = QtWidgets.QLineEdit(self)
        self.given_names = QtWidgets.QLineEdit(self)
        self.aliases = QtWidgets.QLineEdit(self)
        self.aliases.setPlaceholderText(self.tr("Other spellings, separated by commas"))
        self.sex = CodeCombo(labels.choices(Sex), optional=False, editable=False, parent=self)
        self.sex.set_code(Sex.unknown.value)
        self.birth_date = QtWidgets.QLineEdit(self)
        # As the app shows dates (04.03.1987 in German), not as it stores them (1987-03-04).
        self.birth_date.setPlaceholderText(self.tr("DD/MM/YYYY, MM/YYYY or YYYY"))
        self.birth_date_estimated = QtWidgets.QCheckBox(self.tr("es&timated"), self)
        countries = reference_labels.countries()
        self.nationality = CodeCombo(countries, optional=True, editable=True, parent=self)
        self.return_country = CodeCombo(countries, optional=True, editable=True, parent=self)
        self.languages = CodeList(reference_labels.languages(), self)
        self.interpreter_needed = QtWidgets.QCheckBox(self.tr("&Interpreter needed"), self)
        self.residence_status = CodeCombo(
            labels.choices(ResidenceStatus), optional=False, editable=False, parent=self
        )
        self.residence_status.set_code(ResidenceStatus.unknown.value)
        self.authority_file_number = QtWidgets.QLineEdit(self)
        self.phone = QtWidgets.QLineEdit(self)
        self.site = CodeCombo(reference_labels.sites(), optional=True, editable=True, parent=self)
        self.site.set_code(self.ctx.session.setting.get("site") or None)

        self.household = HouseholdChoice(self)
        self.errors["household_label"] = self.household.error

        form = QtWidgets.QFormLayout()
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        birth = QtWidgets.QHBoxLayout()
        birth.addWidget(self.birth_date, 1)
        birth.addWidget(self.birth_date_estimated)
        rows: list[tuple[str, str, QtWidgets.QWidget, QtWidgets.QLayout | None]] = [
            ("family_name", self.tr("&Family name:"), self.family_name, None),
            ("given_names", self.tr("&Given names:"), self.given_names, None),
            ("aliases", self.tr("&Aliases:"), self.aliases, None),
            ("sex", self.tr("Se&x:"), self.sex, None),
            ("birth_date", self.tr("&Born:"), self.birth_date, birth),
            ("nationality", self.tr("Nationalit&y:"), self.nationality, None),
            ("return_country", self.tr("&Return country:"), self.return_country, None),
            ("languages", self.tr("&Languages:"), self.languages, None),
            ("interpreter_needed", "", self.interpreter_needed, None),
            ("residence_status", self.tr("Residen&ce status:"), self.residence_status, None),
            (
                "authority_file_number",
                self.tr("A&uthority file no.:"),
                self.authority_file_number,
                None,
            ),
            ("phone", self.tr("&Phone:"), self.phone, None),
            ("site", self.tr("Si&te:"), self.site, None),
        ]
        for name, text, widget, layout in rows:
            self._add_row(form, name, text, widget, layout)

        self.general_error = FieldError(self, self)
        self.save_button = QtWidgets.QPushButton(self.tr("&Save"), self)
        # The main button's look, as in every form; Enter in a field still never presses it
        # (drafts.Editor swallows it).
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        cancel = QtWidgets.QPushButton(self.tr("Cancel"), self)
        cancel.clicked.connect(self.close)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        scroll_body = QtWidgets.QWidget(self)
        body = QtWidgets.QVBoxLayout(scroll_body)
        body.addLayout(form)
        body.addWidget(self.household)
        body.addStretch(1)
        scroll = QtWidgets.QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setWidget(scroll_body)
        outer = QtWidgets.QVBoxLayout(self)
        outer.addWidget(self.general_error)
        outer.addWidget(scroll, 1)
        self.matches = MatchList(self)
        self.matches.open_requested.connect(self.ctx.navigator.show_person)
        outer.addWidget(self.matches)
        outer.addLayout(buttons)
        self.resize(600, 680)  # fits 1366x768 at 100 % and, scrolling, at 150 %

    def _add_row(
        self,
        form: QtWidgets.QFormLayout,
        name: str,
        text: str,
        widget: QtWidgets.QWidget,
        layout: QtWidgets.QLayout | None,
    ) -> None:
        error = FieldError(widget, self)
        self.errors[name] = error
        cell = QtWidgets.QVBoxLayout()
        cell.setSpacing(2)
        if layout is not None:
            cell.addLayout(layout)
        elif isinstance(widget, QtWidgets.QComboBox):
            # Its own width, also while the message below it takes the whole column.
            cell.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            cell.addWidget(widget)
        cell.addWidget(error)
        if text:
            label = QtWidgets.QLabel(text, self)
            label.setBuddy(widget.picker if isinstance(widget, CodeList) else widget)
            widget.setAccessibleName(label.text().replace("&", "").rstrip(":"))
            form.addRow(label, cell)
        else:
            form.addRow("", cell)

    def _watch_changes(self) -> None:
        for edit in (
            self.family_name,
            self.given_names,
            self.aliases,
            self.birth_date,
            self.authority_file_number,
            self.phone,
        ):
            edit.textEdited.connect(self._edited)
        for combo in (
            self.sex,
            self.nationality,
            self.return_country,
            self.residence_status,
            self.site,
        ):
            combo.currentTextChanged.connect(self._edited)
        for check in (
            self.birth_date_estimated,
            self.interpreter_needed,
        ):
            check.toggled.connect(self._edited)
        self.languages.changed.connect(self._edited)
        self.household.changed.connect(self._edited)
        self.household.join_requested.connect(self.on_household_join_requested)
        # What the check at intake compares (app/services/duplicates.py).
        for edit in (
            self.family_name,
            self.given_names,
            self.aliases,
            self.birth_date,
            self.authority_file_number,
            self.phone,
        ):
            edit.textChanged.connect(self._check_soon)
        self.nationality.currentTextChanged.connect(self._check_soon)

    def _edited(self, *_: object) -> None:
        if not self._filling:
            self.mark_dirty()

    # -- arriving records ------------------------------------------------------------------

    def _household_arrived(self, member: NewMember) -> None:
        household, prefill = member.household, member.prefill
        self._members = member.member_ids
        self.setEnabled(True)
        self._filling = True
        self.household.set_household(household.id, household.label)
        self.site.set_code(household.site or self.site.code())
        self.family_name.setText(prefill.get("family_name") or "")
        self.nationality.set_code(prefill.get("nationality"))
        self.return_country.set_code(prefill.get("return_country"))
        self.languages.set_codes(list(prefill.get("languages") or []))
        self.setWindowTitle(self.tr("New member of {0}[*]").format(household.label))
        self._filling = False
        self.given_names.setFocus()  # the family name is there already

    def on_household_join_requested(self) -> None:
        self.picker = open_picker(
            self.ctx,
            self,
            title=self.tr("Join a household"),
            prompt=self.tr("&Household label or a member's name:"),
            search=household_hits,
            chosen=self._join_household,
        )

    def _join_household(self, household_id: str, label: str) -> None:
        self.household.set_household(household_id, label, EXISTING)
        self.household.existing_radio.setFocus()
        self.mark_dirty()

    def _record_arrived(self, loaded: tuple[Person, Household | None]) -> None:
        person, household = loaded
        self.setEnabled(True)
        data = person.model_dump(mode="json")
        data["household_label"] = household.label if household else ""
        data["household_mode"] = EXISTING if household else NONE
        self.load_payload(data)
        self.setWindowTitle(self.tr("Edit person: {0}[*]").format(person.family_name))
        if self._join is not None:
            self._join_household(*self._join)

    # -- drafts --------------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        mode = self.household.mode()
        return {
            "family_name": self.family_name.text(),
            "given_names": self.given_names.text(),
            "aliases": self.aliases.text(),
            "sex": self.sex.code(),
            "birth_date": self.birth_date.text(),
            "birth_date_estimated": self.birth_date_estimated.isChecked(),
            "nationality": self.nationality.code(),
            "return_country": self.return_country.code(),
            "languages": self.languages.codes(),
            "interpreter_needed": self.interpreter_needed.isChecked(),
            "residence_status": self.residence_status.code(),
            "authority_file_number": self.authority_file_number.text(),
            "phone": self.phone.text(),
            "site": self.site.code(),
            "household_id": self.household.household_id,
            "household_mode": mode,
            "household_label": self.household.existing_label if mode == EXISTING else "",
            "new_household_label": self.household.new_label(),
            "relationship": self.household.relationship.code(),
        }

    def load_payload(self, payload: dict[str, Any]) -> None:
        self._filling = True
        try:
            self.family_name.setText(payload.get("family_name") or "")
            self.given_names.setText(payload.get("given_names") or "")
            aliases = payload.get("aliases") or ""
            self.aliases.setText(", ".join(aliases) if isinstance(aliases, list) else aliases)
            self.sex.set_code(payload.get("sex") or Sex.unknown.value)
            self.birth_date.setText(payload.get("birth_date") or "")
            self.birth_date_estimated.setChecked(bool(payload.get("birth_date_estimated")))
            self.nationality.set_code(payload.get("nationality"))
            self.return_country.set_code(payload.get("return_country"))
            self.languages.set_codes(list(payload.get("languages") or []))
            self.interpreter_needed.setChecked(bool(payload.get("interpreter_needed")))
            self.residence_status.set_code(
                payload.get("residence_status") or ResidenceStatus.unknown.value
            )
            self.authority_file_number.setText(payload.get("authority_file_number") or "")
            self.phone.setText(payload.get("phone") or "")
            self.site.set_code(payload.get("site"))
            if self.record_id is not None:
                self.setWindowTitle(self.tr("Edit person[*]"))
            self.household.set_new_label(payload.get("new_household_label") or "")
            relationship = self.household.relationship
            if payload.get("relationship"):
                relationship.set_code(payload["relationship"])
            else:
                relationship.setCurrentIndex(0)  # not known
            self.household.set_household(
                payload.get("household_id"),
                payload.get("household_label") or "",
                payload.get("household_mode"),
            )
        finally:
            self._filling = False
        self._check_soon()

    def draft_title(self) -> str:
        name = ", ".join(p for p in (self.family_name.text(), self.given_names.text()) if p)
        return self.tr("Person: {0}").format(name) if name else self.tr("New person")

    # -- the check at intake -----------------------------------------------------------------

    def _check_soon(self, *_: object) -> None:
        if self.record_id is None:
            self._check_timer.start()

    def _typed(self) -> Candidate:
        try:
            birth = parse_birth_date(self.birth_date.text())
        except ValueError:
            birth = None
        return Candidate.of(
            {
                "family_name": self.family_name.text().strip(),
                "given_names": self.given_names.text().strip(),
                "aliases": [a.strip() for a in self.aliases.text().split(",") if a.strip()],
                "birth_date": birth,
                "nationality": self.nationality.code(),
                "authority_file_number": self.authority_file_number.text(),
                "phone": self.phone.text(),
            }
        )

    def run_duplicate_check(self) -> bool:
        """Show the likely matches of what is typed; False while the index is still being built."""
        self._check_timer.stop()
        if self.record_id is not None:
            self.matches.show_matches([])
            return True
        found = self.duplicates.matches(self._typed())
        self._check_waiting = found is None
        if found is None:
            return False
        self.matches.show_matches(
            [
                (match, person)
                for match, person in found
                if match.person_id not in self._members
                or match.score >= MEMBER_SCORE
                or {"file_number", "phone"} & set(match.reasons)
            ]
        )
        return True

    def _on_duplicates_ready(self) -> None:
        if not self.is_open():
            return
        if self._check_waiting:
            self.run_duplicate_check()
        if self._save_waiting:
            self._save_waiting = False
            self.save()

    def _ask_save_anyway(self, data: dict[str, Any], shown: list[str]) -> None:
        box = QtWidgets.QMessageBox(self)
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Possibly already on file"))
        box.setText(
            self.tr(
                "This person may already be on file (see the possible matches below the "
                "form). Save anyway as a new person?"
            )
        )
        anyway = box.addButton(
            self.tr("Save as &new person"), QtWidgets.QMessageBox.ButtonRole.AcceptRole
        )
        cancel = box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        # Saving a second record of one person is the choice that must be made on purpose.
        box.setDefaultButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            self.duplicate_question = None
            if not self.is_open():
                return
            if box.clickedButton() is anyway:
                self._confirmed.update(shown)
                self._submit(data, despite=shown)
            else:
                self.matches.table.setFocus()

        box.finished.connect(answered)
        self.duplicate_question = box
        box.open()

    # -- saving ----------------------------------------------------------------------------

    def _record_data(self) -> dict[str, Any] | None:
        """The fields as the domain takes them; None after showing what must be fixed first."""
        problems: dict[str, str] = {}
        try:
            birth_date = parse_birth_date(self.birth_date.text())
        except ValueError:
            birth_date = None
            problems["birth_date"] = self.tr("Enter a year, year-month or a full date")
        for name, combo in (
            ("nationality", self.nationality),
            ("return_country", self.return_country),
            ("site", self.site),
        ):
            combo.settle_typed_text()
            if not combo.is_valid():
                problems[name] = self.tr("Choose an entry from the list")
        if self.languages.pending_text():
            problems["languages"] = self.tr("Add the language with Enter, or clear the field")
        if problems:
            self.show_problems(problems)
            return None

        def text(edit: QtWidgets.QLineEdit) -> str | None:
            return edit.text().strip() or None

        data: dict[str, Any] = {
            "family_name": self.family_name.text().strip(),
            "given_names": text(self.given_names),
            "aliases": [a.strip() for a in self.aliases.text().split(",") if a.strip()],
            "sex": self.sex.code(),
            "birth_date": birth_date,
            "birth_date_estimated": self.birth_date_estimated.isChecked(),
            "nationality": self.nationality.code(),
            "return_country": self.return_country.code(),
            "languages": self.languages.codes(),
            "interpreter_needed": self.interpreter_needed.isChecked(),
            "residence_status": self.residence_status.code(),
            "authority_file_number": text(self.authority_file_number),
            "phone": text(self.phone),
            "site": self.site.code(),
            "relationship": self.household.relationship.code(),
        }
        if self.household.mode() == NONE:
            data["household_id"] = None
        elif self.household.mode() == EXISTING:
            data["household_id"] = self.household.household_id
        return data

    def save(self) -> None:
        self.clear_problems()
        data = self._record_data()
        if data is None or self.duplicate_question is not None:
            return
        if self.record_id is None:
            if not self.run_duplicate_check():
                self._save_waiting = True  # asked again once the index is there
                return
            shown = self.matches.ids()
            if any(person_id not in self._confirmed for person_id in shown):
                self._ask_save_anyway(data, shown)
                return
            self._submit(data, despite=shown)
        else:
            self._submit(data, despite=[])

    def _submit(self, data: dict[str, Any], *, despite: list[str]) -> None:
        new_household = None
        if self.household.mode() == NEW:
            label = self.household.new_label().strip() or data["family_name"]
            new_household = {"label": label, "site": data["site"]}
        person_id = self.record_id
        self.save_button.setEnabled(False)
        self.ctx.session.mutate(
            lambda store: save_person(
                store,
                person_id=person_id,
                data=data,
                new_household=new_household,
                despite=despite,
            ),
            touches=("person", "household"),
            done=self.while_open(self.on_save_done),
            failed=self.while_open(self.on_save_failed),
        )

    def on_save_done(self, person: Person) -> None:
        self.save_button.setEnabled(True)
        self.record_id = person.id
        self.finish_saved(person)

    def on_save_failed(self, failure: Failure) -> None:
        self.setEnabled(True)
        self.save_button.setEnabled(True)
        error = failure.exception
        if isinstance(error, ValidationFailed):
            problems = dict(error.problems)
            if error.entity == "household" and "label" in problems:
                problems["household_label"] = problems.pop("label")
            self.show_problems(problems)
        else:
            self.general_error.show_message(localized(failure.message))

    def show_problems(self, problems: dict[str, str]) -> None:
        rest = []
        first: QtWidgets.QWidget | None = None
        for name, message in problems.items():
            error = self.errors.get(name.split(".")[0])
            if error is None:
                rest.append(localized(message))
                continue
            error.show_message(localized(message))
            first = first or error.field
        if rest:
            self.general_error.show_message("\n".join(rest))
        if first is not None:
            first.setFocus()

    def clear_problems(self) -> None:
        for error in self.errors.values():
            error.clear_message()
        self.general_error.clear_message()
