"""The encrypted local store: SQLCipher under SQLAlchemy, keys, outbox, search, migrations."""
