"""The server's own id: a device enrolled with another server must start over with that one.

A device keeps a pull cursor, a token and what it knows the server holds; all of them mean
something only for the database they came from. The id is made once, here, and a restored
backup keeps it (it is the same server). Devices compare it at enrolment.

Revision ID: 0004
Revises: 0003
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    identity = op.create_table(
        "server_identity",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("server_id", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_server_identity")),
    )
    op.bulk_insert(identity, [{"id": 1, "server_id": str(uuid.uuid4())}])


def downgrade() -> None:
    op.drop_table("server_identity")
