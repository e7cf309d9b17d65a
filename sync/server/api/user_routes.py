"""The admin API of the user lifecycle (the desktop Admin area's Users tab), role admin only:

    GET  /admin/users                     every user, with team, role, state and devices
    GET  /admin/teams                     the teams a user can be moved into
    POST /admin/users/{id}/disable        {wipe, reason}: no enrolment, every device revoked
    POST /admin/users/{id}/enable
    POST /admin/users/{id}/password       {password}: the server's password rule applies
    POST /admin/users/{id}/role           {role}
    POST /admin/users/{id}/team           {team, wipe}: the user's devices are revoked
    POST /admin/users/{id}/profile        {display_name, contact}: what the directory shows

A lead is refused (403) like a counsellor: users of every role are managed here, and a role
never acts upward. An admin cannot disable, demote or move their own account (409): another
admin or `fallakte-server` can, so no server is left without anyone to manage it.
Each change is a server audit event naming the admin (sync/server/accounts/users.py).
"""

from collections.abc import Callable
from typing import Annotated

from fastapi import APIRouter, Depends, Path

from app.errors import UserError
from app.password_policy import WeakPassword
from sync.protocol_users import (
    DisableRequest,
    MoveRequest,
    PasswordRequest,
    ProfileRequest,
    RoleRequest,
    TeamEntry,
    UserChanged,
    UserEntry,
)
from sync.server.accounts import users
from sync.server.accounts.auth import DeviceContext, require_role
from sync.server.api.deps import ApiError, EngineDep
from sync.server.api.routes import errors
from sync.server.exports.export_audit import api_actor

router = APIRouter(tags=["admin"])
Admin = Annotated[DeviceContext, Depends(require_role("admin"))]
UserPath = Annotated[str, Path(min_length=1, max_length=100, description="the user's id")]


def _act(action: Callable[[], users.Changed]) -> UserChanged:
    """Run a lifecycle action and answer with the user as it left them; errors become 4xx."""
    try:
        done = action()
    except users.UnknownUser:
        raise ApiError(404, "not_found", "kein solcher Benutzer / there is no such user") from None
    except users.UnknownTeam:
        raise ApiError(422, "unknown_team", "kein solches Team / there is no such team") from None
    except WeakPassword as exc:
        raise ApiError(422, "weak_password", str(exc)) from None
    except UserError as exc:  # their messages name the rule, never the value
        raise ApiError(422, "invalid_request", str(exc)) from None
    return UserChanged(user=done.user, devices_revoked=done.devices_revoked)


def _not_self(caller: DeviceContext, user_id: str) -> None:
    if caller.user_id == user_id:
        raise ApiError(
            409,
            "own_account",
            "Das eigene Konto nicht / not your own account: another admin or fallakte-server "
            "can do this",
        )


@router.get("/admin/users", response_model=list[UserEntry], responses=errors(401, 403, 426))
def list_users(caller: Admin, engine: EngineDep) -> list[UserEntry]:
    """Every user of every team."""
    return users.list_users(engine)


@router.get("/admin/teams", response_model=list[TeamEntry], responses=errors(401, 403, 426))
def list_teams(caller: Admin, engine: EngineDep) -> list[TeamEntry]:
    return users.list_teams(engine)


@router.post(
    "/admin/users/{user_id}/disable",
    response_model=UserChanged,
    responses=errors(401, 403, 404, 409, 422, 426),
)
def disable_user(
    user_id: UserPath, body: DisableRequest, caller: Admin, engine: EngineDep
) -> UserChanged:
    """Refuse the user's enrolments and revoke all their devices (idempotent)."""
    _not_self(caller, user_id)
    return _act(
        lambda: users.disable_user(
            engine,
            user_id=user_id,
            actor=api_actor(caller.username),
            wipe=body.wipe,
            reason=body.reason,
        )
    )


@router.post(
    "/admin/users/{user_id}/enable",
    response_model=UserChanged,
    responses=errors(401, 403, 404, 426),
)
def enable_user(user_id: UserPath, caller: Admin, engine: EngineDep) -> UserChanged:
    """The user may enrol a new device again; revoked devices stay revoked."""
    return _act(
        lambda: users.enable_user(engine, user_id=user_id, actor=api_actor(caller.username))
    )


@router.post(
    "/admin/users/{user_id}/password",
    response_model=UserChanged,
    responses=errors(401, 403, 404, 422, 426),
)
def reset_password(
    user_id: UserPath, body: PasswordRequest, caller: Admin, engine: EngineDep
) -> UserChanged:
    """A new enrolment password; 422 `weak_password` says why one is refused."""
    return _act(
        lambda: users.reset_password(
            engine, user_id=user_id, password=body.password, actor=api_actor(caller.username)
        )
    )


@router.post(
    "/admin/users/{user_id}/role",
    response_model=UserChanged,
    responses=errors(401, 403, 404, 409, 422, 426),
)
def set_role(user_id: UserPath, body: RoleRequest, caller: Admin, engine: EngineDep) -> UserChanged:
    _not_self(caller, user_id)
    return _act(
        lambda: users.set_role(
            engine, user_id=user_id, role=body.role, actor=api_actor(caller.username)
        )
    )


@router.post(
    "/admin/users/{user_id}/team",
    response_model=UserChanged,
    responses=errors(401, 403, 404, 409, 422, 426),
)
def move_user(
    user_id: UserPath, body: MoveRequest, caller: Admin, engine: EngineDep
) -> UserChanged:
    """Into another team; the user's devices are revoked (their data is the old team's)."""
    _not_self(caller, user_id)
    return _act(
        lambda: users.move_user(
            engine,
            user_id=user_id,
            team_id=body.team,
            actor=api_actor(caller.username),
            wipe=body.wipe,
        )
    )


@router.post(
    "/admin/users/{user_id}/profile",
    response_model=UserChanged,
    responses=errors(401, 403, 404, 422, 426),
)
def set_profile(
    user_id: UserPath, body: ProfileRequest, caller: Admin, engine: EngineDep
) -> UserChanged:
    """Display name and work contact as the team directory shows them (own account too)."""
    return _act(
        lambda: users.set_profile(
            engine,
            user_id=user_id,
            actor=api_actor(caller.username),
            display_name=body.display_name,
            contact=body.contact,
        )
    )
