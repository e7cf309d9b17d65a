"""The sustainability assessment at 6 or 12 months: the questionnaire's questions, taken from
resources/reintegration/sustainability.toml and shown per dimension, each with its answers.

The scores per dimension and the result are computed by services/returns/sustainability.py
when it is saved, never typed; the questionnaire's version is kept with the answers.
"""

from datetime import date
from html import escape
from typing import Any

from app.domain.base import Record
from app.domain.cases import Case
from app.domain.returns.codes import Checkpoint, Dimension
from app.domain.sustainability import Question, default_questionnaire
from app.services import dossier, records
from app.services.listing import display_name
from app.services.returns import sustainability
from app.store.store import Store
from ui.qt import QtWidgets
from ui.reference_labels import display_language
from ui.return_labels import choices, code_label
from ui.widgets.combos import CodeCombo
from ui.widgets.dates import DateEdit, parse_iso
from ui.widgets.record_editor import RecordEditor


def write_assessment(
    store: Store, *, entity: str, existing_id: str | None, case_id: str, values: dict[str, Any]
) -> Record:
    answers = {k: v for k, v in values["answers"].items() if v}
    if existing_id is None:
        return sustainability.record_assessment(
            store,
            case_id=case_id,
            person_id=values["person_id"],
            plan_id=values.get("plan_id"),
            checkpoint=Checkpoint(values["checkpoint"]),
            assessed_on=values["assessed_on"],
            answers=answers,
        )
    # Changed answers are scored again with today's questionnaire, whose version it then keeps.
    questionnaire = default_questionnaire()
    sustainability.check_answers(answers, questionnaire)
    scores, result = sustainability.score(answers, questionnaire)
    patch = {
        "person_id": values["person_id"],
        "checkpoint": values["checkpoint"],
        "assessed_on": values["assessed_on"],
        "answers": answers,
        "questionnaire": questionnaire.version,
        "scores": scores,
        "result": result,
    }
    return records.update(store, entity=entity, record_id=existing_id, patch=patch)


def household(store: Store, case: Case) -> list[tuple[str, str]]:
    return [
        (p.id, display_name(p.family_name, p.given_names) or p.id)
        for p in dossier.household_members(store, household_id=case.household_id)
    ]


class SustainabilityEditor(RecordEditor):
    form = "sustainability_assessment"
    entity = "sustainability_assessment"
    write_form = staticmethod(write_assessment)
    plan_id: str | None = None

    def build(self) -> None:
        self.questionnaire = default_questionnaire()
        self.person = CodeCombo(self)
        self.checkpoint = CodeCombo(self, choices=choices(Checkpoint))
        self.assessed_on = DateEdit(self, latest=date.today())
        self._person_wanted: str | None = None
        self.add_row(self.tr("&Person"), "person_id", self.person, self.person.code_changed)
        self.person.code_changed.connect(self.on_person_code_changed)
        self.add_row(self.tr("&When"), "checkpoint", self.checkpoint, self.checkpoint.code_changed)
        self.add_row(
            self.tr("&Assessed on"), "assessed_on", self.assessed_on, self.assessed_on.dateChanged
        )
        self.answers: dict[str, CodeCombo] = {}
        de = display_language() == "de"
        for dimension in Dimension:
            name = code_label(Dimension, dimension.value)  # "economic" in a list, a heading here
            heading = QtWidgets.QLabel(f"<b>{escape(name[:1].upper() + name[1:])}</b>", self)
            self.rows.addRow(heading)
            for question in self.questionnaire.question:
                if question.dimension == dimension:
                    self._add_question(question, de)
        self.resize(640, 640)

    def _add_question(self, question: Question, de: bool) -> None:
        combo = CodeCombo(
            self,
            choices=[(o.code, o.label_de if de else o.label_en) for o in question.options],
            empty=self.tr("(not answered)"),
        )
        self.answers[question.code] = combo
        field = self.add_row(
            question.text_de if de else question.text_en,
            f"answers.{question.code}",
            combo,
            combo.code_changed,
        )
        field.setToolTip(question.text_de if de else question.text_en)

    def record_title(self, case: Case | None) -> str:
        if case is None:
            return self.tr("Sustainability assessment")
        return self.tr("Sustainability assessment – {0}").format(case.reference)

    @classmethod
    def for_plan(cls, ctx: Any, case_id: str, plan_id: str | None) -> "SustainabilityEditor":
        editor = cls(ctx)
        editor.plan_id = plan_id
        editor.load_record(case_id=case_id)
        return editor

    def on_person_code_changed(self) -> None:
        if not self._loading:
            self._person_wanted = self.person.code()

    def on_loaded(self, value: Any) -> None:
        super().on_loaded(value)
        case = self.case
        if case is not None:
            self.ctx.session.query(
                lambda store: household(store, case), done=self.while_open(self._persons_arrived)
            )

    def _persons_arrived(self, persons: list[tuple[str, str]]) -> None:
        was_loading, self._loading = self._loading, True
        try:
            self.person.set_choices(persons)
            if self._person_wanted is None and self.case is not None:
                self._person_wanted = self.case.main_contact_id
            self.person.set_code(self._person_wanted)
        finally:
            self._loading = was_loading

    def values(self) -> dict[str, Any]:
        return {
            "plan_id": self.plan_id,
            "person_id": self.person.code() or self._person_wanted,
            "checkpoint": self.checkpoint.code(),
            "assessed_on": self.assessed_on.value(),
            "answers": {code: combo.code() for code, combo in self.answers.items()},
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.plan_id = values.get("plan_id", self.plan_id)
        self._person_wanted = values.get("person_id")
        self.person.set_code(self._person_wanted)
        self.checkpoint.set_code(values.get("checkpoint"))
        assessed_on = parse_iso(values.get("assessed_on"))
        if assessed_on is not None:
            self.assessed_on.set_value(assessed_on)
        answers = values.get("answers") or {}
        for code, combo in self.answers.items():
            combo.set_code(answers.get(code))

    def check(self) -> bool:
        if not (self.person.code() or self._person_wanted):
            self.problems.set("person_id", self.tr("Choose the person."))
            self.person.setFocus()
            return False
        if not any(combo.code() for combo in self.answers.values()):
            first = next(iter(self.answers))
            self.problems.set(f"answers.{first}", self.tr("Answer at least one question."))
            self.answers[first].setFocus()
            return False
        return True
