import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.errors import StoreCorrupt, UserError, WrongPassword
from app.store.keys import KdfParams, KeyFile, calibrate, new_recovery_key

FAST = KdfParams(time_cost=1, memory_kib=8 * 1024)


def test_password_and_recovery_key_both_open_the_same_data_key():
    keys, data_key, recovery = KeyFile.create(store_id="s1", password="pw-12345", kdf=FAST)
    assert keys.unlock("pw-12345") == data_key
    assert keys.unlock_with_recovery(recovery) == data_key
    assert len(data_key) == 32


def test_wrong_password_and_wrong_recovery_key_are_authentication_failures():
    keys, _, recovery = KeyFile.create(store_id="s1", password="pw-12345", kdf=FAST)
    with pytest.raises(WrongPassword, match="wrong password"):
        keys.unlock("pw-12346")
    with pytest.raises(WrongPassword, match="wrong recovery key"):
        keys.unlock_with_recovery(new_recovery_key())
    with pytest.raises(WrongPassword, match="wrong recovery key"):
        keys.unlock_with_recovery("not a key")


def test_recovery_key_is_forgiving_about_case_spaces_and_look_alike_digits():
    keys, data_key, recovery = KeyFile.create(store_id="s1", password="pw-12345", kdf=FAST)
    sloppy = recovery.lower().replace("-", " ").replace("o", "0").replace("i", "1")
    assert keys.unlock_with_recovery(sloppy) == data_key


def test_rewrap_changes_the_password_but_not_the_data_key():
    keys, data_key, recovery = KeyFile.create(store_id="s1", password="old-pass", kdf=FAST)
    keys.rewrap(data_key, "new-pass")
    assert keys.unlock("new-pass") == data_key
    assert keys.unlock_with_recovery(recovery) == data_key
    with pytest.raises(WrongPassword):
        keys.unlock("old-pass")


def test_a_wrap_is_bound_to_its_store(tmp_path):
    a, _, _ = KeyFile.create(store_id="store-a", password="pw-12345", kdf=FAST)
    b, _, _ = KeyFile.create(store_id="store-b", password="pw-12345", kdf=FAST)
    b.password_wrap = a.password_wrap  # swapped in from another store's key file
    b.password_salt, b.kdf = a.password_salt, a.kdf
    with pytest.raises(WrongPassword):
        b.unlock("pw-12345")


def test_key_file_round_trips_and_holds_no_key_material_in_clear(tmp_path):
    keys, data_key, recovery = KeyFile.create(store_id="s1", password="pw-12345", kdf=FAST)
    path = tmp_path / "keys.json"
    keys.save(path)
    raw = path.read_bytes()
    assert data_key.hex().encode() not in raw and recovery.encode() not in raw
    assert b"pw-12345" not in raw
    assert KeyFile.load(path).unlock("pw-12345") == data_key
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize(
    "content",
    ["", "{", "[]", '{"format": 99}', '{"format": 1, "kdf": {"name": "argon2id"}}'],
)
def test_damaged_key_file_is_a_clear_error(tmp_path, content):
    path = tmp_path / "keys.json"
    path.write_text(content)
    with pytest.raises(StoreCorrupt, match="keys.json"):
        KeyFile.load(path)


def test_flipped_ciphertext_byte_never_opens(tmp_path):
    keys, _, _ = KeyFile.create(store_id="s1", password="pw-12345", kdf=FAST)
    data = keys.to_json()
    sealed = bytearray(__import__("base64").b64decode(data["password_wrap"]["ciphertext"]))
    sealed[3] ^= 1
    data["password_wrap"]["ciphertext"] = __import__("base64").b64encode(bytes(sealed)).decode()
    with pytest.raises(WrongPassword):
        KeyFile.from_json(json.loads(json.dumps(data))).unlock("pw-12345")


def test_unsafe_kdf_parameters_are_refused():
    with pytest.raises(UserError, match="safe minimum"):
        KeyFile.create(store_id="s1", password="x", kdf=KdfParams(time_cost=1, memory_kib=1024))


def test_calibration_returns_usable_parameters():
    params = calibrate(target_seconds=0.05, memory_kib=8 * 1024)
    assert 2 <= params.time_cost <= 40
    params.check()


@settings(max_examples=15, deadline=None)
@given(st.text(min_size=1, max_size=40), st.text(min_size=1, max_size=40))
def test_property_only_the_right_password_unlocks(password, other):
    keys, data_key, _ = KeyFile.create(store_id="s", password=password, kdf=FAST)
    assert keys.unlock(password) == data_key
    if other != password:
        with pytest.raises(WrongPassword):
            keys.unlock(other)
