"""BM25 over chunks (bm25s) with Dutch Snowball stemming and Dutch stop words."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import bm25s

from .nlp import bm25_tokens

log = logging.getLogger(__name__)
logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets itself to DEBUG and would chat on stderr


class LexicalIndex:
    """BM25 over chunk texts; positions map back to chunk ids kept beside the index."""

    def __init__(self, retriever: bm25s.BM25, chunk_ids: list[str]) -> None:
        self._retriever = retriever
        self.chunk_ids = chunk_ids

    @classmethod
    def build(cls, chunk_ids: list[str], texts: list[str]) -> "LexicalIndex":
        retriever = bm25s.BM25()
        # One string object per distinct term: a 50 MB upload has millions of tokens but few terms,
        # and separate copies of each would cost ~60 bytes a token while the index is built.
        terms: dict[str, str] = {}
        # An empty token list would crash bm25s; a placeholder token keeps positions aligned.
        corpus = [[terms.setdefault(t, t) for t in bm25_tokens(text)] or ["_leeg_"] for text in texts]
        retriever.index(corpus, show_progress=False)
        return cls(retriever, chunk_ids)

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._retriever.save(str(folder), show_progress=False)
        (folder / "chunk_ids.json").write_text(json.dumps(self.chunk_ids), encoding="utf-8")

    @classmethod
    def load(cls, folder: Path) -> "LexicalIndex":
        retriever = bm25s.BM25.load(str(folder))
        ids = json.loads((folder / "chunk_ids.json").read_text(encoding="utf-8"))
        return cls(retriever, ids)

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        """(chunk_id, score) best first; only chunks sharing at least one term."""
        tokens = [t for t in bm25_tokens(query) if t in self._retriever.vocab_dict]
        if not tokens or not self.chunk_ids:
            return []
        k = min(k, len(self.chunk_ids))
        docs, scores = self._retriever.retrieve([tokens], k=k, show_progress=False)
        return [(self.chunk_ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]
