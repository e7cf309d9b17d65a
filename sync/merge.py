"""The one merge rule, used by the server and by devices: per-field last writer wins, losers kept.

A field's value carries the stamp that set it and the stamp its author had seen
(its base). Stamps compare as strings in (time, counter, device) order, so the
higher stamp wins everywhere, whatever order changes arrive in. When the winner
was not made on top of the loser (neither saw the other) and their values
differ, the losing value becomes a conflict: kept, shown and restorable, never
silently gone.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ERASED = "erased"
# The device id in the server's own stamps (erasure, retention): the nil UUID, which no device
# makes (they use UUIDv7) and which the wire's stamp pattern accepts, so older clients pull it.
SERVER_DEVICE = "00000000-0000-0000-0000-000000000000"


def is_server_stamp(stamp: str | None) -> bool:
    return stamp is not None and _device(stamp) == SERVER_DEVICE


@dataclass(frozen=True)
class FieldState:
    value: Any
    stamp: str
    base: str | None = None


@dataclass(frozen=True)
class Lost:
    """A value that lost to a concurrent edit of the same field."""

    field: str
    winner_value: Any
    winner_stamp: str
    loser_value: Any
    loser_stamp: str


def resolve(
    current: FieldState | None, incoming: FieldState
) -> tuple[FieldState, FieldState | None]:
    """(winner, concurrent loser or None) for one field."""
    if current is None or incoming.stamp == current.stamp:
        return (incoming if current is None else current), None
    if incoming.stamp > current.stamp:
        winner, loser = incoming, current
    else:
        winner, loser = current, incoming
    # A device never edits concurrently with itself: it always has its own earlier value in front of it.
    sequential = winner.base == loser.stamp or _device(winner.stamp) == _device(loser.stamp)
    if sequential or winner.value == loser.value:
        return winner, None
    return winner, loser


def _device(stamp: str) -> str:
    return stamp.split("-", 2)[-1]


@dataclass
class RecordState:
    """A record with per-field values, stamps and bases; `deleted` records hold no content."""

    fields: dict[str, Any] = field(default_factory=dict)
    clocks: dict[str, str] = field(default_factory=dict)
    bases: dict[str, str | None] = field(default_factory=dict)
    deleted: bool = False

    def field_state(self, name: str) -> FieldState | None:
        if name not in self.clocks:
            return None
        return FieldState(self.fields.get(name), self.clocks[name], self.bases.get(name))

    def copy(self) -> "RecordState":
        return RecordState(dict(self.fields), dict(self.clocks), dict(self.bases), self.deleted)


@dataclass
class Outcome:
    state: RecordState
    changed: list[str] = field(default_factory=list)
    lost: list[Lost] = field(default_factory=list)
    dropped: bool = False  # an edit of an erased record: refused and reported
    # Fields the server set for data protection that this change had not seen: not applied and
    # not kept as a conflict (the losing value is the content the server removed).
    refused: list[str] = field(default_factory=list)


def apply_change(
    state: RecordState | None,
    *,
    stamp: str,
    fields: Mapping[str, Any],
    base: Mapping[str, str | None],
    deleted: bool = False,
) -> Outcome:
    """Merge one change (as made on a device) into a record's state, which is not modified."""
    current = state.copy() if state is not None else RecordState()
    if current.deleted:
        return Outcome(current, dropped=not deleted)
    if deleted:
        erased = RecordState(clocks={ERASED: stamp}, deleted=True)
        return Outcome(erased, changed=list(current.fields))
    outcome = Outcome(current)
    for name, value in fields.items():
        incoming = FieldState(value, stamp, base.get(name))
        held = current.clocks.get(name)
        if is_server_stamp(held) and incoming.base != held and stamp != held:
            outcome.refused.append(name)
            continue
        winner, loser = resolve(current.field_state(name), incoming)
        if winner is incoming:
            current.fields[name] = value
            current.clocks[name] = stamp
            current.bases[name] = incoming.base
            outcome.changed.append(name)
        if loser is not None:
            outcome.lost.append(Lost(name, winner.value, winner.stamp, loser.value, loser.stamp))
    return outcome


def apply_state(local: RecordState | None, remote: RecordState) -> tuple[RecordState, list[str]]:
    """A device takes the server's state, field by field, except where its own unsent edit is newer.

    Conflicts are decided once, on the server, and arrive as records: the
    device only has to end up holding the same winners.
    """
    if remote.deleted:
        return remote.copy(), list(local.fields) if local else []
    if local is not None and local.deleted:
        return local.copy(), []  # erased here, not yet sent: erasure is final
    merged = local.copy() if local is not None else RecordState()
    changed = []
    for name, stamp in remote.clocks.items():
        incoming = FieldState(remote.fields.get(name), stamp, remote.bases.get(name))
        winner, _ = resolve(merged.field_state(name), incoming)
        if winner is incoming and merged.clocks.get(name) != stamp:
            merged.fields[name] = incoming.value
            merged.clocks[name] = stamp
            merged.bases[name] = incoming.base
            changed.append(name)
    return merged, changed
