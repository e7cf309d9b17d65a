"""The desktop Admin area's routes: list the devices a lead may see, revoke one of them."""

from typing import Annotated

from fastapi import APIRouter, Depends, Path

from sync.protocol import DeviceEntry, RevokeRequest
from sync.server.accounts import admin, roles
from sync.server.accounts.auth import DeviceContext, require_role
from sync.server.api.deps import ApiError, EngineDep
from sync.server.api.routes import errors

router = APIRouter(tags=["admin"])
# A lead manages the devices of their own team; an admin those of every team.
LeadDevice = Annotated[DeviceContext, Depends(require_role("lead", "admin"))]
DevicePath = Annotated[str, Path(min_length=1, max_length=100, description="the device's id")]


def _sees_all(caller: DeviceContext) -> bool:
    return caller.role == "admin"


@router.get(
    "/admin/devices",
    response_model=list[DeviceEntry],
    responses=errors(401, 403, 426),
)
def list_devices(caller: LeadDevice, engine: EngineDep) -> list[DeviceEntry]:
    """Devices of the caller's team (role lead) or of every team (role admin)."""
    team = None if _sees_all(caller) else caller.team_id
    return admin.list_devices(engine, team_id=team)


@router.post(
    "/admin/devices/{device_id}/revoke",
    response_model=DeviceEntry,
    responses=errors(401, 403, 404, 409, 422, 426),
)
def revoke_device(
    device_id: DevicePath, body: RevokeRequest, caller: LeadDevice, engine: EngineDep
) -> DeviceEntry:
    """Refuse the device from its next request on (idempotent; a wipe is never taken back)."""
    target = admin.get_device(engine, device_id=device_id)
    # Another team's device is answered like no device: a lead learns nothing of other teams.
    if target is None or (not _sees_all(caller) and target.team_id != caller.team_id):
        raise ApiError(404, "not_found", "kein solches Gerät / there is no device with this id")
    if not roles.may_act_on(caller.role, roles.role_of_device(engine, target.id) or "admin"):
        raise ApiError(
            403,
            "forbidden",
            "nicht erlaubt / a team lead may not revoke the device of an administrator",
        )
    if target.id == caller.device_id:
        raise ApiError(
            409,
            "own_device",
            "Dieses Gerät kann sich nicht selbst sperren / "
            "a device cannot revoke itself; use another device or fallakte-server",
        )
    admin.revoke_device(engine, device_id=target.id, wipe=body.wipe, reason=body.reason)
    revoked = admin.get_device(engine, device_id=target.id)
    assert revoked is not None  # devices are never deleted
    return revoked
