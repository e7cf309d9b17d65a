"""`fallakte`: the command line with every layer's commands; without arguments, the desktop app."""

import argparse
import sys
from collections.abc import Callable, Sequence

from app import cli, extras

Adder = Callable[..., argparse.ArgumentParser]


def cmd_gui(args: argparse.Namespace) -> int:
    # Qt loads only when the window is wanted, so the commands stay quick.
    from ui.app import run

    return run(cli.data_dir(args), quit_after_ms=getattr(args, "quit_after_ms", None))


def gui_commands(add: Adder) -> None:
    gui = add("gui", cmd_gui, "open the desktop app (the same as no command)")
    # For smoke tests of an installed bundle: start, show the first screen, quit cleanly.
    gui.add_argument("--quit-after-ms", type=int, help=argparse.SUPPRESS)


def main(argv: Sequence[str] | None = None) -> int:
    # A server install (`fallakte[server]`) has the script too, but neither Qt nor the sync
    # client's libraries: say which extra is missing before anything imports them.
    extras.require("fallakte", extras.DESKTOP)
    # Laptops trust what their operating system trusts (an organisation's own CA included),
    # not only the certificates bundled with requests.
    import truststore

    from sync.cli import add_commands as sync_commands

    truststore.inject_into_ssl()
    return cli.main(argv, extensions=(sync_commands, gui_commands), default=cmd_gui)


if __name__ == "__main__":
    sys.exit(main())
