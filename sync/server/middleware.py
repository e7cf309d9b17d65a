"""ASGI middleware: server time on every response, gzip-compressed request bodies unpacked."""

import zlib
from datetime import UTC, datetime

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.server.deps import ApiError

SERVER_TIME_HEADER = "X-Fallakte-Server-Time"
# Far above any page or blob, far below what a decompression bomb would fill.
MAX_INFLATED_BYTES = 256 * 1024 * 1024


def server_time() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class ServerTimeMiddleware:
    """Every response says the server's clock, so a device can measure and report its skew."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_time(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() != SERVER_TIME_HEADER.lower().encode()
                ]
                headers.append((SERVER_TIME_HEADER.lower().encode(), server_time().encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_time)


class GzipRequestMiddleware:
    """Unpack `Content-Encoding: gzip` request bodies as they stream in, with a size limit."""

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

        async def inflating_receive() -> Message:
            nonlocal total
            message = await receive()
            if message["type"] != "http.request":
                return message
            try:
                body = inflater.decompress(message.get("body", b""), self.max_bytes - total + 1)
                if not message.get("more_body", False):
                    body += inflater.flush()
                    if not inflater.eof:
                        raise zlib.error("truncated")
            except zlib.error:
                raise ApiError(400, "bad_encoding", "the request body is not valid gzip") from None
            total += len(body)
            if total > self.max_bytes or inflater.unconsumed_tail:
                raise ApiError(413, "too_large", "the request body is too large")
            return {**message, "body": body}

        await self.app(scope, inflating_receive, send)
