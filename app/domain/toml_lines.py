"""Where a key of a TOML data file is, so that an admin's mistake is reported with its line.

tomllib gives values, not positions. The data files under resources/ are flat: top-level keys,
then arrays of tables (`[[document]]`) holding keys and inline tables. That is enough to map a
pydantic error location such as ("document", 2, "issued_within_days") to a line by scanning.
"""

import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from app.errors import UserError

MAX_PROBLEMS = 20
_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]")
_TABLE = re.compile(r"^\s*\[")


class TomlLayout:
    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.headers: list[tuple[str, int]] = []  # (array name, 0-based line)
        for number, line in enumerate(self.lines):
            match = _HEADER.match(line)
            if match:
                self.headers.append((match[1], number))
        first = next((i for i, line in enumerate(self.lines) if _TABLE.match(line)), None)
        self.top_end = len(self.lines) if first is None else first

    def _table(self, name: str, index: int) -> tuple[int, int] | None:
        """The 0-based line range of the index-th `[[name]]` table."""
        found = [i for i, (n, _) in enumerate(self.headers) if n == name]
        if index >= len(found):
            return None
        position = found[index]
        start = self.headers[position][1]
        end = self.headers[position + 1][1] if position + 1 < len(self.headers) else len(self.lines)
        return start, end

    def _key(self, start: int, end: int, key: str) -> int | None:
        name = re.escape(key)
        pattern = re.compile(rf"^\s*(\"|'|)({name})\1\s*=|[{{,]\s*(\"|'|){name}\3\s*=")
        for number in range(start, end):
            if pattern.search(self.lines[number]):
                return number + 1
        return None

    def line(self, loc: Sequence[Any]) -> int | None:
        """1-based line of a location: (key,) at the top, or (array, index[, key, ...])."""
        if not loc:
            return None
        head = str(loc[0])
        if len(loc) >= 2 and isinstance(loc[1], int):
            span = self._table(head, loc[1])
            if span is None:
                return None
            if len(loc) >= 3:
                return self._key(span[0] + 1, span[1], str(loc[2])) or span[0] + 1
            return span[0] + 1
        top = self._key(0, self.top_end, head)
        if top is not None:
            return top
        span = self._table(head, 0)
        return None if span is None else span[0] + 1


@dataclass
class Problems:
    """Problems of one or more files, each `file line N (what): message`, at most 20 shown."""

    error: type[UserError]
    items: list[str] = field(default_factory=list)

    def add(self, file: str, line: int | None, message: str, what: str = "") -> None:
        at = f" line {line}" if line is not None else ""
        about = f" ({what})" if what else ""
        self.items.append(f"{file}{at}{about}: {message}")

    def raise_if_any(self) -> None:
        if not self.items:
            return
        shown = self.items[:MAX_PROBLEMS]
        if len(self.items) > MAX_PROBLEMS:
            shown.append(f"… and {len(self.items) - MAX_PROBLEMS} more")
        raise self.error("\n".join(shown))


def parse_toml(text: str, *, file: str, problems: Problems) -> dict[str, Any] | None:
    """The parsed file, or None with the syntax error (line and column) added to `problems`."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        message = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc))
        if match:
            problems.add(file, int(match[1]), f"column {match[2]}: TOML syntax: {message}")
        else:
            problems.add(file, None, f"TOML syntax: {message}")
        return None


def error_message(error: Any) -> str:
    """A pydantic error as an admin reads it: which key, what is wrong."""
    kind, msg = error["type"], error["msg"].removeprefix("Value error, ")
    loc = [str(p) for p in error["loc"] if not isinstance(p, int)]
    key = loc[-1] if loc else ""
    if kind == "missing":
        return f"missing key '{key}'"
    if kind == "extra_forbidden":
        return f"unknown key '{key}'"
    if kind == "enum":
        expected = error.get("ctx", {}).get("expected", "")
        return f"{key}: not an allowed value; allowed: {expected}".replace("'", "")
    return f"{key}: {msg}" if key else msg
