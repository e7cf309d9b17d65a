"""The distribution itself: the Qt pin that keeps the crashing binding out, the split into a
desktop and a server install, and a quiet build."""

import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


def _project() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def _requirements(extra: str | None = None) -> list[Requirement]:
    project = _project()
    lines = project["dependencies"] if extra is None else project["optional-dependencies"][extra]
    return [Requirement(r) for r in lines]


def _names(extra: str | None = None) -> set[str]:
    return {r.name.lower() for r in _requirements(extra)}


def _qt_requirements() -> list[Requirement]:
    # Qt is the desktop's: the server install must not carry it (issue 14).
    return [r for r in _requirements("desktop") if r.name.lower() == "pyside6-essentials"]


@pytest.mark.parametrize(
    ("python", "version", "allowed"),
    [
        ("3.11", "6.12.0", False),  # drops references to None: crashes on 3.11 (issue 13)
        ("3.11", "6.11.3", True),
        ("3.12", "6.12.0", True),  # None is immortal from 3.12 on
        ("3.13", "6.11.3", True),
        ("3.11", "6.13.0", False),  # untried major changes wait for a deliberate bump
    ],
)
def test_no_python_gets_the_qt_binding_that_crashes_it(python: str, version: str, allowed: bool):
    environment = {"python_version": python, "python_full_version": f"{python}.0"}
    applying = [r for r in _qt_requirements() if r.marker is None or r.marker.evaluate(environment)]
    assert len(applying) == 1, "exactly one Qt requirement applies to each Python"
    assert applying[0].specifier.contains(version) is allowed


def test_the_core_and_the_server_carry_no_qt_and_the_desktop_no_server_framework():
    gui = {"pyside6-essentials", "pyside6"}
    web = {"fastapi", "uvicorn", "psycopg", "prometheus-client"}
    assert not (_names() | _names("server")) & gui
    assert not (_names() | _names("desktop")) & web
    assert _names("server") == web
    assert {"requests", "keyring", "truststore", "pyside6-essentials"} <= _names("desktop")
    # app/ (the core) needs these; both installs get them.
    assert {"sqlcipher3", "sqlalchemy", "pydantic", "zxcvbn", "argon2-cffi"} <= _names()


def test_the_server_image_installs_the_server_set():
    dockerfile = (ROOT / "Dockerfile").read_text("utf-8")
    (install,) = [line for line in dockerfile.splitlines() if "pip install" in line]
    assert "[server]" in install and "desktop" not in install


def test_the_bundle_builds_on_the_desktop_set():
    (desktop,) = [r for r in _requirements("bundle") if r.name == "fallakte"]
    assert desktop.extras == {"desktop"}


def test_each_programs_extra_check_knows_the_modules_of_its_extra():
    """app/extras.py names import names; every distribution of the extra provides one of them."""
    from importlib.metadata import packages_distributions

    from app.extras import DESKTOP, SERVER

    providers = packages_distributions()
    for extra in (DESKTOP, SERVER):
        provided = {dist.lower() for module in extra.modules for dist in providers.get(module, [])}
        assert {n.replace("_", "-") for n in provided} >= _names(extra.name), extra.name


@pytest.mark.slow
def test_the_wheel_builds_without_warnings_and_carries_the_data(project_wheel):
    """Issue 13: the build warned about the license table and undeclared resources folders."""
    output = project_wheel.output
    warnings = [line for line in output.splitlines() if "warning" in line.lower()]
    # pip's own notes about index locations are the machine's configuration, not the build's.
    warnings = [line for line in warnings if "Location '" not in line]
    assert warnings == []
    wheel = project_wheel.path
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "resources/style.qss",
        "resources/reference/countries.json",
        "resources/reports/indicators.toml",
        "resources/programmes/reag_garp.toml",
        "resources/programmes/_documents.toml",
        "resources/reintegration/sustainability.toml",
        "resources/icons/fallakte.svg",
        "sync/server/storage/migrations/script.py.mako",
        "app/store/migrations/script.py.mako",
    ):
        assert expected in names
    assert not any(name.startswith(("tests/", "bench/")) for name in names)
