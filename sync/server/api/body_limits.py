"""How large a request body may be, by route, before and after gzip decompression.

Enforced by middleware as the bytes arrive, so an oversized body is refused (413) without
being held: a Content-Length above the limit is answered before anything is read.
"""

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import API_PREFIX, MAX_PUSH_BYTES, MAX_SMALL_BODY_BYTES
from sync.server.api.deps import ApiError

MAX_BLOB_BYTES = 200 * 1024 * 1024
_BLOBS = f"{API_PREFIX}/blobs/"
_PUSH = f"{API_PREFIX}/sync/push"


def limit_for(method: str, path: str) -> int:
    if method == "PUT" and path.startswith(_BLOBS):
        return MAX_BLOB_BYTES
    if method == "POST" and path == _PUSH:
        return MAX_PUSH_BYTES
    return MAX_SMALL_BODY_BYTES


def too_large(limit: int) -> ApiError:
    size = f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit // 1024} KiB"
    return ApiError(413, "too_large", f"the request body is too large (at most {size})")


class BodyLimitMiddleware:
    """Refuse bodies over the route's limit as they arrive (the bytes on the wire)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = limit_for(scope["method"], scope["path"])
        declared = dict(scope.get("headers", [])).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            from sync.server.api.app import error_response

            error = too_large(limit)
            await error_response(error.status_code, error.code, error.message)(scope, receive, send)
            return
        total = 0

        async def counting_receive() -> Message:
            nonlocal total
            message = await receive()
            if message["type"] == "http.request":
                total += len(message.get("body", b""))
                if total > limit:
                    raise too_large(limit)
            return message

        await self.app(scope, counting_receive, send)
