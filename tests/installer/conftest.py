"""Installer fixtures: the project's wheel, built once per test session."""

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Build output, environments and local data: never part of what a wheel is made from.
_NOT_SOURCE = (
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".*_cache",
    ".hypothesis",
    "demo-data",
    "by-hand",
    "screenshots",
)


@dataclass(frozen=True)
class BuiltWheel:
    path: Path
    output: str  # what pip said while building it


@pytest.fixture(scope="session")
def project_wheel(tmp_path_factory: pytest.TempPathFactory) -> BuiltWheel:
    """`pip wheel --no-deps` of this source tree (about 5 s; the tests that install it share it).

    Built from a copy without build output: setuptools reuses ./build/lib, where a file deleted
    from the tree (programmes.json once) would live on and ship in the wheel.
    """
    folder = tmp_path_factory.mktemp("wheel")
    source = tmp_path_factory.mktemp("source") / "fallakte"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(*_NOT_SOURCE))
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-w", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = folder.glob("fallakte-*.whl")
    return BuiltWheel(wheel, built.stdout + built.stderr)
