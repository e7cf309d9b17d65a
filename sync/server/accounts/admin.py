"""Administration of teams, users and devices: plain functions behind the CLI and the tests."""

import re
from typing import Any

from sqlalchemy import Engine, Row, Select, insert, select, update

from app import password_policy
from app.domain.enums import AuditAction
from app.domain.ids import new_id
from app.errors import UserError
from sync.protocol import MAX_REVOKE_REASON, DeviceEntry, DeviceState
from sync.server.accounts.auth import hash_password
from sync.server.accounts.users import clean_contact, clean_display_name
from sync.server.exports.export_audit import server_actor
from sync.server.storage import tables as t
from sync.server.storage.db import as_utc, snapshot, transaction, utcnow
from sync.server.storage.server_audit import add_server_event

# Team ids travel in case records (`case.team`, at most 60 characters) and in log lines.
_TEAM_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,59}$")
MAX_USERNAME_LENGTH = 100  # as EnrollRequest accepts


def _valid_username(username: str) -> bool:
    return (
        0 < len(username) <= MAX_USERNAME_LENGTH
        and username == username.strip()
        and all(ch.isprintable() for ch in username)
    )


def device_state(*, revoked: bool, wipe: bool) -> DeviceState:
    if not revoked:
        return "active"
    return "revoked+wipe" if wipe else "revoked"


def add_team(engine: Engine, *, team_id: str, name: str) -> None:
    if not _TEAM_ID.match(team_id):
        raise UserError(
            "team id: 1 to 60 letters, digits, '.', '_' or '-', starting with a letter or digit"
        )
    if not name.strip():
        raise UserError("team name must not be empty")
    with transaction(engine) as conn:
        if conn.execute(select(t.team.c.id).where(t.team.c.id == team_id)).first():
            raise UserError(f"team {team_id} already exists")
        conn.execute(insert(t.team).values(id=team_id, name=name.strip(), created_at=utcnow()))


def add_user(
    engine: Engine,
    *,
    username: str,
    password: str,
    team_id: str,
    role: str,
    actor: str | None = None,
    display_name: str | None = None,
    contact: str | None = None,
) -> str:
    """Create a user and return their id; the password is stored only as an argon2id hash.

    `display_name` is what colleagues see (default: the user name); `contact` a work phone or
    e-mail that the team directory carries only if the server shares contacts.

    The password must meet the server rule (app/password_policy.SERVER_USER); the creation is
    a server audit event by `actor` (default: the operating-system account running this).
    """
    if not _valid_username(username):
        raise UserError(
            "user name: 1 to 100 characters, no control characters, no spaces at either end"
        )
    if role not in t.ROLES:
        raise UserError(f"role must be one of {', '.join(t.ROLES)}")
    shown = clean_display_name(display_name or "")
    reachable = clean_contact(contact or "")
    password_policy.check(password, password_policy.SERVER_USER, user_inputs=[username])
    # Hashing takes ~0.1 s: done before the transaction so that no lock is held meanwhile.
    password_hash = hash_password(password)
    user_id = new_id()
    with transaction(engine) as conn:
        if not conn.execute(select(t.team.c.id).where(t.team.c.id == team_id)).first():
            raise UserError(f"team {team_id} does not exist; add it with 'team add' first")
        taken = select(t.user.c.id).where(t.user.c.username == username)
        if conn.execute(taken).first():
            raise UserError(f"user {username} already exists")
        conn.execute(
            insert(t.user).values(
                id=user_id,
                username=username,
                password_hash=password_hash,
                team_id=team_id,
                role=role,
                created_at=utcnow(),
                disabled=False,
                display_name=shown,
                contact=reachable,
            )
        )
        add_server_event(
            conn,
            actor=actor or server_actor(),
            action=AuditAction.created,
            entity="user",
            record_id=user_id,
            detail=f"user created in team {team_id} as {role}",
        )
    return user_id


def _device_query() -> Select[Any]:
    d = t.device.c
    return (
        select(
            d.id,
            d.name,
            t.user.c.username,
            d.team_id,
            d.prefix,
            d.created_at,
            d.last_seen_at,
            d.revoked_at,
            d.wipe,
            d.revoke_reason,
        )
        .select_from(t.device.join(t.user, t.user.c.id == d.user_id))
        .order_by(t.user.c.username, d.created_at, d.id)
    )


def _device_info(row: Row[Any]) -> DeviceEntry:
    return DeviceEntry(
        id=row.id,
        name=row.name,
        username=row.username,
        team_id=row.team_id,
        prefix=row.prefix,
        created_at=as_utc(row.created_at),
        last_seen_at=as_utc(row.last_seen_at) if row.last_seen_at else None,
        revoked_at=as_utc(row.revoked_at) if row.revoked_at else None,
        wipe=bool(row.wipe),
        revoke_reason=row.revoke_reason,
        state=device_state(revoked=row.revoked_at is not None, wipe=bool(row.wipe)),
    )


def list_devices(engine: Engine, *, team_id: str | None = None) -> list[DeviceEntry]:
    """Every enrolled device, or only those of one team (the wire model: CLI, API and client)."""
    query = _device_query()
    if team_id is not None:
        query = query.where(t.device.c.team_id == team_id)
    with snapshot(engine) as conn:
        rows = conn.execute(query).all()
    return [_device_info(row) for row in rows]


def get_device(engine: Engine, *, device_id: str) -> DeviceEntry | None:
    with snapshot(engine) as conn:
        row = conn.execute(_device_query().where(t.device.c.id == device_id)).one_or_none()
    return None if row is None else _device_info(row)


def revoke_device(
    engine: Engine, *, device_id: str, wipe: bool = False, reason: str | None = None
) -> None:
    """Refuse the device from its next request on; with wipe it also erases its local store.

    Revoking again may add the wipe or change the reason; it never takes a wipe back,
    because the device may already have acted on it.
    """
    reason = (reason or "").strip() or None
    if reason is not None and len(reason) > MAX_REVOKE_REASON:
        raise UserError(f"reason: at most {MAX_REVOKE_REASON} characters")
    with transaction(engine) as conn:
        row = conn.execute(
            select(t.device.c.revoked_at, t.device.c.wipe, t.device.c.revoke_reason).where(
                t.device.c.id == device_id
            )
        ).one_or_none()
        if row is None:
            raise UserError(f"device {device_id} does not exist (see 'device list')")
        conn.execute(
            update(t.device)
            .where(t.device.c.id == device_id)
            .values(
                revoked_at=row.revoked_at or utcnow(),
                wipe=bool(row.wipe) or wipe,
                revoke_reason=reason or row.revoke_reason,
            )
        )
