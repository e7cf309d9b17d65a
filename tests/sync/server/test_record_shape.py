"""What the server stores of a pushed record: the model's output, within the stored-size limit."""

import pytest

from app.domain.ids import new_id
from app.store.hlc import HybridClock
from sync.protocol import MAX_RECORD_BYTES
from sync.server.pushpull import record_shape


def test_the_largest_record_a_device_can_type_fits_the_stored_limit():
    # Control characters are escaped six-fold in JSON; emoji take four bytes each.
    worst = "\x01" * 20_000
    fields = record_shape.complete(
        "consultation",
        new_id(),
        {
            "case_id": new_id(),
            "held_on": "2026-01-05",
            "duration_minutes": 600,
            "counsellor": "\U0001f600" * 200,
            "participant_ids": [new_id() for _ in range(30)],
            "topics": ["return_options", "travel_documents", "financial_support"],
            "notes": worst,
            "next_steps": worst,
        },
    )
    clock = HybridClock(new_id())
    clocks = {name: clock.now() for name in fields}
    bases = {name: clock.now() for name in fields}
    assert record_shape.stored_size(fields, clocks, bases) < MAX_RECORD_BYTES // 2


def test_values_are_stored_as_the_model_writes_them():
    stored = record_shape.incoming(
        "person",
        {"family_name": "  Haddad  ", "nationality": "syr", "birth_date": " 1987 "},
        {},
    )
    assert stored == {"family_name": "Haddad", "nationality": "SYR", "birth_date": "1987"}


@pytest.mark.parametrize(
    "fields",
    [
        {"id": new_id()},
        {"surprise": 1},
        {"family_name": {"nested": True}},
        {"languages": ["x"] * 21},
    ],
)
def test_keys_and_values_the_record_cannot_hold_are_refused_without_echo(fields):
    with pytest.raises(record_shape.Refused) as refused:
        record_shape.incoming("person", fields, {})
    assert "surprise" not in str(refused.value) and "nested" not in str(refused.value)
