"""Changing the password rewraps the key; the demo store's password hint goes with the old one."""

import pytest

from app.errors import WrongPassword
from app.services.demo_hint import HINT_FILE, demo_password, mark_demo_store
from app.services.password import change_password
from app.store.store import Store
from tests.conftest import FAST_KDF, PASSWORD

NEW = "Laterne Fahrrad Kompass Nebel"


def test_a_new_password_opens_the_store_the_old_one_no_longer(store, data_dir) -> None:
    mark_demo_store(data_dir, PASSWORD)
    change_password(store, old_password=PASSWORD, new_password=NEW, kdf=FAST_KDF)
    assert not (data_dir / HINT_FILE).exists() and demo_password(data_dir) is None
    Store.unlock(data_dir, NEW).close()
    with pytest.raises(WrongPassword):
        Store.unlock(data_dir, PASSWORD)


def test_a_wrong_current_password_changes_nothing(store, data_dir) -> None:
    mark_demo_store(data_dir, PASSWORD)
    key_file = data_dir / "keys.json"
    before = key_file.read_bytes()
    with pytest.raises(WrongPassword):
        change_password(store, old_password="falsch", new_password=NEW, kdf=FAST_KDF)
    assert key_file.read_bytes() == before
    assert demo_password(data_dir) == PASSWORD
