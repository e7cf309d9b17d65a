"""Full-text search: search_doc rows and the FTS5 index over folded names and notes, backfilled.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

from app.store import search

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_doc",
        sa.Column("rowid", sa.Integer(), nullable=False),
        sa.Column("entity", sa.Text(), nullable=False),
        sa.Column("record_id", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("rowid", name=op.f("pk_search_doc")),
        sa.UniqueConstraint("record_id", name=op.f("uq_search_doc_record_id")),
    )
    for statement in search.create_sql():
        op.execute(statement)
    # Stores made before this revision already hold records: index them now.
    search.rebuild(op.get_bind())
