"""Fit how the BM25 and dense runs are fused (`python -m assistant train-ranker` runs it first; writes
data/fusion.json): the RRF constant and the dense run's weight that put the gold passage first, and in
the top five, for the most dev questions.

Why fitted: with equal weights a dense run that misses (measured: on documents added through the upload
route the gold chunk is first in BM25 for about half the questions, in the dense run for a fifth) pulled
BM25's right chunk down; the weights are data, measured on every dev split, not a literal in the code.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from .evaluation import _is_gold, load_gold
from .retrieve import FUSION_FILE, rrf
from .settings import Settings

RRF_KS = (2, 5, 10, 20, 30, 60)
DENSE_WEIGHTS = tuple(round(w, 2) for w in np.arange(0.0, 1.001, 0.05))


def collect_runs(settings: Settings) -> list[tuple[list[str], list[str], set[str]]]:
    """Per answerable dev question: its BM25 run, its dense run and the ids of the gold chunks among them."""
    from .assistant import Assistant
    from .nlp import to_dutch_terms, detect_language
    from .splits import dev_runs

    out = []
    for split, run in dev_runs(settings, "fusion"):
        assistant = Assistant(run)
        retriever = assistant.retriever
        for item in load_gold(split.gold):
            if not item.answerable or not item.docs:
                continue
            lexical = to_dutch_terms(item.question) if detect_language(item.question) == "en" else item.question
            qvec = assistant.embedder.get_query_embedding(item.question)
            bm25, dense, _ = retriever.runs(lexical, qvec)
            is_gold = _is_gold(item)
            gold = {c for c in {*bm25, *dense} if is_gold(retriever.chunks[c].doc_id, retriever.chunks[c].text)}
            out.append((bm25, dense, gold))
    return out


def hits(runs: list[tuple[list[str], list[str], set[str]]], k: float, weight: float) -> tuple[float, float]:
    """hit@1 and hit@5 of the fused runs."""
    h1 = h5 = 0
    for bm25, dense, gold in runs:
        fused = [c for c, _ in rrf([bm25, dense], k, [1.0, weight])[:5]]
        h1 += bool(fused[:1]) and fused[0] in gold
        h5 += any(c in gold for c in fused)
    return h1 / max(len(runs), 1), h5 / max(len(runs), 1)


def fit(settings: Settings, out: Path = FUSION_FILE) -> dict:
    """The (k, weight) with the most hit@1 + hit@5 over the dev questions; ties go to the smaller change
    from plain RRF (k 60, weight 1) so the fit moves only as far as the data asks."""
    runs = collect_runs(settings)
    grid = [(*hits(runs, k, w), k, w) for k in RRF_KS for w in DENSE_WEIGHTS]
    h1, h5, k, w = max(grid, key=lambda g: (round(g[0] + g[1], 6), g[3], g[2]))
    plain = hits(runs, 60, 1.0)
    data = {"rrf_k": k, "dense_weight": w, "hit@1": round(h1, 3), "hit@5": round(h5, 3),
            "plain_rrf_hit@1": round(plain[0], 3), "plain_rrf_hit@5": round(plain[1], 3), "questions": len(runs)}
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return data
