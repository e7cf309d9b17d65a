"""Double funding: the programmes' rules checked against a case's support, and explained.

A finding says which rule, which payments of both programmes, for whom, and what the rule
says (excluded, or reduced by the other programme's amount). Nothing is changed: whether to
cancel or reduce is the counsellor's and the programme's decision.
"""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from app.domain.casework import Application
from app.domain.programmes import DoubleFundingRule, Programmes, default_programmes
from app.domain.returns.support import SupportPayment
from app.services.returns.common import rows
from app.services.returns.payments import COMMITTED
from app.services.returns.travellers import travellers_in, travelling
from app.store.store import Store

# Beneficiary of a payment for a whole application that names no travellers: everybody.
EVERYONE = "*"


@dataclass(frozen=True)
class Finding:
    programme: str
    component: str
    other_programme: str
    other_component: str
    effect: str  # "excludes" or "reduces"
    person_id: str | None  # None: the application as a whole
    payment_ids: tuple[str, ...]
    other_payment_ids: tuple[str, ...]
    other_amount_cents: int  # what the other programme pays here (the reduction, if "reduces")
    explanation_de: str
    explanation_en: str


def _beneficiaries(payment: SupportPayment, travellers: Mapping[str, Sequence[str]]) -> set[str]:
    if payment.person_id:
        return {payment.person_id}
    return set(travellers.get(payment.application_id) or ()) or {EVERYONE}


def _overlap(a: set[str], b: set[str]) -> set[str]:
    if EVERYONE in a:
        return set(b)
    if EVERYONE in b:
        return set(a)
    return a & b


def _matches(payment: SupportPayment, component: str | None) -> bool:
    return component is None or payment.component == component


def check_double_funding(
    *,
    applications: Sequence[Application],
    payments: Sequence[SupportPayment],
    travellers: Mapping[str, Sequence[str]],
    programmes: Programmes,
) -> list[Finding]:
    """Every rule of every programme of the case that the committed payments meet."""
    programme_of = {a.id: a.programme for a in applications}
    live = [p for p in payments if p.status in COMMITTED and p.application_id in programme_of]
    found: list[Finding] = []
    for code in sorted({programme_of[p.application_id] for p in live}):
        rules: Sequence[DoubleFundingRule] = (
            programmes.by_code[code].double_funding if code in programmes.by_code else ()
        )
        for rule in rules:
            other_component = rule.other_component or rule.component
            mine = [
                p
                for p in live
                if programme_of[p.application_id] == code and _matches(p, rule.component)
            ]
            theirs = [
                p
                for p in live
                if programme_of[p.application_id] == rule.other and _matches(p, other_component)
            ]
            pairs: dict[tuple[str | None, str, str], tuple[set[str], set[str], int]] = {}
            for p in mine:
                for q in theirs:
                    shared = _overlap(_beneficiaries(p, travellers), _beneficiaries(q, travellers))
                    for person in shared:
                        key = (None if person == EVERYONE else person, p.component, q.component)
                        ids, other_ids, _ = pairs.setdefault(key, (set(), set(), 0))
                        ids.add(p.id)
                        other_ids.add(q.id)
            for (person_id, component, other), (ids, other_ids, _) in sorted(
                pairs.items(), key=lambda item: (item[0][0] or "", item[0][1], item[0][2])
            ):
                amount = sum(q.amount_cents or 0 for q in theirs if q.id in other_ids)
                found.append(
                    Finding(
                        programme=code,
                        component=component,
                        other_programme=rule.other,
                        other_component=other,
                        effect=rule.effect,
                        person_id=person_id,
                        payment_ids=tuple(sorted(ids)),
                        other_payment_ids=tuple(sorted(other_ids)),
                        other_amount_cents=amount,
                        explanation_de=rule.explanation_de,
                        explanation_en=rule.explanation_en,
                    )
                )
    return found


def double_funding(store: Store, *, case_id: str) -> list[Finding]:
    """The findings for one case, from its applications, travellers and payments."""
    with store.read() as conn:
        applications = [
            a for a in rows(conn, "application", "case_id", [case_id]) if isinstance(a, Application)
        ]
        ids = [a.id for a in applications]
        payments = [
            p
            for p in rows(conn, "support_payment", "application_id", ids)
            if isinstance(p, SupportPayment)
        ]
        listed = travellers_in(conn, ids)
    return check_double_funding(
        applications=applications,
        payments=payments,
        travellers={a: travelling(t) for a, t in listed.items()},
        programmes=default_programmes(),
    )
