"""Recording a consultation, optionally with its follow-up, in one transaction."""

from typing import Any

from app.domain.casework import Consultation, FollowUp
from app.services.records import create_in
from app.store.store import Store


def record_consultation(
    store: Store, *, data: dict[str, Any], follow_up: dict[str, Any] | None = None
) -> tuple[Consultation, FollowUp | None]:
    """Save a consultation; a follow-up agreed in it is saved with it or not at all."""
    data = {"counsellor": store.device.actor, **data}
    with store.write() as writer:
        consultation = create_in(writer, "consultation", data)
        task = None
        if follow_up is not None:
            task = create_in(
                writer,
                "follow_up",
                {"case_id": consultation.case_id, "assignee": store.device.actor, **follow_up},  # type: ignore[attr-defined]
            )
    assert isinstance(consultation, Consultation)
    assert task is None or isinstance(task, FollowUp)
    return consultation, task
