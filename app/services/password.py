"""Changing the store's password: the data key is rewrapped, the data is not re-encrypted.

One place for the command line (`fallakte passwd`) and the desktop's Settings: both also
remove the demo store's password hint (services/demo_hint.py), which would otherwise keep
showing the old, public password on the unlock screen of a store that no longer has it.
"""

from app.services.demo_hint import HINT_FILE
from app.store.keys import KdfParams
from app.store.store import Store


def change_password(
    store: Store, *, old_password: str, new_password: str, kdf: KdfParams | None = None
) -> None:
    """Raises WrongPassword (nothing changed) when `old_password` is not the store's."""
    store.change_password(old_password, new_password, kdf)
    (store.data_dir / HINT_FILE).unlink(missing_ok=True)
