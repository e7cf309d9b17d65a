"""The person view's referrals: to which partners the household's cases were referred, and how it went."""

from typing import TYPE_CHECKING

from app.services.dossier import PersonDossier
from ui import labels
from ui.i18n import format_date
from ui.panels.person_casework import CaseRecordsSection
from ui.panels.person_sections import fill_table, make_table, preview
from ui.qt import QtWidgets

if TYPE_CHECKING:
    from ui.editors.referral import ReferralEditor


class ReferralsSection(CaseRecordsSection):
    def build(self) -> None:
        headers = [
            self.tr("Referred on"),
            self.tr("Partner"),
            self.tr("Kind"),
            self.tr("Purpose"),
            self.tr("Status"),
            self.tr("Result"),
        ]
        self.table = make_table(self, "referrals", headers, (100, 200, 170, 260, 100))
        self.table.setAccessibleName(self.tr("Referrals"))
        self.new_button = QtWidgets.QPushButton(self.tr("Ne&w referral…"), self)
        self.edit_button = QtWidgets.QPushButton(self.tr("&Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected referral (Enter)"))
        self._count = 0

    def editor_type(self) -> "type[ReferralEditor]":
        from ui.editors.referral import ReferralEditor

        return ReferralEditor

    def fill(self, dossier: PersonDossier) -> None:
        referrals = [r for f in dossier.cases for r in f.referrals]
        referrals.sort(key=lambda r: (r.referred_on, r.id), reverse=True)
        self._count = len(referrals)
        fill_table(
            self.table,
            [
                (
                    r.id,
                    (
                        format_date(r.referred_on),
                        r.partner,
                        labels.of(r.partner_kind),
                        preview(r.purpose),
                        labels.of(r.status),
                        preview(r.result),
                    ),
                )
                for r in referrals
            ],
        )
        super().fill(dossier)

    def count(self) -> int:
        return self._count
