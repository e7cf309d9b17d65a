"""`make demo` without a screen: the app closes by itself instead of running forever (issue 13)."""

import subprocess

import pytest

from ui import demo


class FakeServer:
    def poll(self) -> int:
        return 0


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    seen: list[int | None] = []
    monkeypatch.setattr(demo, "start_server", lambda *_: (FakeServer(), "http://127.0.0.1:1"))
    monkeypatch.setattr(demo, "stop_server", lambda _process: None)
    import ui.app

    monkeypatch.setattr(ui.app, "run", lambda _dir, *, quit_after_ms: seen.append(quit_after_ms))
    return seen


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "offscreen:fontengine=freetype"])
def test_a_headless_demo_closes_by_itself(monkeypatch, launched, platform, tmp_path, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", platform)
    demo.main(["--base-dir", str(tmp_path)])
    assert launched == [demo.HEADLESS_QUIT_MS]
    assert "closes after 10 s" in capsys.readouterr().out


def test_demo_args_choose_the_time(monkeypatch, launched, tmp_path):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    demo.main(["--base-dir", str(tmp_path), "--quit-after-ms", "1500"])
    assert launched == [1500]


def test_on_a_screen_the_demo_stays_open(monkeypatch, launched, tmp_path):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    demo.main(["--base-dir", str(tmp_path)])
    assert launched == [None]


def test_the_makefile_passes_demo_args_through():
    dry = subprocess.run(
        ["make", "-n", "demo", "DEMO_ARGS=--quit-after-ms=123"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "--quit-after-ms=123" in dry.stdout
