"""Who travels on an application: the main applicant and the household members who go along."""

from collections.abc import Mapping, Sequence

from sqlalchemy import Connection

from app.domain.cases import Case
from app.domain.ids import stable_id
from app.domain.people import Person
from app.domain.returns.codes import Relationship, TravellerRole
from app.domain.returns.travel import ApplicationTraveller
from app.errors import ValidationFailed
from app.services.records import get_in
from app.services.returns.common import application_in, rows, upsert_in
from app.store.store import Store
from app.store.writer import Writer

ENTITY = "application_traveller"


def traveller_id(application_id: str, person_id: str) -> str:
    return stable_id(ENTITY, application_id, person_id)


def set_traveller_in(
    writer: Writer,
    *,
    application_id: str,
    person_id: str,
    role: TravellerRole = TravellerRole.household_member,
    relationship: Relationship | None = None,
    travels: bool = True,
) -> ApplicationTraveller:
    application = application_in(writer, application_id)
    case = get_in(writer, "case", application.case_id)
    person = get_in(writer, "person", person_id)
    assert isinstance(case, Case) and isinstance(person, Person)
    if person.household_id != case.household_id and person.id != case.main_contact_id:
        raise ValidationFailed(
            ENTITY,
            {"person_id": "gehört nicht zum Haushalt des Falls / is not of the case's household"},
        )
    if role == TravellerRole.main_applicant:
        others = [
            t
            for t in travellers_in(writer.conn, [application_id]).get(application_id, [])
            if t.role == TravellerRole.main_applicant and t.person_id != person_id
        ]
        if others:
            raise ValidationFailed(
                ENTITY,
                {"role": "der Antrag hat schon eine Hauptperson / already has a main applicant"},
            )
    record = upsert_in(
        writer,
        ENTITY,
        traveller_id(application_id, person_id),
        {
            "case_id": application.case_id,
            "application_id": application_id,
            "person_id": person_id,
            "role": role,
            "relationship": relationship,
            "travels": travels,
        },
    )
    assert isinstance(record, ApplicationTraveller)
    return record


def set_traveller(
    store: Store,
    *,
    application_id: str,
    person_id: str,
    role: TravellerRole = TravellerRole.household_member,
    relationship: Relationship | None = None,
    travels: bool = True,
) -> ApplicationTraveller:
    with store.write() as writer:
        return set_traveller_in(
            writer,
            application_id=application_id,
            person_id=person_id,
            role=role,
            relationship=relationship,
            travels=travels,
        )


def travellers_in(
    conn: Connection, application_ids: Sequence[str]
) -> dict[str, list[ApplicationTraveller]]:
    """Application id -> its traveller rows (travelling or staying), main applicant first."""
    found: dict[str, list[ApplicationTraveller]] = {}
    for record in rows(conn, ENTITY, "application_id", list(application_ids)):
        assert isinstance(record, ApplicationTraveller)
        found.setdefault(record.application_id, []).append(record)
    for listed in found.values():
        listed.sort(key=lambda t: (t.role != TravellerRole.main_applicant, t.id))
    return found


def travelling(listed: Sequence[ApplicationTraveller]) -> list[str]:
    return [t.person_id for t in listed if t.travels]


def set_travellers(
    store: Store,
    *,
    application_id: str,
    main_applicant_id: str,
    members: Mapping[str, tuple[bool, Relationship | None]],
) -> list[ApplicationTraveller]:
    """The whole household's answer at once (the desktop's travellers form): person id ->
    (travels, relationship), the main applicant among them; one transaction."""
    if main_applicant_id not in members:
        raise ValidationFailed(
            ENTITY, {"role": "Hauptperson fehlt in der Liste / main applicant is not listed"}
        )
    with store.write() as writer:
        # A main applicant who is no longer one steps down first: one per application.
        for row in travellers_in(writer.conn, [application_id]).get(application_id, []):
            if row.role == TravellerRole.main_applicant and row.person_id != main_applicant_id:
                travels, relationship = members.get(row.person_id, (row.travels, None))
                set_traveller_in(
                    writer,
                    application_id=application_id,
                    person_id=row.person_id,
                    relationship=relationship,
                    travels=travels,
                )
        saved = []
        for person_id, (travels, relationship) in members.items():
            main = person_id == main_applicant_id
            saved.append(
                set_traveller_in(
                    writer,
                    application_id=application_id,
                    person_id=person_id,
                    role=TravellerRole.main_applicant if main else TravellerRole.household_member,
                    relationship=None if main else relationship,
                    travels=travels,
                )
            )
        return saved
