"""Device enrolment: user name and password in, a device token and a server-unique prefix out."""

import itertools
import secrets
import string
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.server.accounts.auth import (
    burn_verification,
    hash_password,
    needs_rehash,
    new_token,
    token_hash,
    verify_password,
)
from sync.server.api.deps import ApiError
from sync.server.ops.terminal_text import printable
from sync.server.pushpull.device_ids import is_device_id
from sync.server.storage import tables as t
from sync.server.storage.db import snapshot, transaction, utcnow

# The same alphabet as the device store: no 0/O or 1/I, the prefix is read aloud from paper.
PREFIX_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "01OI")
PREFIX_LENGTH = 3
# Concurrent enrolments may pick the same free prefix; the loser of the race tries again.
_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class Enrolment:
    device_id: str
    token: str
    team_id: str
    role: str
    prefix: str


def bad_credentials() -> ApiError:
    # One message for unknown user, wrong password and disabled user: nothing to enumerate.
    return ApiError(
        401,
        "bad_credentials",
        "Benutzername oder Passwort falsch / wrong user name or password",
        headers={"WWW-Authenticate": "Bearer"},
    )


def invalid_device_id() -> ApiError:
    return ApiError(
        422,
        "invalid_device_id",
        "Geräte-Id ungültig / the device id must be a UUIDv7 as `fallakte init` makes it",
    )


def enroll(
    engine: Engine, *, username: str, password: str, device_id: str, device_name: str
) -> Enrolment:
    """Check the password and issue a new token; re-enrolling a device replaces its old token."""
    if not is_device_id(device_id):
        raise invalid_device_id()
    device_name = printable(device_name.strip())
    query = select(
        t.user.c.id, t.user.c.password_hash, t.user.c.team_id, t.user.c.role, t.user.c.disabled
    ).where(t.user.c.username == username)
    with snapshot(engine) as conn:
        user = conn.execute(query).one_or_none()
    if user is None:
        burn_verification(password)
        raise bad_credentials()
    if not verify_password(user.password_hash, password) or user.disabled:
        raise bad_credentials()
    # Parameters are raised over time; the password is only ever in hand at a login.
    new_hash = hash_password(password) if needs_rehash(user.password_hash) else None
    token = new_token()
    for _ in range(_ATTEMPTS):
        try:
            with transaction(engine) as conn:
                if new_hash is not None:
                    conn.execute(
                        update(t.user).where(t.user.c.id == user.id).values(password_hash=new_hash)
                    )
                team_id, prefix = _register(
                    conn,
                    user_id=user.id,
                    team_id=user.team_id,
                    device_id=device_id,
                    device_name=device_name,
                    token=token,
                )
        except IntegrityError:
            continue
        return Enrolment(
            device_id=device_id, token=token, team_id=team_id, role=user.role, prefix=prefix
        )
    raise ApiError(
        503, "busy", "too many enrolments at once; try again", headers={"Retry-After": "1"}
    )


def _register(
    conn: Connection, *, user_id: str, team_id: str, device_id: str, device_name: str, token: str
) -> tuple[str, str]:
    """Insert or re-key the device row; returns the device's (team id, prefix)."""
    d = t.device.c
    existing = conn.execute(
        select(d.user_id, d.team_id, d.prefix, d.revoked_at, d.wipe, d.revoke_reason).where(
            d.id == device_id
        )
    ).one_or_none()
    now = utcnow()
    if existing is None:
        prefix = _free_prefix(conn)
        conn.execute(
            insert(t.device).values(
                id=device_id,
                user_id=user_id,
                team_id=team_id,
                name=device_name,
                token_hash=token_hash(token),
                prefix=prefix,
                created_at=now,
                last_seen_at=now,
                wipe=False,
            )
        )
        return team_id, prefix
    if existing.user_id != user_id:
        raise ApiError(
            409,
            "device_taken",
            "this device id is enrolled for another user; reset the device's store to enrol it",
        )
    if existing.revoked_at is not None:
        # A password must not undo an administrator's revocation of a lost or stolen laptop.
        code = "revoked_wipe" if existing.wipe else "revoked"
        reason = f": {existing.revoke_reason}" if existing.revoke_reason else ""
        raise ApiError(
            401,
            code,
            f"Gerät gesperrt / this device was revoked by an administrator{reason}",
            headers={"WWW-Authenticate": "Bearer"},
        )
    # The device keeps its team: its local store holds that team's records and cursor.
    conn.execute(
        update(t.device)
        .where(d.id == device_id)
        .values(token_hash=token_hash(token), name=device_name, last_seen_at=now)
    )
    return existing.team_id, existing.prefix


def _free_prefix(conn: Connection) -> str:
    used = set(conn.execute(select(t.device.c.prefix)).scalars())
    # Random tries first: cheap while the space (32^3 = 32,768) is mostly free.
    for _ in range(20):
        candidate = "".join(secrets.choice(PREFIX_ALPHABET) for _ in range(PREFIX_LENGTH))
        if candidate not in used:
            return candidate
    free = [
        "".join(chars)
        for chars in itertools.product(PREFIX_ALPHABET, repeat=PREFIX_LENGTH)
        if "".join(chars) not in used
    ]
    if not free:
        raise ApiError(
            409, "prefixes_exhausted", "every device prefix is taken; remove unused devices"
        )
    return secrets.choice(free)
