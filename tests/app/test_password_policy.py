"""The one password rule: length first, then zxcvbn's strength floor, with a reason to show."""

import pytest

from app import password_policy as pp


@pytest.mark.parametrize(
    ("password", "policy", "code"),
    [
        ("kurz", pp.DEVICE_STORE, "too_short"),
        ("a" * 9, pp.DEVICE_STORE, "too_short"),
        ("password12", pp.DEVICE_STORE, "too_guessable"),  # long enough, a top-list password
        ("fallakte2024", pp.SERVER_USER, "too_guessable"),  # the product's name counts as known
        ("Sommer-2026-lang", pp.SERVER_USER, None),
        ("correct horse battery", pp.DEVICE_STORE, None),
        ("cli-password-1", pp.DEVICE_STORE, None),
        ("pass-word-1", pp.SERVER_USER, "too_short"),  # 11 of 12
        ("qwertyuiopasdf", pp.SERVER_USER, "too_guessable"),  # a keyboard row
    ],
)
def test_the_rule(password, policy, code):
    found = pp.weakness(password, policy)
    assert (found.code if found else None) == code


def test_the_user_name_counts_as_known():
    assert pp.weakness("annabelle1985!", pp.SERVER_USER) is None
    found = pp.weakness("annabelle1985!", pp.SERVER_USER, user_inputs=["annabelle1985"])
    assert found is not None and found.code == "too_guessable"


def test_the_reason_names_the_rule_and_never_the_password():
    with pytest.raises(pp.WeakPassword) as short:
        pp.check("geheim", pp.SERVER_USER)
    assert "at least 12 characters" in str(short.value) and "geheim" not in str(short.value)
    with pytest.raises(pp.WeakPassword) as weak:
        pp.check("password1234", pp.SERVER_USER)
    message = str(weak.value)
    assert "too easy to guess" in message and "at least 3 needed" in message
    assert "password1234" not in message
    assert weak.value.weakness.score < 3


def test_strength_of_nothing_is_zero_and_long_passphrases_are_rated_not_refused():
    assert pp.strength("") == 0
    # zxcvbn itself raises beyond 72 characters: a long passphrase must still be rated.
    assert pp.weakness("Ein langer Satz über den Rhein bei Nacht, " * 50, pp.SERVER_USER) is None
    assert pp.strength("x" * 10_000) == pp.strength("x" * pp.MAX_CHECKED_CHARS)
