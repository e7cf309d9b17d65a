import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.store.hlc import ClockSkewError, HybridClock, Stamp


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_stamps_strictly_increase_when_the_wall_clock_stands_still():
    clock = HybridClock("dev", wall=FakeWall(1_000))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5


def test_stamps_keep_increasing_when_the_wall_clock_goes_back():
    wall = FakeWall(10_000)
    clock = HybridClock("dev", wall=wall)
    first = clock.now()
    wall.ms = 5_000
    assert clock.now() > first


def test_observe_moves_past_a_remote_stamp():
    clock = HybridClock("a", wall=FakeWall(1_000))
    remote = str(Stamp(2_000, 7, "b"))
    clock.observe(remote)
    assert Stamp.parse(clock.now()).ms == 2_000
    assert clock.now() > remote


def test_a_remote_stamp_too_far_ahead_is_refused_not_trusted():
    clock = HybridClock("a", wall=FakeWall(0), max_drift_ms=60_000)
    with pytest.raises(ClockSkewError, match="ahead"):
        clock.observe(str(Stamp(2 * 3600 * 1000, 0, "b")))
    assert Stamp.parse(clock.now()).ms == 0


def test_counter_overflow_borrows_the_next_millisecond():
    clock = HybridClock("a", last=str(Stamp(5, 99_999, "a")), wall=FakeWall(0))
    assert Stamp.parse(clock.now()) == Stamp(6, 0, "a")


def test_restart_resumes_after_the_persisted_stamp():
    clock = HybridClock("a", last=str(Stamp(9_000, 3, "a")), wall=FakeWall(1_000))
    assert clock.now() > str(Stamp(9_000, 3, "a"))


def test_malformed_stamp_is_a_clear_error():
    with pytest.raises(ValueError, match="malformed clock stamp"):
        Stamp.parse("yesterday")


events = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), st.integers(0, 10_000)),
        st.tuples(st.just("recv"), st.integers(0, 10_000), st.integers(0, 50)),
    ),
    max_size=60,
)


@given(events)
def test_property_stamps_are_monotonic_and_after_everything_observed(steps):
    wall = FakeWall(0)
    clock = HybridClock("me", wall=wall, max_drift_ms=10**9)
    last = ""
    for step in steps:
        if step[0] == "tick":
            wall.ms = step[1]
            stamp = clock.now()
            assert stamp > last
            last = stamp
        else:
            remote = str(Stamp(step[1], step[2], "other"))
            clock.observe(remote)
            stamp = clock.now()
            mine, theirs = Stamp.parse(stamp), Stamp.parse(remote)
            assert stamp > last
            assert (mine.ms, mine.counter) > (theirs.ms, theirs.counter)
            last = stamp


@given(
    st.integers(0, 10**13 - 1),
    st.integers(0, 99_999),
    st.integers(0, 10**13 - 1),
    st.integers(0, 99_999),
)
def test_property_string_order_is_clock_order(ms1, c1, ms2, c2):
    a, b = Stamp(ms1, c1, "d"), Stamp(ms2, c2, "d")
    assert (str(a) < str(b)) == ((ms1, c1) < (ms2, c2))
