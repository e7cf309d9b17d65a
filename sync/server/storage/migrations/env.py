"""Alembic environment for the server database: always run on a connection from sync.server.storage.migrate."""

from alembic import context

from sync.server.storage.tables import metadata

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "server migrations run through `fallakte-server migrate` (sync.server.storage.migrate)"
    )

# Batch mode only where it is needed: SQLite cannot ALTER most things in place.
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
