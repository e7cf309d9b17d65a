"""A household of four with a case and an application: the return process's test family.

Samira (1985-04-02) is the main applicant; Karim (1983), her spouse, stays in Germany;
Lina (2008-09, 16 or more at the departures these tests plan) and Omar (2015-01-20) travel.
"""

from dataclasses import dataclass
from datetime import date

from app.domain.returns.codes import Relationship, TravellerRole
from app.services import records
from app.services.cases import open_case
from app.services.returns.travellers import set_traveller
from app.store.store import Store


@dataclass
class Family:
    household: str
    case: str
    application: str
    samira: str
    karim: str
    lina: str
    omar: str


def family(store: Store, *, programme: str = "REAG_GARP", travellers: bool = True) -> Family:
    household = records.create(
        store, entity="household", data={"label": "Familie Rahimi", "site": "ATR"}
    ).id

    def person(given: str, sex: str, birth: str) -> str:
        data = {
            "household_id": household,
            "family_name": "Rahimi",
            "given_names": given,
            "sex": sex,
            "birth_date": birth,
            "nationality": "AFG",
        }
        return records.create(store, entity="person", data=data).id

    samira = person("Samira", "female", "1985-04-02")
    karim = person("Karim", "male", "1983")
    lina = person("Lina", "female", "2008-09")
    omar = person("Omar", "male", "2015-01-20")
    case = open_case(
        store,
        household_id=household,
        site="ATR",
        main_contact_id=samira,
        opened_on=date(2025, 1, 6),
    ).id
    application = records.create(
        store,
        entity="application",
        data={
            "case_id": case,
            "programme": programme,
            "submitted_on": date(2025, 2, 3),
            "decision": "approved",
            "decided_on": date(2025, 2, 20),
            "destination_country": "AFG",
        },
    ).id
    found = Family(household, case, application, samira, karim, lina, omar)
    if travellers:
        set_traveller(
            store, application_id=application, person_id=samira, role=TravellerRole.main_applicant
        )
        set_traveller(
            store,
            application_id=application,
            person_id=karim,
            relationship=Relationship.spouse,
            travels=False,
        )
        for child in (lina, omar):
            set_traveller(
                store, application_id=application, person_id=child, relationship=Relationship.child
            )
    return found
