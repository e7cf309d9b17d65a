"""Quarantine: records and conflicts an operator holds back from every pull.

A database written before the server checked what it stores may hold a record that devices
refuse ("fields and clocks that do not match"), which stops every pull of its team.
`fallakte-server records check --quarantine` marks such rows; they stay on the server, for
the operator to repair or release, but no device receives them.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("record", "conflict"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("quarantined_at", sa.DateTime(timezone=True), nullable=True))
            batch.add_column(sa.Column("quarantine_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    for table in ("record", "conflict"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("quarantine_reason")
            batch.drop_column("quarantined_at")
