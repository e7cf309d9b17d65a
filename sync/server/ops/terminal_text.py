"""Text from devices made harmless for an operator's terminal and for log lines.

A device name travels from a laptop to `fallakte-server device list`; an escape sequence in
it could clear the screen, retitle the window or hide text, and a bidi override could make a
line read differently from what it is. Every control and format character (Unicode C*) is
replaced by a visible stand-in, and line breaks cannot start a forged line.
"""

import unicodedata

REPLACEMENT = "?"


def printable(text: str, *, limit: int | None = None) -> str:
    cleaned = "".join(
        REPLACEMENT if unicodedata.category(ch).startswith("C") else ch for ch in text
    )
    if limit is not None and len(cleaned) > limit:
        cleaned = cleaned[: limit - 1] + "…"
    return cleaned
