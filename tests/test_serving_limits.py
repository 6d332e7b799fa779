"""The web app's upload route enforces the size limit while the upload streams in, logins are
throttled, and `--host ::` works (issue 16). A real `python -m assistant serve` with a login,
reached over IPv6 loopback."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from assistant.serving import LoginGuard

from .checks import free_port, stop, wait_http
from .conftest import ROOT


@pytest.fixture(scope="module")
def app_on_ipv6(settings, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("limits")
    port = free_port()
    logins = tmp / "logins.txt"
    logins.write_text("tester:geheim-een\ntweede:geheim-twee\n", encoding="utf-8")
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir), "ASSISTANT_INDEX_DIR": str(settings.index_dir),
           "ASSISTANT_MAX_UPLOAD_MB": "1", "GRADIO_TEMP_DIR": str(tmp / "gradio"), "ASSISTANT_AUTH": str(logins)}
    with (tmp / "app.log").open("w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--host", "::", "--port", str(port)],
                                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://[::1]:{port}"
    try:
        wait_http(url + "/", proc, timeout=180)
        client = httpx.Client(base_url=url, timeout=60)
        assert client.post("/login", data={"username": "tester", "password": "geheim-een"}).status_code == 200
        yield client, tmp / "gradio"
    finally:
        stop(proc)


def test_host_all_interfaces_ipv6_serves(app_on_ipv6):
    client, _ = app_on_ipv6
    assert client.get("/").status_code == 200


def test_oversized_upload_refused_while_streaming_and_not_kept(app_on_ipv6):
    client, cache = app_on_ipv6
    big = b"Tekst over gesloten jeugdhulp. " * 100_000  # 3.1 MB against a 1 MB limit
    reply = client.post("/gradio_api/upload", files={"files": ("groot.txt", big, "text/plain")}, timeout=60)
    assert reply.status_code == 413, reply.text[:500]
    kept = [p for p in cache.rglob("*") if p.is_file() and p.stat().st_size >= len(big) // 2] if cache.exists() else []
    assert not kept
    small = client.post("/gradio_api/upload", files={"files": ("klein.txt", b"Korte tekst.", "text/plain")})
    assert small.status_code == 200


def test_login_guesses_are_throttled(app_on_ipv6):
    client, _ = app_on_ipv6
    url = str(client.base_url)
    guesses = [httpx.post(url + "/login", data={"username": "tweede", "password": f"gok-{n}"}, timeout=60)
               for n in range(LoginGuard.MAX_FAILURES)]
    assert all(r.status_code != 200 for r in guesses)
    right = httpx.post(url + "/login", data={"username": "tweede", "password": "geheim-twee"}, timeout=60)
    assert right.status_code != 200  # locked for a minute, even with the right password
    other = httpx.post(url + "/login", data={"username": "tester", "password": "geheim-een"}, timeout=60)
    assert other.status_code == 200  # another account is not locked out by them


def test_login_guard_reopens_after_the_window():
    now = [0.0]
    guard = LoginGuard([("a", "geheim")], clock=lambda: now[0])
    assert not any(guard("a", "fout") for _ in range(200))
    assert not guard("a", "geheim")
    now[0] += LoginGuard.WINDOW + 1
    assert guard("a", "geheim")
