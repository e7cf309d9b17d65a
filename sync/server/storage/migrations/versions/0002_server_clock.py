"""The server's own hybrid logical clock, for the changes it makes itself (erasure, retention).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    clock = op.create_table(
        "server_clock",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_clock")),
    )
    op.bulk_insert(
        clock, [{"id": 1, "last": "0000000000000-00000-00000000-0000-0000-0000-000000000000"}]
    )


def downgrade() -> None:
    op.drop_table("server_clock")
