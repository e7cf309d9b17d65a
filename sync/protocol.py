"""The wire: pydantic models of every sync request and response, and the protocol version."""

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Fallakte-Protocol"
API_PREFIX = "/api/v1"
MAX_PUSH_CHANGES = 1000
MAX_PULL_RECORDS = 5000
DEFAULT_PULL_RECORDS = 2000
MAX_PAGE_BYTES = 4 * 1024 * 1024
MAX_REVOKE_REASON = 500

Stamp = Annotated[str, StringConstraints(pattern=r"^\d{13}-\d{5}-[0-9a-f-]{36}$")]
DeviceId = Annotated[
    str,
    StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"),
]
EntityName = Annotated[str, StringConstraints(pattern=r"^[a-z_]{3,30}$")]


class Wire(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EnrollRequest(Wire):
    username: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=1000)]
    device_id: DeviceId
    device_name: Annotated[str, StringConstraints(max_length=200)] = ""


class EnrollResponse(Wire):
    device_id: DeviceId
    token: str
    team: str
    role: Literal["counsellor", "lead", "admin"]
    device_prefix: str
    # The server database's own id: a device that enrols with another one starts over there.
    server_id: DeviceId
    server_time: datetime


class ChangeId(Wire):
    device_id: DeviceId
    seq: int = Field(ge=1, le=2**62)


class Change(Wire):
    """One local edit as the device made it: changed fields, their new stamp and the stamps they replaced."""

    change_id: ChangeId
    entity: EntityName
    record_id: DeviceId
    stamp: Stamp
    fields: dict[str, Any] = Field(default_factory=dict)
    base: dict[str, Stamp | None] = Field(default_factory=dict)
    deleted: bool = False


class AuditEventWire(Wire):
    id: DeviceId
    at: datetime
    actor: Annotated[str, StringConstraints(max_length=200)]
    device_id: DeviceId
    action: Literal["viewed", "created", "changed", "exported", "deleted"]
    entity: EntityName | Literal["store"]
    record_id: str | None = None
    detail: Annotated[str | None, StringConstraints(max_length=200)] = None


class PushRequest(Wire):
    changes: list[Change] = Field(default_factory=list, max_length=MAX_PUSH_CHANGES)
    audit_events: list[AuditEventWire] = Field(default_factory=list, max_length=MAX_PUSH_CHANGES)
    # Conflicts the counsellor settled ("keep current" or after restoring the other value).
    resolved_conflicts: list[str] = Field(default_factory=list, max_length=MAX_PUSH_CHANGES)


class ChangeOutcome(Wire):
    seq: int
    status: Literal["applied", "duplicate", "rejected", "dropped"]
    reason: str | None = None


class PushResponse(Wire):
    outcomes: list[ChangeOutcome]
    audit_accepted: int
    server_time: datetime


class RecordState(Wire):
    """A record as the server holds it: values, and per field the stamp that set it."""

    entity: EntityName
    id: str
    fields: dict[str, Any]
    clocks: dict[str, Stamp]
    deleted: bool = False
    server_seq: int


class ConflictWire(Wire):
    """A concurrent edit that lost: the losing value is kept and can be restored."""

    id: str
    entity: EntityName
    record_id: str
    field: str
    winner_value: Any
    winner_stamp: Stamp
    loser_value: Any
    loser_stamp: Stamp
    resolved: bool = False
    server_seq: int


class Eviction(Wire):
    entity: EntityName
    id: str
    server_seq: int


class PullResponse(Wire):
    records: list[RecordState]
    conflicts: list[ConflictWire]
    evictions: list[Eviction]
    cursor: int
    more: bool
    server_time: datetime


DeviceState = Literal["active", "revoked", "revoked+wipe"]


class DeviceEntry(Wire):
    """An enrolled device as the Admin area lists it (`GET /admin/devices`)."""

    id: str
    name: str
    username: str
    team_id: str
    prefix: str
    created_at: datetime
    last_seen_at: datetime | None
    revoked_at: datetime | None
    wipe: bool
    revoke_reason: str | None
    state: DeviceState


class RevokeRequest(Wire):
    """Refuse a device from its next request on; with `wipe` it also erases its local store."""

    wipe: bool
    reason: Annotated[str, StringConstraints(max_length=MAX_REVOKE_REASON)] = ""


class ErrorBody(Wire):
    """Every 4xx/5xx body; `code` is for programs, `message` for people."""

    code: str
    message: str
