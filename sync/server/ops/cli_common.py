"""What every `fallakte-server` command module shares: exit codes, the settings from the
arguments and a migrated engine. The CLI's entry module imports the command modules, so they
must never import it back (an import-linter contract keeps it so)."""

import argparse

from sqlalchemy import Engine

from sync.server.ops.settings import ServerSettings

EXIT_OK, EXIT_USAGE = 0, 2


def settings(args: argparse.Namespace) -> ServerSettings:
    return ServerSettings.build(database_url=args.database_url)


def migrated_engine(args: argparse.Namespace) -> Engine:
    from sync.server.storage.db import make_engine
    from sync.server.storage.migrate import upgrade

    engine = make_engine(settings(args).database_url)
    # Admin commands on a fresh database just work: the schema comes first.
    upgrade(engine)
    return engine
