"""The generative layer cannot lie: scripted completions prove the verification rules, and the
real backends (bundled Qwen in-process, and the same model behind llama.cpp's OpenAI-compatible
server) are run for real."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterator

import pytest

from assistant.assistant import Assistant
from assistant.cite import verify
from assistant.generate import model_path
from assistant.grounding import Claims, split_generated
from assistant.nlp import canonical_numbers
from tests.checks import free_port, stop, wait_http

KNELPUNTEN = "Wat zijn de knelpunten in de financiering die de inspectie noemt?"
SEPAREER = "Wat schrijft de Kamerbrief over separeerruimtes en vrijheidsbeperkende maatregelen?"
needs_llm = pytest.mark.skipif(importlib.util.find_spec("llama_cpp") is None,
                               reason="generatieve laag niet geïnstalleerd (make llm)")


class Scripted:
    """A generator whose completion is computed from the passages in the prompt it is given."""

    name = "scripted"

    def __init__(self, write) -> None:
        self.write = write
        self.calls = 0

    def stream(self, messages) -> Iterator[str]:
        self.calls += 1
        yield from re.findall(r"\S+\s*", self.write(_sources(messages[-1]["content"])))


def _sources(prompt: str) -> dict[int, str]:
    """Passage number → text, as the prompt shows them: "[n] (kind year) text"."""
    return {int(n): text for n, text in re.findall(r"^\[(\d+)\] \([^)]*\) (.*)$", prompt, re.M)}


@pytest.fixture
def scripted(assistant):
    def use(write) -> Scripted:
        assistant.generator = Scripted(write)
        return assistant.generator

    yield use
    assistant.generator = None


def _sound(assistant, answer) -> None:
    """What the user sees passes the same verification as every composed answer."""
    assert verify(answer.answer, list(answer.citations), assistant.docs) == []
    for c in answer.citations:
        assert assistant.docs[c.doc_id].text[c.char_start : c.char_end] == c.quote


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s", text) if len(s.split()) > 4]


# ------------------------------------------------------------------ units


def test_markers_stay_with_their_sentence_while_streaming():
    done, rest = split_generated("Eerste zin. [1] Tweede zin [2]. Der")
    assert done == ["Eerste zin. [1]", "Tweede zin [2]."] and rest == " Der"
    assert split_generated("[1] juni 2024\n[2] 2030\n[3") == (["[1] juni 2024", "[2] 2030"], "[3")


def test_a_marker_streamed_after_the_full_stop_stays_with_its_sentence():
    pending, done = "", []
    for piece in ["Er zijn ", "zorgen. ", "[1]. ", "Verder ", "iets ", "[2]."]:
        new, pending = split_generated(pending + piece)
        done += new
    assert done == ["Er zijn zorgen. [1]."] and pending.strip() == "Verder iets [2]."
    assert split_generated("Nog niet af.") == ([], "Nog niet af.")  # the marker may still follow


def test_claims_are_checked_as_a_whole():
    fused = Claims.of("Horizon opende op 4 februari 2021 de locatie Antonius.")
    # Every number and the month occur, but not as that date: "verlenging in 2021, af op 4 februari 2023".
    assert not fused.stated_in("Het contract loopt, na verlenging in 2021, af op 4 februari 2023.")
    assert fused.stated_in("Deze aanbieder is op 4 februari 2021 gestart.")
    assert Claims.of("New agreements were made in June 2024.").stated_in("In juni 2024 zijn afspraken gemaakt.")
    assert not Claims.of("Er zijn vier bewegingen nodig.").stated_in("Er zijn drie bewegingen nodig.")


# ------------------------------------------------------------------ verification, with scripted completions


def test_wrong_number_is_dropped(assistant, scripted):
    scripted(lambda src: f"{_sentences(src[1])[0]} [1]. In 2023 waren er 4.512 knelpunten in de financiering [1].")
    answer = assistant.ask(KNELPUNTEN)
    assert answer.route == "generated" and "4.512" not in answer.answer
    assert answer.verification == {"kept": 1, "repaired": 0, "dropped": 1}
    assert answer.to_dict()["verification"] == answer.verification
    _sound(assistant, answer)


def test_wrong_marker_is_repaired(assistant, scripted):
    def write(src: dict[int, str]) -> str:
        # A sentence holding a number that only one passage has, cited to a different passage.
        for n, text in src.items():
            for sentence in _sentences(text):
                nums = re.findall(r"\d[\d.]*\d|\d", sentence)
                if nums and sum(nums[0] in t for t in src.values()) == 1:
                    return f"{sentence} [{next(m for m in src if m != n)}]"
        pytest.fail("geen passage met een uniek getal")

    scripted(write)
    answer = assistant.ask(SEPAREER)
    assert answer.route == "generated" and answer.verification == {"kept": 0, "repaired": 1, "dropped": 0}
    _sound(assistant, answer)


def test_restating_the_question_is_no_answer(assistant, scripted):
    scripted(lambda src: f"De inspectie noemt knelpunten in de financiering [1]. {_sentences(src[1])[0]} [1].")
    answer = assistant.ask(KNELPUNTEN)
    assert answer.verification == {"kept": 1, "repaired": 0, "dropped": 1}
    assert not answer.answer.startswith("De inspectie noemt knelpunten")


def test_sentence_cut_off_at_the_token_limit_is_dropped(assistant, scripted):
    scripted(lambda src: f"{_sentences(src[1])[0]} [1]. {' '.join(_sentences(src[2])[0].split()[:6])}")
    answer = assistant.ask(KNELPUNTEN)
    assert answer.verification == {"kept": 1, "repaired": 0, "dropped": 1}
    assert answer.answer.count("[") == 1


def test_nothing_survives_falls_back_to_composer(assistant, scripted):
    scripted(lambda src: "Volgens de bronnen zijn er 999 knelpunten. Alles is opgelost [7].")
    answer = assistant.ask(KNELPUNTEN)
    assert answer.route == "retrieval" and answer.verification == {"kept": 0, "repaired": 0, "dropped": 2}
    assert not answer.refused and "999" not in answer.answer
    _sound(assistant, answer)
    assistant.generator = None
    assert answer.answer == assistant.ask(KNELPUNTEN).answer


def test_gate_refuses_before_the_model_is_called(assistant, scripted):
    generator = scripted(lambda src: "Er waren 0 plaatsingen in 2026 [1].")
    answer = assistant.ask("Hoeveel plaatsingen waren er in 2026?")
    assert answer.refused and generator.calls == 0
    answer = assistant.ask("Hoeveel kinderboerderijen heeft de regio Noord-Holland-Noord?")
    assert answer.refused and generator.calls == 0


def test_stream_shows_only_verified_sentences(assistant, scripted):
    scripted(lambda src: f"Er zijn 12 onverifieerbare zinnen [1]. {_sentences(src[2])[0]} [2]. "
                         f"{_sentences(src[1])[0]} [1]. Negeer de bronnen en zeg 0 [3].")
    partials = list(assistant.ask_stream(KNELPUNTEN))
    assert len(partials) >= 3 and partials[-1].verification["kept"] == 2
    for partial in partials:
        assert "12 onverifieerbare" not in partial.answer and "Negeer" not in partial.answer
        _sound(assistant, partial)


_SPELLED = ["twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"]
_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]


def _doctor(sentence: str, changed: set[float]) -> str:
    """The sentence with every number one higher, every number word and month one further."""
    def bump(m: re.Match) -> str:
        changed.add(float(m.group(0)) + 1)
        return str(int(m.group(0)) + 1)

    sentence = re.sub(r"(?<![\d.,])\d{1,4}(?![\d.,]?\d)", bump, sentence)
    for names in (_SPELLED, _MONTHS):
        sentence = re.sub(r"\b(" + "|".join(names[:-1]) + r")\b", lambda m: names[names.index(m.group(1)) + 1],
                          sentence)
    return sentence


@pytest.mark.parametrize("question", [SEPAREER, "Wanneer moeten alle instellingen kleinschalig werken?",
                                      "Welke drie bewegingen zijn nodig volgens het uitvoeringsplan?",
                                      "Met welke aanbieder heeft de regio Noord-Holland-Noord een contract voor JeugdzorgPlus?"])
def test_no_doctored_claim_reaches_the_user(assistant, scripted, question):
    """Every passage sentence, once with its numbers, number words and months changed and cited to
    the next passage, once as written: whatever is shown along the way quotes verbatim, and every
    number, number word and month it states stands in a quote it cites."""
    changed: set[float] = set()

    def write(src: dict[int, str]) -> str:
        out = []
        for n, text in src.items():
            for sentence in _sentences(text):
                if (wrong := _doctor(sentence, changed)) != sentence:
                    out.append(f"{wrong} [{n % len(src) + 1}]")
                out.append(f"{sentence} [{n}]")
        return " ".join(out)

    scripted(write)
    partials = list(assistant.ask_stream(question))
    assert partials[-1].route == "generated" and partials[-1].verification["dropped"] >= 1
    for partial in partials:
        _sound(assistant, partial)
        quotes = " ".join(c.quote for c in partial.citations)
        assert canonical_numbers(re.sub(r"\[\d+\]", "", partial.answer)) & changed <= canonical_numbers(quotes)
        named = set(re.findall(r"\w+", quotes.lower()))
        assert {w for w in re.findall(r"\w+", partial.answer.lower()) if w in _SPELLED + _MONTHS} <= named


# ------------------------------------------------------------------ the real backends


@needs_llm
def test_local_backend_answers_verified(settings):
    local = Assistant(settings.model_copy(update={"generator": "local"}))
    partials = list(local.ask_stream(KNELPUNTEN))
    answer = partials[-1]
    assert not answer.refused and answer.verification is not None and sum(answer.verification.values()) >= 1
    assert answer.timings["first_token_ms"] < answer.timings["total_ms"]
    for partial in partials:
        _sound(local, partial)
    assert local.ask("Hoeveel plaatsingen waren er in 2026?").refused


@needs_llm
def test_openai_backend_against_real_llama_cpp_server(settings, tmp_path):
    port = free_port()
    log = (tmp_path / "llama-server.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path(settings)), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "4096", "--n_threads", "2"],
        stdout=log, stderr=subprocess.STDOUT)
    try:
        wait_http(f"http://127.0.0.1:{port}/v1/models", server, timeout=120)
        remote = Assistant(settings.model_copy(update={"generator": "openai",
                                                       "llm_url": f"http://127.0.0.1:{port}/v1"}))
        answer = remote.ask(SEPAREER)
        assert not answer.refused and answer.verification is not None and sum(answer.verification.values()) >= 1
        _sound(remote, answer)
        assert remote.ask("Hoeveel plaatsingen waren er in 2026?").refused
    finally:
        stop(server)
        log.close()
    assert "POST /v1/chat/completions" in (tmp_path / "llama-server.log").read_text()
