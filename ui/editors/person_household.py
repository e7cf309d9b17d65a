"""Which household a person belongs to (the one they are in, another one to join, a new one, or
kept none) and how they are related to its head."""

from app.domain.enums import HouseholdRelation
from app.services.households import find_households
from app.store.store import Store
from ui import labels
from ui.editors.person_fields import CodeCombo, FieldError
from ui.qt import QtWidgets, Signal

NEW, EXISTING, NONE = "new", "existing", "none"


class HouseholdChoice(QtWidgets.QGroupBox):
    changed = Signal()
    join_requested = Signal()  # the form opens the household search (it holds the session)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Household"))
        self.household_id: str | None = None
        self.existing_label = ""
        self.existing_radio = QtWidgets.QRadioButton(self)
        self.new_radio = QtWidgets.QRadioButton(self.tr("&New household"), self)
        self.none_radio = QtWidgets.QRadioButton(self.tr("No &household"), self)
        self.label_edit = QtWidgets.QLineEdit(self)
        self.label_edit.setAccessibleName(self.tr("Label of the new household"))
        self.label_edit.setPlaceholderText(self.tr("e.g. the family name"))
        self.error = FieldError(self.label_edit, self)
        # Joining an existing household is also how a person moves from one to another.
        self.join_button = QtWidgets.QPushButton(self.tr("&Join a household…"), self)
        self.join_button.setToolTip(self.tr("Find an existing household by its label or a member"))
        self.join_button.clicked.connect(self.join_requested)
        self.relationship = CodeCombo(
            labels.choices(HouseholdRelation), optional=True, editable=False, parent=self
        )
        relationship_label = QtWidgets.QLabel(self.tr("Relationship to the hea&d:"), self)
        relationship_label.setBuddy(self.relationship)
        self.relationship.setAccessibleName(self.tr("Relationship to the head of household"))
        self.relationship.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.new_radio.toggled.connect(self.label_edit.setEnabled)
        for radio in (self.existing_radio, self.new_radio, self.none_radio):
            radio.toggled.connect(self.changed)
        self.label_edit.textEdited.connect(self.changed)

        new_row = QtWidgets.QHBoxLayout()
        new_row.addWidget(self.new_radio)
        new_row.addWidget(self.label_edit, 1)
        existing_row = QtWidgets.QHBoxLayout()
        existing_row.addWidget(self.existing_radio, 1)
        existing_row.addWidget(self.join_button)
        relationship_row = QtWidgets.QHBoxLayout()
        relationship_row.addWidget(relationship_label)
        relationship_row.addWidget(self.relationship)
        relationship_row.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(existing_row)
        layout.addWidget(self.none_radio)
        layout.addLayout(new_row)
        layout.addWidget(self.error)
        layout.addLayout(relationship_row)
        self.set_household(None, "")

    def set_household(self, household_id: str | None, label: str, mode: str | None = None) -> None:
        self.household_id, self.existing_label = household_id, label
        self.existing_radio.setText(self.tr("&Existing household: {0}").format(label))
        self.existing_radio.setVisible(household_id is not None)
        mode = mode or (EXISTING if household_id else NEW)
        if mode == EXISTING and household_id is None:
            mode = NEW
        # "No household" is offered only to keep a person who has none (e.g. imported) as is.
        self.none_radio.setVisible(mode == NONE)
        radio = {EXISTING: self.existing_radio, NEW: self.new_radio, NONE: self.none_radio}[mode]
        radio.setChecked(True)
        self.label_edit.setEnabled(mode == NEW)

    def mode(self) -> str:
        if self.existing_radio.isChecked() and self.household_id:
            return EXISTING
        return NONE if self.none_radio.isChecked() else NEW

    def new_label(self) -> str:
        return self.label_edit.text()

    def set_new_label(self, text: str) -> None:
        self.label_edit.setText(text)


def household_hits(store: Store, text: str) -> list[tuple[str, str, str]]:
    """Households to join, as the household search lists them: label, then its members."""
    hits = []
    for found in find_households(store, text=text):
        shown = "; ".join(found.members[:_MEMBERS_SHOWN])
        if len(found.members) > _MEMBERS_SHOWN:
            shown += "; …"
        hits.append((found.id, f"{found.label} ({shown})" if shown else found.label, found.label))
    return hits


_MEMBERS_SHOWN = 4
