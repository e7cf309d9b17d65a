"""Who travels on an application: the household with a "travels" box and a relationship each."""

from collections.abc import Sequence
from typing import Any, Self

from app.domain.base import Record
from app.domain.cases import Case
from app.domain.people import Person
from app.domain.returns.codes import Relationship, TravellerRole
from app.services import dossier, records
from app.services.listing import display_name
from app.services.returns import travellers as traveller_service
from app.services.returns.common import application_in
from app.store.store import Store
from ui import i18n, return_labels
from ui.context import Context
from ui.qt import Qt, QtWidgets
from ui.widgets.combos import CodeCombo
from ui.widgets.fields import Field, chain_tab_order
from ui.widgets.record_editor import RecordEditor


def member_label(person: Person) -> str:
    name = display_name(person.family_name, person.given_names) or ""
    born = i18n.format_partial_date(person.birth_date)
    return f"{name} ({born})" if born else name


def _form(store: Store, application_id: str) -> dict[str, Any]:
    with store.read() as conn:
        application = application_in(conn, application_id)
        listed = traveller_service.travellers_in(conn, [application_id]).get(application_id, [])
    case = records.get(store, entity="case", record_id=application.case_id, audit=False)
    assert isinstance(case, Case)
    members = dossier.household_members(store, household_id=case.household_id)
    rows = {t.person_id: t for t in listed}
    main = next((t.person_id for t in listed if t.role == TravellerRole.main_applicant), None)
    # No travellers named yet: the application travels as its household (checklist, reports).
    return {
        "members": [[m.id, member_label(m)] for m in members],
        "main_applicant": main or case.main_contact_id or (members[0].id if members else None),
        "travellers": {
            m.id: {
                "travels": rows[m.id].travels if m.id in rows else True,
                "relationship": rows[m.id].relationship if m.id in rows else None,
            }
            for m in members
        },
    }


def _read(store: Store, record: Record) -> dict[str, Any]:
    return _form(store, record.id)


def _write(
    store: Store, *, entity: str, existing_id: str | None, case_id: str, values: dict[str, Any]
) -> Record:
    assert existing_id is not None
    chosen = values["travellers"]
    traveller_service.set_travellers(
        store,
        application_id=existing_id,
        main_applicant_id=values["main_applicant"],
        members={
            person_id: (
                bool(chosen[person_id]["travels"]),
                Relationship(chosen[person_id]["relationship"])
                if chosen[person_id].get("relationship")
                else None,
            )
            for person_id, _ in values["members"]
        },
    )
    return records.get(store, entity="application", record_id=existing_id, audit=False)


class TravellersEditor(RecordEditor):
    """Edits the application's traveller rows; the record it opens is the application."""

    form = "travellers"
    entity = "application"
    read_form = staticmethod(_read)
    write_form = staticmethod(_write)

    @classmethod
    def for_application(cls, ctx: Context, application_id: str) -> Self:
        return cls.for_record(ctx, application_id)

    def build(self) -> None:
        self.members: list[tuple[str, str]] = []
        self.travels: dict[str, QtWidgets.QCheckBox] = {}
        self.relationship: dict[str, CodeCombo] = {}
        self.main_applicant = CodeCombo(self)
        self.hint = QtWidgets.QLabel(
            self.tr("Tick who travels; give each one's relationship to the main applicant."), self
        )
        self.hint.setWordWrap(True)
        self.box = QtWidgets.QWidget(self)
        self.grid = QtWidgets.QGridLayout(self.box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.add_row(
            self.tr("&Main applicant"),
            "main_applicant",
            self.main_applicant,
            self.main_applicant.code_changed,
        )
        self.rows.addRow(self.hint)
        # Not `add_row`: the boxes join the tab order once the household is known, and the
        # label leads to the first of them (a focus proxy on the box broke Tab in Qt 6).
        self.travellers_label = QtWidgets.QLabel(self.tr("&Travellers"), self)
        field = Field(self.box, self)
        field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        field.setFocusProxy(None)  # type: ignore[arg-type]
        self.problems.add("travellers", field)
        self.rows.addRow(self.travellers_label, field)
        self.main_applicant.code_changed.connect(self.on_main_applicant_code_changed)
        self.resize(560, 360)

    def record_title(self, case: Case | None) -> str:
        if case is None:
            return self.tr("Travellers")
        return self.tr("Travellers – {0}").format(case.reference)

    def set_members(self, members: Sequence[Sequence[str]]) -> None:
        """One line per household member; the tab order runs down the lines."""
        for widget in [*self.travels.values(), *self.relationship.values()]:
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.travels.clear()
        self.relationship.clear()
        self.members = [(str(m[0]), str(m[1])) for m in members]
        order: list[QtWidgets.QWidget] = [self.main_applicant]
        for row, (person_id, label) in enumerate(self.members):
            check = QtWidgets.QCheckBox(label, self.box)
            check.setObjectName(f"travels_{row}")
            check.setAccessibleName(self.tr("{0} travels").format(label))
            check.setChecked(True)
            check.toggled.connect(self.on_input_changed)
            combo = CodeCombo(
                self.box,
                choices=return_labels.choices(Relationship),
                empty=self.tr("(relationship)"),
            )
            combo.setAccessibleName(self.tr("Relationship of {0}").format(label))
            combo.code_changed.connect(self.on_input_changed)
            self.grid.addWidget(check, row, 0)
            self.grid.addWidget(combo, row, 1)
            check.show()  # now, not when the layout's queued show comes: Tab must find them
            combo.show()
            self.travels[person_id] = check
            self.relationship[person_id] = combo
            order += [check, combo]
        chain_tab_order([*order, self.save_button])
        first = next(iter(self.travels.values()), None)
        if first is not None:
            self.travellers_label.setBuddy(first)
        self.main_applicant.set_choices(self.members)
        self.on_main_applicant_code_changed()

    def on_main_applicant_code_changed(self) -> None:
        main = self.main_applicant.code()
        for person_id, combo in self.relationship.items():
            # The main applicant has no relationship to themselves (the domain's rule).
            combo.setEnabled(person_id != main)
            if person_id == main:
                combo.set_code(None)

    def values(self) -> dict[str, Any]:
        return {
            "members": [list(m) for m in self.members],
            "main_applicant": self.main_applicant.code(),
            "travellers": {
                person_id: {
                    "travels": self.travels[person_id].isChecked(),
                    "relationship": self.relationship[person_id].code(),
                }
                for person_id, _ in self.members
            },
        }

    def set_values(self, values: dict[str, Any]) -> None:
        if values.get("members") is not None:
            self.set_members(values["members"])
        self.main_applicant.set_code(values.get("main_applicant"))
        for person_id, chosen in dict(values.get("travellers") or {}).items():
            if person_id in self.travels:
                self.travels[person_id].setChecked(bool(chosen.get("travels")))
                self.relationship[person_id].set_code(chosen.get("relationship"))
        self.on_main_applicant_code_changed()

    def check(self) -> bool:
        main = self.main_applicant.code()
        if main is None:
            self.problems.set("main_applicant", self.tr("Choose the main applicant."))
            self.main_applicant.setFocus()
            return False
        if not any(check.isChecked() for check in self.travels.values()):
            self.problems.set("travellers", self.tr("Tick at least one person who travels."))
            return False
        return True
