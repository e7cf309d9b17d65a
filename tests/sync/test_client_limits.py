"""The client refuses answers larger than it can sensibly hold, before they fill memory."""

import gzip
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sync.client import BadResponse, SyncClient


class Huge(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        # 1 MiB of zeros that gzip squeezes into ~1 KiB: the cap must apply after decompression.
        body = gzip.compress(b"0" * (1024 * 1024))
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def huge_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Huge)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_an_answer_over_the_cap_is_refused_after_decompression(huge_server):
    client = SyncClient(huge_server, "token", attempts=1, max_response_bytes=64 * 1024)
    with pytest.raises(BadResponse, match="exceeds"):
        client.pull(cursor=0)
    client.close()


def test_an_answer_under_the_cap_is_read(huge_server):
    client = SyncClient(huge_server, "token", attempts=1, max_response_bytes=2 * 1024 * 1024)
    with pytest.raises(BadResponse, match="malformed"):  # read fully, then found not to be a page
        client.pull(cursor=0)
    client.close()
