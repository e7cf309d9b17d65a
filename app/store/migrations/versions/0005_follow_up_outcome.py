"""Follow-ups get an outcome note, written when marking one done (free text, never reported).

Revision ID: 0005_follow_up_outcome
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

# A named revision, not "0005": another branch adds its own 0005, and distinct ids keep the
# chain repairable with one down_revision when they meet.
revision = "0005_follow_up_outcome"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("follow_up") as batch:
        batch.add_column(sa.Column("outcome_note", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("follow_up") as batch:
        batch.drop_column("outcome_note")
