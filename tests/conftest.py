"""Shared fixtures: every test gets its own encrypted store in its own directory."""

import os
import platform
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.store.keys import KdfParams
from app.store.store import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _versions() -> str:
    import PySide6
    from PySide6 import QtCore

    return (
        f"fallakte: Python {platform.python_version()} ({platform.python_implementation()}), "
        f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}"
    )


def pytest_report_header() -> list[str]:
    """Name the interpreter and Qt binding, so that a crash report says what it ran on."""
    return [_versions()]


def pytest_sessionstart(session: pytest.Session) -> None:
    # `make test` runs pytest -q, which hides the header; CI logs must still name the versions.
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None and session.config.get_verbosity() < 0:
        reporter.write_line(_versions())


# Cheap key derivation in tests; the real default is calibrated to ~0.5 s.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024)
PASSWORD = "correct horse battery"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def store_and_recovery(data_dir: Path) -> Iterator[tuple[Store, str]]:
    store, recovery = Store.init(
        data_dir, PASSWORD, actor="anna", kdf=FAST_KDF, site="ATR", team="team-a"
    )
    yield store, recovery
    store.close()


@pytest.fixture
def store(store_and_recovery: tuple[Store, str]) -> Store:
    return store_and_recovery[0]


class Factory:
    """Realistic records with the fewest fields a test must spell out."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def household(self, **fields: object):
        from app.services.records import create

        return create(
            self.store,
            entity="household",
            data={"label": "Familie Haddad", "site": "ATR", **fields},
        )

    def person(self, **fields: object):
        from app.services.records import create

        if "household_id" not in fields:
            fields["household_id"] = self.household().id
        data = {"family_name": "Haddad", "given_names": "Rami", "nationality": "SYR", **fields}
        return create(self.store, entity="person", data=data)

    def case(self, **fields: object):
        from app.services.cases import open_case

        person = self.person()
        params = {
            "household_id": person.household_id,
            "site": "ATR",
            "main_contact_id": person.id,
            **fields,
        }
        return open_case(self.store, **params)

    def consultation(self, case_id: str, **fields: object):
        from app.services.consultations import record_consultation

        data = {"case_id": case_id, "held_on": date.today(), "duration_minutes": 30, **fields}
        return record_consultation(self.store, data=data)[0]


@pytest.fixture
def make(store: Store) -> Factory:
    return Factory(store)
