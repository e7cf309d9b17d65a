"""`fallakte`: the command line with every layer's commands; without arguments, the desktop app."""

import sys
from collections.abc import Sequence

from app import cli
from sync.cli import add_commands as sync_commands


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, extensions=(sync_commands,))


if __name__ == "__main__":
    sys.exit(main())
