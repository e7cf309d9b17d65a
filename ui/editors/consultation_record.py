"""An existing consultation in the consultation editor: loaded with its people, saved as a patch."""

from typing import Any

from app.domain.cases import Case
from app.domain.casework import Consultation
from app.domain.people import Person
from app.errors import Erased, NotFound
from app.services import dossier, records
from ui.widgets.dates import iso

# Kept as recorded: where it was held and to which case it belongs are not edited here.
UNCHANGED = frozenset({"case_id", "site"})


def load_case(store: Any, case_id: str) -> tuple[Case, list[Person]]:
    """Off the GUI thread: the case (not an audited view: only its number is shown) and its household."""
    case = records.get(store, entity="case", record_id=case_id, audit=False)
    assert isinstance(case, Case)
    return case, dossier.household_members(store, household_id=case.household_id)


def load_consultation(store: Any, consultation_id: str) -> tuple[Consultation, Case, list[Person]]:
    """Off the GUI thread: the consultation, its case and the persons to choose from.

    Participants who have left the household since stay offered, so saving keeps them.
    """
    consultation = records.get(store, entity="consultation", record_id=consultation_id, audit=False)
    assert isinstance(consultation, Consultation)
    case, members = load_case(store, consultation.case_id)
    known = {p.id for p in members}
    for person_id in consultation.participant_ids:
        if person_id in known:
            continue
        try:
            person = records.get(store, entity="person", record_id=person_id, audit=False)
        except (NotFound, Erased):
            continue
        assert isinstance(person, Person)
        members.append(person)
    return consultation, case, members


def payload_of(c: Consultation) -> dict[str, Any]:
    """The consultation as the editor's draft payload holds it (codes and ISO dates)."""
    return {
        "case_id": c.case_id,
        "held_on": iso(c.held_on),
        "duration_minutes": c.duration_minutes,
        "counsellor": c.counsellor,
        "mode": c.mode.value,
        "interpreter_language": c.interpreter_language,
        "interpreter_mode": c.interpreter_mode.value if c.interpreter_mode else None,
        "participant_ids": list(c.participant_ids),
        "topics": [t.value for t in c.topics],
        "notes": c.notes,
        "next_steps": c.next_steps,
    }


def changes(existing: Consultation, data: dict[str, Any]) -> dict[str, Any]:
    """The fields of `data` that differ from the recorded consultation: the patch to save."""
    before = existing.model_dump()
    patch = {}
    for name, value in data.items():
        if name in UNCHANGED:
            continue
        old = before.get(name)
        if name == "participant_ids":  # the order of the check list is not a change
            old, value = sorted(old or []), sorted(value)
        if old != value:
            patch[name] = data[name]
    return patch
