"""The merge rule: unit cases, and convergence of simulated devices under any delivery order."""

from dataclasses import dataclass, field

from hypothesis import given, settings
from hypothesis import strategies as st

from app.store.hlc import HybridClock
from sync.merge import FieldState, Lost, RecordState, apply_change, apply_state, resolve

A, B, C = "0" * 13 + "-00001-a", "0" * 13 + "-00002-b", "0" * 13 + "-00003-c"


def test_higher_stamp_wins_and_a_concurrent_loser_is_kept():
    winner, loser = resolve(FieldState("x", A, None), FieldState("y", B, None))
    assert winner.value == "y" and loser == FieldState("x", A, None)


def test_an_edit_made_on_top_of_the_current_value_is_no_conflict():
    winner, loser = resolve(FieldState("x", A, None), FieldState("y", B, A))
    assert winner.value == "y" and loser is None


def test_an_old_edit_arriving_late_loses_but_is_kept():
    winner, loser = resolve(FieldState("y", B, None), FieldState("x", A, None))
    assert winner.value == "y" and loser.value == "x"


def test_equal_values_are_no_conflict():
    assert resolve(FieldState("x", A, None), FieldState("x", B, None))[1] is None


def test_duplicate_change_changes_nothing():
    state = apply_change(None, stamp=A, fields={"f": 1}, base={}).state
    again = apply_change(state, stamp=A, fields={"f": 1}, base={})
    assert again.changed == [] and again.lost == [] and again.state == state


def test_apply_change_reports_lost_values():
    state = apply_change(None, stamp=A, fields={"f": "mine"}, base={}).state
    outcome = apply_change(state, stamp=B, fields={"f": "theirs"}, base={"f": None})
    assert outcome.state.fields == {"f": "theirs"}
    assert outcome.lost == [Lost("f", "theirs", B, "mine", A)]


def test_erasure_is_final():
    state = apply_change(None, stamp=A, fields={"f": "x"}, base={}).state
    erased = apply_change(state, stamp=B, fields={}, base={}, deleted=True).state
    assert erased.deleted and erased.fields == {}
    later = apply_change(erased, stamp=C, fields={"f": "again"}, base={})
    assert later.dropped and later.state.fields == {}


def test_a_device_keeps_its_newer_unsent_edit_and_its_unsent_erasure():
    local = RecordState({"f": "local"}, {"f": C}, {"f": None})
    remote = RecordState({"f": "server", "g": 1}, {"f": B, "g": B}, {"f": None, "g": None})
    merged, changed = apply_state(local, remote)
    assert merged.fields == {"f": "local", "g": 1} and changed == ["g"]
    gone = RecordState(deleted=True, clocks={"erased": C})
    assert apply_state(gone, remote)[0].deleted


# -- simulation ---------------------------------------------------------------


class Wall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


@dataclass
class Server:
    records: dict[str, RecordState] = field(default_factory=dict)
    conflicts: list[tuple[str, Lost]] = field(default_factory=list)
    applied: set[tuple[str, int]] = field(default_factory=set)
    bases_seen: set[tuple[str, str, str]] = field(default_factory=set)

    def push(self, device: str, change: tuple) -> None:
        seq, rid, stamp, fields, base, deleted = change
        if (device, seq) in self.applied:
            return
        self.applied.add((device, seq))
        outcome = apply_change(
            self.records.get(rid), stamp=stamp, fields=fields, base=base, deleted=deleted
        )
        self.records[rid] = outcome.state
        if outcome.state.deleted:
            self.conflicts = [(r, lost) for r, lost in self.conflicts if r != rid]
        else:
            self.conflicts.extend((rid, lost) for lost in outcome.lost)
            self.bases_seen.update((rid, f, b) for f, b in base.items() if b)


@dataclass
class Device:
    name: str
    wall: Wall
    clock: HybridClock
    local: dict[str, RecordState] = field(default_factory=dict)
    outbox: list[tuple] = field(default_factory=list)
    seq: int = 0

    def edit(self, rid: str, fname: str, value: int, typed: list) -> None:
        record = self.local.setdefault(rid, RecordState())
        if record.deleted:
            return
        stamp = self.clock.now()
        base = record.clocks.get(fname)
        record.fields[fname], record.clocks[fname], record.bases[fname] = value, stamp, base
        self.seq += 1
        self.outbox.append((self.seq, rid, stamp, {fname: value}, {fname: base}, False))
        typed.append((rid, fname, value, stamp))

    def erase(self, rid: str) -> None:
        stamp = self.clock.now()
        self.local[rid] = RecordState(clocks={"erased": stamp}, deleted=True)
        self.outbox = [c for c in self.outbox if c[1] != rid]
        self.seq += 1
        self.outbox.append((self.seq, rid, stamp, {}, {}, True))

    def push(self, server: Server, duplicate: bool) -> None:
        for change in self.outbox * (2 if duplicate else 1):
            server.push(self.name, change)
        self.outbox.clear()

    def pull(self, server: Server) -> None:
        for rid, remote in server.records.items():
            for stamp in remote.clocks.values():
                self.clock.observe(stamp)
            self.local[rid], _ = apply_state(self.local.get(rid), remote)


ops = st.lists(
    st.one_of(
        st.tuples(
            st.just("edit"),
            st.integers(0, 4),
            st.sampled_from("rs"),
            st.sampled_from("fg"),
            st.integers(0, 3),
        ),
        st.tuples(st.just("erase"), st.integers(0, 4), st.sampled_from("rs")),
        st.tuples(st.just("push"), st.integers(0, 4), st.booleans()),
        st.tuples(st.just("pull"), st.integers(0, 4)),
        st.tuples(st.just("tick"), st.integers(0, 4), st.integers(0, 50)),
    ),
    max_size=80,
)


@settings(max_examples=500, deadline=None)
@given(st.integers(2, 5), st.lists(st.integers(-30, 30), min_size=5, max_size=5), ops, st.randoms())
def test_property_devices_converge_and_nothing_typed_is_lost(n, skews, steps, rnd):
    server = Server()
    devices = []
    for i in range(n):
        wall = Wall(1000 + skews[i])
        devices.append(
            Device(
                f"{i:08x}-0000-7000-8000-000000000000",
                wall,
                HybridClock(f"d{i}", wall=wall, max_drift_ms=10**9),
            )
        )
    typed: list[tuple] = []
    for step in steps:
        device = devices[step[1] % n]
        if step[0] == "edit":
            device.edit(step[2], step[3], step[4], typed)
        elif step[0] == "erase":
            device.erase(step[2])
        elif step[0] == "push":
            device.push(server, step[2])
        elif step[0] == "pull":
            device.pull(server)
        else:
            device.wall.ms += step[2]
    order = list(devices)
    rnd.shuffle(order)  # the final syncs happen in any order
    for device in order:
        device.push(server, duplicate=True)
    for device in order:
        device.pull(server)
    for device in devices:
        for rid, remote in server.records.items():
            mine = device.local[rid]
            assert (mine.deleted, mine.fields, mine.clocks) == (
                remote.deleted,
                remote.fields,
                remote.clocks,
            )
    # A value is safe if it is current, kept as a conflict, or was in front of whoever replaced it
    # (an equal value typed elsewhere counts: the later editor saw that value).
    lost_values = {(rid, lost.field, repr(lost.loser_value)) for rid, lost in server.conflicts}
    seen_values = {
        (rid, fname, repr(value))
        for rid, fname, value, stamp in typed
        if (rid, fname, stamp) in server.bases_seen
    }
    for rid, fname, value, stamp in typed:
        record = server.records.get(rid)
        if record is None or record.deleted:
            continue  # erased: content is gone by design
        current = fname in record.clocks and record.fields.get(fname) == value
        key = (rid, fname, repr(value))
        assert current or key in lost_values or key in seen_values, (rid, fname, value, stamp)
