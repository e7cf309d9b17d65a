"""The one rule for new passwords: a minimum length and a zxcvbn strength floor (issue 14).

Two policies share it: the device store's password (the key to the encrypted data on a laptop;
the desktop's meter in ui/password_field.py and `fallakte init/passwd/recover` both apply it)
and a server user's password (it enrols devices; fallakte-server, the admin API and the
desktop Admin area apply it). Only the rule lives here; each surface words the reason in its
own language from `Weakness.code`.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from zxcvbn import zxcvbn

from app.errors import UserError

# zxcvbn's cost grows with the length, and zxcvbn 4.5 refuses more than 72 characters with a
# ValueError (the desktop's meter crashed on a long passphrase); beyond that it is strong anyway.
MAX_CHECKED_CHARS = 72
# Words anyone would guess first for this product: they count as known to an attacker.
PRODUCT_WORDS = ("fallakte", "rueckkehr", "rückkehr", "reintegration")


@dataclass(frozen=True, slots=True)
class PasswordPolicy:
    min_length: int
    min_score: int  # zxcvbn's 0..4


# The desktop's meter has asked for 10 characters and "good" (3) since the first release.
DEVICE_STORE = PasswordPolicy(min_length=10, min_score=3)
# A server password enrols a device of the team from anywhere: a little longer.
SERVER_USER = PasswordPolicy(min_length=12, min_score=3)


@dataclass(frozen=True, slots=True)
class Weakness:
    code: str  # "too_short" or "too_guessable"
    policy: PasswordPolicy
    score: int
    hint: str  # zxcvbn's warning (English, about patterns, never the password), may be ""

    @property
    def message(self) -> str:
        """German / English, as the command lines and the server's errors speak."""
        if self.code == "too_short":
            n = self.policy.min_length
            return (
                f"Passwort zu kurz (mindestens {n} Zeichen) / "
                f"password too short (at least {n} characters)"
            )
        hint = f" ({self.hint.rstrip('.')})" if self.hint else ""
        return (
            f"Passwort zu leicht zu erraten (Stärke {self.score} von 4, nötig "
            f"{self.policy.min_score}) / password too easy to guess (strength {self.score} "
            f"of 4, at least {self.policy.min_score} needed){hint}: "
            "a few unrelated words work well"
        )


class WeakPassword(UserError):
    def __init__(self, weakness: Weakness) -> None:
        self.weakness = weakness
        super().__init__(weakness.message)


def _rated(password: str, user_inputs: Iterable[str]) -> dict[str, object]:
    words = [*PRODUCT_WORDS, *(w for w in user_inputs if w)]
    result: dict[str, object] = zxcvbn(password[:MAX_CHECKED_CHARS], user_inputs=words)
    return result


def strength(password: str, user_inputs: Iterable[str] = ()) -> int:
    """zxcvbn's score, 0 (very weak) to 4 (strong); 0 for an empty password."""
    if not password:
        return 0
    return int(_rated(password, user_inputs)["score"])  # type: ignore[call-overload]


def weakness(
    password: str, policy: PasswordPolicy, *, user_inputs: Iterable[str] = ()
) -> Weakness | None:
    """Why `password` does not meet `policy`, or None if it does.

    `user_inputs` are words an attacker knows (the user name): a password built on them
    rates lower.
    """
    if len(password) < policy.min_length:
        return Weakness("too_short", policy, strength(password, user_inputs), "")
    rated = _rated(password, user_inputs)
    score = int(rated["score"])  # type: ignore[call-overload]
    if score >= policy.min_score:
        return None
    feedback = rated.get("feedback")
    hint = str(feedback.get("warning") or "") if isinstance(feedback, dict) else ""
    return Weakness("too_guessable", policy, score, hint)


def check(password: str, policy: PasswordPolicy, *, user_inputs: Iterable[str] = ()) -> None:
    """Raise WeakPassword (a UserError with the reason) unless `password` meets `policy`."""
    found = weakness(password, policy, user_inputs=user_inputs)
    if found is not None:
        raise WeakPassword(found)
