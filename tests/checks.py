"""Checks shared by the reliability, crash and scale-out tests: grounded answers, one consistent
index generation, and starting real servers on free local ports."""

from __future__ import annotations

import re
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

from assistant.nlp import YEAR_RE, canonical_numbers
from assistant.store import Generation, current_generation
from assistant.types import Answer, Document

PLAATSINGEN = {2017: 1924, 2018: 1720, 2019: 1701, 2020: 1366, 2021: 1175, 2022: 979}
Q2022 = "Hoeveel gesloten plaatsingen waren er in 2022?"


def assert_grounded(answer: Answer, docs: dict[str, Document]) -> None:
    """What a user sees is backed by the sources: every quote is verbatim at its offsets and every
    number in the answer (derived 'Berekend' lines aside) stands in a quote that line cites."""
    for c in answer.citations:
        assert docs[c.doc_id].text[c.char_start : c.char_end] == c.quote, c
    quotes = {c.n: c.quote for c in answer.citations}
    for line in answer.answer.splitlines():
        if line.startswith(("Berekend", "Computed")):
            continue
        cited = [quotes[int(n)] for n in re.findall(r"\[(\d+)\]", line)]
        allowed = set().union(*(canonical_numbers(q) | {float(y) for y in YEAR_RE.findall(q)} for q in cited))
        for title in {c.title for c in answer.citations}:
            line = line.replace(title, "")
        assert canonical_numbers(re.sub(r"\[\d+\]", "", line)) <= allowed, line


def assert_consistent(index_dir: Path, chroma_url: str | None = None) -> set[str]:
    """The live generation's catalog, figures, BM25 index and vectors describe the same documents
    and the same chunks: never a mix of generations. Returns the document ids."""
    gen = Generation(current_generation(index_dir), None, chroma_url)
    try:
        docs = {d.doc_id: d for d in gen.documents()}
        chunks = gen.chunks(docs)
        assert docs and chunks
        assert sorted(gen.lexical.chunk_ids) == sorted(c.chunk_id for c in chunks)
        assert {f.doc_id for f in gen.figures()} <= set(docs)
        metadatas = gen.vectors.client.get(include=["metadatas"])["metadatas"]
        assert {m["doc_id"] for m in metadatas} == set(docs)
        assert {m["chunk_id"] for m in metadatas} == {c.chunk_id for c in chunks}
        assert len(metadatas) == sum(len(c.sentences) for c in chunks)
    finally:
        gen.close()
    return set(docs)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url: str, proc: subprocess.Popen, timeout: float, ok=(200,)) -> None:
    """Poll `url` until it answers with a status in `ok`; fail early if the server process died."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, f"server stopte met code {proc.returncode}"
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status in ok:
                    return
        except urllib.error.HTTPError as exc:
            if exc.code in ok:
                return
        except OSError:
            pass
        time.sleep(0.3)
    raise AssertionError(f"{url} antwoordde niet binnen {timeout} s")


def stop(proc: subprocess.Popen) -> None:
    """Terminate a server started by a test (its output goes to a file, never an unread pipe)."""
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
