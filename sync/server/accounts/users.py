"""The user lifecycle: list, disable, enable, reset the password, change the role, move team.

Plain functions behind `fallakte-server user ...` (user_cli.py) and the admin API
(user_routes.py). Each action that changes something writes one server audit event
(entity "user", the user's id, what changed; never a password, never a free-text reason).

Devices follow their user: a disabled user's devices are revoked (the server refuses them and
a disabled user cannot enrol a fresh one), and so are the devices of a user who moves team,
because each device holds its old team's records and keeps its team for good.
"""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, Row, case, func, select, update

from app import password_policy
from app.domain.enums import AuditAction
from app.errors import UserError
from sync.protocol import MAX_REVOKE_REASON
from sync.protocol_directory import MAX_CONTACT, MAX_DISPLAY_NAME
from sync.protocol_users import ROLES, TeamEntry, UserEntry
from sync.server.accounts.auth import hash_password
from sync.server.storage import tables as t
from sync.server.storage.db import as_utc, snapshot, transaction, utcnow
from sync.server.storage.server_audit import add_server_event

ENTITY = "user"
# What the user's revoked devices show them (the wording of an administrator's reason).
MOVED_REASON = "in ein anderes Team gewechselt / moved to another team"


class UnknownUser(UserError):
    """No user with that name or id (the CLI names it; the API answers 404)."""


class UnknownTeam(UserError):
    pass


@dataclass(frozen=True, slots=True)
class Changed:
    user: UserEntry
    devices_revoked: int = 0


# -- reading -------------------------------------------------------------------------------


def _user_query() -> Any:
    d = t.device.c
    devices = (
        select(
            d.user_id,
            func.count(d.id).label("total"),
            func.sum(case((d.revoked_at.is_(None), 1), else_=0)).label("active"),
            func.max(d.last_seen_at).label("last_seen_at"),
        )
        .group_by(d.user_id)
        .subquery()
    )
    u = t.user.c
    return (
        select(
            u.id,
            u.username,
            u.team_id,
            u.role,
            u.disabled,
            u.created_at,
            u.display_name,
            u.contact,
            devices.c.total,
            devices.c.active,
            devices.c.last_seen_at,
        )
        .select_from(t.user.outerjoin(devices, devices.c.user_id == u.id))
        .order_by(u.team_id, u.username)
    )


def _entry(row: Row[Any]) -> UserEntry:
    total, active = int(row.total or 0), int(row.active or 0)
    return UserEntry(
        id=row.id,
        username=row.username,
        team_id=row.team_id,
        role=row.role,
        disabled=bool(row.disabled),
        created_at=as_utc(row.created_at),
        devices_active=active,
        devices_revoked=total - active,
        last_seen_at=as_utc(row.last_seen_at) if row.last_seen_at else None,
        display_name=row.display_name or "",
        contact=row.contact,
    )


def list_users(engine: Engine, *, team_id: str | None = None) -> list[UserEntry]:
    query = _user_query()
    if team_id is not None:
        query = query.where(t.user.c.team_id == team_id)
    with snapshot(engine) as conn:
        return [_entry(row) for row in conn.execute(query).all()]


def get_user(engine: Engine, *, user_id: str) -> UserEntry | None:
    with snapshot(engine) as conn:
        return _get(conn, user_id)


def _get(conn: Connection, user_id: str) -> UserEntry | None:
    row = conn.execute(_user_query().where(t.user.c.id == user_id)).one_or_none()
    return None if row is None else _entry(row)


def user_id_of(engine: Engine, username: str) -> str:
    """The id behind a user name, or UnknownUser saying where to look."""
    with snapshot(engine) as conn:
        found = conn.scalar(select(t.user.c.id).where(t.user.c.username == username))
    if found is None:
        raise UnknownUser(f"there is no user {username!r} (see 'fallakte-server user list')")
    return str(found)


def list_teams(engine: Engine) -> list[TeamEntry]:
    with snapshot(engine) as conn:
        rows = conn.execute(select(t.team.c.id, t.team.c.name).order_by(t.team.c.id)).all()
    return [TeamEntry(id=row.id, name=row.name) for row in rows]


# -- what colleagues see ---------------------------------------------------------------------


def clean_display_name(text: str) -> str | None:
    """The display name as stored: trimmed, None for empty (the user name stands in)."""
    return _profile_text(text, field="display name", limit=MAX_DISPLAY_NAME)


def clean_contact(text: str) -> str | None:
    return _profile_text(text, field="contact", limit=MAX_CONTACT)


def _profile_text(text: str, *, field: str, limit: int) -> str | None:
    # The messages name the rule, never the text: it is a person's name or phone number.
    cleaned = " ".join(text.split())
    if len(cleaned) > limit:
        raise UserError(f"{field}: at most {limit} characters")
    if not all(ch.isprintable() for ch in cleaned):
        raise UserError(f"{field}: no control characters")
    return cleaned or None


def set_profile(
    engine: Engine,
    *,
    user_id: str,
    actor: str,
    display_name: str | None = None,
    contact: str | None = None,
) -> Changed:
    """Change what the team directory shows of a user; None leaves a field as it is, "" empties
    it. The audit event says which field changed, not to what (the values are personal data)."""
    patch: dict[str, str | None] = {}
    if display_name is not None:
        patch["display_name"] = clean_display_name(display_name)
    if contact is not None:
        patch["contact"] = clean_contact(contact)
    with transaction(engine) as conn:
        _locked(conn, user_id)
        if not patch:
            return _after(conn, user_id)
        u = t.user.c
        before = (
            conn.execute(select(u.display_name, u.contact).where(u.id == user_id)).one()._mapping
        )
        changed = sorted(k for k, v in patch.items() if before[k] != v)
        if changed:
            conn.execute(update(t.user).where(u.id == user_id).values(**patch))
            names = " and ".join(name.replace("_", " ") for name in changed)
            _event(conn, actor=actor, user_id=user_id, detail=f"{names} changed")
        return _after(conn, user_id)


# -- the actions -----------------------------------------------------------------------------


def _locked(conn: Connection, user_id: str) -> Row[Any]:
    """The user's row, locked for this transaction on PostgreSQL (two admins at once serialise)."""
    u = t.user.c
    query: Any = select(u.id, u.team_id, u.role, u.disabled).where(u.id == user_id)
    row = conn.execute(query.with_for_update()).one_or_none()
    if row is None:
        raise UnknownUser("there is no such user (see 'fallakte-server user list')")
    return row


def _revoke_devices(
    conn: Connection, user_id: str, *, wipe: bool, reason: str | None, only_active: bool = False
) -> int:
    """Revoke every device of the user that is not yet revoked; with `wipe`, also mark the
    revoked ones for erasure (a wipe is never taken back). Returns how many were newly revoked."""
    d = t.device.c
    newly = conn.execute(
        update(t.device)
        .where(d.user_id == user_id, d.revoked_at.is_(None))
        .values(revoked_at=utcnow(), wipe=wipe, revoke_reason=reason)
    ).rowcount
    if wipe and not only_active:
        conn.execute(update(t.device).where(d.user_id == user_id).values(wipe=True))
    return int(newly or 0)


def _reason(reason: str | None) -> str | None:
    cleaned = (reason or "").strip() or None
    if cleaned is not None and len(cleaned) > MAX_REVOKE_REASON:
        raise UserError(f"reason: at most {MAX_REVOKE_REASON} characters")
    if cleaned is not None and not all(ch.isprintable() for ch in cleaned):
        raise UserError("reason: no control characters")
    return cleaned


def _devices(n: int, wipe: bool) -> str:
    if n == 0:
        return "no device revoked"
    return f"{n} device{'s' if n != 1 else ''} revoked" + (" with wipe" if wipe else "")


def _event(conn: Connection, *, actor: str, user_id: str, detail: str) -> None:
    add_server_event(
        conn,
        actor=actor,
        action=AuditAction.changed,
        entity=ENTITY,
        record_id=user_id,
        detail=detail,
    )


def _after(conn: Connection, user_id: str, revoked: int = 0) -> Changed:
    entry = _get(conn, user_id)
    assert entry is not None  # users are never deleted
    return Changed(entry, revoked)


def disable_user(
    engine: Engine, *, user_id: str, actor: str, wipe: bool = False, reason: str | None = None
) -> Changed:
    """The user can no longer enrol, and every device of theirs is refused from its next request.

    Disabling again revokes what is still active and may add the wipe; the reason goes to the
    devices (their user sees it), not into the audit trail (it may name a person).
    """
    why = _reason(reason)
    with transaction(engine) as conn:
        row = _locked(conn, user_id)
        revoked = _revoke_devices(conn, user_id, wipe=wipe, reason=why)
        if not row.disabled:
            conn.execute(update(t.user).where(t.user.c.id == user_id).values(disabled=True))
        if not row.disabled or revoked or wipe:
            state = "disabled" if not row.disabled else "already disabled"
            _event(
                conn,
                actor=actor,
                user_id=user_id,
                detail=f"user {state}; {_devices(revoked, wipe)}",
            )
        return _after(conn, user_id, revoked)


def enable_user(engine: Engine, *, user_id: str, actor: str) -> Changed:
    """The user may enrol again (a fresh device: revoked ones stay revoked)."""
    with transaction(engine) as conn:
        row = _locked(conn, user_id)
        if row.disabled:
            conn.execute(update(t.user).where(t.user.c.id == user_id).values(disabled=False))
            _event(conn, actor=actor, user_id=user_id, detail="user enabled")
        return _after(conn, user_id)


def reset_password(engine: Engine, *, user_id: str, password: str, actor: str) -> Changed:
    """A new enrolment password (the server rule: app/password_policy.SERVER_USER).

    Enrolled devices keep working: the password only ever enrols; revoke a device if the old
    password may have enrolled one that should not be there.
    """
    target = get_user(engine, user_id=user_id)
    if target is None:
        raise UnknownUser("there is no such user (see 'fallakte-server user list')")
    password_policy.check(password, password_policy.SERVER_USER, user_inputs=[target.username])
    # Hashing takes ~0.1 s: before the transaction, so no lock is held meanwhile.
    new_hash = hash_password(password)
    with transaction(engine) as conn:
        _locked(conn, user_id)
        conn.execute(update(t.user).where(t.user.c.id == user_id).values(password_hash=new_hash))
        _event(conn, actor=actor, user_id=user_id, detail="password reset")
        return _after(conn, user_id)


def set_role(engine: Engine, *, user_id: str, role: str, actor: str) -> Changed:
    """Takes effect with the user's devices' next request (each request reads the role)."""
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    with transaction(engine) as conn:
        row = _locked(conn, user_id)
        if row.role != role:
            conn.execute(update(t.user).where(t.user.c.id == user_id).values(role=role))
            _event(conn, actor=actor, user_id=user_id, detail=f"role {row.role} -> {role}")
        return _after(conn, user_id)


def move_user(
    engine: Engine, *, user_id: str, team_id: str, actor: str, wipe: bool = False
) -> Changed:
    """Into `team_id`. The user's devices are revoked (with `wipe` they also erase the old team's
    data); the user enrols a fresh device, which receives the new team's cases."""
    with transaction(engine) as conn:
        row = _locked(conn, user_id)
        if conn.scalar(select(t.team.c.id).where(t.team.c.id == team_id)) is None:
            raise UnknownTeam(
                f"there is no team {team_id!r}; add it with 'fallakte-server team add' first"
            )
        if row.team_id == team_id:
            return _after(conn, user_id)
        revoked = _revoke_devices(conn, user_id, wipe=wipe, reason=MOVED_REASON, only_active=True)
        conn.execute(update(t.user).where(t.user.c.id == user_id).values(team_id=team_id))
        _event(
            conn,
            actor=actor,
            user_id=user_id,
            detail=f"team {row.team_id} -> {team_id}; {_devices(revoked, wipe)}",
        )
        return _after(conn, user_id, revoked)
