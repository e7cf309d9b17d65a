"""Which household a person belongs to (the one they are in, a new one, or kept none), and saving both."""

from ui.editors.person_fields import FieldError
from ui.qt import QtWidgets, Signal

NEW, EXISTING, NONE = "new", "existing", "none"


class HouseholdChoice(QtWidgets.QGroupBox):
    changed = Signal()

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
        self.new_radio.toggled.connect(self.label_edit.setEnabled)
        for radio in (self.existing_radio, self.new_radio, self.none_radio):
            radio.toggled.connect(self.changed)
        self.label_edit.textEdited.connect(self.changed)

        new_row = QtWidgets.QHBoxLayout()
        new_row.addWidget(self.new_radio)
        new_row.addWidget(self.label_edit, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.existing_radio)
        layout.addWidget(self.none_radio)
        layout.addLayout(new_row)
        layout.addWidget(self.error)
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
