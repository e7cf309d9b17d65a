"""Merged duplicates on the server: what a push says about a merged record reaches its survivor.

A person or household merged into another (app/services/merging.py) is a tombstone with
`merged_into`. Devices that were offline at the time still name it, and the server, the one
trusted code path every change passes, normalises that at push:

- a reference to a merged record (a consultation made offline for the duplicate) is rewritten
  to the survivor and restamped by the server, so the device that sent it takes the new value
  when it pulls;
- a field edit of a merged record is applied to the record itself (its tombstone stays the same
  on every device) and once more to the survivor, with the edit's own stamp and base: the
  ordinary field merge decides, a concurrent edit of the survivor becomes a conflict, nothing
  typed is lost;
- when the merge itself arrives, edits of the duplicate that the merging device had not seen
  (they reached the server after its last pull) are folded into the survivor the same way. The
  merging device names what it saw: the merge change's base holds the stamp of every field of
  the duplicate as it was on that device.

The same duplicate merged into two different survivors (laptop A merges D into S1, laptop B,
offline, merges D into S2) ends the same way whatever order the two arrive in: **the first merge
the server accepted stands**. A tombstone's `merged_into`, once set on the server, never changes:

- a later change naming another survivor is refused for that field (the rest of the change is
  taken) and the server states its value again, newer (a server stamp, as for the values the
  server sets for data protection), so the device that sent it takes the first survivor back;
- the references that device had moved from D to its own survivor (its merge rewrote them
  with a base naming the value that was D) met the first merge's rewrite of the same values
  as a conflict between the two survivors; when the refused merge arrives, each such pair
  goes to the first survivor (restamped by the server) and the conflict is settled, because
  it was never two values but one reference seen through two merges;
- later edits and references of D, from any device, follow the stored `merged_into`: the
  first survivor;
- what the refused merge carried into its own survivor (S2 took the values of D it lacked)
  stays there: S2 is a real record. The refusal is kept as a conflict of D's `merged_into`
  (the first survivor current, the refused one lost) that every device shows: the two
  survivors are probably one person too, which a lead decides (Admin › Possible duplicates ›
  Merge…); it is never restored, and nothing merges them automatically.

Only a merge itself leaves that notice: its change names in its base every field of the
duplicate as the device saw it. A redirect the refused merge brought along (a record merged
earlier into D, whose `merged_into` the device moved to S2) is refused without one.
"""

from collections.abc import Callable, Iterable, Mapping
from functools import partial
from typing import Any

from sqlalchemy import Connection, Text, cast, select

from app.domain.registry import model_for, references, referrers
from app.services.merging import MAX_CHAIN, MERGEABLE, is_empty
from sync.merge import FieldState, Lost, RecordState
from sync.server.storage.tables import record

Key = tuple[str, str]
MERGED_INTO = "merged_into"
# Fields of the duplicate that are never carried to the survivor: the pointer itself, and the
# membership the merge took from it (the survivor's household is the one that counts).
NOT_CARRIED = frozenset({MERGED_INTO, "household_id"})
_IN = 500


class Survivors:
    """Which of the team's persons and households are merged, and into what, for one push."""

    def __init__(self, conn: Connection, team_id: str, keys: Iterable[Key]) -> None:
        self.into: dict[Key, str] = {}
        wanted = {k for k in keys if k[0] in MERGEABLE}
        seen: set[Key] = set()
        for _ in range(MAX_CHAIN):
            wanted -= seen
            if not wanted:
                break
            seen |= wanted
            found = self._load(conn, team_id, wanted)
            self.into.update(found)
            wanted = {(entity, target) for (entity, _), target in found.items()}

    @staticmethod
    def _load(conn: Connection, team_id: str, keys: set[Key]) -> dict[Key, str]:
        found: dict[Key, str] = {}
        by_entity: dict[str, list[str]] = {}
        for entity, record_id in keys:
            by_entity.setdefault(entity, []).append(record_id)
        for entity, ids in sorted(by_entity.items()):
            ids = sorted(ids)
            for start in range(0, len(ids), _IN):
                rows = conn.execute(
                    select(record.c.id, record.c.fields).where(
                        record.c.entity == entity,
                        record.c.team_id == team_id,
                        record.c.deleted.is_(False),
                        record.c.id.in_(ids[start : start + _IN]),
                    )
                )
                for row in rows:
                    target = (row.fields or {}).get(MERGED_INTO)
                    if isinstance(target, str) and target != row.id:
                        found[(entity, row.id)] = target
        return found

    def keys(self) -> set[Key]:
        """Every survivor (and step of a chain) these records lead to."""
        return {(entity, target) for (entity, _), target in self.into.items()}

    def learn(self, key: Key, state: RecordState) -> None:
        """A change of this push set (or cleared) `merged_into`: later changes see it."""
        target = None if state.deleted else state.fields.get(MERGED_INTO)
        if isinstance(target, str) and target != key[1]:
            self.into[key] = target
        else:
            self.into.pop(key, None)

    def survivor(self, key: Key) -> str | None:
        """The id that stands for this record now, or None if it was not merged."""
        if key not in self.into:
            return None
        entity, current = key
        visited = {current}
        for _ in range(MAX_CHAIN):
            target = self.into.get((entity, current))
            if target is None or target in visited:
                break
            visited.add(target)
            current = target
        return current if current != key[1] else None

    def rewrite(
        self, entity: str, record_id: str, fields: Mapping[str, Any]
    ) -> tuple[dict[str, Any], list[str]]:
        """The change's values with references to merged records naming their survivors."""
        result = dict(fields)
        rewritten: list[str] = []
        for name, target in references(entity).items():
            if target not in MERGEABLE or name not in fields:
                continue
            value = fields[name]
            if not isinstance(value, (list, str)):
                continue
            new = mapped(value, partial(self.end, target))
            if name == MERGED_INTO and new == record_id:
                # Two devices merged the pair each into the other: the merge that arrived
                # first stands and this one is undone, membership included (restamped, so the
                # device that sent it takes the server's values back).
                result[name] = None
                rewritten.append(name)
                if "household_id" in result:
                    del result["household_id"]
                    rewritten.append("household_id")
                continue
            if new != value:
                result[name] = new
                rewritten.append(name)
        return result, rewritten

    def end(self, entity: str, record_id: str) -> str:
        """The id that stands for this record now: itself, or the end of its merges."""
        return self.survivor((entity, record_id)) or record_id


def unseen(before: RecordState | None, base: Mapping[str, str | None]) -> dict[str, FieldState]:
    """Fields of a duplicate whose current value the merging device had not seen."""
    if before is None or before.deleted:
        return {}
    found = {}
    for name, stamp in before.clocks.items():
        if name in NOT_CARRIED or name not in base:
            continue
        if base[name] != stamp:
            found[name] = FieldState(before.fields.get(name), stamp, before.bases.get(name))
    return found


def kept_apart(
    entity: str, before: RecordState | None, survivor: RecordState, base: Mapping[str, Any]
) -> list[Lost]:
    """Values of the duplicate the merging device saw and the survivor does not hold: kept as
    conflicts of the survivor (the survivor's value stays; the conflict view can restore)."""
    if before is None or before.deleted or survivor.deleted:
        return []
    model = model_for(entity)
    found = []
    for name, stamp in sorted(before.clocks.items()):
        if name in NOT_CARRIED or base.get(name) != stamp or name not in survivor.clocks:
            continue
        mine, theirs = survivor.fields.get(name), before.fields.get(name)
        if mine == theirs or is_empty(model, name, theirs):
            continue
        if isinstance(theirs, list) and set(theirs) <= set(mine or []):
            continue
        if name == "family_name" and theirs in (survivor.fields.get("aliases") or []):
            continue  # kept as an alias of the survivor
        found.append(Lost(name, mine, survivor.clocks[name], theirs, stamp))
    return found


def referring(conn: Connection, team_id: str, entity: str, record_id: str) -> set[Key]:
    """The team's live records with a reference naming `record_id` (of `entity`)."""
    found: set[Key] = set()
    live = (record.c.team_id == team_id, record.c.deleted.is_(False))
    for other, name in referrers(entity):
        if _is_list(other, name):
            rows = conn.execute(
                select(record.c.id, record.c.fields).where(
                    record.c.entity == other,
                    *live,
                    cast(record.c.fields, Text).contains(record_id),
                )
            )
            found |= {(other, r.id) for r in rows if record_id in (r.fields.get(name) or [])}
        else:
            column = record.c.fields[name].as_string()
            rows = conn.execute(
                select(record.c.id).where(record.c.entity == other, *live, column == record_id)
            )
            found |= {(other, r.id) for r in rows}
    owner = record.c.fields["owner_id"].as_string()
    rows = conn.execute(
        select(record.c.id, record.c.fields).where(
            record.c.entity == "attachment", *live, owner == record_id
        )
    )
    found |= {("attachment", r.id) for r in rows if r.fields.get("owner_entity") == entity}
    return found


def names(holder: str, fields: Mapping[str, Any], entity: str, record_id: str) -> bool:
    """Whether a record of `holder` with these values refers to `record_id` (of `entity`), as
    `referring` would find it among the stored records."""
    for name, target in references(holder).items():
        if target != entity:
            continue
        value = fields.get(name)
        if value == record_id or (isinstance(value, list) and record_id in value):
            return True
    return (
        holder == "attachment"
        and fields.get("owner_entity") == entity
        and fields.get("owner_id") == record_id
    )


def _is_list(entity: str, name: str) -> bool:
    default = model_for(entity).model_fields[name].get_default(call_default_factory=True)
    return isinstance(default, list)


def redirect_owner(entity: str, state: RecordState, duplicate: str, survivor: str) -> list[str]:
    """An attachment of the duplicate belongs to the survivor (owner_id is no `Ref` field)."""
    if entity != "attachment" or state.fields.get("owner_id") != duplicate:
        return []
    state.fields["owner_id"] = survivor
    return ["owner_id"]


def carry(state: RecordState, name: str, value: FieldState) -> tuple[RecordState, Lost | None]:
    """A value of the duplicate applied to the survivor: the higher stamp wins, and a differing
    loser is always a conflict. The merge rule's "a device never edits concurrently with
    itself" holds within one record only: here a device's edit of the duplicate meets its own
    earlier edit of the survivor, two values it never had in front of it together."""
    held = state.field_state(name)
    if held is not None and held.stamp == value.stamp:
        return state, None
    result = state.copy()
    winner, loser = value, held
    if held is not None and held.stamp > value.stamp:
        winner, loser = held, value
    if winner is value:
        result.fields[name] = value.value
        result.clocks[name] = value.stamp
        result.bases[name] = value.base
    if loser is None or loser.value == winner.value or loser.value in (None, []):
        return result, None
    return result, Lost(name, winner.value, winner.stamp, loser.value, loser.stamp)


def crossed(
    before: RecordState | None,
    after: RecordState,
    stamp: str,
    fields: Mapping[str, Any],
    lost: list[Lost],
) -> list[Lost]:
    """Conflicts an edit of a duplicate, applied to its survivor, left unreported because the
    merge rule took the two as one device's sequence (see `carry`)."""
    if before is None:
        return []
    reported = {item.field for item in lost}
    found = []
    for name in fields:
        held = before.field_state(name)
        if held is None or name in reported or held.stamp == stamp:
            continue
        mine = after.fields.get(name)
        if after.clocks.get(name) == stamp:
            if held.value != mine and held.value not in (None, []):
                found.append(Lost(name, mine, stamp, held.value, held.stamp))
        elif fields[name] != mine and fields[name] not in (None, []):
            found.append(Lost(name, mine, after.clocks[name], fields[name], stamp))
    return found


def standing(held: RecordState | None, asked: Any) -> str | None:
    """The survivor a merged record keeps when a change names another one (or none): the
    first merge the server accepted stands. None if the change may set the field."""
    if held is None or held.deleted:
        return None
    current = held.fields.get(MERGED_INTO)
    if not isinstance(current, str) or current == asked:
        return None
    return current


def is_merge(fields: Mapping[str, Any], base: Mapping[str, Any]) -> bool:
    """Whether a change setting `merged_into` is a merge (app/services/merging.py names every
    field of the duplicate in its base), not a redirect of a record merged into it earlier."""
    return bool(fields.get(MERGED_INTO)) and bool(set(base) - set(fields))


def mapped(value: Any, to: Callable[[str], str]) -> Any:
    """A reference value (an id or a list of ids) with every id taken through `to`; a list
    keeps its order and names each record once. Anything else stays as it is."""
    if isinstance(value, list):
        result: list[Any] = []
        for item in value:
            item = to(item) if isinstance(item, str) else item
            if item not in result:
                result.append(item)
        return result
    return to(value) if isinstance(value, str) else value


def replaced(value: Any, old: str, new: str) -> Any:
    """A reference value (an id or a list of ids) naming `new` where it named `old`."""
    return mapped(value, lambda item: new if item == old else item)


def moved_apart(
    mine: Any, other: Any, refused: str, survivor: str, ends: "Survivors", entity: str
) -> Any | None:
    """The value of a reference two merges moved apart, or None if these two values are not
    that: `mine` names the refused survivor where `other` names (a step towards) the standing
    one, and nothing else differs. Both were one value naming the duplicate, which each merge
    replaced by its own survivor (a list collapses one that was already in it, so compare
    what is left besides the two): the standing value is `other`, through to its end."""
    theirs = mapped(other, lambda item: ends.end(entity, item))
    if not _names(mine, refused) or not _names(theirs, survivor):
        return None
    if isinstance(mine, list) != isinstance(theirs, list):
        return None
    if isinstance(mine, list) and not (
        set(mine) - {refused} <= set(theirs) and set(theirs) - {survivor} <= set(mine)
    ):
        return None
    return theirs


def _names(value: Any, record_id: str) -> bool:
    return value == record_id or (isinstance(value, list) and record_id in value)
