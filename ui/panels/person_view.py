"""Everything about one person, read in one background call and shown in a header and tabs."""

from typing import ClassVar

from app.domain.cases import Case
from app.domain.enums import ConsentPurpose
from app.errors import Erased
from app.services import dossier as dossier_service
from app.services import records
from app.services.dossier import PersonDossier
from app.services.listing import display_name
from app.store.store import Store
from ui import i18n, labels
from ui.attachments_io import TempFiles, clean_on_quit
from ui.context import Context
from ui.panels.base import Panel
from ui.panels.case_return import ENTITIES as RETURN_ENTITIES
from ui.panels.case_return import ReturnSection
from ui.panels.person_applications import ApplicationsSection
from ui.panels.person_attachments import AttachmentsSection
from ui.panels.person_casework import CasesSection, ConsultationsSection
from ui.panels.person_referrals import ReferralsSection
from ui.panels.person_sections import (
    AuditSection,
    ConsentsSection,
    MembersSection,
    PersonalSection,
    Section,
    VulnerabilitiesSection,
)
from ui.panels.return_information import InformationRequestsSection
from ui.panels.return_medical import MedicalReturnsSection
from ui.panels.return_records import ReturnRecordsSection
from ui.panels.return_reintegration import ReintegrationSection
from ui.qt import QtWidgets, Signal
from ui.reference_labels import country_name
from ui.tasks import Failure
from ui.widgets.fields import localized

SECTIONS = (
    "personal",
    "members",
    "vulnerabilities",
    "consents",
    "cases",
    "consultations",
    "referrals",
    "applications",
    "return",
    "information_requests",
    "medical_returns",
    "reintegration",
    "attachments",
    "audit",
)

_BADGE = "QLabel {{ background: {0}; color: white; border-radius: 4px; padding: 2px 6px; }}"


def _case_contact(store: Store, case_id: str) -> str | None:
    """The person to show for a case: its main contact, else the first member of its household."""
    case = records.get(store, entity="case", record_id=case_id, audit=False)
    assert isinstance(case, Case)
    if case.main_contact_id:
        return case.main_contact_id
    members = dossier_service.household_members(store, household_id=case.household_id)
    return members[0].id if members else None


class PersonView(Panel):
    name: ClassVar[str] = "person"
    watches: ClassVar[frozenset[str]] = frozenset(
        {
            "person",
            "household",
            "case",
            "case_status_change",
            "consultation",
            "vulnerability",
            "consent",
            "referral",
            "application",
            "attachment",
            "follow_up",
            *RETURN_ENTITIES,
            "information_request",
            "medical_return",
            "reintegration_plan",
            "reintegration_measure",
            "reintegration_follow_up",
            "sustainability_assessment",
        }
    )

    dossier_loaded = Signal(object)  # PersonDossier
    load_failed = Signal(object)  # Failure

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.person_id: str | None = None
        self.dossier: PersonDossier | None = None
        self._generation = 0
        self._audited: str | None = None  # the person whose opening was logged as a view
        self._pending_case: str | None = None
        self.temp_files = TempFiles()
        clean_on_quit()
        # Nothing decrypted outlives the view: the lock and a language switch drop the workspace.
        self.destroyed.connect(self.temp_files.cleanup)
        self._build()

    def _build(self) -> None:
        self.name_label = QtWidgets.QLabel(self)
        self.name_label.setObjectName("person_name")
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.facts_label = QtWidgets.QLabel(self)
        self.facts_label.setObjectName("person_facts")
        self.vulnerable_badge = QtWidgets.QLabel(self)
        self.vulnerable_badge.setObjectName("vulnerable_badge")
        self.vulnerable_badge.setStyleSheet(_BADGE.format("#8a4b00"))
        self.consent_badge = QtWidgets.QLabel(self)
        self.consent_badge.setObjectName("consent_badge")
        self.consent_badge.setStyleSheet(_BADGE.format("#b00020"))
        self.message = QtWidgets.QLabel(self)
        self.message.setObjectName("person_message")
        self.message.setWordWrap(True)
        self.message.hide()

        self.personal = PersonalSection(self.ctx, self)
        if self.personal.merge is not None:
            # The one on screen may have been merged into the other: show the one that stays.
            self.personal.merge.merged.connect(self.show_person)
        self.members = MembersSection(self.ctx, self)
        self.members.person_requested.connect(self.on_members_person_requested)
        if self.members.merge is not None:
            # The members of both now share the household that stays; this person among them.
            self.members.merge.merged.connect(lambda _household: self.reload())
        self.vulnerabilities = VulnerabilitiesSection(self.ctx, self)
        self.consents = ConsentsSection(self.ctx, self)
        self.cases = CasesSection(self.ctx, self)
        self.consultations = ConsultationsSection(self.ctx, self)
        # New referrals and applications go to the case chosen in the Cases tab.
        chosen = self.cases.chosen_case_id
        self.referrals = ReferralsSection(self.ctx, self, chosen_case=chosen)
        self.applications = ApplicationsSection(self.ctx, self, chosen_case=chosen)
        self.returns = ReturnSection(self.ctx, self)
        self.information_requests = InformationRequestsSection(self.ctx, self, chosen_case=chosen)
        self.medical_returns = MedicalReturnsSection(self.ctx, self, chosen_case=chosen)
        self.reintegration = ReintegrationSection(self.ctx, self, chosen_case=chosen)
        self.attachments = AttachmentsSection(self.ctx, self.temp_files, self)
        self.audit = AuditSection(self.ctx, self)
        self.sections: dict[str, Section] = dict(
            zip(
                SECTIONS,
                (
                    self.personal,
                    self.members,
                    self.vulnerabilities,
                    self.consents,
                    self.cases,
                    self.consultations,
                    self.referrals,
                    self.applications,
                    self.returns,
                    self.information_requests,
                    self.medical_returns,
                    self.reintegration,
                    self.attachments,
                    self.audit,
                ),
                strict=True,
            )
        )
        self.tabs = QtWidgets.QTabWidget(self)
        self.tabs.setObjectName("person_tabs")
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setDocumentMode(True)
        for section in self.sections.values():
            self.tabs.addTab(section, "")
            if isinstance(section, ReturnRecordsSection):  # their records arrive after the dossier
                section.count_changed.connect(self._retitle_tabs)
        self._retitle_tabs()

        badges = QtWidgets.QHBoxLayout()
        badges.addWidget(self.name_label)
        badges.addSpacing(12)
        badges.addWidget(self.vulnerable_badge)
        badges.addWidget(self.consent_badge)
        badges.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(badges)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._show_header(None)

    def title(self) -> str:
        return self.tr("Person")

    # -- what to show ---------------------------------------------------------------------

    def show_person(self, person_id: str, *, section: str | None = None) -> None:
        if person_id != self.person_id:
            # Leaving a person closes what was opened of theirs.
            self.temp_files.cleanup()
            self.person_id = person_id
            self.tabs.setCurrentIndex(0)
        if section is not None:
            self.show_section(section)
        self._stale = False
        self._audited = None  # asked for by the user: a view to log
        self.reload()

    def show_case(self, case_id: str) -> None:
        """Show the case's main contact (or a member of its household) with the case selected."""
        self._pending_case = case_id
        self.ctx.session.query(
            lambda store: _case_contact(store, case_id),
            done=lambda person_id: self._case_contact_arrived(case_id, person_id),
            failed=self.on_load_failed,
        )

    def _case_contact_arrived(self, case_id: str, person_id: str | None) -> None:
        if self._pending_case != case_id:
            return
        if person_id is None:
            self._pending_case = None
            self.show_message(self.tr("Nobody belongs to this case's household any more."))
            return
        self.show_person(person_id, section="cases")

    def show_section(self, key: str) -> None:
        self.tabs.setCurrentWidget(self.sections[key])

    def current_section(self) -> str:
        current = self.tabs.currentWidget()
        return next(key for key, section in self.sections.items() if section is current)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def discard_open_files(self) -> None:
        """Remove decrypted attachment copies now (for the lock and quitting)."""
        self.temp_files.cleanup()

    # -- loading ------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.person_id is None:
            return
        self._generation += 1
        generation, person_id = self._generation, self.person_id
        # Opening a person is an audited view; refreshing the open file after a change is not.
        audit = person_id != self._audited
        self._audited = person_id
        self.ctx.session.query(
            lambda store: dossier_service.person_dossier(store, person_id=person_id, audit=audit),
            done=lambda dossier: self._dossier_arrived(generation, dossier),
            failed=lambda failure: self._dossier_failed(generation, failure),
        )

    def _dossier_arrived(self, generation: int, dossier: PersonDossier) -> None:
        if generation != self._generation:
            return  # the user moved on to another person meanwhile
        self.dossier = dossier
        self.show_message("")
        self.setUpdatesEnabled(False)
        try:
            self._show_header(dossier)
            for section in self.sections.values():
                section.fill(dossier)
            self._retitle_tabs()
            if self._pending_case is not None:
                self.cases.select_case(self._pending_case)
                self._pending_case = None
        finally:
            self.setUpdatesEnabled(True)
        self.dossier_loaded.emit(dossier)
        self.loaded.emit()

    def _dossier_failed(self, generation: int, failure: Failure) -> None:
        if generation == self._generation:
            self.on_load_failed(failure)

    def on_load_failed(self, failure: Failure) -> None:
        self._pending_case = None
        if isinstance(failure.exception, Erased):
            # Erased here or by the server (Art. 17): nothing of theirs stays open, not even
            # the decrypted copies of their attachments.
            self.temp_files.cleanup()
        self.show_message(
            self.tr("This person cannot be shown: {0}").format(localized(failure.message))
        )
        self.load_failed.emit(failure)

    def on_members_person_requested(self, person_id: str) -> None:
        self.ctx.navigator.show_person(person_id)

    # -- header ----------------------------------------------------------------------------------

    def _show_header(self, dossier: PersonDossier | None) -> None:
        if dossier is None:
            self.name_label.setText(self.tr("No person chosen"))
            self.facts_label.clear()
            self.vulnerable_badge.hide()
            self.consent_badge.hide()
            return
        p = dossier.person
        self.name_label.setText(display_name(p.family_name, p.given_names) or "")
        facts = []
        if p.birth_date:
            born = self.tr("born {0}").format(i18n.format_partial_date(p.birth_date))
            facts.append(born + ("" if not p.birth_date_estimated else self.tr(" (estimated)")))
        if p.nationality:
            facts.append(country_name(p.nationality))
        if dossier.household is not None:
            facts.append(self.tr("household {0}").format(dossier.household.label))
        self.facts_label.setText(" · ".join(facts))

        latest = dossier.vulnerabilities[0] if dossier.vulnerabilities else None
        self.vulnerable_badge.setVisible(latest is not None)
        if latest is not None:
            categories = ", ".join(labels.of(c) for c in latest.categories)
            self.vulnerable_badge.setText(self.tr("Vulnerable: {0}").format(categories))
        withdrawn = self._withdrawn_purposes(dossier)
        self.consent_badge.setVisible(bool(withdrawn))
        if withdrawn:
            self.consent_badge.setText(
                self.tr("Consent withdrawn: {0}").format(", ".join(withdrawn))
            )

    @staticmethod
    def _withdrawn_purposes(dossier: PersonDossier) -> list[str]:
        """Purposes whose newest consent is withdrawn (a consent given again afterwards counts)."""
        newest: dict[ConsentPurpose, bool] = {}
        for consent in dossier.consents:  # newest first
            newest.setdefault(consent.purpose, consent.withdrawn_on is not None)
        return [labels.of(purpose) for purpose, withdrawn in newest.items() if withdrawn]

    def _retitle_tabs(self) -> None:
        titles = {
            "personal": self.tr("&Personal data"),
            "members": self.tr("&Household"),
            "vulnerabilities": self.tr("&Vulnerabilities"),
            "consents": self.tr("Co&nsents"),
            "cases": self.tr("&Cases"),
            "consultations": self.tr("Consul&tations"),
            "referrals": self.tr("&Referrals"),
            "applications": self.tr("Appl&ications"),
            "return": self.tr("R&eturn"),
            "information_requests": self.tr("Information re&quests"),
            "medical_returns": self.tr("Me&dical return"),
            "reintegration": self.tr("Reinte&gration"),
            "attachments": self.tr("Attach&ments"),
            "audit": self.tr("A&udit trail"),
        }
        for index, (key, section) in enumerate(self.sections.items()):
            count = section.count() if self.dossier is not None else None
            text = titles[key] if not count else self.tr("{0} ({1})").format(titles[key], count)
            self.tabs.setTabText(index, text)
