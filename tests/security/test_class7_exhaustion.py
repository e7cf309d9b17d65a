"""Class 7: no single client can exhaust the server: bodies are bounded before and after
decompression, password hashing is bounded, enrolment is rate limited with a lockout."""

import concurrent.futures
import zlib

import httpx

from app.domain.ids import new_id
from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION

MiB = 1024 * 1024


def _bomb(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    chunk = b'{"changes": [' + b" " * (MiB - 13)
    parts = [packer.compress(chunk)] + [packer.compress(b" " * MiB) for _ in range(size // MiB)]
    return b"".join([*parts, packer.flush()])


def test_oversized_bodies_are_refused_with_413_before_and_after_decompression(server):
    mallory = server.raw("mallory")
    before = server.peak_rss_mib()
    with mallory.http() as http:
        plain = http.post(
            "/sync/push", content=b" " * (64 * MiB), headers={"Content-Type": "application/json"}
        )
        assert plain.status_code == 413, plain.text[:300]
        assert plain.json()["code"] == "too_large"
        bomb = http.post(
            "/sync/push",
            content=_bomb(200 * MiB),
            headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
        )
        assert bomb.status_code == 413, bomb.text[:300]
    with mallory.http(token=False) as http:
        # Without a token the server reads even less before it says no.
        response = http.post(
            "/devices/enroll",
            content=b"{" + b" " * (8 * MiB),
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 413, response.text[:300]
    grown = server.peak_rss_mib() - before
    assert grown < 64, f"server peak memory grew by {grown:.0f} MiB"
    server.assert_no_traceback()


def test_concurrent_password_hashes_are_bounded(server):
    """argon2id takes 64 MiB per hash: 24 at once would take the server up by 1.5 GiB."""
    server.user("anna")
    before = server.peak_rss_mib()

    def attempt(i: int) -> httpx.Response:
        return server.enrol(f"nobody-{i}", password=f"guess-{i}")

    with concurrent.futures.ThreadPoolExecutor(24) as pool:
        answers = list(pool.map(attempt, range(24)))
    statuses = {a.status_code for a in answers}
    assert statuses <= {401, 429, 503}, statuses
    for answer in answers:
        if answer.status_code in (429, 503):
            assert int(answer.headers["Retry-After"]) >= 1
    grown = server.peak_rss_mib() - before
    assert grown < 400, f"server peak memory grew by {grown:.0f} MiB"


def test_wrong_passwords_lock_the_user_out_for_a_while(server):
    server.user("anna")
    for i in range(5):
        assert server.enrol("anna", password=f"wrong-{i}").status_code == 401
    locked = server.enrol("anna")  # the right password, during the lockout
    assert locked.status_code == 429, locked.text
    assert locked.json()["code"] == "too_many_attempts"
    assert int(locked.headers["Retry-After"]) >= 1


def test_one_address_trying_many_user_names_is_slowed_down(server):
    answers = [server.enrol(f"user-{i}", password="guess").status_code for i in range(40)]
    assert 429 in answers, answers
    first = answers.index(429)
    assert first <= 30 and set(answers[first:]) == {429}, answers


def test_a_push_without_a_valid_token_is_not_parsed(server):
    """Seven MiB of tiny JSON objects are 200 MiB of Python objects once parsed."""
    body = b'{"changes": [' + b'{"x":1},' * (7 * MiB // 8) + b"{}]}"
    before = server.peak_rss_mib()
    with httpx.Client(
        base_url=server.url + API_PREFIX, headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
    ) as http:
        response = http.post(
            "/sync/push",
            content=body,
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {new_id()}"},
        )
    assert response.status_code == 401, response.text[:300]
    grown = server.peak_rss_mib() - before
    assert grown < 32, f"server peak memory grew by {grown:.0f} MiB"
