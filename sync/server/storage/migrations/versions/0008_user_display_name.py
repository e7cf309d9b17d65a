"""Users get a display name and an optional work contact, for the team directory.

The display name ("Anna Schmidt") is what colleagues see in pickers and the conflict view
instead of the log-in name; empty means "use the user name", so existing users need nothing.
The contact (a work phone or e-mail) is published to the team's devices only when the server
is configured to (FALLAKTE_DIRECTORY_CONTACT); by default it is never sent.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(sa.Column("display_name", sa.Text(), nullable=True))
        batch.add_column(sa.Column("contact", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("app_user") as batch:
        batch.drop_column("contact")
        batch.drop_column("display_name")
