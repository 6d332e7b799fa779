"""Hybrid retrieval: BM25 and dense (sentence vectors, max-pooled per chunk) fused with RRF."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .nlp import content_terms
from .store import Generation
from .types import Chunk, Hit


FUSION_FILE = Path(__file__).parent / "data" / "fusion.json"


def rrf(runs: list[list[str]], k: float = 60, weights: list[float] | None = None) -> list[tuple[str, float]]:
    """Reciprocal-rank fusion of ranked id lists, each run with its weight (pure; inputs untouched), best first."""
    scores: dict[str, float] = {}
    for run, weight in zip(runs, weights or [1.0] * len(runs)):
        for rank, item in enumerate(run, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


@dataclass(frozen=True)
class Fusion:
    """How BM25 and dense runs are fused: the RRF constant and the dense run's weight (BM25's is 1),
    fitted on the dev splits by `python -m assistant train-ranker` (train_fusion.py)."""

    rrf_k: float = 60.0
    dense_weight: float = 1.0


@lru_cache(maxsize=2)
def load_fusion(path: Path = FUSION_FILE) -> Fusion:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Fusion(float(data["rrf_k"]), float(data["dense_weight"]))


def fusion_for(rrf_k: float | None, dense_weight: float | None) -> Fusion:
    """The fitted fusion, with what the settings set instead."""
    fitted = load_fusion()
    return Fusion(fitted.rrf_k if rrf_k is None else rrf_k, fitted.dense_weight if dense_weight is None else dense_weight)


@dataclass(frozen=True)
class Filters:
    """Metadata filters: document kinds and a year range a user sets, and the documents a question
    names ("volgens de Kamerbrief over wachttijden")."""

    kinds: tuple[str, ...] = ()
    years: tuple[int, int] | None = None
    doc_ids: tuple[str, ...] = ()

    def allows(self, kind: str, year: int | None) -> bool:
        if self.kinds and kind not in self.kinds:
            return False
        if self.years and (year is None or not self.years[0] <= year <= self.years[1]):
            return False
        return True


class Retriever:
    def __init__(self, gen: Generation, chunks: dict[str, Chunk], doc_meta: dict[str, tuple[str, int | None]],
                 mode: str = "hybrid", candidate_k: int = 30, fusion: Fusion = Fusion()) -> None:
        self.gen = gen
        self.chunks = chunks
        self.doc_meta = doc_meta  # doc_id → (kind, year)
        self.mode = mode
        self.candidate_k = candidate_k
        self.fusion = fusion

    def search(self, question: str, query_vector: list[float] | None, top_k: int,
               filters: Filters = Filters()) -> list[Hit]:
        bm25_run, dense_run, dense_best = self.runs(question, query_vector, filters)
        fused = rrf([bm25_run, dense_run], self.fusion.rrf_k, [1.0, self.fusion.dense_weight])[:top_k]
        return [
            Hit(
                chunk=self.chunks[cid],
                score=score,
                rank=i + 1,
                bm25_rank=bm25_run.index(cid) + 1 if cid in bm25_run else None,
                dense_rank=dense_run.index(cid) + 1 if cid in dense_run else None,
                dense_score=dense_best.get(cid),
            )
            for i, (cid, score) in enumerate(fused)
        ]

    def runs(self, question: str, query_vector: list[float] | None,
             filters: Filters = Filters()) -> tuple[list[str], list[str], dict[str, float]]:
        """The BM25 and the dense run (chunk ids, best first, candidate_k each; empty when the mode
        leaves one out) and each dense chunk's best cosine."""
        bm25_run: list[str] = []
        dense_run: list[str] = []
        dense_best: dict[str, float] = {}
        if self.mode in ("hybrid", "bm25") and content_terms(question):
            for cid, _ in self.gen.lexical.search(question, self.candidate_k * 3):
                doc_id = self.chunks[cid].doc_id
                if filters.allows(*self.doc_meta[doc_id]) and (not filters.doc_ids or doc_id in filters.doc_ids):
                    bm25_run.append(cid)
            bm25_run = bm25_run[: self.candidate_k]
        if self.mode in ("hybrid", "dense") and query_vector is not None:
            hits = self.gen.dense_search(
                query_vector, self.candidate_k * 4, list(filters.kinds) or None, filters.years, list(filters.doc_ids) or None
            )
            for cid, _, cosine in hits:
                if cid in self.chunks and cid not in dense_best:
                    dense_best[cid] = cosine
                    dense_run.append(cid)
            dense_run = dense_run[: self.candidate_k]
        return bm25_run, dense_run, dense_best
