"""The web app's upload route enforces the size limit while the upload streams in, and `--host ::`
works (issue 16). A real `python -m assistant serve`, reached over IPv6 loopback."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from .checks import free_port, stop, wait_http
from .conftest import ROOT


@pytest.fixture(scope="module")
def app_on_ipv6(settings, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("limits")
    port = free_port()
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir), "ASSISTANT_INDEX_DIR": str(settings.index_dir),
           "ASSISTANT_MAX_UPLOAD_MB": "1", "GRADIO_TEMP_DIR": str(tmp / "gradio")}
    with (tmp / "app.log").open("w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--host", "::", "--port", str(port)],
                                cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://[::1]:{port}"
    try:
        wait_http(url + "/", proc, timeout=180)
        yield url, tmp / "gradio"
    finally:
        stop(proc)


def test_host_all_interfaces_ipv6_serves(app_on_ipv6):
    url, _ = app_on_ipv6
    assert httpx.get(url + "/", timeout=30).status_code == 200


def test_oversized_upload_refused_while_streaming_and_not_kept(app_on_ipv6):
    url, cache = app_on_ipv6
    big = b"Tekst over gesloten jeugdhulp. " * 100_000  # 3.1 MB against a 1 MB limit
    reply = httpx.post(url + "/gradio_api/upload", files={"files": ("groot.txt", big, "text/plain")}, timeout=60)
    assert reply.status_code == 413, reply.text[:500]
    kept = [p for p in cache.rglob("*") if p.is_file() and p.stat().st_size >= len(big) // 2] if cache.exists() else []
    assert not kept
    small = httpx.post(url + "/gradio_api/upload", files={"files": ("klein.txt", b"Korte tekst.", "text/plain")},
                       timeout=60)
    assert small.status_code == 200
