"""Saving a person from the person form: with a new household in the same transaction."""

from collections.abc import Sequence
from typing import Any

from app.domain.enums import AuditAction
from app.domain.people import Person
from app.services import records
from app.store.store import Store


def save_person(
    store: Store,
    *,
    person_id: str | None,
    data: dict[str, Any],
    new_household: dict[str, Any] | None = None,
    despite: Sequence[str] = (),
) -> Person:
    """Create or patch a person, first creating their new household: one transaction, all or nothing.

    `despite` are the persons the check at intake showed as likely the same one, when the
    counsellor chose to save a new person anyway: that choice is audited with their ids only.
    """
    with store.write() as writer:
        if new_household is not None:
            household = records.create_in(writer, "household", new_household)
            data = {**data, "household_id": household.id}
        if person_id is None:
            person = records.create_in(writer, "person", data)
        else:
            person = records.update_in(writer, "person", person_id, data)
        if despite:
            writer.audit(AuditAction.created, "person", person.id, detail=despite_detail(despite))
    assert isinstance(person, Person)
    return person


# The audit detail holds at most 200 characters: as many ids as fit, and always the count.
_DETAIL_LIMIT = 200


def despite_detail(ids: Sequence[str]) -> str:
    """ "saved despite 2 possible duplicate(s): <id> <id>": ids, never names (the log is read
    by people who may not see the records)."""
    head = f"saved despite {len(ids)} possible duplicate(s):"
    text = head
    for person_id in ids:
        if len(text) + 1 + len(person_id) > _DETAIL_LIMIT:
            break
        text += " " + person_id
    return text
