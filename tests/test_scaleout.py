"""Scale-out and serving on real engines: the index's vectors on a Chroma server (`chroma run`,
selected by ASSISTANT_CHROMA_URL) shared by several workers, and the real web app under concurrent
load through its HTTP API, with a login, bound to loopback and making no outside connections."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from types import SimpleNamespace

import chromadb
import pytest
from chromadb.config import Settings as ChromaSettings
from gradio_client import Client

from assistant.assistant import Assistant
from assistant.errors import VectorStoreError
from assistant.evaluation import load_gold
from assistant.ingest import ingest
from assistant.settings import Settings
from assistant.store import Generation, collection_name, current_generation, live_name

from .checks import Q2022, assert_consistent, assert_grounded, free_port, stop, wait_http
from .conftest import ROOT

NONET = Path(__file__).parent / "data" / "nonet"
LOGIN = ("tester", "geheim-wachtwoord")


def load_tool():
    spec = importlib.util.spec_from_file_location("eval_load", ROOT / "eval" / "load.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def copy_index(settings: Settings, tmp: Path) -> Settings:
    shutil.copytree(settings.corpus_dir, tmp / "corpus")
    shutil.copytree(settings.index_dir, tmp / "index")
    return Settings(corpus_dir=tmp / "corpus", index_dir=tmp / "index")


def note(tmp: Path, name: str, text: str) -> Path:
    path = tmp / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- Chroma server
@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("chroma")
    port = free_port()
    with (tmp / "chroma.log").open("w") as log:
        proc = subprocess.Popen([str(Path(sys.executable).parent / "chroma"), "run", "--path", str(tmp / "data"),
                                 "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(f"{url}/api/v2/heartbeat", proc, timeout=60)
        yield url
    finally:
        stop(proc)


def server_collections(url: str) -> set[str]:
    client = chromadb.HttpClient(host="127.0.0.1", port=int(url.rsplit(":", 1)[1]),
                                 settings=ChromaSettings(anonymized_telemetry=False))
    return {c.name for c in client.list_collections()}


def test_index_on_a_chroma_server_shared_by_two_workers(chroma_url, tmp_path):
    shutil.copytree(ROOT / "corpus", tmp_path / "corpus")
    settings = Settings(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index", chroma_url=chroma_url)
    report = ingest(settings)
    assert len(report.added) == 5 and report.vectors > 500
    first = current_generation(settings.index_dir)
    assert not (first / "chroma").exists()  # the vectors live on the server, not in the folder
    assert server_collections(chroma_url) == {collection_name(first)}
    assert_consistent(settings.index_dir, chroma_url)

    worker_a, worker_b = Assistant(settings), Assistant(settings)
    answer = worker_a.ask(Q2022)
    assert "979" in answer.answer
    assert_grounded(answer, worker_a.docs)
    dense = Assistant(settings.model_copy(update={"retrieval_mode": "dense"}))  # vectors only: from the server
    answer = dense.ask("Wat zijn de knelpunten die de inspectie noemt?")
    assert not answer.refused and {c.doc_id for c in answer.citations} == {"igj-rapport-2024"}
    assert_grounded(answer, dense.docs)

    # Worker A adds a document: a new generation and collection; worker B follows on its next question.
    worker_a.add_file(note(tmp_path, "a.txt", "De gemeente Serverdorp start een proef met gezinshuizen in de wijk."),
                      "serverdorp.txt")
    second = current_generation(settings.index_dir)
    answer = worker_b.ask("Waar start de gemeente Serverdorp een proef mee?")
    assert "gezinshuizen" in answer.answer and answer.citations[0].doc_id == "serverdorp"
    assert worker_b.gen.path == second
    worker_a.add_file(note(tmp_path, "b.txt", "De gemeente Tweedestad opent een nieuw jongerenloket."), "tweedestad.txt")
    third = current_generation(settings.index_dir)
    # Collections switch with their generation: the live one and the one before it stay, older ones
    # go, except one still open (here `dense` reads the first): its lease keeps it (issue 16).
    assert server_collections(chroma_url) == {collection_name(third), collection_name(second), collection_name(first)}
    dense.gen.close()
    worker_b.gen.close()
    worker_b._retired.close()
    worker_a.add_file(note(tmp_path, "c.txt", "De gemeente Derdeveen opent een inloophuis."), "derdeveen.txt")
    fourth = current_generation(settings.index_dir)  # released now, the first one goes
    assert collection_name(first) not in server_collections(chroma_url) and not first.exists()
    assert {collection_name(fourth), collection_name(third)} <= server_collections(chroma_url)
    assert assert_consistent(settings.index_dir, chroma_url) >= {"serverdorp", "tweedestad"}


def test_unreachable_chroma_server_is_a_clear_error(settings):
    unreachable = settings.model_copy(update={"chroma_url": f"http://127.0.0.1:{free_port()}"})
    with pytest.raises(VectorStoreError, match="niet bereikbaar"):
        Assistant(unreachable)


def test_index_built_locally_is_not_silently_empty_on_a_server(settings, chroma_url):
    """Pointing a worker at a server that lacks this index's vectors fails loudly, never answers from nothing."""
    with pytest.raises(VectorStoreError, match="ontbreken op de Chroma-server"):
        Generation(current_generation(settings.index_dir), None, chroma_url)


# ---------------------------------------------------------------- the web app
@pytest.fixture(scope="module")
def app(settings, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("app")
    local = copy_index(settings, tmp)
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(NONET), "ASSISTANT_AUTH": ":".join(LOGIN),
           "ASSISTANT_CORPUS_DIR": str(local.corpus_dir), "ASSISTANT_INDEX_DIR": str(local.index_dir)}
    log = tmp / "server.log"
    with log.open("w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "assistant", "serve", "--port", str(port)], env=env, cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_http(url + "/", proc, timeout=180)
        yield SimpleNamespace(url=url, port=port, env=env, settings=local, log=log, tmp=tmp)
    finally:
        stop(proc)


def test_app_listens_on_loopback_only(app):
    listening = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in Path(table).read_text().splitlines()[1:]:
            local, state = row.split()[1], row.split()[3]
            address, port = local.rsplit(":", 1)
            if state == "0A" and int(port, 16) == app.port:
                listening.append(address)
    assert listening and set(listening) <= {"0100007F", "00000000000000000000000001000000"}, listening


def test_app_requires_login(app):
    with pytest.raises(Exception, match="credentials|login|401"):
        Client(app.url, verbose=False)
    request = urllib.request.Request(app.url + "/gradio_api/call/ask", data=json.dumps({"data": [Q2022]}).encode(),
                                     headers={"Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(request, timeout=30)
    assert exc.value.code == 401


def test_concurrent_sessions_while_a_document_is_ingested(app):
    """20 sessions ask at once while another process ingests an upload into the same index: no
    errors, every answer correct and cited with verbatim quotes; the app switches to the new index."""
    load = load_tool()
    gold = load_gold(ROOT / "eval" / "gold.jsonl")[::4]
    upload = note(app.tmp, "lastdorp.txt", "De gemeente Lastdorp werkt met een vast team van jeugdbeschermers "
                  "dat elke week overleg voert met de zorgaanbieders.")
    ingest_log: list[str] = []
    before = live_name(app.settings.index_dir)
    report = load.run_load(app.url, sessions=20, questions=3, gold=gold, auth=LOGIN,
                           during=load.cli_ingest(upload, 1.0, ingest_log, app.env), timeout=120)
    print("load:", json.dumps(report.summary()))
    assert not report.errors, report.errors[:5]
    assert not report.wrong, report.wrong[:5]
    assert len(report.latencies) == 60 and report.excluded < len(gold) / 2
    assert ingest_log and ingest_log[0].startswith("exit 0"), ingest_log
    assert live_name(app.settings.index_dir) != before
    docs = {d.doc_id: d for d in Generation(current_generation(app.settings.index_dir), None, vectors=False).documents()}
    for answer in report.answers:
        for c in answer["citations"]:
            assert docs[c["doc_id"]].text[c["char_start"]:c["char_end"]] == c["quote"]
    after = Client(app.url, auth=LOGIN, verbose=False).predict("Met wie overlegt het team in Lastdorp?", api_name="/ask")
    assert "zorgaanbieders" in after["answer"] and after["citations"][0]["doc_id"] == "lastdorp"


def test_app_made_no_outside_connection(app):
    """Runs last in this module: the server, its chats and the CLI ingest tried no outside address."""
    Client(app.url, auth=LOGIN, verbose=False).predict(Q2022, api_name="/ask")
    log = app.log.read_text(errors="replace")
    assert "NETWORK-GUARD active" in log
    assert "NETWORK-BLOCKED" not in log
