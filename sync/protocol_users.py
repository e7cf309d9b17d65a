"""Wire models of user administration (`/admin/users`, `/admin/teams`): admins only.

Beside sync/protocol.py rather than in it: the sync protocol proper (push, pull, enrolment)
does not change with them, and the desktop's Admin area and the server share only these.
"""

from datetime import datetime
from typing import Annotated, Literal

from pydantic import StringConstraints

from sync.protocol import MAX_REVOKE_REASON, Wire

Role = Literal["counsellor", "lead", "admin"]
ROLES: tuple[Role, ...] = ("counsellor", "lead", "admin")
# Longer passphrases are welcome, but a request body is no place for a novel.
MAX_PASSWORD_LENGTH = 1000
MAX_TEAM_ID = 60
# The wire's bound; the rule itself (users.py) is stricter and names itself in its error.
MAX_PROFILE_TEXT = 1000


class UserEntry(Wire):
    """A user as `fallakte-server user list` and the Admin area's Users tab show them."""

    id: str
    username: str
    team_id: str
    role: Role
    disabled: bool
    created_at: datetime
    devices_active: int
    devices_revoked: int
    last_seen_at: datetime | None  # the latest contact of any of the user's devices
    display_name: str = ""  # what colleagues see; "" until one is set (then the user name)
    contact: str | None = None  # a work phone or e-mail, for the directory if shared


class TeamEntry(Wire):
    id: str
    name: str


class UserChanged(Wire):
    """The user as the action left them, and how many of their devices it revoked."""

    user: UserEntry
    devices_revoked: int = 0


class DisableRequest(Wire):
    """Refuse the user's enrolments and revoke all their devices; `wipe` erases their data."""

    wipe: bool = False
    reason: Annotated[str, StringConstraints(max_length=MAX_REVOKE_REASON)] = ""


class PasswordRequest(Wire):
    password: Annotated[str, StringConstraints(min_length=1, max_length=MAX_PASSWORD_LENGTH)]


class ProfileRequest(Wire):
    """What colleagues see of a user: None leaves a field as it is, "" empties it (the display
    name then falls back to the user name)."""

    display_name: Annotated[str, StringConstraints(max_length=MAX_PROFILE_TEXT)] | None = None
    contact: Annotated[str, StringConstraints(max_length=MAX_PROFILE_TEXT)] | None = None


class RoleRequest(Wire):
    role: Role


class MoveRequest(Wire):
    """Into another team; the user's devices hold the old team's data and are revoked."""

    team: Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEAM_ID)]
    wipe: bool = False
