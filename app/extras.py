"""Which optional part of the installation a program needs, and a clear word when it is missing.

The package installs in two shapes (pyproject.toml): `fallakte[desktop]` for the laptop app and
`fallakte[server]` for the sync server; the core in app/ comes with both. Each program checks
its extra before it imports anything from it, so a server without Qt (or a laptop without
FastAPI) gets one line that names the extra to install instead of an ImportError traceback.

Only module *specs* are looked up here: nothing is imported, so app/ stays free of Qt and HTTP
frameworks (the import-linter contracts in pyproject.toml).
"""

import importlib.util
import sys
from collections.abc import Sequence
from dataclasses import dataclass

from app.errors import UserError

EXIT_MISSING = 1


@dataclass(frozen=True, slots=True)
class Extra:
    name: str  # as in pyproject.toml's [project.optional-dependencies]
    what: str  # what it is for, in the message
    modules: tuple[str, ...]  # top-level modules it brings (import names, not package names)


DESKTOP = Extra("desktop", "the desktop app", ("PySide6", "requests", "keyring", "truststore"))
SERVER = Extra("server", "the sync server", ("fastapi", "uvicorn", "psycopg", "prometheus_client"))


class ExtraMissing(UserError):
    def __init__(self, extra: Extra, missing: Sequence[str]) -> None:
        self.extra = extra
        self.missing = tuple(missing)
        super().__init__(
            f"{extra.what} is not installed (missing: {', '.join(missing)}): "
            f"pip install 'fallakte[{extra.name}]' / "
            f"bitte 'fallakte[{extra.name}]' installieren"
        )


def missing_modules(modules: Sequence[str]) -> list[str]:
    """The modules of `modules` that this interpreter cannot import."""
    missing = []
    for name in modules:
        try:
            found = importlib.util.find_spec(name)
        except (ImportError, ValueError):  # a broken or blocked package counts as missing
            found = None
        if found is None:
            missing.append(name)
    return missing


def check(extra: Extra) -> None:
    """Raise ExtraMissing if any module of the extra is missing."""
    missing = missing_modules(extra.modules)
    if missing:
        raise ExtraMissing(extra, missing)


def require(program: str, extra: Extra) -> None:
    """For a program's entry point: one line on stderr and exit 1 if the extra is missing."""
    try:
        check(extra)
    except ExtraMissing as exc:
        print(f"{program}: {exc}", file=sys.stderr)
        raise SystemExit(EXIT_MISSING) from None
