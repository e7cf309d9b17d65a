"""`make demo`: a local sync server with a busy colleague in the background, the desktop app in front."""

import argparse
import os
import subprocess
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from app.errors import UserError

READY_TIMEOUT_S = 120
HEADLESS_QUIT_MS = 10_000
# Qt platforms that draw into memory only: nobody could ever close their window.
HEADLESS_PLATFORMS = ("offscreen", "minimal")


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def headless() -> bool:
    return os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0] in HEADLESS_PLATFORMS


def start_server(base_dir: Path, interval: float) -> tuple[subprocess.Popen[str], str]:
    """Run `sync.demo_env serve` in its own process; return it once it printed its address."""
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sync.demo_env",
            "--base-dir",
            str(base_dir),
            "serve",
            "--interval",
            str(interval),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        bufsize=1,
    )
    assert process.stdout is not None
    found: list[str] = []
    ready = threading.Event()

    def relay() -> None:
        # Keeps reading after start-up so the server never blocks on a full pipe.
        assert process.stdout is not None
        for line in process.stdout:
            print(f"[demo-server] {line}", end="", flush=True)
            if line.startswith("url: ") and not found:
                found.append(line[5:].strip())
                ready.set()
        ready.set()

    threading.Thread(target=relay, daemon=True).start()
    if not ready.wait(READY_TIMEOUT_S) or not found:
        process.terminate()
        raise UserError("the demo server did not start; see demo-data/server/ for its log")
    return process, found[0]


def stop_server(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.demo", description=__doc__)
    parser.add_argument("--base-dir", type=Path, default=Path("demo-data"))
    parser.add_argument(
        "--interval", type=float, default=60.0, help="seconds between colleague edits"
    )
    parser.add_argument("--quit-after-ms", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not has_display():
        print(
            "Kein Bildschirm gefunden / no display found: start 'make demo' in a desktop session.\n"
            "For a run without a screen: QT_QPA_PLATFORM=offscreen make demo (it closes after "
            f"{HEADLESS_QUIT_MS // 1000} s; DEMO_ARGS=--quit-after-ms=N chooses the time)",
            file=sys.stderr,
        )
        return 1
    quit_after_ms = args.quit_after_ms
    if quit_after_ms is None and headless():
        # Nobody can see or close a window on these platforms: end by ourselves.
        quit_after_ms = HEADLESS_QUIT_MS
        print(
            f"Headless ({os.environ['QT_QPA_PLATFORM']}): the app closes after "
            f"{HEADLESS_QUIT_MS // 1000} s; DEMO_ARGS=--quit-after-ms=N chooses another time.",
            flush=True,
        )
    try:
        process, url = start_server(args.base_dir, args.interval)
    except UserError as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return 1
    print(
        f"\nFallakte demo: server {url}; the app opens the device in {args.base_dir / 'store'}.\n"
        "Passwort / password: demo-passwort  (user 'demo', role lead; a colleague edits every "
        f"{args.interval:.0f} s)\n",
        flush=True,
    )
    try:
        from ui.app import run

        return run(args.base_dir / "store", quit_after_ms=quit_after_ms)
    finally:
        stop_server(process)


if __name__ == "__main__":
    sys.exit(main())
