"""The web app's upload route enforces the size limit while the upload streams in, logins are
throttled, `--host ::` works, and one user cannot fetch another user's exports or uploads by URL
(issue 16). A real `python -m assistant serve` with a login, reached over IPv6 loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

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
    logins.write_text("tester:geheim-een\ntweede:geheim-twee\nderde:geheim-drie\n", encoding="utf-8")
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


def _login(base_url: str, user: str, password: str) -> httpx.Client:
    client = httpx.Client(base_url=base_url, timeout=120)
    assert client.post("/login", data={"username": user, "password": password}).status_code == 200
    return client


def _run_event(client: httpx.Client, api_name: str, data: list) -> list:
    """Run one of the page's own events the way the browser does (queue join, then its stream)."""
    config = client.get("/config").json()
    fn_index = next(i for i, d in enumerate(config["dependencies"]) if d.get("api_name") == api_name)
    session = uuid.uuid4().hex[:12]
    joined = client.post("/gradio_api/queue/join", json={"fn_index": fn_index, "data": data, "session_hash": session,
                                                          "trigger_id": None, "event_data": None})
    assert joined.status_code == 200, joined.text[:300]
    with client.stream("GET", "/gradio_api/queue/data", params={"session_hash": session}) as events:
        for line in events.iter_lines():
            message = json.loads(line[5:]) if line.startswith("data:") else {}
            if message.get("msg") == "process_completed":
                assert message.get("success"), message
                return message["output"]["data"]
    raise AssertionError("event did not complete")


def test_exports_and_uploads_are_served_to_their_owner_only(app_on_ipv6):
    """One user's CSV export and uploaded file: that user can fetch them; another logged-in user gets
    404 for the same URLs, also spelled differently. Before issue 16 any logged-in user could."""
    anna, _ = app_on_ipv6  # logged in as "tester"
    bert = _login(str(anna.base_url), "derde", "geheim-drie")
    _, csv_file, _ = _run_event(anna, "figures_view", ["Alle", "Alle", "Alle", ""])
    exported = csv_file["value"]["path"] if "value" in csv_file else csv_file["path"]
    uploaded = anna.post("/gradio_api/upload", files={"files": ("notitie.txt", b"Notitie van Anna.", "text/plain")})
    assert uploaded.status_code == 200
    (upload_path,) = uploaded.json()
    for path, expected in ((exported, "metric;period"), (upload_path, "Notitie van Anna.")):
        mine = anna.get(f"/gradio_api/file={path}")
        assert mine.status_code == 200 and expected in mine.text
        assert bert.get(f"/gradio_api/file={path}").status_code == 404
        folder, name = path.rsplit("/", 1)
        assert bert.get(f"/gradio_api/file={folder}/./{name}").status_code == 404
    # Bert's own export of the same table is his to fetch (the same content may be one cached file).
    _, his_csv, _ = _run_event(bert, "figures_view", ["Alle", "Alle", "Alle", ""])
    his = his_csv["value"]["path"] if "value" in his_csv else his_csv["path"]
    assert bert.get(f"/gradio_api/file={his}").status_code == 200
