"""A small household-and-case world with known indicator figures, shared by device and server tests.

Period 2025-01-01 .. 2025-03-31 (both included):
- household H1 at ATR: Amira (female, 1990-06-15, SYR), Bilal (male, "2012", SYR) and
  Cem (diverse, "2008-12", SYR, never in a consultation);
  case C1 (main contact Amira, site ATR) opened 2025-01-10, closed 2025-03-20 returned_assisted;
  consultations 2025-02-01 [Amira, Bilal], 2025-03-31 [] (→ the main contact),
  2025-04-01 [Bilal] (after the period);
  applications STARTHILFE_PLUS approved 2025-03-01 (departure confirmed 2025-03-25, no
  travellers named: the household travels; start-up aid paid 2025-03-26 for the application),
  REAG_GARP rejected 2025-02-15;
  vulnerabilities: Amira 2025-03-15 [pregnancy, single_parent], Bilal 2025-05-01 (too late).
- household H2 at ABI: Dawit (male, "1950", AFG); case C2 (site ABI) opened 2024-12-31 (before);
  consultation 2025-01-01 [Dawit] held at site KO.
"""

from dataclasses import dataclass
from datetime import date

from app.domain.enums import CaseOutcome, CaseStatus
from app.domain.returns.codes import ConfirmationMethod
from app.services import records
from app.services.cases import change_status, open_case
from app.services.returns.departures import confirm_departure
from app.store.store import Store
from tests.conftest import Factory

PERIOD = (date(2025, 1, 1), date(2025, 3, 31))

DEFINITIONS = """\
version = "test-1"
small_cell_threshold = 5

[[indicator]]
id = "departed"
name_de = "Ausgereist"
name_en = "Departed"
description_de = "Personen"
description_en = "Persons"
unit = "person"
event = "departed"
breakdowns = ["programme", "sex"]

[[indicator]]
id = "adults_counselled"
name_de = "Erwachsene"
name_en = "Adults"
description_de = "Personen"
description_en = "Persons"
unit = "person"
event = "consultation_held"
where = { "person.age_group" = ["18-34", "35-64", "65+"], "consultation.mode" = ["in_person"], "consultation.site" = ["ATR", "KO"] }
breakdowns = ["age_group"]

[[indicator]]
id = "counselled_at_atr"
name_de = "In ATR beraten"
name_en = "Counselled at ATR"
description_de = "Personen"
description_en = "Persons"
unit = "person"
event = "consultation_held"
where = { "consultation.site" = ["ATR"] }

[[indicator]]
id = "cases_with_reintegration"
name_de = "Fälle"
name_en = "Cases"
description_de = "Fälle"
description_en = "Cases"
unit = "case"
event = "case_closed"
where = { "application.programme_kind" = ["reintegration"], "application.decision" = ["approved"] }
breakdowns = ["programme", "team"]
"""


@dataclass
class World:
    amira: str
    bilal: str
    cem: str
    dawit: str
    c1: str
    c2: str


def build(store: Store) -> World:
    make = Factory(store)
    h1 = make.household(label="Familie Haddad", site="ATR")
    amira = make.person(
        household_id=h1.id,
        family_name="Haddad",
        given_names="Amira",
        sex="female",
        birth_date="1990-06-15",
        nationality="SYR",
    )
    bilal = make.person(
        household_id=h1.id,
        family_name="Haddad",
        given_names="Bilal",
        sex="male",
        birth_date="2012",
        nationality="SYR",
    )
    cem = make.person(
        household_id=h1.id,
        family_name="Haddad",
        given_names="Cem",
        sex="diverse",
        birth_date="2008-12",
        nationality="SYR",
    )
    c1 = open_case(
        store,
        household_id=h1.id,
        site="ATR",
        main_contact_id=amira.id,
        opened_on=date(2025, 1, 10),
    )
    make.consultation(c1.id, held_on=date(2025, 2, 1), participant_ids=[amira.id, bilal.id])
    make.consultation(c1.id, held_on=date(2025, 3, 31), participant_ids=[])
    make.consultation(c1.id, held_on=date(2025, 4, 1), participant_ids=[bilal.id])
    application = {"case_id": c1.id, "submitted_on": date(2025, 1, 20)}
    approved = records.create(
        store,
        entity="application",
        data={
            **application,
            "programme": "STARTHILFE_PLUS",
            "decision": "approved",
            "decided_on": date(2025, 3, 1),
        },
    )
    confirm_departure(
        store,
        application_id=approved.id,
        on=date(2025, 3, 25),
        how=ConfirmationMethod.boarding_confirmation,
    )
    records.create(
        store,
        entity="support_payment",
        data={
            "case_id": c1.id,
            "application_id": approved.id,
            "component": "start_up_aid",
            "status": "paid",
            "amount_cents": 100_000,
            "payer": "bamf",
            "approved_on": date(2025, 3, 1),
            "paid_on": date(2025, 3, 26),
        },
    )
    records.create(
        store,
        entity="application",
        data={
            **application,
            "programme": "REAG_GARP",
            "decision": "rejected",
            "decided_on": date(2025, 2, 15),
        },
    )
    vulnerability = {"assessed_by": "anna"}
    records.create(
        store,
        entity="vulnerability",
        data={
            **vulnerability,
            "person_id": amira.id,
            "assessed_on": date(2025, 3, 15),
            "categories": ["pregnancy", "single_parent"],
        },
    )
    records.create(
        store,
        entity="vulnerability",
        data={
            **vulnerability,
            "person_id": bilal.id,
            "assessed_on": date(2025, 5, 1),
            "categories": ["minor_in_family"],
        },
    )
    change_status(
        store,
        case_id=c1.id,
        to=CaseStatus.closed,
        on=date(2025, 3, 20),
        outcome=CaseOutcome.returned_assisted,
    )
    h2 = make.household(label="Familie Tesfaye", site="ABI")
    dawit = make.person(
        household_id=h2.id,
        family_name="Tesfaye",
        given_names="Dawit",
        sex="male",
        birth_date="1950",
        nationality="AFG",
    )
    c2 = open_case(
        store,
        household_id=h2.id,
        site="ABI",
        main_contact_id=dawit.id,
        opened_on=date(2024, 12, 31),
    )
    make.consultation(c2.id, held_on=date(2025, 1, 1), participant_ids=[dawit.id], site="KO")
    return World(amira.id, bilal.id, cem.id, dawit.id, c1.id, c2.id)


def rows(report_json: dict, indicator: str) -> dict:
    """{"total": n, dimension: {key: count}} of one indicator of a report's JSON."""
    found = next(i for i in report_json["indicators"] if i["id"] == indicator)
    out: dict = {"total": found["total"]}
    for breakdown in found["breakdowns"]:
        out[breakdown["dimension"]] = {r["key"]: r["count"] for r in breakdown["rows"]}
    return out
