"""Saving a person from the person form: with a new household in the same transaction."""

from typing import Any

from app.domain.people import Person
from app.services import records
from app.store.store import Store


def save_person(
    store: Store,
    *,
    person_id: str | None,
    data: dict[str, Any],
    new_household: dict[str, Any] | None = None,
) -> Person:
    """Create or patch a person, first creating their new household: one transaction, all or nothing."""
    with store.write() as writer:
        if new_household is not None:
            household = records.create_in(writer, "household", new_household)
            data = {**data, "household_id": household.id}
        if person_id is None:
            person = records.create_in(writer, "person", data)
        else:
            person = records.update_in(writer, "person", person_id, data)
    assert isinstance(person, Person)
    return person
