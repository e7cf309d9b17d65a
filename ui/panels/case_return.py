"""The person view's Return section: per application, who travels, the checklist, the
departure and the support paid, read in one background call (services/returns/overview.py).

The day the checklist is judged on comes from `today` (a callable), so what turns amber or
red can be shown and tested on a fixed day.
"""

from collections.abc import Callable
from datetime import date

from app.domain.casework import Application
from app.services.dossier import PersonDossier
from app.services.listing import display_name
from app.services.returns.checklist import generate_checklist
from app.services.returns.overview import ReturnOverview, return_overview
from app.services.returns.payments import plan_payments
from app.services.returns.travellers import travelling
from app.store.store import Store
from ui import return_labels
from ui.context import Context
from ui.i18n import format_date
from ui.panels.person_applications import programme_name
from ui.panels.person_sections import Section, open_editor, show_failure
from ui.panels.return_checklist import ReturnChecklist
from ui.panels.return_departure import ReturnDeparture
from ui.panels.return_payments import ReturnPayments
from ui.qt import QtWidgets, Signal
from ui.tasks import Failure
from ui.widgets.fields import localized

# What the section shows comes from these records; the person view reloads on their changes.
ENTITIES = frozenset({"application_traveller", "document_check", "departure", "support_payment"})


class ReturnSection(Section):
    overview_loaded = Signal(object)  # ReturnOverview

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.today: Callable[[], date] = date.today
        self.overview: ReturnOverview | None = None
        self.applications: list[Application] = []
        self.names: dict[str, str] = {}
        self._generation = 0

        self.application = QtWidgets.QComboBox(self)
        self.application.setObjectName("return_application")
        label = QtWidgets.QLabel(self.tr("Applicati&on:"), self)
        label.setBuddy(self.application)
        self.application.setAccessibleName(self.tr("Application"))
        self.application.currentIndexChanged.connect(self.on_application_current_index_changed)
        self.travellers_label = QtWidgets.QLabel(self)
        self.travellers_label.setObjectName("return_travellers")
        self.travellers_label.setWordWrap(True)
        self.travellers_button = QtWidgets.QPushButton(self.tr("&Who travels…"), self)
        self.travellers_button.clicked.connect(self.on_travellers_button_clicked)
        self.empty = QtWidgets.QLabel(self)
        self.empty.setObjectName("return_empty")

        # Made before its pages, so Tab reaches the tab bar first, then the page shown.
        self.parts = QtWidgets.QTabWidget(self)
        self.parts.setObjectName("return_parts")
        self.checklist = ReturnChecklist(self)
        self.checklist.edit_requested.connect(self.on_checklist_edit_requested)
        self.checklist.generate_requested.connect(self.on_checklist_generate_requested)
        self.departure = ReturnDeparture(self)
        self.departure.edit_requested.connect(lambda: self.open_departure(confirm=False))
        self.departure.confirm_requested.connect(lambda: self.open_departure(confirm=True))
        self.payments = ReturnPayments(self)
        self.payments.new_requested.connect(self.on_payments_new_requested)
        self.payments.edit_requested.connect(self.on_payments_edit_requested)
        self.payments.plan_requested.connect(self.on_payments_plan_requested)
        self.parts.addTab(self.checklist, self.tr("Chec&klist"))
        self.parts.addTab(self.departure, self.tr("&Departure"))
        self.parts.addTab(self.payments, self.tr("&Support"))

        top = QtWidgets.QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.application, 1)
        top.addWidget(self.travellers_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.travellers_label)
        layout.addWidget(self.empty)
        layout.addWidget(self.parts, 1)
        self._set_enabled(False)

    # -- filling ------------------------------------------------------------------------------

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        people = [dossier.person, *dossier.members]
        self.names = {p.id: display_name(p.family_name, p.given_names) or "" for p in people}
        references = {f.case.id: f.case.reference for f in dossier.cases}
        applications = [a for f in dossier.cases for a in f.applications]
        applications.sort(key=lambda a: (a.submitted_on, a.id), reverse=True)
        chosen = self.application_id()
        self.applications = applications
        self.application.blockSignals(True)
        self.application.clear()
        for a in applications:
            text = self.tr("{0}, submitted {1} ({2})").format(
                programme_name(a.programme), format_date(a.submitted_on), references[a.case_id]
            )
            self.application.addItem(text, a.id)
        index = self.application.findData(chosen) if chosen else -1
        self.application.setCurrentIndex(max(index, 0) if applications else -1)
        self.application.blockSignals(False)
        self.empty.setText(
            ""
            if applications
            else self.tr("No application yet: add one under Applications, then plan the return.")
        )
        self.empty.setVisible(not applications)
        self.reload()

    def count(self) -> int | None:
        return None

    def application_id(self) -> str | None:
        value = self.application.currentData()
        return str(value) if value is not None else None

    def reload(self) -> None:
        """Ask for the chosen application's overview; an older answer is dropped."""
        self._generation += 1
        generation, application_id = self._generation, self.application_id()
        if application_id is None:
            self.overview = None
            self._set_enabled(False)
            return
        today = self.today()

        def fetch(store: Store) -> ReturnOverview:
            return return_overview(store, application_id=application_id, today=today)

        self.ctx.session.query(
            fetch,
            done=lambda overview: self._arrived(generation, overview),
            failed=lambda failure: self._failed(generation, failure),
        )

    def _arrived(self, generation: int, overview: ReturnOverview) -> None:
        if generation != self._generation:
            return
        self.overview = overview
        self._set_enabled(True)
        self.travellers_label.setText(self.travellers_text(overview))
        self.checklist.fill(overview.checklist, self.names)
        self.departure.fill(overview.departure)
        self.payments.fill(overview.payments, overview.totals, overview.findings, self.names)
        self.overview_loaded.emit(overview)

    def _failed(self, generation: int, failure: Failure) -> None:
        if generation == self._generation:
            self.empty.setText(localized(failure.message))
            self.empty.show()

    def travellers_text(self, overview: ReturnOverview) -> str:
        if not overview.travellers:
            return self.tr("No travellers named yet: the whole household counts as travelling.")
        going: list[str] = []
        staying: list[str] = []
        for t in overview.travellers:
            name = self.names.get(t.person_id, "")
            if t.relationship is not None:
                name = f"{name} ({return_labels.label(t.relationship)})"
            (going if t.travels else staying).append(name)
        # "; " between persons: their names are "Family, Given" already.
        text = self.tr("Travelling: {0}").format("; ".join(going) or "–")
        if staying:
            text += " · " + self.tr("staying: {0}").format("; ".join(staying))
        return text

    def _set_enabled(self, on: bool) -> None:
        for widget in (self.travellers_button, self.parts):
            widget.setEnabled(on)
        if not on:
            self.travellers_label.clear()

    def people(self) -> list[tuple[str, str]]:
        """Whom a payment can be for: the travellers, or the household if none are named."""
        listed = self.overview.travellers if self.overview else []
        ids = travelling(listed) if listed else list(self.names)
        return [(i, self.names.get(i, "")) for i in ids]

    # -- actions ------------------------------------------------------------------------------

    def on_application_current_index_changed(self, _index: int) -> None:
        self.reload()

    def on_travellers_button_clicked(self) -> None:
        from ui.editors.travellers import TravellersEditor

        application_id = self.application_id()
        if application_id is not None:
            open_editor(self.ctx, TravellersEditor.for_application(self.ctx, application_id))

    def on_checklist_edit_requested(self, check_id: str) -> None:
        from ui.editors.document_check import DocumentCheckEditor

        open_editor(self.ctx, DocumentCheckEditor.for_record(self.ctx, check_id))

    def on_checklist_generate_requested(self) -> None:
        application_id = self.application_id()
        if application_id is None:
            return
        self.ctx.session.mutate(
            lambda store: generate_checklist(store, application_id=application_id),
            touches=("document_check",),
            failed=lambda failure: show_failure(self, failure),
        )

    def open_departure(self, *, confirm: bool) -> None:
        from ui.editors.departure import DepartureEditor

        if self.overview is None:
            return
        a = self.overview.application
        departure = self.overview.departure
        editor = DepartureEditor.for_application(
            self.ctx,
            case_id=a.case_id,
            application_id=a.id,
            departure_id=departure.id if departure else None,
            confirm=confirm,
        )
        open_editor(self.ctx, editor)

    def on_payments_new_requested(self) -> None:
        from ui.editors.support_payment import PaymentEditor

        if self.overview is None:
            return
        a = self.overview.application
        editor = PaymentEditor.for_application(
            self.ctx, case_id=a.case_id, application_id=a.id, people=self.people()
        )
        open_editor(self.ctx, editor)

    def on_payments_edit_requested(self, payment_id: str) -> None:
        from ui.editors.support_payment import PaymentEditor

        if self.overview is None:
            return
        a = self.overview.application
        editor = PaymentEditor.for_application(
            self.ctx,
            case_id=a.case_id,
            application_id=a.id,
            people=self.people(),
            payment_id=payment_id,
        )
        open_editor(self.ctx, editor)

    def on_payments_plan_requested(self) -> None:
        application_id = self.application_id()
        if application_id is None:
            return
        self.ctx.session.mutate(
            lambda store: plan_payments(store, application_id=application_id),
            touches=("support_payment",),
            failed=lambda failure: show_failure(self, failure),
        )
