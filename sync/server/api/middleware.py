"""ASGI middleware: server time and nosniff on every response, gzip request bodies unpacked."""

import zlib
from datetime import UTC, datetime

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.server.api.body_limits import limit_for, too_large
from sync.server.api.deps import ApiError

SERVER_TIME_HEADER = "X-Fallakte-Server-Time"
# The most any route takes after decompression (a blob); each route has its own limit below it.
MAX_INFLATED_BYTES = 200 * 1024 * 1024
# No browser or proxy may guess another type than the one sent (an uploaded "PDF" as HTML).
RESPONSE_HEADERS = ((b"x-content-type-options", b"nosniff"),)


def server_time() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class ServerTimeMiddleware:
    """Every response says the server's clock, so a device can measure and report its skew,
    and forbids content sniffing."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_time(message: Message) -> None:
            if message["type"] == "http.response.start":
                ours = {SERVER_TIME_HEADER.lower().encode(), *(k for k, _ in RESPONSE_HEADERS)}
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() not in ours]
                headers.append((SERVER_TIME_HEADER.lower().encode(), server_time().encode()))
                headers.extend(RESPONSE_HEADERS)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_time)


class GzipRequestMiddleware:
    """Unpack `Content-Encoding: gzip` request bodies as they stream in, within the route's limit."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_INFLATED_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        if headers.get(b"content-encoding", b"").strip().lower() != b"gzip":
            await self.app(scope, receive, send)
            return
        # Downstream sees a plain body of unknown length.
        scope = {
            **scope,
            "headers": [
                (k, v)
                for k, v in scope["headers"]
                if k not in (b"content-encoding", b"content-length")
            ],
        }
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        total = 0
        limit = min(self.max_bytes, limit_for(scope["method"], scope["path"]))

        async def inflating_receive() -> Message:
            nonlocal total
            message = await receive()
            if message["type"] != "http.request":
                return message
            try:
                body = inflater.decompress(message.get("body", b""), limit - total + 1)
                if inflater.unconsumed_tail or total + len(body) > limit:
                    raise too_large(limit)
                if not message.get("more_body", False):
                    # flush() would inflate whatever is left without a bound: nothing is left.
                    body += inflater.flush()
                    if not inflater.eof:
                        raise zlib.error("truncated")
            except zlib.error:
                raise ApiError(400, "bad_encoding", "the request body is not valid gzip") from None
            total += len(body)
            if total > limit or inflater.unconsumed_tail:
                raise too_large(limit)
            return {**message, "body": body}

        await self.app(scope, inflating_receive, send)
