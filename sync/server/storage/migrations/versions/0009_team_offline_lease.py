"""Teams get an offline lease: how many days their devices may go without reaching the server.

After that a device still unlocks and syncs but shows no records until a sync renews the lease
(app/services/lease.py). Existing teams get the default of 30 days.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("team") as batch:
        batch.add_column(
            sa.Column("offline_lease_days", sa.Integer(), nullable=False, server_default="30")
        )


def downgrade() -> None:
    with op.batch_alter_table("team") as batch:
        batch.drop_column("offline_lease_days")
