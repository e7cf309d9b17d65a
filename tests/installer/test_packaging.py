"""The distribution itself: the Qt pin that keeps the crashing binding out, and a quiet build."""

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


def _qt_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    found = [Requirement(r) for r in project["dependencies"]]
    return [r for r in found if r.name.lower() == "pyside6-essentials"]


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


@pytest.mark.slow
def test_the_wheel_builds_without_warnings_and_carries_the_data(tmp_path: Path):
    """Issue 13: the build warned about the license table and undeclared resources folders."""
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-w", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    output = built.stdout + built.stderr
    warnings = [line for line in output.splitlines() if "warning" in line.lower()]
    # pip's own notes about index locations are the machine's configuration, not the build's.
    warnings = [line for line in warnings if "Location '" not in line]
    assert warnings == []
    (wheel,) = tmp_path.glob("fallakte-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "resources/style.qss",
        "resources/reference/countries.json",
        "resources/reports/indicators.toml",
        "resources/programmes/reag_garp.toml",
        "resources/programmes/_documents.toml",
        "resources/reintegration/sustainability.toml",
        "resources/icons/fallakte.svg",
        "sync/server/migrations/script.py.mako",
        "app/store/migrations/script.py.mako",
    ):
        assert expected in names
    assert not any(name.startswith(("tests/", "bench/")) for name in names)
