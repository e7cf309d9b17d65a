"""The first window fits a 1366×768 laptop, also at 150 %, and comes back as it was left, per
screen (issue 15, fault 6: 1280×760 plus the title bar put the status bar off the screen, and
maximising was forgotten).

Screen size and scaling are fixed when Qt starts, so each case runs the app in its own
process (tests/ui/window_probe.py) on the offscreen platform with a configured screen.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ui.window_place import DECORATION

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.gui


def _screen(tmp_path: Path, name: str, width: int, height: int) -> Path:
    config = tmp_path / f"{name}.json"
    screen = {"name": name, "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}), "utf-8")
    return config


def _run(tmp_path: Path, screen: Path, action: str = "", scale: str | None = None) -> dict:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    env["FALLAKTE_CONFIG_DIR"] = str(tmp_path / "config")
    env.pop("QT_SCALE_FACTOR", None)
    if scale:
        env["QT_SCALE_FACTOR"] = scale
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.window_probe", str(tmp_path / "data"), action],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def _inside(inner: list[int], outer: list[int]) -> bool:
    x, y, w, h = inner
    ox, oy, ow, oh = outer
    return x >= ox and y >= oy and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, None), (1366, 768, "1.5"), (1920, 1080, "1.5"), (1280, 720, None)],
)
def test_the_first_window_and_its_status_bar_fit_the_screen(tmp_path, width, height, scale) -> None:
    seen = _run(tmp_path, _screen(tmp_path, "laptop", width, height), scale=scale)
    assert _inside(seen["frame"], seen["available"])
    # Room for the title bar and borders a window manager adds after showing (this platform
    # adds none), unless maximised, where the window manager fits the frame itself.
    x, y, w, h = seen["available"]
    usable = [
        x + DECORATION.left(),
        y + DECORATION.top(),
        w - DECORATION.left() - DECORATION.right(),
        h - DECORATION.top() - DECORATION.bottom(),
    ]
    assert seen["maximized"] or _inside(seen["geometry"], usable)
    assert seen["bar_visible"] and _inside(seen["bar"], seen["available"])
    assert seen["minimum"][0] <= seen["available"][2] and seen["minimum"][1] <= seen["available"][3]


@pytest.mark.parametrize(("width", "height", "scale"), [(1366, 768, "1.5"), (1280, 720, None)])
def test_forms_open_within_a_small_or_scaled_screen(tmp_path, width, height, scale) -> None:
    seen = _run(tmp_path, _screen(tmp_path, "laptop", width, height), "editors", scale=scale)
    for name, frame in seen["editors"].items():
        assert _inside(frame, seen["available"]), name


def test_a_large_screen_gets_the_calm_size_in_the_middle(tmp_path) -> None:
    seen = _run(tmp_path, _screen(tmp_path, "desk", 2560, 1440))
    assert not seen["maximized"]
    x, y, w, h = seen["geometry"]
    assert (w, h) == (1280, 760)
    assert abs((x + w / 2) - 1280) <= DECORATION.left() + 1


def test_size_position_and_maximising_are_remembered_per_screen(tmp_path) -> None:
    desk = _screen(tmp_path, "desk", 2560, 1440)
    laptop = _screen(tmp_path, "laptop", 1366, 768)
    _run(tmp_path, desk, "place:200,150,1100,700")  # moved and resized by hand, then quit
    again = _run(tmp_path, desk, "maximize")
    assert again["geometry"] == [200, 150, 1100, 700] and not again["maximized"]
    assert _run(tmp_path, desk)["maximized"]  # left maximised: opens maximised
    on_laptop = _run(tmp_path, laptop, "place:20,40,1200,650")  # its own default, then its own
    assert _inside(on_laptop["frame"], on_laptop["available"])
    assert _run(tmp_path, laptop)["geometry"] == [20, 40, 1200, 650]
    assert _run(tmp_path, desk)["maximized"]  # the desk's place is still the desk's
