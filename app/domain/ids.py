"""Record ids: UUIDv7 (RFC 9562), made on the device, time-ordered for index locality."""

import os
import re
import time
import uuid


def new_id() -> str:
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    rand_a = rand >> 68  # 12 bits
    rand_b = rand & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


_ID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")


def is_id(text: str) -> bool:
    return isinstance(text, str) and _ID.match(text) is not None


_STABLE = uuid.UUID("0b5f8a52-58a1-4d1e-b1a3-6f0a9c1d2e77")


def stable_id(*parts: str) -> str:
    """The same id for the same parts on every device (UUIDv5): two devices that add the
    same traveller or checklist row offline make one record, and their edits merge."""
    return str(uuid.uuid5(_STABLE, ":".join(p.lower() for p in parts)))
