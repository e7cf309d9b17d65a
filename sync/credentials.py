"""Where a device keeps its server token: the OS keyring if it is a real one, else the encrypted store."""

import contextlib

import keyring
from keyring.errors import KeyringError

from app.store.store import Store
from sync.device import get_setting, set_setting

SERVICE = "Fallakte"
_INSECURE = ("fail", "null", "plaintext", "chainer")


def _keyring_usable() -> bool:
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}".lower()
    if any(word in name for word in _INSECURE):
        return False
    try:
        return float(getattr(backend, "priority", 0)) > 0
    except (TypeError, ValueError):
        return False


def _account(store: Store) -> str:
    return f"{store.settings.get('store_id', '')}/{store.device.device_id}"


def save_token(store: Store, token: str) -> str:
    """Returns where the token went ("keyring" or "store"); never a plaintext file."""
    if _keyring_usable():
        try:
            keyring.set_password(SERVICE, _account(store), token)
            with store.write() as writer:
                set_setting(writer.conn, "token_location", "keyring")
                set_setting(writer.conn, "device_token", "")
            return "keyring"
        except KeyringError:
            pass  # fall back to the store, which is encrypted at rest
    with store.write() as writer:
        set_setting(writer.conn, "token_location", "store")
        set_setting(writer.conn, "device_token", token)
    return "store"


def load_token(store: Store) -> str | None:
    with store.read() as conn:
        location = get_setting(conn, "token_location")
        token = get_setting(conn, "device_token")
    if location == "keyring":
        try:
            return keyring.get_password(SERVICE, _account(store))
        except KeyringError:
            return None
    return token or None


def forget_token(store: Store) -> None:
    with store.read() as conn:
        location = get_setting(conn, "token_location")
    if location == "keyring":
        with contextlib.suppress(KeyringError):
            keyring.delete_password(SERVICE, _account(store))
    with store.write() as writer:
        set_setting(writer.conn, "device_token", "")
        set_setting(writer.conn, "token_location", "")
