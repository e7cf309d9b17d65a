"""`fallakte-server`: the central sync server's command line (arrives with the sync issue)."""

import sys


def main(argv: list[str] | None = None) -> int:
    print(
        "fallakte-server: the central sync server is not yet available in this release "
        "(see docs/ARCHITECTURE.md, 'Sync'); nothing was started.",
        file=sys.stderr,
    )
    return 1


if __name__ == "__main__":
    sys.exit(main())
