"""The household of four where two travel: the world of the return indicators' test.

Familie Rahimi at ATR (outreach: an NGO): Samira (1985-04-02, main applicant, travels),
Karim (1983, spouse, stays), Lina (2008-09, child, stays), Omar (2015-01-20, child, travels).
Case opened 2025-01-06 and never closed (status "approved": returns count whatever the
status). REAG/GARP application approved 2025-02-20; departure planned 2025-05-10, confirmed
2025-05-14. Support: REAG/GARP start-up aid approved for Samira (never paid: an approval is
no assistance received), paid for Omar on 2025-05-13; a StarthilfePlus in-kind housing for
the application delivered on 2025-06-20 (both travellers). Samira's reintegration assessed
sustainable at six months on 2025-11-20, Omar's not (2025-11-21).
Familie Tesfaye at KO: case closed 2025-05-20 with the outcome "removed", Dawit (1990).
Familie Bauer at KO: case closed 2025-05-21 with the outcome "Dublin transfer", Ana (1996).
"""

from dataclasses import dataclass
from datetime import date

from app.domain.enums import CaseOutcome, CaseStatus
from app.domain.returns.codes import (
    Checkpoint,
    ConfirmationMethod,
    Relationship,
    TravellerRole,
)
from app.domain.sustainability import default_questionnaire
from app.services import records
from app.services.cases import change_status, open_case
from app.services.returns.departures import confirm_departure, set_departure
from app.services.returns.sustainability import record_assessment
from app.services.returns.travellers import set_traveller
from app.store.store import Store

MAY = (date(2025, 5, 1), date(2025, 5, 31))
JUNE = (date(2025, 6, 1), date(2025, 6, 30))
APRIL = (date(2025, 4, 1), date(2025, 4, 30))
NOVEMBER = (date(2025, 11, 1), date(2025, 11, 30))


@dataclass
class Returnees:
    case: str
    samira: str
    karim: str
    lina: str
    omar: str


def _person(store: Store, household: str, given: str, sex: str, birth: str) -> str:
    data = {
        "household_id": household,
        "family_name": given + "-Familie",
        "given_names": given,
        "sex": sex,
        "birth_date": birth,
        "nationality": "AFG",
    }
    return records.create(store, entity="person", data=data).id


def _closed_case(store: Store, label: str, given: str, outcome: CaseOutcome) -> None:
    household = records.create(store, entity="household", data={"label": label, "site": "KO"}).id
    person = _person(store, household, given, "male", "1990")
    case = open_case(
        store, household_id=household, site="KO", main_contact_id=person, opened_on=date(2025, 3, 1)
    ).id
    day = date(2025, 5, 20) if outcome == CaseOutcome.removed else date(2025, 5, 21)
    change_status(store, case_id=case, to=CaseStatus.closed, on=day, outcome=outcome)


def build_returnees(store: Store) -> Returnees:
    household = records.create(
        store, entity="household", data={"label": "Familie Rahimi", "site": "ATR"}
    ).id
    samira = _person(store, household, "Samira", "female", "1985-04-02")
    karim = _person(store, household, "Karim", "male", "1983")
    lina = _person(store, household, "Lina", "female", "2008-09")
    omar = _person(store, household, "Omar", "male", "2015-01-20")
    case = open_case(
        store,
        household_id=household,
        site="ATR",
        main_contact_id=samira,
        opened_on=date(2025, 1, 6),
    ).id
    records.update(store, entity="case", record_id=case, patch={"outreach_channel": "ngo"})
    for to, on in (
        (CaseStatus.counselling, date(2025, 1, 6)),
        (CaseStatus.decision, date(2025, 1, 20)),
        (CaseStatus.application_submitted, date(2025, 2, 3)),
        (CaseStatus.approved, date(2025, 2, 20)),
    ):
        change_status(store, case_id=case, to=to, on=on)
    records.create(
        store,
        entity="consultation",
        data={
            "case_id": case,
            "held_on": date(2025, 5, 5),
            "duration_minutes": 45,
            "counsellor": "anna",
            "participant_ids": [samira, karim],
        },
    )
    application = {"case_id": case, "submitted_on": date(2025, 2, 3), "destination_country": "AFG"}
    reag = records.create(
        store,
        entity="application",
        data={
            **application,
            "programme": "REAG_GARP",
            "decision": "approved",
            "decided_on": date(2025, 2, 20),
        },
    ).id
    shp = records.create(
        store,
        entity="application",
        data={
            **application,
            "programme": "STARTHILFE_PLUS",
            "decision": "approved",
            "decided_on": date(2025, 2, 20),
        },
    ).id
    for app_id in (reag, shp):
        set_traveller(
            store, application_id=app_id, person_id=samira, role=TravellerRole.main_applicant
        )
        set_traveller(
            store,
            application_id=app_id,
            person_id=karim,
            relationship=Relationship.spouse,
            travels=False,
        )
        set_traveller(
            store,
            application_id=app_id,
            person_id=lina,
            relationship=Relationship.child,
            travels=False,
        )
        set_traveller(store, application_id=app_id, person_id=omar, relationship=Relationship.child)
    set_departure(
        store, application_id=reag, values={"planned_on": date(2025, 5, 10), "mode": "flight"}
    )
    confirm_departure(
        store,
        application_id=reag,
        on=date(2025, 5, 14),
        how=ConfirmationMethod.boarding_confirmation,
    )
    payment = {
        "case_id": case,
        "component": "start_up_aid",
        "payer": "iom",
        "amount_cents": 100_000,
    }
    records.create(
        store,
        entity="support_payment",
        data={
            **payment,
            "application_id": reag,
            "person_id": samira,
            "status": "approved",
            "approved_on": date(2025, 2, 20),
        },
    )
    records.create(
        store,
        entity="support_payment",
        data={
            **payment,
            "application_id": reag,
            "person_id": omar,
            "status": "paid",
            "amount_cents": 50_000,
            "approved_on": date(2025, 2, 20),
            "paid_on": date(2025, 5, 13),
        },
    )
    records.create(
        store,
        entity="support_payment",
        data={
            "case_id": case,
            "application_id": shp,
            "component": "reintegration_housing",
            "in_kind": True,
            "payer": "iom",
            "status": "paid",
            "approved_on": date(2025, 2, 20),
            "paid_on": date(2025, 6, 20),
        },
    )
    questions = default_questionnaire().question
    best = {q.code: q.options[0].code for q in questions}
    worst = {q.code: q.options[-1].code for q in questions}
    for person, answers, day in (
        (samira, best, date(2025, 11, 20)),
        (omar, worst, date(2025, 11, 21)),
    ):
        record_assessment(
            store,
            case_id=case,
            person_id=person,
            checkpoint=Checkpoint.months_6,
            assessed_on=day,
            answers=answers,
        )
    _closed_case(store, "Familie Tesfaye", "Dawit", CaseOutcome.removed)
    _closed_case(store, "Familie Bauer", "Ana", CaseOutcome.dublin_transfer)
    return Returnees(case, samira, karim, lina, omar)
