"""Server settings from command-line arguments and environment, validated before anything starts."""

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from app.errors import UserError

ENV_DATABASE_URL = "FALLAKTE_DATABASE_URL"
ENV_SERVER_HOME = "FALLAKTE_SERVER_HOME"
ENV_MAX_CLOCK_SKEW = "FALLAKTE_MAX_CLOCK_SKEW_SECONDS"
# Whether the team directory carries users' work contacts to the team's devices (default: no).
ENV_DIRECTORY_CONTACTS = "FALLAKTE_DIRECTORY_CONTACTS"
_YES = ("1", "true", "yes", "on")
_NO = ("0", "false", "no", "off", "")

# Beyond an hour a stamp is more likely a broken clock than skew the HLC should absorb.
MAX_ALLOWED_SKEW_SECONDS = 3600
_LOOPBACK = {"localhost", "127.0.0.1", "::1", ""}


def server_home(environ: Mapping[str, str] = os.environ) -> Path:
    chosen = environ.get(ENV_SERVER_HOME) or user_data_dir("Fallakte Server", "Fallakte")
    return Path(chosen).expanduser()


def default_database_url(environ: Mapping[str, str] = os.environ) -> str:
    return f"sqlite:///{server_home(environ) / 'server.db'}"


def safe_url(url: str | URL) -> str:
    """The URL with its password masked, fit for messages and logs."""
    try:
        parsed = make_url(url) if isinstance(url, str) else url
    except ArgumentError:
        return "<invalid database URL>"
    return parsed.render_as_string(hide_password=True)


def normalise_database_url(raw: str) -> str:
    """A URL the server can use: PostgreSQL through psycopg 3, or a SQLite file; else UserError."""
    text = raw.strip()
    # Heroku-style and plain URLs name no driver; the only one installed is psycopg 3.
    for bare in ("postgres://", "postgresql://"):
        if text.startswith(bare):
            text = "postgresql+psycopg://" + text[len(bare) :]
    try:
        url = make_url(text)
    except ArgumentError:
        raise UserError(
            "database URL is not valid; expected postgresql://user@host/db or sqlite:///path/server.db"
        ) from None
    if url.drivername == "postgresql+psycopg":
        if not url.database:
            raise UserError(f"database URL {safe_url(url)} names no database")
        host = url.host or ""
        sslmode = str(url.query.get("sslmode", "")).lower()
        if sslmode == "disable" and host not in _LOOPBACK and not host.startswith("/"):
            raise UserError(
                f"database URL {safe_url(url)} disables TLS to a remote host; "
                "case data must not cross the network in clear text (drop sslmode=disable)"
            )
        return url.render_as_string(hide_password=False)
    if url.drivername in ("sqlite", "sqlite+pysqlite"):
        if not url.database or url.database == ":memory:" or url.database.startswith("file:"):
            raise UserError(
                "an in-memory SQLite database loses every change on restart and is not shared "
                "between workers; give a file, e.g. sqlite:///var/lib/fallakte/server.db"
            )
        return url.render_as_string(hide_password=False)
    raise UserError(
        f"unsupported database {url.drivername!r}: use PostgreSQL (postgresql://…) "
        "or a SQLite file (sqlite:///…)"
    )


class ServerSettings(BaseModel):
    """Everything a server process needs to know; workers rebuild it from the environment."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    database_url: str
    max_clock_skew_seconds: int = Field(default=300, ge=1, le=MAX_ALLOWED_SKEW_SECONDS)
    # Contacts are personal data of staff: shared with colleagues only when chosen.
    directory_contacts: bool = False

    @field_validator("database_url")
    @classmethod
    def _normalise(cls, value: str) -> str:
        try:
            return normalise_database_url(value)
        except UserError as exc:
            # Re-raised as ValueError so pydantic attaches it to the field; build() unwraps it.
            raise ValueError(str(exc)) from None

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def __repr_args__(self) -> Any:
        # Never let a password in the URL reach a log line or a traceback.
        yield "database_url", safe_url(self.database_url)
        yield "max_clock_skew_seconds", self.max_clock_skew_seconds
        yield "directory_contacts", self.directory_contacts

    def to_environ(self) -> dict[str, str]:
        """The variables from which `build()` recreates these settings in a worker process."""
        return {
            ENV_DATABASE_URL: self.database_url,
            ENV_MAX_CLOCK_SKEW: str(self.max_clock_skew_seconds),
            ENV_DIRECTORY_CONTACTS: "yes" if self.directory_contacts else "no",
        }

    @classmethod
    def build(
        cls,
        *,
        database_url: str | None = None,
        max_clock_skew_seconds: int | None = None,
        directory_contacts: bool | None = None,
        environ: Mapping[str, str] = os.environ,
    ) -> "ServerSettings":
        """Arguments first, then the environment, then defaults; invalid values raise UserError."""
        values: dict[str, Any] = {
            "database_url": database_url
            or environ.get(ENV_DATABASE_URL)
            or default_database_url(environ)
        }
        skew = max_clock_skew_seconds
        if skew is None and environ.get(ENV_MAX_CLOCK_SKEW):
            try:
                skew = int(environ[ENV_MAX_CLOCK_SKEW])
            except ValueError:
                raise UserError(f"{ENV_MAX_CLOCK_SKEW} must be a whole number of seconds") from None
        if skew is not None:
            values["max_clock_skew_seconds"] = skew
        values["directory_contacts"] = (
            directory_contacts
            if directory_contacts is not None
            else _switch(ENV_DIRECTORY_CONTACTS, environ.get(ENV_DIRECTORY_CONTACTS, ""))
        )
        try:
            return cls(**values)
        except ValidationError as exc:
            raise UserError(_describe(exc)) from None


def _switch(name: str, raw: str) -> bool:
    value = raw.strip().lower()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise UserError(f"{name} must be yes or no")


def _describe(exc: ValidationError) -> str:
    problems = []
    for error in exc.errors(include_input=False):
        field = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        if field == "max_clock_skew_seconds":
            message = f"must be between 1 and {MAX_ALLOWED_SKEW_SECONDS} seconds"
        problems.append(f"{field}: {message}")
    return "; ".join(problems)
