"""Attachment metadata; the content is a content-addressed blob stored encrypted."""

from datetime import date
from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints

from app.domain.base import FreeText, Identifying, Record, RecordId, ShortText

Sha256 = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class Attachment(Record):
    entity: ClassVar[str] = "attachment"
    owner_entity: Annotated[str, StringConstraints(pattern=r"^[a-z_]{3,30}$")]
    owner_id: RecordId
    filename: Annotated[ShortText, Identifying()]
    media_type: Annotated[str, StringConstraints(max_length=100)] = "application/octet-stream"
    size_bytes: int = Field(ge=0, le=200 * 1024 * 1024)
    sha256: Sha256
    added_on: date
    description: Annotated[str | None, StringConstraints(max_length=500), FreeText()] = None
