"""Everything the desktop's Return section shows of one application, read in one call.

The checklist's states depend on `today`, which the caller passes: the screen's clock is
injected so that what turns amber or red can be tested on a fixed day.
"""

from dataclasses import dataclass
from datetime import date

from app.domain.casework import Application
from app.domain.returns.support import SupportPayment
from app.domain.returns.travel import ApplicationTraveller, Departure
from app.services.returns.checklist import ChecklistRow, checklist
from app.services.returns.common import application_in
from app.services.returns.departures import departure_of
from app.services.returns.double_funding import Finding, double_funding
from app.services.returns.payments import Totals, payments_of, totals
from app.services.returns.travellers import travellers_in
from app.store.store import Store


@dataclass(frozen=True)
class ReturnOverview:
    application: Application
    travellers: list[ApplicationTraveller]  # main applicant first; none: the household travels
    checklist: list[ChecklistRow]
    departure: Departure | None
    payments: list[SupportPayment]  # per traveller, then by component and instalment
    totals: Totals
    findings: list[Finding]  # double funding within the application's case


def return_overview(store: Store, *, application_id: str, today: date) -> ReturnOverview:
    with store.read() as conn:
        application = application_in(conn, application_id)
        listed = travellers_in(conn, [application_id]).get(application_id, [])
    payments = payments_of(store, application_ids=[application_id])
    payments.sort(key=lambda p: (p.person_id or "", p.component.value, p.instalment, p.id))
    return ReturnOverview(
        application=application,
        travellers=listed,
        checklist=checklist(store, application_id=application_id, today=today),
        departure=departure_of(store, application_id=application_id),
        payments=payments,
        totals=totals(payments),
        findings=double_funding(store, case_id=application.case_id),
    )
