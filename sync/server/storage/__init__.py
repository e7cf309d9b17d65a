"""The server database: engine, tables, migrations, identity and the server audit trail."""
