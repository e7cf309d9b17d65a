"""Attachments: file content kept as content-addressed blobs inside the encrypted database."""

import hashlib
import mimetypes
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

from app.domain.attachment import Attachment
from app.domain.enums import AuditAction
from app.domain.registry import ENTITIES
from app.errors import NotFound, UserError, ValidationFailed
from app.services.records import create_in, get_in
from app.store.store import Store
from app.store.tables import attachment_blob

MAX_BYTES = 200 * 1024 * 1024


def add_attachment(
    store: Store, *, owner_entity: str, owner_id: str, path: Path, description: str | None = None
) -> Attachment:
    if owner_entity not in ENTITIES:
        raise ValidationFailed("attachment", {"owner_entity": f"unknown entity '{owner_entity}'"})
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise UserError(f"{path.name} is larger than {MAX_BYTES // (1024 * 1024)} MiB")
        content = path.read_bytes()
    except OSError as exc:
        raise UserError(f"{path}: cannot read ({exc.strerror})") from None
    digest = hashlib.sha256(content).hexdigest()
    with store.write() as writer:
        get_in(writer, owner_entity, owner_id)  # the owner must exist and not be erased
        known = writer.conn.execute(
            select(attachment_blob.c.sha256).where(attachment_blob.c.sha256 == digest)
        )
        if known.first() is None:
            writer.conn.execute(insert(attachment_blob).values(sha256=digest, content=content))
        record = create_in(
            writer,
            "attachment",
            {
                "owner_entity": owner_entity,
                "owner_id": owner_id,
                "filename": path.name,
                "media_type": mimetypes.guess_type(path.name)[0] or "application/octet-stream",
                "size_bytes": size,
                "sha256": digest,
                "added_on": date.today(),
                "description": description,
            },
        )
    assert isinstance(record, Attachment)
    return record


def attachment_content(store: Store, *, attachment_id: str) -> bytes:
    """The decrypted bytes, verified against their hash; opening is an audited view."""
    with store.write() as writer:
        record = get_in(writer, "attachment", attachment_id)
        assert isinstance(record, Attachment)
        row = writer.conn.execute(
            select(attachment_blob.c.content).where(attachment_blob.c.sha256 == record.sha256)
        ).first()
        if row is None:
            raise NotFound("attachment content", record.sha256)
        if hashlib.sha256(row.content).hexdigest() != record.sha256:
            raise UserError(f"attachment {attachment_id}: content does not match its hash")
        writer.audit(AuditAction.viewed, "attachment", attachment_id)
        return bytes(row.content)
