"""The merge rule for values the server set for data protection (erasure, retention)."""

from sync.merge import SERVER_DEVICE, RecordState, apply_change, is_server_stamp

DEVICE = "01a20000-0000-7000-8000-00000000000a"


def stamp(ms: int, device: str = DEVICE) -> str:
    return f"{ms:013d}-00000-{device}"


ORIGINAL = stamp(1000)
SERVER = stamp(2000, SERVER_DEVICE)


def anonymised() -> RecordState:
    return RecordState(
        fields={"family_name": "anonymisiert", "sex": "female"},
        clocks={"family_name": SERVER, "sex": ORIGINAL},
        bases={"family_name": ORIGINAL, "sex": None},
    )


def test_the_server_stamp_is_recognised():
    assert is_server_stamp(SERVER) and not is_server_stamp(ORIGINAL)
    assert not is_server_stamp(None)


def test_an_edit_that_did_not_see_the_server_value_is_refused_without_a_conflict():
    for when in (1500, 3000):  # made before the server change, or after it without seeing it
        outcome = apply_change(
            anonymised(),
            stamp=stamp(when),
            fields={"family_name": "Haddad", "sex": "male"},
            base={"family_name": ORIGINAL, "sex": ORIGINAL},
        )
        assert outcome.refused == ["family_name"]
        assert outcome.lost == []
        assert outcome.state.fields == {"family_name": "anonymisiert", "sex": "male"}


def test_an_edit_made_on_top_of_the_server_value_is_taken():
    outcome = apply_change(
        anonymised(),
        stamp=stamp(3000),
        fields={"family_name": "Haddad"},
        base={"family_name": SERVER},
    )
    assert outcome.refused == [] and outcome.state.fields["family_name"] == "Haddad"


def test_erasing_an_anonymised_record_still_works():
    outcome = apply_change(anonymised(), stamp=stamp(3000), fields={}, base={}, deleted=True)
    assert outcome.state.deleted and outcome.state.fields == {}
