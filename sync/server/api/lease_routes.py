"""The offline lease over HTTP:

    GET  /sync/lease                  the device's renewal: its team's lease, the server's time
    POST /admin/teams/{team}/lease    {lease_days}: set a team's lease (role admin, audited)

The renewal depends on `current_device`, which answers a revoked device with 401 `revoked` /
`revoked_wipe` before anything else: a revoked device never receives a renewal.
"""

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from app.errors import UserError
from sync.protocol_lease import LeaseGrant, LeaseRequest, TeamLease
from sync.server.accounts import lease
from sync.server.accounts.auth import CurrentDevice, DeviceContext, require_role
from sync.server.api.deps import ApiError, EngineDep
from sync.server.api.routes import errors
from sync.server.exports.export_audit import api_actor
from sync.server.storage.db import utcnow

router = APIRouter(tags=["lease"])
Admin = Annotated[DeviceContext, Depends(require_role("admin"))]
TeamPath = Annotated[str, Path(min_length=1, max_length=60, description="the team's id")]


@router.get("/sync/lease", response_model=LeaseGrant, responses=errors(401, 426))
def renew(device: CurrentDevice, engine: EngineDep) -> LeaseGrant:
    """Renew this device's offline lease (asked at the end of every sync round)."""
    try:
        days = lease.lease_days(engine, team_id=device.team_id)
    except lease.UnknownTeam:  # a device's team is never deleted: a broken database
        raise ApiError(404, "not_found", "kein solches Team / there is no such team") from None
    return LeaseGrant(team=device.team_id, lease_days=days, server_time=utcnow())


@router.post(
    "/admin/teams/{team_id}/lease",
    response_model=TeamLease,
    responses=errors(401, 403, 404, 422, 426),
)
def set_lease(team_id: TeamPath, body: LeaseRequest, caller: Admin, engine: EngineDep) -> TeamLease:
    """How many days the team's devices may go without a confirmed sync (1..365)."""
    try:
        return lease.set_lease_days(
            engine, team_id=team_id, days=body.lease_days, actor=api_actor(caller.username)
        )
    except lease.UnknownTeam:
        raise ApiError(404, "not_found", "kein solches Team / there is no such team") from None
    except UserError as exc:
        raise ApiError(422, "invalid_request", str(exc)) from None
