"""bench/screenshots.py (make screenshots) still runs, and the user guide shows what it makes."""

import importlib.util
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "screenshots.py"
GUIDE = ROOT / "docs" / "user-guide.md"


def _guide_shots() -> set[str]:
    """The script's GUIDE set (importing the script makes no window and starts nothing)."""
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return set(module.GUIDE)


def test_every_screen_is_shot(tmp_path: Path) -> None:
    # A process of its own, as `make screenshots` runs it: its windows, server, style sheet
    # and translations never meet the other tests' application.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FALLAKTE_CONFIG_DIR": str(tmp_path)}
    out = tmp_path / "shots"
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, str(SCRIPT), str(out), "--language", "de", "--persons", "30"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    seconds = time.perf_counter() - started
    assert done.returncode == 0, done.stdout + done.stderr
    shots = {p.name: p for p in out.glob("*.png")}
    assert len(shots) >= 25, sorted(shots)
    for path in shots.values():
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", path.name
        assert path.stat().st_size > 1000, path.name
    # Everything the guide embeds comes out of a run.
    missing = {f"de-{name}.png" for name in _guide_shots()} - set(shots)
    assert not missing, missing
    assert seconds < 60, seconds


def test_the_guide_shows_only_images_that_are_there() -> None:
    text = GUIDE.read_text("utf-8")
    links = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", text)
    assert len(links) >= 10
    for link in links:
        assert not link.startswith(("/", "http")), link  # relative, so it shows on any copy
        assert (GUIDE.parent / link).is_file(), link
    images = GUIDE.parent / "images"
    committed = sum(p.stat().st_size for p in images.glob("*.png"))
    assert committed < 1_500_000, committed
