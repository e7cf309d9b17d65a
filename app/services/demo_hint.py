"""The demo store says its own password on the unlock screen; no other store ever does.

`make demo` writes the (public) demo password into a plain file beside the demo store, and the
unlock screen shows it when that file is there. A real store is never given one, so a real
password is never written anywhere in clear.
"""

from pathlib import Path

HINT_FILE = "demo-password.txt"
_MAX = 64


def mark_demo_store(data_dir: Path, password: str) -> None:
    (data_dir / HINT_FILE).write_text(password + "\n", "utf-8")


def demo_password(data_dir: Path) -> str | None:
    """The demo password if `data_dir` is a demo store, else None."""
    try:
        text = (data_dir / HINT_FILE).read_text("utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if text and len(text) <= _MAX and "\n" not in text else None
