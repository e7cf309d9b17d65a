"""The Return section's support: payments per traveller, their totals by status, double funding."""

from collections.abc import Mapping, Sequence

from app.domain.returns.codes import PaymentStatus, SupportComponent
from app.domain.returns.support import SupportPayment
from app.services.returns.double_funding import Finding
from app.services.returns.payments import Totals
from ui import return_labels
from ui.i18n import format_date, format_money
from ui.panels.person_applications import programme_name
from ui.panels.person_sections import fill_table, make_table
from ui.panels.record_table import RecordTable
from ui.qt import Qt, QtWidgets, Signal
from ui.reference_labels import display_language
from ui.widgets.columns import fit_headers

STATUSES = tuple(PaymentStatus)


class ReturnPayments(RecordTable):
    """`edit_requested` carries the payment's id."""

    new_requested = Signal()
    plan_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        headers = [
            self.tr("Traveller"),
            self.tr("Component"),
            self.tr("Instalment"),
            self.tr("Status"),
            self.tr("Amount"),
            self.tr("Payer"),
            self.tr("Due on"),
            self.tr("Paid on"),
        ]
        self.make_record_table(
            "payments", self.tr("Support payments"), headers, (160, 160, 70, 110, 100, 90, 90)
        )
        self.totals = make_table(
            self,
            "payment_totals",
            [self.tr("For"), *(return_labels.label(s) for s in STATUSES)],
            (160,),
        )
        self.totals.setAccessibleName(self.tr("Totals by status"))
        self.totals.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.totals.setTabKeyNavigation(False)
        self.findings = QtWidgets.QLabel(self)
        self.findings.setObjectName("double_funding")
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.PlainText)
        self.findings.hide()
        self.new_button = QtWidgets.QPushButton(self.tr("New p&ayment…"), self)
        self.edit_button = QtWidgets.QPushButton(self.tr("Edit pa&yment…"), self)
        self.plan_button = QtWidgets.QPushButton(self.tr("P&lan from programme"), self)
        self.plan_button.setToolTip(
            self.tr("Add the planned payments the programme foresees for these travellers")
        )
        self.new_button.clicked.connect(self.new_requested)
        self.plan_button.clicked.connect(self.plan_requested)
        layout = self.lay_out(self.new_button, self.edit_button, self.plan_button, table_stretch=3)
        layout.addWidget(self.totals, 2)
        layout.addWidget(self.findings)

    def fill(
        self,
        payments: Sequence[SupportPayment],
        totals: Totals,
        findings: Sequence[Finding],
        names: Mapping[str, str],
    ) -> None:
        whole = self.tr("(whole application)")

        def who(person_id: str | None) -> str:
            return names.get(person_id, "") if person_id else whole

        fill_table(
            self.table,
            [
                (
                    p.id,
                    (
                        who(p.person_id),
                        return_labels.label(p.component)
                        + (self.tr(" (in kind)") if p.in_kind else ""),
                        str(p.instalment),
                        return_labels.label(p.status),
                        format_money(p.amount_cents),
                        return_labels.label(p.payer),
                        format_date(p.due_on),
                        format_date(p.paid_on),
                    ),
                )
                for p in payments
            ],
        )
        # Travellers in the order their payments appear, the application's own support last.
        order = list(dict.fromkeys(p.person_id for p in payments if p.person_id))
        if None in totals.by_person:
            order.append(None)  # type: ignore[arg-type]
        lines = [
            (
                person_id or "",
                (who(person_id), *(format_money(totals.of(person_id, s)) for s in STATUSES)),
            )
            for person_id in order
        ]
        lines.append(
            ("total", (self.tr("Total"), *(format_money(totals.total(s)) for s in STATUSES)))
        )
        fill_table(self.totals, lines)
        last = self.totals.rowCount() - 1
        for column in range(self.totals.columnCount()):
            item = self.totals.item(last, column)
            if item is not None:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
        fit_headers(self.totals)
        self.show_findings(findings, names)
        self.on_table_item_selection_changed()

    def show_findings(self, findings: Sequence[Finding], names: Mapping[str, str]) -> None:
        de = display_language() == "de"
        texts = []
        for finding in findings:
            who = names.get(finding.person_id, "") if finding.person_id else ""
            explanation = finding.explanation_de if de else finding.explanation_en
            head = self.tr("⚠ Double funding: {0} and {1} ({2})").format(
                return_labels.label(SupportComponent(finding.component)),
                return_labels.label(SupportComponent(finding.other_component)),
                programme_name(finding.other_programme),
            )
            if who:
                head += self.tr(" for {0}").format(who)
            texts.append(f"{head}: {explanation}")
        self.findings.setText("\n".join(texts))
        self.findings.setVisible(bool(texts))
