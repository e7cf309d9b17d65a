"""Passwords (argon2id), device tokens (stored as sha256) and the dependencies that check them."""

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Annotated

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Depends, Header
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine, and_, or_, select, update

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.api.deps import ApiError, EngineDep
from sync.server.pushpull.device_ids import is_reserved
from sync.server.storage import tables as t
from sync.server.storage.db import as_utc, snapshot, transaction, utcnow

# argon2-cffi's defaults are argon2id (RFC 9106 low-memory profile). Tests swap in a cheap one.
HASHER = PasswordHasher()
# Writing last_seen_at on every request would turn every pull into a write.
LAST_SEEN_RESOLUTION = timedelta(minutes=1)

_bearer = HTTPBearer(auto_error=False, description="the device token from POST /devices/enroll")


@dataclass(frozen=True, slots=True)
class DeviceContext:
    """The authenticated device making a request, and whose data it may see."""

    device_id: str
    user_id: str
    username: str
    team_id: str
    role: str
    prefix: str


# -- passwords and tokens ----------------------------------------------------


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    """Constant-time check; a malformed stored hash counts as a mismatch, never a crash."""
    try:
        return HASHER.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return HASHER.check_needs_rehash(password_hash)


@cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    return hasher.hash(secrets.token_urlsafe(16))


def burn_verification(password: str) -> None:
    """Spend the time of a real verification, so unknown user names cannot be told apart."""
    verify_password(_dummy_hash(HASHER), password)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    # Tokens carry 256 random bits: a plain hash suffices, no slow KDF needed.
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# -- dependencies ------------------------------------------------------------


async def protocol_checked(
    version: Annotated[
        str | None,
        Header(
            alias=PROTOCOL_HEADER,
            description=f"the sync protocol the client speaks; this server speaks {PROTOCOL_VERSION}",
        ),
    ] = None,
) -> int:
    """Refuse a client speaking another protocol with 426 and a message for its user.

    The message never repeats the header: what a client sends does not come back.
    """
    if version is None or version.strip() != str(PROTOCOL_VERSION):
        raise ApiError(
            426,
            "protocol_mismatch",
            f"Server speaks protocol {PROTOCOL_VERSION}, this client another one: "
            "please update Fallakte / Server und Programm passen nicht zusammen, "
            "bitte Fallakte aktualisieren",
            headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        )
    return PROTOCOL_VERSION


def _unauthorized(code: str, message: str) -> ApiError:
    return ApiError(401, code, message, headers={"WWW-Authenticate": "Bearer"})


def authenticate(engine: Engine, token: str) -> DeviceContext:
    """The device holding this token, or ApiError 401 saying why not."""
    columns = (
        t.device.c.id,
        t.device.c.user_id,
        t.device.c.team_id,
        t.device.c.prefix,
        t.device.c.revoked_at,
        t.device.c.wipe,
        t.device.c.revoke_reason,
        t.device.c.last_seen_at,
        t.user.c.username,
        t.user.c.role,
        t.user.c.disabled,
    )
    query = (
        select(*columns)
        .select_from(t.device.join(t.user, t.user.c.id == t.device.c.user_id))
        .where(t.device.c.token_hash == token_hash(token))
    )
    with snapshot(engine) as conn:
        row = conn.execute(query).one_or_none()
    # A revocation is answered before a disabled user: disabling revokes the user's devices,
    # and a device must still learn that it is to erase its data (users.disable_user).
    # A device holding the server's own id (enrolled by an old release) must never act:
    # its stamps would carry the server's semantics.
    if row is None or (row.disabled and row.revoked_at is None) or is_reserved(row.id):
        raise _unauthorized(
            "unauthorized",
            "Gerät nicht angemeldet / this device is not enrolled (or its token was replaced); "
            "enrol it again",
        )
    if row.revoked_at is not None:
        reason = f": {row.revoke_reason}" if row.revoke_reason else ""
        if row.wipe:
            raise _unauthorized(
                "revoked_wipe",
                "Gerät gesperrt, lokale Daten werden gelöscht / this device was revoked and "
                f"must erase its local data{reason}",
            )
        raise _unauthorized(
            "revoked", f"Gerät gesperrt / this device was revoked by an administrator{reason}"
        )
    _touch(engine, row.id, row.last_seen_at)
    return DeviceContext(
        device_id=row.id,
        user_id=row.user_id,
        username=row.username,
        team_id=row.team_id,
        role=row.role,
        prefix=row.prefix,
    )


def _touch(engine: Engine, device_id: str, last_seen: datetime | None) -> None:
    now = utcnow()
    stale = now - LAST_SEEN_RESOLUTION
    if last_seen is not None and as_utc(last_seen) > stale:
        return
    column = t.device.c.last_seen_at
    # The condition repeats in SQL so that concurrent requests of one device write once.
    with transaction(engine) as conn:
        conn.execute(
            update(t.device)
            .where(and_(t.device.c.id == device_id, or_(column.is_(None), column < stale)))
            .values(last_seen_at=now)
        )


def current_device(
    engine: EngineDep,
    _protocol: Annotated[int, Depends(protocol_checked)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> DeviceContext:
    """The authenticated device; every route but health and enroll depends on it."""
    if credentials is None or credentials.scheme.lower() != "bearer" or not credentials.credentials:
        raise _unauthorized(
            "unauthorized", "kein Gerätetoken / no device token: enrol this device first"
        )
    return authenticate(engine, credentials.credentials)


CurrentDevice = Annotated[DeviceContext, Depends(current_device)]


def require_role(*roles: str) -> Callable[[DeviceContext], DeviceContext]:
    """A dependency that admits only devices whose user has one of these roles (else 403)."""

    def check(device: CurrentDevice) -> DeviceContext:
        if device.role not in roles:
            raise ApiError(
                403,
                "forbidden",
                f"nicht erlaubt / this needs the role {' or '.join(roles)}",
            )
        return device

    return check
