"""Hybrid retrieval: BM25 and dense (sentence vectors, max-pooled per chunk) fused with RRF."""

from __future__ import annotations

from dataclasses import dataclass

from .nlp import content_terms
from .store import Generation
from .types import Chunk, Hit


def rrf(runs: list[list[str]], k: int = 60) -> list[tuple[str, float]]:
    """Reciprocal-rank fusion of ranked id lists (pure; inputs untouched), best first."""
    scores: dict[str, float] = {}
    for run in runs:
        for rank, item in enumerate(run, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


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
                 mode: str = "hybrid", candidate_k: int = 30, rrf_k: int = 60) -> None:
        self.gen = gen
        self.chunks = chunks
        self.doc_meta = doc_meta  # doc_id → (kind, year)
        self.mode = mode
        self.candidate_k = candidate_k
        self.rrf_k = rrf_k

    def search(self, question: str, query_vector: list[float] | None, top_k: int,
               filters: Filters = Filters()) -> list[Hit]:
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
        runs = [r for r in (bm25_run, dense_run) if r]
        fused = rrf(runs, self.rrf_k)[:top_k]
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
