"""Attachment content in chunks, and which team uploaded it.

A blob's content moves from one column into `blob_chunk` (1 MiB parts), so uploads and
downloads stream instead of holding a whole file (up to 200 MiB) in memory. `blob_owner` says
which team uploaded which content: only that team may name it in an attachment and fetch it.
Existing content is credited to every team whose live attachment names it, the best an old
database can tell (it never recorded who uploaded what).

Revision ID: 0006
Revises: 0005_returns
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005_returns"
branch_labels = None
depends_on = None

CHUNK = 1024 * 1024


def upgrade() -> None:
    chunk = op.create_table(
        "blob_chunk",
        sa.Column("sha256", sa.Text(), nullable=False),
        sa.Column("part", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "part", name=op.f("pk_blob_chunk")),
    )
    owner = op.create_table(
        "blob_owner",
        sa.Column("sha256", sa.Text(), nullable=False),
        sa.Column("team_id", sa.Text(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pending", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "team_id", name=op.f("pk_blob_owner")),
    )
    op.create_index(op.f("ix_blob_owner_team_id"), "blob_owner", ["team_id"], unique=False)
    conn = op.get_bind()
    blob = sa.table(
        "blob",
        sa.column("sha256", sa.Text()),
        sa.column("content", sa.LargeBinary()),
        sa.column("created_at", sa.DateTime(timezone=True)),
    )
    digests = list(conn.execute(sa.select(blob.c.sha256, blob.c.created_at)))
    for digest, _ in digests:
        # One blob at a time: an old database holds at most one whole file in memory here.
        content = conn.execute(sa.select(blob.c.content).where(blob.c.sha256 == digest)).scalar()
        data = bytes(content or b"")
        parts = [data[i : i + CHUNK] for i in range(0, len(data), CHUNK)] or [b""]
        conn.execute(
            chunk.insert(),
            [{"sha256": digest, "part": n, "data": part} for n, part in enumerate(parts)],
        )
    with op.batch_alter_table("blob") as batch:
        batch.drop_column("content")
    created_at = dict(digests)
    record = sa.table(
        "record",
        sa.column("entity", sa.Text()),
        sa.column("team_id", sa.Text()),
        sa.column("fields", sa.JSON()),
        sa.column("deleted", sa.Boolean()),
    )
    held = set()
    rows = conn.execute(
        sa.select(record.c.team_id, record.c.fields).where(
            record.c.entity == "attachment", record.c.deleted.is_(False)
        )
    )
    for team_id, fields in rows:
        if isinstance(fields, str):
            fields = json.loads(fields)
        digest = (fields or {}).get("sha256")
        if digest in created_at:
            held.add((digest, team_id))
    if held:
        conn.execute(
            owner.insert(),
            [
                {"sha256": d, "team_id": team, "uploaded_at": created_at[d], "pending": False}
                for d, team in sorted(held)
            ],
        )


def downgrade() -> None:
    op.drop_index(op.f("ix_blob_owner_team_id"), table_name="blob_owner")
    op.drop_table("blob_owner")
    with op.batch_alter_table("blob") as batch:
        batch.add_column(sa.Column("content", sa.LargeBinary(), nullable=True))
    conn = op.get_bind()
    blob = sa.table("blob", sa.column("sha256", sa.Text()), sa.column("content", sa.LargeBinary()))
    chunk = sa.table(
        "blob_chunk",
        sa.column("sha256", sa.Text()),
        sa.column("part", sa.Integer()),
        sa.column("data", sa.LargeBinary()),
    )
    for digest in list(conn.execute(sa.select(blob.c.sha256)).scalars()):
        parts = conn.execute(
            sa.select(chunk.c.data).where(chunk.c.sha256 == digest).order_by(chunk.c.part)
        ).scalars()
        content = b"".join(bytes(p) for p in parts)
        conn.execute(blob.update().where(blob.c.sha256 == digest).values(content=content))
    with op.batch_alter_table("blob") as batch:
        batch.alter_column("content", existing_type=sa.LargeBinary(), nullable=False)
    op.drop_table("blob_chunk")
