"""The wire: pydantic models of every sync request and response, and the protocol version."""

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Fallakte-Protocol"
API_PREFIX = "/api/v1"
MAX_PUSH_CHANGES = 1000
MAX_PULL_RECORDS = 5000
DEFAULT_PULL_RECORDS = 2000
MAX_PAGE_BYTES = 4 * 1024 * 1024
MAX_REVOKE_REASON = 500
# What the server stores of one record (values, stamps, bases as JSON). The largest record a
# device can type (two notes of 20,000 control characters, escaped six-fold) is ~240 KiB.
MAX_RECORD_BYTES = 512 * 1024
# A push body after decompression; the device sends batches of at most half of it.
MAX_PUSH_BYTES = 8 * 1024 * 1024
# Every other JSON body (enrolment, revocation, erasure): a few hundred bytes in practice.
MAX_SMALL_BODY_BYTES = 64 * 1024
# Each far below the 256 MiB a device accepts in one answer (sync.client).
MAX_FIELDS_PER_CHANGE = 64

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
    fields: dict[str, Any] = Field(default_factory=dict, max_length=MAX_FIELDS_PER_CHANGE)
    base: dict[str, Stamp | None] = Field(default_factory=dict, max_length=MAX_FIELDS_PER_CHANGE)
    deleted: bool = False


class AuditEventWire(Wire):
    """An audit event as the device recorded it; the server takes actor and device from the
    token and bounds the time (sync.server.pushpull.audit_intake), whatever these fields say."""

    id: DeviceId
    at: datetime
    actor: Annotated[str, StringConstraints(max_length=200)]
    device_id: DeviceId
    action: Literal["viewed", "created", "changed", "exported", "deleted"]
    entity: EntityName | Literal["store"]
    record_id: DeviceId | None = None
    detail: Annotated[str | None, StringConstraints(max_length=200)] = None


class PushRequest(Wire):
    changes: list[Change] = Field(default_factory=list, max_length=MAX_PUSH_CHANGES)
    audit_events: list[AuditEventWire] = Field(default_factory=list, max_length=MAX_PUSH_CHANGES)
    # Conflicts the counsellor settled ("keep current" or after restoring the other value).
    resolved_conflicts: list[DeviceId] = Field(default_factory=list, max_length=MAX_PUSH_CHANGES)

    @model_validator(mode="after")
    def _unique_ids(self) -> "PushRequest":
        # One batch is one transaction: an id twice would be applied (or stored) twice.
        change_ids = {(c.change_id.device_id, c.change_id.seq) for c in self.changes}
        if len(change_ids) != len(self.changes):
            raise ValueError("a change id appears twice in this batch")
        if len({e.id for e in self.audit_events}) != len(self.audit_events):
            raise ValueError("an audit event id appears twice in this batch")
        return self


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
