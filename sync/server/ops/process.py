"""A real `fallakte-server run` in a subprocess on 127.0.0.1: for tests, the benchmark and the demo.

Started, it answers /health before `start()` returns (or the start fails within a bounded
time with the tail of its log); stopped, none of its workers outlives it.
"""

import contextlib
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import requests

from app.errors import UserError
from sync.protocol import API_PREFIX

HOST = "127.0.0.1"
START_TIMEOUT_S = 20.0
STOP_TIMEOUT_S = 15.0
# The folder that holds the `sync` package: `python -m sync.server.ops.cli` runs from there.
PACKAGE_ROOT = Path(__file__).resolve().parents[3]
_POSIX = hasattr(os, "killpg")


class ServerStartFailed(UserError):
    """The server exited or did not answer /health in time; the message ends with its log."""


def free_port() -> int:
    """A port nobody listens on right now (another process may still take it before us)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def port_is_free(port: int) -> bool:
    """Whether the server could listen on `port` now (it binds with SO_REUSEADDR, as here)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        if _POSIX:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return False
        return True


class ServerProcess:
    """`python -m sync.server.ops.cli run` on one loopback port; may be stopped or killed and started again.

    The environment is the caller's without any FALLAKTE_ variable (the database and home
    come from the arguments), plus `env`.
    """

    def __init__(
        self,
        *,
        database_url: str,
        home: Path,
        port: int | None = None,
        workers: int = 1,
        log_path: Path | None = None,
        env: Mapping[str, str] | None = None,
        start_timeout: float = START_TIMEOUT_S,
        program: Sequence[str] | None = None,
    ) -> None:
        """`program` is the command that runs the server's CLI, by default this interpreter's
        `-m sync.server.ops.cli` from the source tree; an installed `fallakte-server` script runs
        from `home` instead, so that nothing of the source tree is imported."""
        self.database_url = database_url
        self.home = home
        self.port = port or free_port()
        self.url = f"http://{HOST}:{self.port}"
        self.workers = workers
        self.log_path = log_path or home / "server.log"
        self.extra_env = dict(env or {})
        self.start_timeout = start_timeout
        self.program = list(program) if program is not None else None
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    @property
    def pid(self) -> int:
        assert self.proc is not None, "the server was never started"
        return self.proc.pid

    def start(self) -> "ServerProcess":
        """Spawn the server and wait until /health answers 200; the log is appended to."""
        if self.running:
            raise RuntimeError("the server is already running")
        self.starts += 1
        self.home.mkdir(parents=True, exist_ok=True)
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("FALLAKTE_")}
        env.update({"FALLAKTE_SERVER_HOME": str(self.home / "server-home"), **self.extra_env})
        command = [
            *(self.program or (sys.executable, "-m", "sync.server.ops.cli")),
            "--database-url",
            self.database_url,
            "run",
            "--host",
            HOST,
            "--port",
            str(self.port),
            "--workers",
            str(self.workers),
        ]
        # A process group of its own: the workers of a multi-worker server go with it, and a
        # Ctrl-C in the caller's terminal reaches the caller, which stops the server in order.
        new_group = 0 if _POSIX else getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)
        with self.log_path.open("ab") as log:
            self.proc = subprocess.Popen(
                command,
                cwd=PACKAGE_ROOT if self.program is None else self.home,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=_POSIX,
                creationflags=new_group,
            )
        self._wait_healthy()
        return self

    def _wait_healthy(self) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + self.start_timeout
        with requests.Session() as http:
            while True:
                if self.proc.poll() is not None:
                    raise ServerStartFailed(
                        f"fallakte-server exited with {self.proc.returncode}:\n{self.log_tail()}"
                    )
                with contextlib.suppress(requests.RequestException):
                    if http.get(f"{self.url}{API_PREFIX}/health", timeout=1.0).status_code == 200:
                        return
                if time.monotonic() > deadline:
                    self.stop()
                    raise ServerStartFailed(
                        f"fallakte-server not healthy within {self.start_timeout:.0f} s:\n"
                        f"{self.log_tail()}"
                    )
                time.sleep(0.05)

    def log_tail(self, chars: int = 3000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return "(no log)"

    def stop(self, timeout: float = STOP_TIMEOUT_S) -> None:
        """SIGTERM and wait (uvicorn shuts down in order); SIGKILL whatever is left after `timeout`."""
        proc = self.proc
        if proc is None:
            return
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self._kill_group()
                proc.kill()
                proc.wait(timeout=10)
        self._reap_group(grace=min(timeout, 5.0))

    def kill(self) -> None:
        """SIGKILL the server and its workers: no shutdown, no commit, no goodbye."""
        proc = self.proc
        if proc is None:
            return
        self._kill_group()
        proc.kill()
        proc.wait(timeout=10)

    def _reap_group(self, *, grace: float) -> None:
        """Workers left behind by the supervisor get `grace` seconds to go, then SIGKILL."""
        if not _POSIX or self.proc is None:
            return
        deadline = time.monotonic() + grace
        while time.monotonic() < deadline:
            try:
                os.killpg(self.proc.pid, 0)
            except (ProcessLookupError, PermissionError):
                return
            time.sleep(0.05)
        self._kill_group()

    def _kill_group(self) -> None:
        if _POSIX and self.proc is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.proc.pid, signal.SIGKILL)

    def __enter__(self) -> "ServerProcess":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
