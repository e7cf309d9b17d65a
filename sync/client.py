"""The requests-based sync client: talks the protocol, turns every network failure into a clear error."""

import threading
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import quote

import orjson
import requests
from pydantic import BaseModel, TypeAdapter, ValidationError

from app.errors import UserError
from sync.protocol import (
    API_PREFIX,
    DEFAULT_PULL_RECORDS,
    MAX_REVOKE_REASON,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    DeviceEntry,
    EnrollRequest,
    EnrollResponse,
    PullResponse,
    PushRequest,
    PushResponse,
    RevokeRequest,
)
from sync.protocol_directory import TeamDirectory
from sync.protocol_lease import LeaseGrant, LeaseRequest, TeamLease
from sync.protocol_users import (
    DisableRequest,
    MoveRequest,
    PasswordRequest,
    ProfileRequest,
    Role,
    RoleRequest,
    TeamEntry,
    UserChanged,
    UserEntry,
)

M = TypeVar("M", bound=BaseModel)
T = TypeVar("T")
_DEVICE_LIST = TypeAdapter(list[DeviceEntry])
_USER_LIST = TypeAdapter(list[UserEntry])
_TEAM_LIST = TypeAdapter(list[TeamEntry])


class SyncError(UserError):
    """A sync that could not complete; nothing already applied is undone, nothing is lost."""

    retryable = False


class ServerUnreachable(SyncError):
    retryable = True


class BadResponse(SyncError):
    retryable = True


class ServerBusy(SyncError):
    retryable = True


class ProtocolMismatch(SyncError):
    pass


class Unauthorized(SyncError):
    pass


class DeviceRevoked(SyncError):
    def __init__(self, message: str, *, wipe: bool) -> None:
        super().__init__(message)
        self.wipe = wipe


class Rejected(SyncError):
    """The server refused the request itself (4xx other than auth): a bug or a hostile peer."""


class Forbidden(Rejected):
    """403: this user's role may not do that (e.g. a counsellor in the Admin area)."""


class NotFound(Rejected):
    """404: no such thing on the server (e.g. a device id that was never enrolled)."""


class Cancelled(SyncError):
    pass


class ClockSkew(SyncError):
    """The server refused stamps from the future; `server_ms` is its clock when it answered."""

    def __init__(self, message: str, *, server_ms: int | None) -> None:
        super().__init__(message)
        self.server_ms = server_ms


class SyncClient:
    """One server connection; retries what is safe to retry, with backoff that a cancel interrupts."""

    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: tuple[float, float] = (5.0, 120.0),
        attempts: int = 4,
        backoff: float = 0.5,
        cancel: threading.Event | None = None,
        verify: bool | str = True,
        max_response_bytes: int = 256 * 1024 * 1024,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
        # gzip shrinks a page ~5x but costs more than it saves on loopback (PERF_NOTES).
        self.session.headers["Accept-Encoding"] = (
            "identity" if _is_loopback(self.base_url) else "gzip"
        )
        self.session.verify = verify
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        self.timeout = timeout
        self.attempts = attempts
        self.backoff = backoff
        self.cancel = cancel or threading.Event()
        # A page is at most ~4 MiB and a blob 200 MiB: anything bigger is a broken or hostile server.
        self.max_response_bytes = max_response_bytes

    def close(self) -> None:
        self.session.close()

    # -- calls -------------------------------------------------------------------

    def enroll(self, request: EnrollRequest) -> EnrollResponse:
        return self._call(
            "POST", "/devices/enroll", EnrollResponse, json_body=request.model_dump(mode="json")
        )

    def push(self, request: PushRequest) -> PushResponse:
        return self._call(
            "POST", "/sync/push", PushResponse, json_body=request.model_dump(mode="json")
        )

    def pull(self, *, cursor: int, limit: int = DEFAULT_PULL_RECORDS) -> PullResponse:
        return self._call(
            "GET", "/sync/pull", PullResponse, params={"cursor": cursor, "limit": limit}
        )

    def team_directory(self, team: str) -> TeamDirectory:
        """The colleagues of this device's team: display names, roles, device names."""
        return self._call("GET", f"/teams/{quote(team, safe='')}/directory", TeamDirectory)

    def lease(self) -> LeaseGrant:
        """Renew the offline lease: only an active device gets an answer (revoked: DeviceRevoked)."""
        return self._call("GET", "/sync/lease", LeaseGrant)

    def set_team_lease(self, team: str, days: int) -> TeamLease:
        """Set a team's offline lease in days (role admin)."""
        return self._call(
            "POST",
            f"/admin/teams/{quote(team, safe='')}/lease",
            TeamLease,
            json_body=LeaseRequest(lease_days=days).model_dump(mode="json"),
        )

    def list_devices(self) -> list[DeviceEntry]:
        """The devices this user may manage: their team's (lead) or all (admin)."""
        return self._parsed("GET", "/admin/devices", _DEVICE_LIST.validate_python)

    def revoke_device(self, device_id: str, *, wipe: bool, reason: str = "") -> DeviceEntry:
        """Refuse a device from its next sync on (safe to repeat); `wipe` makes it erase its data."""
        if len(reason) > MAX_REVOKE_REASON:
            raise SyncError(
                f"Begründung zu lang / the reason may have at most {MAX_REVOKE_REASON} characters"
            )
        return self._call(
            "POST",
            f"/admin/devices/{quote(device_id, safe='')}/revoke",
            DeviceEntry,
            json_body=RevokeRequest(wipe=wipe, reason=reason).model_dump(mode="json"),
        )

    # -- user administration (role admin; each action is safe to repeat) ---------------

    def list_users(self) -> list[UserEntry]:
        return self._parsed("GET", "/admin/users", _USER_LIST.validate_python)

    def list_teams(self) -> list[TeamEntry]:
        return self._parsed("GET", "/admin/teams", _TEAM_LIST.validate_python)

    def disable_user(self, user_id: str, *, wipe: bool, reason: str = "") -> UserChanged:
        """No more enrolments for the user, and every device of theirs revoked."""
        return self._user_action(user_id, "disable", DisableRequest(wipe=wipe, reason=reason))

    def enable_user(self, user_id: str) -> UserChanged:
        return self._user_action(user_id, "enable", None)

    def reset_user_password(self, user_id: str, password: str) -> UserChanged:
        return self._user_action(user_id, "password", PasswordRequest(password=password))

    def set_user_role(self, user_id: str, role: Role) -> UserChanged:
        return self._user_action(user_id, "role", RoleRequest(role=role))

    def move_user(self, user_id: str, team: str, *, wipe: bool) -> UserChanged:
        return self._user_action(user_id, "team", MoveRequest(team=team, wipe=wipe))

    def set_user_profile(
        self, user_id: str, *, display_name: str | None = None, contact: str | None = None
    ) -> UserChanged:
        """What the team directory shows of the user; None leaves a field, "" empties it."""
        return self._user_action(
            user_id, "profile", ProfileRequest(display_name=display_name, contact=contact)
        )

    def _user_action(self, user_id: str, action: str, body: BaseModel | None) -> UserChanged:
        return self._call(
            "POST",
            f"/admin/users/{quote(user_id, safe='')}/{action}",
            UserChanged,
            json_body=body.model_dump(mode="json") if body is not None else None,
        )

    def health(self) -> dict[str, Any]:
        return self._request("GET", "/health").json()

    def put_blob(self, sha256: str, content: bytes) -> None:
        self._request("PUT", f"/blobs/{sha256}", data=content)

    def get_blob(self, sha256: str) -> bytes:
        return self._request("GET", f"/blobs/{sha256}").content

    # -- plumbing ----------------------------------------------------------------

    def _call(self, method: str, path: str, model: type[M], **kwargs: Any) -> M:
        return self._parsed(method, path, model.model_validate, **kwargs)

    def _parsed(self, method: str, path: str, parse: Callable[[Any], T], **kwargs: Any) -> T:
        """Send, then parse the JSON body; a malformed answer is a BadResponse (retried)."""

        def attempt() -> T:
            response = self._send(method, path, **kwargs)
            try:
                return parse(orjson.loads(response.content))
            except (orjson.JSONDecodeError, ValidationError):
                raise BadResponse(
                    f"Unvollständige oder ungültige Antwort des Servers / the server's answer to {path} "
                    "was truncated or malformed; nothing of it was applied"
                ) from None

        return self._with_retries(attempt)

    def _request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        return self._with_retries(lambda: self._send(method, path, **kwargs))

    def _with_retries(self, attempt: Callable[[], Any]) -> Any:
        for number in range(1, self.attempts + 1):
            if self.cancel.is_set():
                raise Cancelled("Synchronisation abgebrochen / sync cancelled")
            try:
                return attempt()
            except SyncError as exc:
                if not exc.retryable or number == self.attempts:
                    raise
            # Waiting on the cancel event keeps a cancel instant.
            if self.cancel.wait(self.backoff * 2 ** (number - 1)):
                raise Cancelled("Synchronisation abgebrochen / sync cancelled")
        raise AssertionError("unreachable")

    def _send(
        self, method: str, path: str, *, json_body: Any = None, **kwargs: Any
    ) -> requests.Response:
        url = f"{self.base_url}{API_PREFIX}{path}"
        if json_body is not None:
            kwargs["data"] = orjson.dumps(json_body)
            kwargs["headers"] = {"Content-Type": "application/json"}
        try:
            # Never followed: requests would send the body (an enrolment's password) to wherever
            # the answer points, and the token too within the same host.
            response = self.session.request(
                method, url, timeout=self.timeout, stream=True, allow_redirects=False, **kwargs
            )
            self._read_capped(response, path)
        except requests.exceptions.SSLError:
            raise SyncError(
                f"TLS-Fehler / TLS error talking to {self.base_url}: the server's certificate is not trusted"
            ) from None
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout):
            raise ServerUnreachable(
                f"Server nicht erreichbar / server {self.base_url} is not reachable; working offline"
            ) from None
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError):
            raise BadResponse(
                f"connection dropped while receiving {path}; nothing of it was applied"
            ) from None
        self._check(response)
        return response

    def _read_capped(self, response: requests.Response, path: str) -> None:
        """Read (and decompress) the body now, so a cut connection surfaces here, up to the cap."""
        chunks, size = [], 0
        for chunk in response.iter_content(chunk_size=1 << 16):
            size += len(chunk)
            if size > self.max_response_bytes:
                response.close()
                raise BadResponse(
                    f"the server's answer to {path} exceeds {self.max_response_bytes // (1024 * 1024)} MiB; "
                    "nothing of it was applied"
                )
            chunks.append(chunk)
        response._content = b"".join(chunks)

    def _check(self, response: requests.Response) -> None:
        if 300 <= response.status_code < 400:
            raise Rejected(
                "Der Server leitet weiter / the server answered with a redirect"
                f"{_origin(response.headers.get('Location', ''))}; Fallakte follows no redirect "
                "(the password or token would go along): enter the server's own address"
            )
        if response.status_code < 400:
            return
        code, message = _error(response)
        if response.status_code == 409 and code == "clock_skew":
            raise ClockSkew(message, server_ms=_server_ms(response))
        if response.status_code == 426:
            raise ProtocolMismatch(
                message or "Bitte Fallakte aktualisieren / please update Fallakte"
            )
        if response.status_code == 401:
            if code in ("revoked", "revoked_wipe"):
                raise DeviceRevoked(
                    message or "this device was revoked", wipe=code == "revoked_wipe"
                )
            raise Unauthorized(
                message or "Anmeldung abgelehnt / the server refused this device's credentials"
            )
        if response.status_code in (413, 507):
            raise Rejected(message or f"server refused the request ({response.status_code})")
        if response.status_code == 429 and code == "too_many_attempts":
            raise Rejected(message)  # a lockout: retrying now only prolongs it
        if response.status_code in (429, 502, 503, 504) or response.status_code >= 500:
            raise ServerBusy(
                f"server error {response.status_code} on {response.request.path_url.split('?')[0]}"
            )
        refused = message or f"server refused the request ({response.status_code} {code})"
        if response.status_code == 403:
            raise Forbidden(refused)
        if response.status_code == 404:
            raise NotFound(refused)
        raise Rejected(refused)


def _error(response: requests.Response) -> tuple[str, str]:
    try:
        body = orjson.loads(response.content)
        return str(body.get("code", "")), str(body.get("message", ""))[:1000]
    except (orjson.JSONDecodeError, AttributeError):
        return "", ""


def _origin(location: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(location)
    if not parts.scheme or not parts.netloc:
        return ""
    return f" to {parts.scheme}://{parts.netloc}"


def _server_ms(response: requests.Response) -> int | None:
    from datetime import datetime

    stamp = response.headers.get("X-Fallakte-Server-Time", "")
    try:
        return int(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp() * 1000)
    except ValueError:
        return None


def _is_loopback(url: str) -> bool:
    import ipaddress
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
