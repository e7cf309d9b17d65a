"""Installer fixtures: the project's wheel, built once per test session."""

import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class BuiltWheel:
    path: Path
    output: str  # what pip said while building it


@pytest.fixture(scope="session")
def project_wheel(tmp_path_factory: pytest.TempPathFactory) -> BuiltWheel:
    """`pip wheel --no-deps` of this source tree (about 5 s; the tests that install it share it)."""
    folder = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-w", str(folder)],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    (wheel,) = folder.glob("fallakte-*.whl")
    return BuiltWheel(wheel, built.stdout + built.stderr)
