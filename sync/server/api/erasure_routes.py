"""Admin API for erasure (GDPR Art. 17): `POST /admin/persons/{id}/erase`, role admin only."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path
from pydantic import BaseModel, ConfigDict, Field

from sync.server.accounts.auth import DeviceContext, require_role
from sync.server.api.deps import ApiError, EngineDep
from sync.server.api.routes import errors
from sync.server.lifecycle import erasure

router = APIRouter(tags=["admin"])
# Erasure reaches every team and cannot be undone: the programme admin only, never a lead.
AdminDevice = Annotated[DeviceContext, Depends(require_role("admin"))]
# Never the id that was sent: an error says what is wrong, not what came in.
NO_PERSON = "keine solche Person / no person with this id on this server"
PersonPath = Annotated[str, Path(min_length=1, max_length=100, description="the person's id")]


class EraseRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: Annotated[str | None, Field(max_length=erasure.MAX_REASON)] = None


class ErasureReport(BaseModel):
    """Counts only: an erasure report never names anyone."""

    person_id: str
    already_erased: bool
    erased: dict[str, int]
    changed: dict[str, int]
    conflicts_emptied: int
    blobs_deleted: int
    audit_events_replaced: int


@router.post(
    "/admin/persons/{person_id}/erase",
    response_model=ErasureReport,
    responses=errors(400, 401, 403, 404, 422, 426),
)
def erase_person(
    person_id: PersonPath, body: EraseRequest, caller: AdminDevice, engine: EngineDep
) -> ErasureReport:
    """Erase a person on the server and, at their next sync, on every device (not undoable)."""
    try:
        done = erasure.erase_person(
            engine, person_id=person_id, actor=caller.username, reason=body.reason
        )
    except erasure.UnknownPerson:
        raise ApiError(404, "not_found", NO_PERSON) from None
    return report(done)


def report(done: erasure.ErasureResult) -> ErasureReport:
    return ErasureReport(
        person_id=done.plan.person_id,
        already_erased=done.plan.already_erased,
        erased=done.applied.erased,
        changed=done.applied.changed,
        conflicts_emptied=done.applied.conflicts,
        blobs_deleted=done.blobs,
        audit_events_replaced=done.audit_removed,
    )
