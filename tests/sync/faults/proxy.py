"""A loopback TCP proxy that injects network faults between a sync client and its server.

Faults apply per HTTP request: the client-to-server stream is scanned for request
lines, and the response bytes that follow a matching request are cut, held or
delayed. Modes:

- ``pass``: forward everything.
- ``cut``: forward ``cut_after`` bytes of the response, then close both sides.
- ``hold``: forward nothing of the response until :meth:`FaultProxy.release`, which
  closes the connection (a response the client never hears).
- ``delay``: forward the response ``delay`` seconds late.
- ``refuse``: close the client's connection as soon as the request line arrives.

``match`` (a regex searched in the request line) limits a fault to some requests,
``times`` to a number of them (then the proxy heals itself). Every request line
seen is logged in ``requests``; those that got a fault in ``faulted``.
"""

import contextlib
import re
import socket
import threading
import time
from dataclasses import dataclass, field

_REQUEST_LINE = re.compile(rb"(GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS) (\S+) HTTP/1\.[01]\r\n")
_CHUNK = 65536
MAX_HOLD_S = 60.0


@dataclass
class _Fault:
    mode: str = "pass"
    cut_after: int = 0
    delay: float = 0.0


@dataclass(eq=False)
class _Conn:
    client: socket.socket
    upstream: socket.socket
    fault: _Fault = field(default_factory=_Fault)
    sent_back: int = 0
    closed: threading.Event = field(default_factory=threading.Event)

    def close(self) -> None:
        self.closed.set()
        for sock in (self.client, self.upstream):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()


class FaultProxy:
    """Listens on 127.0.0.1 (an ephemeral port) and forwards to 127.0.0.1:upstream_port."""

    def __init__(self, upstream_port: int) -> None:
        self.upstream_port = upstream_port
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.05)  # accept() wakes up to notice close()
        self.port: int = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        self._fault = _Fault()
        self._match: re.Pattern[str] | None = None
        self._times: int | None = None
        self._released = threading.Event()
        self._conns: set[_Conn] = set()
        self._stopping = threading.Event()
        self.requests: list[str] = []
        self.faulted: list[str] = []
        self._seen = threading.Condition(self._lock)
        self._accepter = threading.Thread(
            target=self._accept_loop, name="proxy-accept", daemon=True
        )
        self._accepter.start()

    # -- control ---------------------------------------------------------------

    def set(
        self,
        mode: str,
        *,
        match: str | None = None,
        times: int | None = None,
        cut_after: int = 0,
        delay: float = 0.0,
    ) -> None:
        assert mode in ("pass", "cut", "hold", "delay", "refuse"), mode
        with self._lock:
            self._fault = _Fault(mode, cut_after, delay)
            self._match = re.compile(match) if match else None
            self._times = times
            self._released.clear()

    def heal(self) -> None:
        self.set("pass")

    def release(self) -> None:
        """Held responses are dropped: their connections close without an answer."""
        self._released.set()

    def lines(self, pattern: str) -> list[str]:
        with self._lock:
            return [line for line in self.requests if re.search(pattern, line)]

    def wait_for(self, pattern: str, count: int = 1, timeout: float = 30.0) -> list[str]:
        """Block until `count` request lines matching `pattern` were seen."""
        deadline = time.monotonic() + timeout
        with self._seen:
            while True:
                found = [line for line in self.requests if re.search(pattern, line)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"proxy saw {len(found)} of {count} requests /{pattern}/")
                self._seen.wait(left)

    def close(self) -> None:
        self._stopping.set()
        self._released.set()
        self._listener.close()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            conn.close()
        self._accepter.join(timeout=5)

    def __enter__(self) -> "FaultProxy":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing --------------------------------------------------------------

    def _accept_loop(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=5)
                upstream.settimeout(None)
            except OSError:
                # The server is down: the client sees its connection closed without an answer.
                client.close()
                continue
            conn = _Conn(client, upstream)
            with self._lock:
                self._conns.add(conn)
            for target, name in ((self._requests_pump, "up"), (self._responses_pump, "down")):
                threading.Thread(
                    target=target, args=(conn,), name=f"proxy-{name}", daemon=True
                ).start()

    def _decide(self, line: str) -> _Fault:
        with self._lock:
            self.requests.append(line)
            self._seen.notify_all()
            fault = self._fault
            if fault.mode == "pass" or self._times == 0:
                return _Fault()
            if self._match is not None and not self._match.search(line):
                return _Fault()
            if self._times is not None:
                self._times -= 1
            self.faulted.append(line)
            return fault

    def _requests_pump(self, conn: _Conn) -> None:
        try:
            while True:
                data = conn.client.recv(_CHUNK)
                if not data:
                    break
                found = _REQUEST_LINE.search(data)
                if found is not None:
                    line = f"{found.group(1).decode()} {found.group(2).decode('latin-1')}"
                    fault = self._decide(line)
                    if fault.mode == "refuse":
                        break
                    conn.fault, conn.sent_back = fault, 0
                conn.upstream.sendall(data)
        except OSError:
            pass
        self._finish(conn)

    def _responses_pump(self, conn: _Conn) -> None:
        try:
            while True:
                data = conn.upstream.recv(_CHUNK)
                if not data:
                    break
                fault = conn.fault
                if fault.mode == "hold":
                    self._released.wait(MAX_HOLD_S)
                    break
                if fault.mode == "delay" and conn.sent_back == 0 and conn.closed.wait(fault.delay):
                    break
                if fault.mode == "cut":
                    room = fault.cut_after - conn.sent_back
                    if len(data) >= room:
                        conn.client.sendall(data[:room])
                        break
                conn.client.sendall(data)
                conn.sent_back += len(data)
        except OSError:
            pass
        self._finish(conn)

    def _finish(self, conn: _Conn) -> None:
        conn.close()
        with self._lock:
            self._conns.discard(conn)
