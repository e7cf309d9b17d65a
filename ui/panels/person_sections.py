"""Person view sections about the person: personal data, household, vulnerabilities, consents, audit."""

from collections.abc import Sequence
from datetime import date

from app.domain.people import Consent
from app.services import listing, records
from app.services.dossier import PersonDossier
from app.services.listing import display_name
from app.store.store import Store
from ui import i18n, labels
from ui.context import Context
from ui.i18n import format_date, format_datetime
from ui.panels.person_merge import MergeAction
from ui.qt import Qt, QtCore, QtWidgets, Signal
from ui.reference_labels import country_name, language_name, site_name
from ui.tasks import Failure
from ui.widgets import columns
from ui.widgets.fields import localized

ID_ROLE = Qt.ItemDataRole.UserRole
PREVIEW_CHARS = 90


# -- helpers shared by the sections ---------------------------------------------------------


def make_table(
    parent: QtWidgets.QWidget, name: str, headers: Sequence[str], widths: Sequence[int] = ()
) -> QtWidgets.QTableWidget:
    """A read-only, row-selecting table with fixed row heights: cheap to fill with many rows."""
    table = QtWidgets.QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    columns.set_widths(table, widths)
    columns.fit_headers(table)  # also the columns without a wished width
    return table


def fill_table(table: QtWidgets.QTableWidget, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
    """Replace the rows; each row is (record id, cell texts); the selected record stays selected."""
    selected = selected_id(table)
    table.setUpdatesEnabled(False)
    try:
        table.clearContents()
        table.setRowCount(len(rows))
        for row, (record_id, cells) in enumerate(rows):
            for column, text in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(text)
                if column == 0:
                    item.setData(ID_ROLE, record_id)
                table.setItem(row, column, item)
        select_id(table, selected)
    finally:
        table.setUpdatesEnabled(True)


def selected_id(table: QtWidgets.QTableWidget) -> str | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(ID_ROLE) if item is not None else None


def select_id(table: QtWidgets.QTableWidget, record_id: str | None) -> bool:
    for row in range(table.rowCount()):
        if record_id is not None and table.item(row, 0).data(ID_ROLE) == record_id:
            table.selectRow(row)
            return True
    if table.rowCount() and table.currentRow() < 0:
        table.selectRow(0)
    return False


def preview(text: str | None) -> str:
    if not text:
        return ""
    line = " ".join(text.split())
    return line if len(line) <= PREVIEW_CHARS else line[: PREVIEW_CHARS - 1] + "…"


def confirm(parent: QtWidgets.QWidget, title: str, text: str) -> bool:
    answer = QtWidgets.QMessageBox.question(parent, title, text)
    return answer == QtWidgets.QMessageBox.StandardButton.Yes


def open_editor(ctx: Context, editor: QtWidgets.QDialog) -> None:
    """Every form through the workspace when it offers it, so the lock closes it the one way
    (keeping its draft); a form shown past the workspace was what the lock once tripped on."""
    opener = getattr(ctx.navigator, "open_editor", None)
    if opener is not None:
        opener(editor)
    else:
        editor.show()


def show_failure(parent: QtWidgets.QWidget, failure: Failure) -> None:
    QtWidgets.QMessageBox.warning(
        parent,
        QtCore.QCoreApplication.translate("Section", "Not saved"),
        localized(failure.message),
    )


def buttons(*widgets: QtWidgets.QWidget) -> QtWidgets.QHBoxLayout:
    row = QtWidgets.QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class Section(QtWidgets.QWidget):
    """One tab of the person view: filled from the dossier, acting through the session."""

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.dossier: PersonDossier | None = None

    def fill(self, dossier: PersonDossier) -> None:
        self.dossier = dossier

    def count(self) -> int | None:
        """How many entries, shown in the tab's title; None for no number."""
        return None


# -- sections ---------------------------------------------------------------------------------


class PersonalSection(Section):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.values: dict[str, QtWidgets.QLabel] = {}
        form = QtWidgets.QFormLayout()
        for key, text in (
            ("family_name", self.tr("Family name:")),
            ("given_names", self.tr("Given names:")),
            ("aliases", self.tr("Aliases:")),
            ("sex", self.tr("Sex:")),
            ("birth_date", self.tr("Born:")),
            ("nationality", self.tr("Nationality:")),
            ("return_country", self.tr("Return country:")),
            ("languages", self.tr("Languages:")),
            ("interpreter_needed", self.tr("Interpreter:")),
            ("residence_status", self.tr("Residence status:")),
            ("authority_file_number", self.tr("Authority file no.:")),
            ("phone", self.tr("Phone:")),
            ("site", self.tr("Site:")),
        ):
            value = QtWidgets.QLabel(self)
            value.setObjectName(key)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(text, value)
        self.edit_button = QtWidgets.QPushButton(self.tr("&Edit…"), self)
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        # Only leads and admins merge (the server refuses anyone else): others never see it.
        self.merge: MergeAction | None = None
        self.merge_button: QtWidgets.QPushButton | None = None
        row = [self.edit_button]
        if ctx.is_lead:
            self.merge = MergeAction(ctx, "person", self)
            self.merge_button = QtWidgets.QPushButton(self.tr("Merge &with another person…"), self)
            self.merge_button.setToolTip(
                self.tr("This person and a double of theirs become one; this one stays")
            )
            self.merge_button.clicked.connect(self.on_merge_button_clicked)
            row.append(self.merge_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons(*row))
        layout.addStretch(1)

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        p = dossier.person
        born = i18n.format_partial_date(p.birth_date)
        if born and p.birth_date_estimated:
            born = self.tr("{0} (estimated)").format(born)
        texts = {
            "family_name": p.family_name,
            "given_names": p.given_names or "",
            "aliases": ", ".join(p.aliases),
            "sex": labels.of(p.sex),
            "birth_date": born,
            "nationality": country_name(p.nationality),
            "return_country": country_name(p.return_country),
            "languages": ", ".join(language_name(code) for code in p.languages),
            "interpreter_needed": self.tr("needed")
            if p.interpreter_needed
            else self.tr("not needed"),
            "residence_status": labels.of(p.residence_status),
            "authority_file_number": p.authority_file_number or "",
            "phone": p.phone or "",
            "site": site_name(p.site),
        }
        for key, text in texts.items():
            self.values[key].setText(text)

    def on_edit_button_clicked(self) -> None:
        from ui.editors.person import PersonEditor

        if self.dossier is not None:
            open_editor(self.ctx, PersonEditor.for_person(self.ctx, self.dossier.person.id))

    def on_merge_button_clicked(self) -> None:
        if self.dossier is not None and self.merge is not None:
            p = self.dossier.person
            self.merge.start(p.id, display_name(p.family_name, p.given_names) or "")


class MembersSection(Section):
    person_requested = Signal(str)

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.household_label = QtWidgets.QLabel(self)
        self.table = make_table(
            self,
            "members",
            [self.tr("Name"), self.tr("Born"), self.tr("Sex"), self.tr("Relationship")],
            (280, 110, 110),
        )
        self.table.setAccessibleName(self.tr("Household members"))
        self.table.activated.connect(self.on_table_activated)
        self.add_button = QtWidgets.QPushButton(self.tr("Add mem&ber…"), self)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.add_existing_button = QtWidgets.QPushButton(self.tr("Add &existing person…"), self)
        self.add_existing_button.setToolTip(
            self.tr("Someone already on file joins this household (and leaves their own)")
        )
        self.add_existing_button.clicked.connect(self.on_add_existing_button_clicked)
        self.picker: QtWidgets.QDialog | None = None
        # As in Personal data: built for leads and admins only.
        self.merge: MergeAction | None = None
        self.merge_button: QtWidgets.QPushButton | None = None
        row = [self.add_button, self.add_existing_button]
        if ctx.is_lead:
            self.merge = MergeAction(ctx, "household", self)
            self.merge_button = QtWidgets.QPushButton(self.tr("Merge househo&ld with…"), self)
            self.merge_button.setToolTip(
                self.tr("This household and a double of it become one; this one stays")
            )
            self.merge_button.clicked.connect(self.on_merge_button_clicked)
            row.append(self.merge_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.household_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons(*row))

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        household = dossier.household
        self.household_label.setText(
            self.tr("Household: {0}").format(household.label)
            if household
            else self.tr("No household")
        )
        self.add_button.setEnabled(household is not None)
        self.add_existing_button.setEnabled(household is not None)
        if self.merge_button is not None:
            self.merge_button.setEnabled(household is not None)
        fill_table(
            self.table,
            [
                (
                    m.id,
                    (
                        display_name(m.family_name, m.given_names) or "",
                        i18n.format_partial_date(m.birth_date),
                        labels.of(m.sex),
                        labels.of(m.relationship) if m.relationship else "",
                    ),
                )
                for m in dossier.members
            ],
        )

    def count(self) -> int:
        return len(self.dossier.members) if self.dossier else 0

    def on_table_activated(self, _index: object) -> None:
        person_id = selected_id(self.table)
        if person_id:
            self.person_requested.emit(person_id)

    def on_add_button_clicked(self) -> None:
        from ui.editors.person import PersonEditor

        if self.dossier is not None and self.dossier.household is not None:
            household_id, like = self.dossier.household.id, self.dossier.person.id
            open_editor(self.ctx, PersonEditor.for_new(self.ctx, household_id, like=like))

    def on_add_existing_button_clicked(self) -> None:
        from ui.widgets.record_picker import open_picker

        if self.dossier is None or self.dossier.household is None:
            return
        household = self.dossier.household
        # The members (the view's person and the others) are in it already.
        members = {self.dossier.person.id, *(m.id for m in self.dossier.members)}

        def hits(store: Store, text: str) -> list[tuple[str, str, str]]:
            return [hit for hit in person_hits(store, text) if hit[0] not in members]

        self.picker = open_picker(
            self.ctx,
            self,
            title=self.tr("Add a person to {0}").format(household.label),
            prompt=self.tr("&Name:"),
            search=hits,
            chosen=lambda person_id, _name: self._join(person_id, household.id, household.label),
        )

    def on_merge_button_clicked(self) -> None:
        household = self.dossier.household if self.dossier is not None else None
        if household is not None and self.merge is not None:
            self.merge.start(household.id, household.label)

    def _join(self, person_id: str, household_id: str, label: str) -> None:
        from ui.editors.person import PersonEditor

        # Through the person form: the move is shown, the relationship set, then saved.
        editor = PersonEditor.for_person(self.ctx, person_id, join=(household_id, label))
        open_editor(self.ctx, editor)


class VulnerabilitiesSection(Section):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        headers = [self.tr("Assessed on"), self.tr("By"), self.tr("Categories"), self.tr("Notes")]
        self.table = make_table(self, "vulnerabilities", headers, (110, 110, 360))
        self.table.setAccessibleName(self.tr("Vulnerability assessments"))
        self.add_button = QtWidgets.QPushButton(self.tr("Add &assessment…"), self)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons(self.add_button))

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        fill_table(
            self.table,
            [
                (
                    v.id,
                    (
                        format_date(v.assessed_on),
                        v.assessed_by,
                        ", ".join(labels.of(c) for c in v.categories),
                        preview(v.notes),
                    ),
                )
                for v in dossier.vulnerabilities
            ],
        )

    def count(self) -> int:
        return len(self.dossier.vulnerabilities) if self.dossier else 0

    def on_add_button_clicked(self) -> None:
        from ui.panels.person_dialogs import VulnerabilityDialog

        if self.dossier is not None:
            open_editor(self.ctx, VulnerabilityDialog(self.ctx, self.dossier.person.id, self))


class ConsentsSection(Section):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        headers = [self.tr("Purpose"), self.tr("Given on"), self.tr("Form"), self.tr("State")]
        self.table = make_table(self, "consents", headers, (280, 110, 100))
        self.table.setAccessibleName(self.tr("Consents"))
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)
        self.record_button = QtWidgets.QPushButton(self.tr("Recor&d consent…"), self)
        self.record_button.clicked.connect(self.on_record_button_clicked)
        self.withdraw_button = QtWidgets.QPushButton(self.tr("&Withdraw"), self)
        self.withdraw_button.clicked.connect(self.on_withdraw_button_clicked)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons(self.record_button, self.withdraw_button))

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        rows = []
        for c in dossier.consents:
            purpose = labels.of(c.purpose) + (f": {c.partner}" if c.partner else "")
            rows.append((c.id, (purpose, format_date(c.given_on), c.form_version, self.state(c))))
        fill_table(self.table, rows)
        for row, consent in enumerate(dossier.consents):
            if consent.withdrawn_on is not None:
                item = self.table.item(row, 3)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
                item.setForeground(Qt.GlobalColor.darkRed)
        self.on_table_item_selection_changed()

    def state(self, consent: Consent) -> str:
        if consent.withdrawn_on is None:
            return self.tr("given")
        return self.tr("WITHDRAWN on {0}").format(format_date(consent.withdrawn_on))

    def count(self) -> int:
        return len(self.dossier.consents) if self.dossier else 0

    def selected(self) -> Consent | None:
        consent_id = selected_id(self.table)
        found = [c for c in self.dossier.consents if c.id == consent_id] if self.dossier else []
        return found[0] if found else None

    def on_table_item_selection_changed(self) -> None:
        consent = self.selected()
        self.withdraw_button.setEnabled(consent is not None and consent.withdrawn_on is None)

    def on_record_button_clicked(self) -> None:
        from ui.panels.person_dialogs import ConsentDialog

        if self.dossier is not None:
            open_editor(self.ctx, ConsentDialog(self.ctx, self.dossier.person.id, self))

    def on_withdraw_button_clicked(self) -> None:
        consent = self.selected()
        if consent is None or consent.withdrawn_on is not None:
            return
        question = self.tr('Record that the consent to "{0}" was withdrawn today?').format(
            labels.of(consent.purpose)
        )
        if not confirm(self, self.tr("Withdraw consent"), question):
            return
        consent_id = consent.id
        self.ctx.session.mutate(
            lambda store: records.update(
                store, entity="consent", record_id=consent_id, patch={"withdrawn_on": date.today()}
            ),
            touches=("consent",),
            failed=lambda failure: show_failure(self, failure),
        )


class AuditSection(Section):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        headers = [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Record")]
        self.table = make_table(self, "audit", headers, (160, 140, 120))
        self.table.setAccessibleName(self.tr("Audit trail"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table, 1)

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        kinds = self.record_kinds()
        fill_table(
            self.table,
            [
                (
                    e.id,
                    (
                        format_datetime(e.at),
                        e.actor,
                        labels.of(e.action),
                        kinds.get(e.entity, e.entity),
                    ),
                )
                for e in dossier.audit
            ],
        )

    def record_kinds(self) -> dict[str, str]:
        return {
            "person": self.tr("person"),
            "household": self.tr("household"),
            "vulnerability": self.tr("vulnerability assessment"),
            "consent": self.tr("consent"),
            "attachment": self.tr("attachment"),
        }


def person_hits(store: Store, text: str, limit: int = 30) -> list[tuple[str, str, str]]:
    """Persons by name for a picker: name, birth date and household, as the person list has them."""
    rows = listing.person_rows(store, ids=listing.person_ids(store, text=text)[:limit])
    hits = []
    for row in rows:
        name = display_name(row.family_name, row.given_names) or ""
        facts = [i18n.format_partial_date(row.birth_date), row.household_label or ""]
        shown = ", ".join(f for f in facts if f)
        hits.append((row.id, f"{name} ({shown})" if shown else name, name))
    return hits
