"""The device store: create, unlock, recover and rekey it; hand out read and write transactions."""

import os
import secrets
import string
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, insert, select

from app.domain.ids import new_id
from app.errors import StoreClosed, StoreCorrupt, StoreExists, StoreMissing
from app.store import migrate
from app.store.engine import make_engine, translated
from app.store.hlc import HybridClock
from app.store.keys import KEY_FILE, KdfParams, KeyFile, calibrate
from app.store.tables import meta
from app.store.writer import Writer

DB_FILE = "fallakte.db"
# No 0/O or 1/I: the prefix is read aloud and typed from paper.
_PREFIX_ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "01OI")


@dataclass(frozen=True)
class Device:
    device_id: str
    prefix: str
    actor: str


class Store:
    """An unlocked store. Thread-safe: every transaction takes its own pooled connection."""

    def __init__(self, data_dir: Path, engine: Engine, data_key: bytes) -> None:
        self.data_dir = data_dir
        self._engine: Engine | None = engine
        self._data_key = data_key
        self.refresh_settings()
        self.clock = HybridClock(self.device.device_id, last=self.settings.get("hlc"))

    def refresh_settings(self) -> None:
        """Re-read the device settings, e.g. after enrolment gave a team and a case-number prefix."""
        with self.read() as conn:
            values = {row.key: row.value for row in conn.execute(select(meta.c.key, meta.c.value))}
        try:
            self.device = Device(values["device_id"], values["device_prefix"], values["actor"])
        except KeyError as exc:
            raise StoreCorrupt(f"{DB_FILE}: device settings missing ({exc.args[0]})") from None
        self.settings = values

    # -- lifecycle -------------------------------------------------------------

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return (data_dir / KEY_FILE).exists()

    @classmethod
    def init(
        cls,
        data_dir: Path,
        password: str,
        *,
        actor: str,
        kdf: KdfParams | None = None,
        site: str | None = None,
        team: str | None = None,
    ) -> tuple["Store", str]:
        """Create a new store; returns it with the recovery key, which is shown once."""
        data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        key_path, db_path = data_dir / KEY_FILE, data_dir / DB_FILE
        if key_path.exists():
            raise StoreExists(f"in {data_dir} there is already a Fallakte store")
        if db_path.exists():
            raise StoreExists(
                f"{db_path} exists without its key file; move it away before creating a new store"
            )
        store_id = new_id()
        keys, data_key, recovery = KeyFile.create(
            store_id=store_id, password=password, kdf=kdf or calibrate()
        )
        engine = make_engine(db_path, data_key)
        try:
            with translated(DB_FILE):
                migrate.upgrade(engine)
                device_id = new_id()
                values = {
                    "store_id": store_id,
                    "device_id": device_id,
                    "device_prefix": "".join(secrets.choice(_PREFIX_ALPHABET) for _ in range(3)),
                    "actor": actor,
                    "hlc": f"{0:013d}-{0:05d}-{device_id}",
                    "site": site or "",
                    "team": team or "",
                }
                with engine.begin() as conn:
                    conn.execute(insert(meta), [{"key": k, "value": v} for k, v in values.items()])
            # The key file comes last: without it there is no store, only an unreadable file.
            keys.save(key_path)
        except BaseException:
            engine.dispose()
            for leftover in data_dir.glob(DB_FILE + "*"):
                leftover.unlink(missing_ok=True)
            raise
        os.chmod(key_path, 0o600)
        return cls(data_dir, engine, data_key), recovery

    @classmethod
    def unlock(cls, data_dir: Path, password: str) -> "Store":
        keys = cls._keys(data_dir)
        return cls._open(data_dir, keys.unlock(password), keys)

    @classmethod
    def recover(cls, data_dir: Path, recovery_key: str, new_password: str) -> "Store":
        """Open with the recovery key and set a new password; the recovery key stays valid."""
        keys = cls._keys(data_dir)
        data_key = keys.unlock_with_recovery(recovery_key)
        store = cls._open(data_dir, data_key, keys)
        keys.rewrap(data_key, new_password)
        keys.save(data_dir / KEY_FILE)
        return store

    def change_password(
        self, old_password: str, new_password: str, kdf: KdfParams | None = None
    ) -> None:
        keys = self._keys(self.data_dir)
        data_key = keys.unlock(old_password)
        keys.rewrap(data_key, new_password, kdf)
        keys.save(self.data_dir / KEY_FILE)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise StoreClosed("die Fallakte ist gesperrt / the store is locked (closed)")
        return self._engine

    @property
    def closed(self) -> bool:
        return self._engine is None

    def close(self) -> None:
        """For good: the pooled connections close and the engine, which holds the key to open
        new ones, is dropped (a disposed engine would silently reconnect). Idempotent."""
        engine, self._engine = self._engine, None
        self._data_key = b""
        if engine is not None:
            engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @classmethod
    def _keys(cls, data_dir: Path) -> KeyFile:
        try:
            return KeyFile.load(data_dir / KEY_FILE)
        except FileNotFoundError:
            raise StoreMissing(
                f"in {data_dir} ist keine Fallakte / there is no Fallakte store here (run 'fallakte init')"
            ) from None

    @classmethod
    def _open(cls, data_dir: Path, data_key: bytes, keys: KeyFile) -> "Store":
        db_path = data_dir / DB_FILE
        if not db_path.exists():
            raise StoreCorrupt(f"{db_path} is missing although its key file exists")
        engine = make_engine(db_path, data_key)
        try:
            with translated(DB_FILE):
                migrate.upgrade(engine)
                store = cls(data_dir, engine, data_key)
        except BaseException:
            engine.dispose()
            raise
        if store.settings.get("store_id") != keys.store_id:
            store.close()
            raise StoreCorrupt(f"{DB_FILE} does not belong to this key file")
        return store

    # -- transactions ----------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with translated(DB_FILE), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def write(self) -> Iterator[Writer]:
        """One atomic transaction: everything written inside commits together or not at all."""
        with (
            translated(DB_FILE),
            self.engine.connect().execution_options(immediate=True) as conn,
            conn.begin(),
        ):
            writer = Writer(
                conn, clock=self.clock, device_id=self.device.device_id, actor=self.device.actor
            )
            yield writer
            writer.finish()
