"""Load check on loopback: 200 concurrent enrolment attempts, then 200 concurrent full pulls.

While they run, the server's resident memory (VmRSS of its process) is sampled and /health
is timed every 50 ms. The promise (issue 14): memory stays under 600 MiB and /health answers
within 100 ms. A benchmark, not a test: it prints the figures and says whether they hold.

    .venv/bin/python bench/security_load.py [--database-url URL] [--records 6000]
"""

import argparse
import multiprocessing
import multiprocessing.synchronize
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.domain.ids import new_id  # noqa: E402
from sync.protocol import API_PREFIX, PROTOCOL_HEADER  # noqa: E402
from sync.server.accounts import admin  # noqa: E402
from sync.server.ops.process import ServerProcess  # noqa: E402
from sync.server.storage.db import make_engine  # noqa: E402
from sync.server.storage.migrate import upgrade  # noqa: E402

CONCURRENT = 200
MEMORY_LIMIT_MIB = 600
HEALTH_LIMIT_MS = 100
PASSWORD = "bench-passwort-1"


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _probe(
    url: str, stop: "multiprocessing.synchronize.Event", out: "multiprocessing.Queue[Any]"
) -> None:
    """Times /health every 50 ms, in a process of its own: the load's threads must not delay
    the measurement through this process's GIL."""
    timings, failures = [], 0
    with httpx.Client(base_url=url + API_PREFIX, timeout=10) as http:
        while not stop.wait(0.05):
            started = time.perf_counter()
            try:
                ok = http.get("/health").status_code == 200
            except httpx.HTTPError:
                ok = False
            timings.append((time.perf_counter() - started) * 1000)
            failures += not ok
    out.put((timings, failures))


class Watch:
    """Samples the server's memory and times /health until stopped."""

    def __init__(self, url: str, pid: int) -> None:
        self.url, self.pid = url, pid
        self.rss: list[float] = []
        self.health_ms: list[float] = []
        self.health_failures = 0
        self._stop = threading.Event()
        self._memory_thread = threading.Thread(target=self._memory, daemon=True)
        self._probe_stop = multiprocessing.Event()
        self._results: multiprocessing.Queue[Any] = multiprocessing.Queue()
        self._prober = multiprocessing.Process(
            target=_probe, args=(url, self._probe_stop, self._results), daemon=True
        )

    def __enter__(self) -> "Watch":
        self._memory_thread.start()
        self._prober.start()
        time.sleep(0.2)
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._probe_stop.set()
        self.health_ms, self.health_failures = self._results.get(timeout=30)
        self._prober.join()
        self._memory_thread.join()

    def _memory(self) -> None:
        while not self._stop.wait(0.05):
            self.rss.append(rss_mib(self.pid))

    def report(self, name: str) -> bool:
        ordered = sorted(self.health_ms)
        p95 = ordered[int(len(ordered) * 0.95) - 1] if ordered else 0.0
        worst = max(ordered, default=0.0)
        peak = max(self.rss, default=0.0)
        holds = peak < MEMORY_LIMIT_MIB and worst < HEALTH_LIMIT_MS and not self.health_failures
        print(
            f"{name}: server RSS peak {peak:.0f} MiB (limit {MEMORY_LIMIT_MIB}); /health "
            f"{len(ordered)} checks, median {statistics.median(ordered or [0]):.1f} ms, "
            f"p95 {p95:.1f} ms, max {worst:.1f} ms (limit {HEALTH_LIMIT_MS}), "
            f"{self.health_failures} failed -> {'holds' if holds else 'DOES NOT HOLD'}"
        )
        return holds


def seed(url: str, token: str, device_id: str, records: int) -> None:
    """Persons with twenty long aliases each (~4 KiB): every pull is a full 4 MiB page."""
    stamp_counter = iter(range(10**9))

    def stamp() -> str:
        return f"{time.time_ns() // 1_000_000:013d}-{next(stamp_counter) % 100_000:05d}-{device_id}"

    seq = iter(range(1, 10**9))
    headers = {PROTOCOL_HEADER: "1", "Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=url + API_PREFIX, headers=headers, timeout=120) as http:
        for start in range(0, records, 250):
            changes = []
            for _ in range(min(250, records - start)):
                aliases = [f"Alias {n} " + "x" * 180 for n in range(20)]
                changes.append(
                    {
                        "change_id": {"device_id": device_id, "seq": next(seq)},
                        "entity": "person",
                        "record_id": new_id(),
                        "stamp": stamp(),
                        "fields": {"family_name": "Haddad", "aliases": aliases},
                    }
                )
            response = http.post("/sync/push", json={"changes": changes})
            response.raise_for_status()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="default: a SQLite file in a temporary folder")
    parser.add_argument("--records", type=int, default=10_000, help="records the team holds")
    parser.add_argument(
        "--concurrent",
        type=int,
        default=CONCURRENT,
        help=f"requests at once (default {CONCURRENT})",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="fallakte-load-") as folder:
        url = args.database_url or f"sqlite:///{folder}/server.db"
        engine = make_engine(url)
        upgrade(engine)
        admin.add_team(engine, team_id="nord", name="Nord")
        for name in ("anna", *(f"user-{i}" for i in range(8))):
            admin.add_user(
                engine, username=name, password=PASSWORD, team_id="nord", role="counsellor"
            )
        engine.dispose()
        server = ServerProcess(database_url=url, home=Path(folder) / "home")
        server.start()
        try:
            return run(server, args.records, args.concurrent)
        finally:
            server.stop()


def _client(url: str, concurrent: int) -> httpx.Client:
    """One client for all load threads: making 200 (each with its TLS context) would load the
    two CPUs more than the server does."""
    limits = httpx.Limits(max_connections=concurrent, max_keepalive_connections=concurrent)
    # As the device client on loopback: no gzip (sync.client; it costs more than it saves).
    headers = {PROTOCOL_HEADER: "1", "Accept-Encoding": "identity"}
    return httpx.Client(base_url=url + API_PREFIX, headers=headers, timeout=300, limits=limits)


def _enrol(http: httpx.Client, username: str, password: str) -> int:
    body = {"username": username, "password": password, "device_id": new_id()}
    try:
        return http.post("/devices/enroll", json=body).status_code
    except httpx.HTTPError:
        return 0


def run(server: ServerProcess, records: int, concurrent: int) -> int:
    tokens = []
    for i in range(8):
        answer = httpx.post(
            f"{server.url}{API_PREFIX}/devices/enroll",
            headers={PROTOCOL_HEADER: "1"},
            json={"username": f"user-{i}", "password": PASSWORD, "device_id": new_id()},
            timeout=60,
        )
        answer.raise_for_status()
        tokens.append((answer.json()["token"], answer.json()["device_id"]))
    started = time.perf_counter()
    seed(server.url, *tokens[0], records)
    print(
        f"seeded {records} records in {time.perf_counter() - started:.1f} s; idle server RSS {rss_mib(server.pid):.0f} MiB"
    )

    attempts = [("anna", PASSWORD if i % 50 == 0 else f"wrong-{i}") for i in range(concurrent // 2)]
    attempts += [(f"nobody-{i}", "guess") for i in range(concurrent - len(attempts))]
    http = _client(server.url, concurrent)
    with Watch(server.url, server.pid) as watch, ThreadPoolExecutor(concurrent) as pool:
        started = time.perf_counter()
        statuses = Counter(pool.map(lambda a: _enrol(http, *a), attempts))
        seconds = time.perf_counter() - started
    print(
        f"{concurrent} concurrent enrolment attempts in {seconds:.1f} s: {dict(sorted(statuses.items()))}"
    )
    enrolment_holds = watch.report("enrolments")

    def pull(index: int) -> tuple[int, int]:
        token = tokens[index % len(tokens)][0]
        try:
            response = http.get(
                "/sync/pull",
                params={"cursor": 0, "limit": 5000},
                headers={"Authorization": f"Bearer {token}"},
            )
        except httpx.HTTPError:
            return 0, 0
        return response.status_code, len(response.content)

    with Watch(server.url, server.pid) as watch, ThreadPoolExecutor(concurrent) as pool:
        started = time.perf_counter()
        answers = list(pool.map(pull, range(concurrent)))
        seconds = time.perf_counter() - started
    sizes = [size for status, size in answers if status == 200]
    print(
        f"{concurrent} concurrent pulls in {seconds:.1f} s: "
        f"{dict(sorted(Counter(s for s, _ in answers).items()))}, "
        f"page {statistics.median(sizes or [0]) / 2**20:.1f} MiB"
    )
    pull_holds = watch.report("pulls")
    http.close()
    log = server.log_path.read_text(errors="replace")
    print(f"tracebacks in the server log: {log.count('Traceback')}")
    return 0 if enrolment_holds and pull_holds and "Traceback" not in log else 1


if __name__ == "__main__":
    sys.exit(main())
