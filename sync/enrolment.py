"""Enrolling this device with a server, for `fallakte enroll` and the desktop app alike."""

import ipaddress
import platform
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from pydantic import ValidationError

from app.errors import UserError
from app.services import lease
from app.store.store import Store
from sync import device as local
from sync.client import SyncClient
from sync.credentials import save_token
from sync.protocol import EnrollRequest

# Settings an enrolment writes into the store (besides the token, see sync.credentials).
SETTINGS = ("server_url", "team", "role", "device_prefix", "server_user", "server_id")


@dataclass(frozen=True, slots=True)
class Enrolment:
    """What this device knows of its server: where it is and who it is there."""

    server_url: str
    team: str
    role: str  # "counsellor", "lead" or "admin": lead and admin see the Admin area
    device_prefix: str
    token_location: str  # "keyring" or "store"

    @property
    def may_administer(self) -> bool:
        return self.role in ("lead", "admin")


def enroll(
    store: Store, *, server_url: str, username: str, password: str, device_name: str = ""
) -> Enrolment:
    """Log in with user name and password; keep the device token and the server's settings.

    `device_name` defaults to the computer's name. Raises a UserError (a SyncError for
    anything on the way to the server) whose message never holds the password or token.
    """
    url = _checked_url(server_url)
    try:
        request = EnrollRequest(
            username=username,
            password=password,
            device_id=store.device.device_id,
            device_name=(device_name or platform.node())[:200],
        )
    except ValidationError as exc:
        fields = sorted({str(error["loc"][0]) for error in exc.errors() if error.get("loc")})
        raise UserError(
            "Anmeldedaten unvollständig oder zu lang / check the "
            + (", ".join(fields) or "sign-in details")
        ) from None
    client = SyncClient(url)
    try:
        answer = client.enroll(request)
    finally:
        client.close()
    values = (url, answer.team, answer.role, answer.device_prefix, username, answer.server_id)
    with store.write() as writer:
        before = local.get_setting(writer.conn, "server_id")
        if before != answer.server_id and local.get_setting(writer.conn, "server_url"):
            # Another server (or one this device enrolled with before servers had ids): what the
            # device knew of the old one would make the first sync skip everything new.
            local.forget_server(writer.conn)
        for key, value in zip(SETTINGS, values, strict=True):
            local.set_setting(writer.conn, key, value)
        # The lease starts at enrolment (the server just confirmed this device) with the
        # default length; the first sync brings the team's own.
        lease.confirm(
            writer.conn,
            days=lease.DEFAULT_DAYS,
            now=datetime.now(UTC),
            server_time=answer.server_time,
        )
    where = save_token(store, answer.token)
    # Cases opened from now on carry the team and the server-assigned prefix, without a restart.
    store.refresh_settings()
    return Enrolment(
        server_url=url,
        team=answer.team,
        role=answer.role,
        device_prefix=answer.device_prefix,
        token_location=where,
    )


def enrolment_of(store: Store) -> Enrolment | None:
    """This device's enrolment as last saved, or None if it is not enrolled (or its token is gone)."""
    with store.read() as conn:
        found = {key: local.get_setting(conn, key) for key in SETTINGS}
        location = local.get_setting(conn, "token_location")
    if not found["server_url"] or not location:
        return None
    return Enrolment(
        server_url=found["server_url"],
        team=found["team"],
        role=found["role"],
        device_prefix=found["device_prefix"],
        token_location=location,
    )


def _checked_url(server_url: str) -> str:
    url = server_url.strip().rstrip("/")
    try:
        parts = urlsplit(url)
        valid = parts.scheme in ("http", "https") and bool(parts.hostname)
        _ = parts.port  # raises on a port that is not a number
    except ValueError:
        valid = False
    if not valid:
        raise UserError(
            "Serveradresse ungültig / the server address must look like https://fallakte.example.org"
        )
    if parts.scheme == "http" and not _loopback(parts.hostname or ""):
        # The password and then every record would cross the network unencrypted.
        raise UserError(
            "Unverschlüsselte Verbindung abgelehnt: bitte https:// verwenden / "
            "an unencrypted http:// address is accepted only for this computer "
            "(localhost); use https://"
        )
    return url


def _loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
