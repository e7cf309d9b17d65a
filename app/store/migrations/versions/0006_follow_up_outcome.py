"""Follow-ups get an outcome note, written when marking one done (free text, never reported).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("follow_up") as batch:
        batch.add_column(sa.Column("outcome_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("follow_up") as batch:
        batch.drop_column("outcome_note")
