"""Device ids the server accepts: UUIDv7 as `fallakte init` makes them, never the server's own.

The server stamps its own changes (erasure, retention) with the nil UUID
(sync.merge.SERVER_DEVICE); a device holding that id would have its edits win without a
conflict and its erasures count as the server's. Checking the version as well keeps the whole
reserved and special range (nil, max, other versions) out.
"""

import re

from sync.merge import SERVER_DEVICE

_UUID7 = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


def is_device_id(text: str) -> bool:
    return text != SERVER_DEVICE and _UUID7.match(text) is not None


def is_reserved(text: str) -> bool:
    """The server's own id: no device may act under it, even one enrolled by an old release."""
    return text == SERVER_DEVICE
