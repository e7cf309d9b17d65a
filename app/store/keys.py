"""Key wrapping: a random data key, sealed under the password (argon2id) and a recovery key.

The data key never changes, so a password change rewraps 32 bytes and never
re-encrypts the database. AES-256-GCM authenticates: a wrong password is a tag
failure, told apart from a damaged key file.
"""

import base64
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import StoreCorrupt, UserError, WrongPassword

KEY_FILE = "keys.json"
FORMAT = 1
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


@dataclass(frozen=True)
class KdfParams:
    time_cost: int
    memory_kib: int
    parallelism: int = 1

    def check(self) -> None:
        if self.time_cost < 1 or self.memory_kib < 8 * 1024 or self.parallelism < 1:
            raise UserError("key derivation parameters below the safe minimum (t>=1, m>=8 MiB)")


def calibrate(target_seconds: float = 0.5, memory_kib: int = 64 * 1024) -> KdfParams:
    """Choose the time cost that takes about `target_seconds` on this machine."""
    salt = os.urandom(16)
    started = time.perf_counter()
    hash_secret_raw(b"calibrate", salt, 1, memory_kib, 1, 32, Type.ID)
    one_pass = max(time.perf_counter() - started, 1e-3)
    return KdfParams(
        time_cost=max(2, min(40, round(target_seconds / one_pass))), memory_kib=memory_kib
    )


def derive(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        params.time_cost,
        params.memory_kib,
        params.parallelism,
        32,
        Type.ID,
    )


def new_recovery_key() -> str:
    raw = secrets.token_bytes(20)
    text = base64.b32encode(raw).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _recovery_bytes(text: str) -> bytes:
    cleaned = text.upper().replace("-", "").replace(" ", "").strip()
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != 32 or any(ch not in _B32 for ch in cleaned):
        raise WrongPassword("Wiederherstellungsschlüssel", "recovery key")
    return base64.b32decode(cleaned)


def _recovery_kek(text: str, salt: bytes) -> bytes:
    # The recovery key has 160 bits of entropy: HKDF suffices, no slow KDF needed.
    return HKDF(hashes.SHA256(), 32, salt, b"fallakte recovery key v1").derive(
        _recovery_bytes(text)
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _seal(kek: bytes, data_key: bytes, aad: bytes) -> dict[str, str]:
    nonce = os.urandom(12)
    return {"nonce": _b64(nonce), "ciphertext": _b64(AESGCM(kek).encrypt(nonce, data_key, aad))}


def _open(kek: bytes, sealed: dict[str, str], aad: bytes, what: tuple[str, str]) -> bytes:
    try:
        return AESGCM(kek).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["ciphertext"]), aad)
    except InvalidTag:
        raise WrongPassword(*what) from None


@dataclass
class KeyFile:
    """The contents of keys.json: nothing in it is secret without the password."""

    store_id: str
    kdf: KdfParams
    password_salt: bytes
    password_wrap: dict[str, str]
    recovery_salt: bytes
    recovery_wrap: dict[str, str]

    def _aad(self, purpose: str) -> bytes:
        return f"fallakte/{FORMAT}/{self.store_id}/{purpose}".encode()

    @classmethod
    def create(
        cls, *, store_id: str, password: str, kdf: KdfParams
    ) -> tuple["KeyFile", bytes, str]:
        """A new data key sealed twice; returns (key file, data key, recovery key)."""
        kdf.check()
        data_key, recovery = os.urandom(32), new_recovery_key()
        keys = cls(store_id, kdf, os.urandom(16), {}, os.urandom(16), {})
        keys.password_wrap = _seal(
            derive(password, keys.password_salt, kdf), data_key, keys._aad("password")
        )
        keys.recovery_wrap = _seal(
            _recovery_kek(recovery, keys.recovery_salt), data_key, keys._aad("recovery")
        )
        return keys, data_key, recovery

    def unlock(self, password: str) -> bytes:
        kek = derive(password, self.password_salt, self.kdf)
        return _open(kek, self.password_wrap, self._aad("password"), ("Passwort", "password"))

    def unlock_with_recovery(self, recovery_key: str) -> bytes:
        kek = _recovery_kek(recovery_key, self.recovery_salt)
        return _open(
            kek,
            self.recovery_wrap,
            self._aad("recovery"),
            ("Wiederherstellungsschlüssel", "recovery key"),
        )

    def rewrap(self, data_key: bytes, new_password: str, kdf: KdfParams | None = None) -> None:
        self.kdf = kdf or self.kdf
        self.kdf.check()
        self.password_salt = os.urandom(16)
        kek = derive(new_password, self.password_salt, self.kdf)
        self.password_wrap = _seal(kek, data_key, self._aad("password"))

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "store_id": self.store_id,
            "kdf": {
                "name": "argon2id",
                "time_cost": self.kdf.time_cost,
                "memory_kib": self.kdf.memory_kib,
                "parallelism": self.kdf.parallelism,
                "salt": _b64(self.password_salt),
            },
            "password_wrap": self.password_wrap,
            "recovery_wrap": {"salt": _b64(self.recovery_salt), **self.recovery_wrap},
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "KeyFile":
        if data.get("format") != FORMAT or data.get("kdf", {}).get("name") != "argon2id":
            raise StoreCorrupt(f"{KEY_FILE}: unsupported format")
        kdf, recovery = data["kdf"], dict(data["recovery_wrap"])
        return cls(
            store_id=str(data["store_id"]),
            kdf=KdfParams(int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"])),
            password_salt=_unb64(kdf["salt"]),
            password_wrap={k: str(data["password_wrap"][k]) for k in ("nonce", "ciphertext")},
            recovery_salt=_unb64(recovery.pop("salt")),
            recovery_wrap={k: str(recovery[k]) for k in ("nonce", "ciphertext")},
        )

    @classmethod
    def load(cls, path: Path) -> "KeyFile":
        try:
            return cls.from_json(json.loads(path.read_text("utf-8")))
        except FileNotFoundError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise StoreCorrupt(
                f"{path.name} is damaged or not a Fallakte key file ({type(exc).__name__})"
            ) from None

    def save(self, path: Path) -> None:
        """Atomic replace: a crash leaves either the old or the new file, never half of one."""
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(self.to_json(), handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)


def _fsync_dir(directory: Path) -> None:
    if os.name == "posix":
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
