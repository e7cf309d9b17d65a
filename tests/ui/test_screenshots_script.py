"""bench/screenshots.py (make screenshots) still runs, and the user guide shows what it makes."""

import importlib.util
import re
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "user-guide.md"


def _script():
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "bench" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_screen_is_shot(qapp, tmp_path: Path) -> None:
    script = _script()
    started = time.perf_counter()
    assert script.main([str(tmp_path), "--language", "de", "--persons", "30"]) == 0
    seconds = time.perf_counter() - started
    shots = {p.name: p for p in tmp_path.glob("*.png")}
    assert len(shots) >= 25, sorted(shots)
    for path in shots.values():
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", path.name
        assert path.stat().st_size > 1000, path.name
    # Everything the guide embeds comes out of a run.
    missing = {f"de-{name}.png" for name in script.GUIDE} - set(shots)
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
