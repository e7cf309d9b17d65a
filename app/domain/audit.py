"""Audit events: who did what to which record, when, on which device; never field values."""

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, StringConstraints

from app.domain.enums import AuditAction


class AuditEvent(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    id: str
    at: datetime
    actor: Annotated[str, StringConstraints(max_length=200)]
    device_id: str
    action: AuditAction
    entity: str
    record_id: str | None = None
    detail: Annotated[str | None, StringConstraints(max_length=200)] = None
