"""Alembic environment for the device store: always run on an open, keyed connection."""

from alembic import context

from app.store.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "device store migrations run through app.store.migrate, on an unlocked store"
    )

# Batch mode: SQLite cannot ALTER most things in place.
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
