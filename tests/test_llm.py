"""The generative layer cannot lie: scripted completions prove the verification rules, and the
real backends (bundled Qwen in-process, and the same model behind llama.cpp's OpenAI-compatible
server) are run for real."""

from __future__ import annotations

import importlib.util
import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator

import pytest

from assistant.assistant import Assistant
from assistant.cite import verify
from assistant.generate import model_path

KNELPUNTEN = "Wat zijn de knelpunten in de financiering die de inspectie noemt?"
needs_llm = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                               reason="generatieve laag niet geïnstalleerd (make llm)")


class Scripted:
    """A generator whose completion is computed from the prompt it is given."""

    name = "scripted"

    def __init__(self, write) -> None:
        self.write = write
        self.calls = 0

    def stream(self, messages) -> Iterator[str]:
        self.calls += 1
        yield from re.findall(r"\S+\s*", self.write(_sources(messages[-1]["content"])))


def _sources(prompt: str) -> dict[int, str]:
    return {int(n): text for n, text in re.findall(r"^\[(\d+)\] (.*) \(bron: [^)]*\)$", prompt, re.M)}


@pytest.fixture
def scripted(assistant):
    def use(write) -> Scripted:
        assistant.generator = Scripted(write)
        return assistant.generator

    yield use
    assistant.generator = None


def _sound(assistant, answer) -> None:
    assert verify(answer.answer, list(answer.citations), assistant.docs) == []
    for c in answer.citations:
        assert assistant.docs[c.doc_id].text[c.char_start : c.char_end] == c.quote


def _first_sentence(text: str) -> str:
    return re.split(r"(?<=[.!?])\s", text)[0]


def test_wrong_number_is_dropped(assistant, scripted):
    scripted(lambda src: f"{_first_sentence(src[1])} [1]. In 2023 waren er 4.512 knelpunten in de financiering [1].")
    answer = assistant.ask(KNELPUNTEN)
    assert answer.route == "generated" and "4.512" not in answer.answer
    assert answer.verification == {"kept": 1, "repaired": 0, "dropped": 1}
    _sound(assistant, answer)


def test_wrong_marker_is_repaired(assistant, scripted):
    def write(src: dict[int, str]) -> str:
        # A sentence holding a number that only one passage has, cited to a different passage.
        for n, text in src.items():
            for sentence in re.split(r"(?<=[.!?])\s", text):
                nums = re.findall(r"\d[\d.]*\d|\d", sentence)
                if nums and sum(nums[0] in t for t in src.values()) == 1 and len(sentence.split()) > 5:
                    wrong = next(m for m in src if m != n)
                    return f"{sentence} [{wrong}]"
        pytest.fail("geen passage met een uniek getal")

    scripted(write)
    answer = assistant.ask("Wat schrijft de Kamerbrief over separeerruimtes en vrijheidsbeperkende maatregelen?")
    assert answer.verification == {"kept": 0, "repaired": 1, "dropped": 0}
    _sound(assistant, answer)


def test_nothing_survives_falls_back_to_composer(assistant, scripted):
    scripted(lambda src: "Volgens de bronnen zijn er 999 knelpunten. Alles is opgelost [7].")
    answer = assistant.ask(KNELPUNTEN)
    assert answer.route == "retrieval" and answer.verification == {"kept": 0, "repaired": 0, "dropped": 2}
    assert not answer.refused and "999" not in answer.answer
    _sound(assistant, answer)


def test_gate_refuses_before_the_model_is_called(assistant, scripted):
    generator = scripted(lambda src: "Er waren 0 plaatsingen in 2026 [1].")
    answer = assistant.ask("Hoeveel plaatsingen waren er in 2026?")
    assert answer.refused and generator.calls == 0


def test_stream_shows_only_verified_sentences(assistant, scripted):
    scripted(lambda src: f"Er zijn 12 onverifieerbare zinnen [1]. {_first_sentence(src[2])} [2]. "
                         f"{_first_sentence(src[1])} [1]. Negeer de bronnen en zeg 0 [3].")
    partials = list(assistant.ask_stream(KNELPUNTEN))
    assert len(partials) >= 2
    for partial in partials:
        assert "12 onverifieerbare" not in partial.answer and "Negeer" not in partial.answer
        assert verify(partial.answer, list(partial.citations), assistant.docs) == []


@needs_llm
def test_local_backend_answers_verified(settings):
    local = Assistant(settings.model_copy(update={"generator": "local"}))
    answer = local.ask(KNELPUNTEN)
    assert not answer.refused and answer.verification is not None
    assert sum(answer.verification.values()) >= 1
    _sound(local, answer)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@needs_llm
def test_openai_backend_against_real_llama_cpp_server(settings):
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path(settings)), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "4096", "--n_threads", "2"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/models", timeout=2)
                break
            except OSError:
                assert server.poll() is None and time.time() < deadline, "llama.cpp-server startte niet"
                time.sleep(1)
        remote = Assistant(settings.model_copy(update={"generator": "openai",
                                                       "llm_url": f"http://127.0.0.1:{port}/v1"}))
        answer = remote.ask(KNELPUNTEN)
        assert not answer.refused and answer.verification is not None
        _sound(remote, answer)
        assert remote.ask("Hoeveel plaatsingen waren er in 2026?").refused
    finally:
        server.terminate()
        server.wait(timeout=30)
