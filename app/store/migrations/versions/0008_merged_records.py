"""Persons and households can be merged into another (duplicates): `merged_into` names the survivor.

A merged record stays as a tombstone that points at its survivor (services/merging.py): it is
hidden from lists and search, opening it opens the survivor, and edits made offline on another
device are redirected there by the server. Indexed, because every list filters on it.

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
    for table in ("person", "household"):
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("merged_into", sa.Text(), nullable=True))
        op.create_index(op.f(f"ix_{table}_merged_into"), table, ["merged_into"], unique=False)


def downgrade() -> None:
    for table in ("person", "household"):
        op.drop_index(op.f(f"ix_{table}_merged_into"), table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("merged_into")
