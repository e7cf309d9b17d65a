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
ENV_OPENAPI = "FALLAKTE_OPENAPI"
ENV_TEAM_BLOB_QUOTA = "FALLAKTE_TEAM_BLOB_QUOTA_MIB"
ENV_MAX_HASHES = "FALLAKTE_MAX_CONCURRENT_HASHES"
ENV_USER_FAILURES = "FALLAKTE_ENROL_FAILURES_PER_USER"
ENV_ADDRESS_FAILURES = "FALLAKTE_ENROL_FAILURES_PER_ADDRESS"
# Whether the team directory carries users' work contacts to the team's devices (default: no).
ENV_DIRECTORY_CONTACTS = "FALLAKTE_DIRECTORY_CONTACTS"
# Whole-number settings besides the clock skew: field -> (variable, lowest, highest).
_NUMBERS = {
    "team_blob_quota_mib": (ENV_TEAM_BLOB_QUOTA, 1, 100 * 1024 * 1024),
    "max_concurrent_hashes": (ENV_MAX_HASHES, 1, 64),
    "enrol_failures_per_user": (ENV_USER_FAILURES, 1, 1000),
    "enrol_failures_per_address": (ENV_ADDRESS_FAILURES, 1, 100_000),
}
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
    # /openapi.json tells anyone every route and field: off unless an operator wants it.
    openapi: bool = False
    # Attachment content a team may hold on the server (each content counted once per team).
    team_blob_quota_mib: int = Field(default=10 * 1024, ge=1)
    # argon2id takes 64 MiB per password check: at most this many at once, per process.
    max_concurrent_hashes: int = Field(default=2, ge=1, le=64)
    # Failed enrolments before a lockout (sync.server.accounts.enrol_throttle), within 15 minutes.
    enrol_failures_per_user: int = Field(default=5, ge=1)
    enrol_failures_per_address: int = Field(default=20, ge=1)
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
        for name in type(self).model_fields:
            if name != "database_url":
                yield name, getattr(self, name)

    def to_environ(self) -> dict[str, str]:
        """The variables from which `build()` recreates these settings in a worker process."""
        found = {
            ENV_DATABASE_URL: self.database_url,
            ENV_MAX_CLOCK_SKEW: str(self.max_clock_skew_seconds),
            ENV_OPENAPI: "on" if self.openapi else "off",
            ENV_DIRECTORY_CONTACTS: "yes" if self.directory_contacts else "no",
        }
        for name, (variable, _, _) in _NUMBERS.items():
            found[variable] = str(getattr(self, name))
        return found

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
        values["openapi"] = _switch(ENV_OPENAPI, environ.get(ENV_OPENAPI, ""))
        for name, (variable, lowest, highest) in _NUMBERS.items():
            raw = environ.get(variable, "").strip()
            if not raw:
                continue
            try:
                number = int(raw)
            except ValueError:
                raise UserError(f"{variable} must be a whole number") from None
            if not lowest <= number <= highest:
                raise UserError(f"{variable} must be between {lowest} and {highest}")
            values[name] = number
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
    raise UserError(f"{name} must be yes or no (on or off)")


def _describe(exc: ValidationError) -> str:
    problems = []
    for error in exc.errors(include_input=False):
        field = ".".join(str(part) for part in error["loc"])
        message = str(error["msg"]).removeprefix("Value error, ")
        if field == "max_clock_skew_seconds":
            message = f"must be between 1 and {MAX_ALLOWED_SKEW_SECONDS} seconds"
        problems.append(f"{field}: {message}")
    return "; ".join(problems)
