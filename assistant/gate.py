"""The answerability gate: does the best evidence sentence answer the question at all? A logistic
model over evidence features of the best candidate (how much of the question it, its neighbours and its
document cover, dense similarity, the ranker's score …), fitted on the dev splits by
`python -m assistant train-ranker` and stored with its out-of-fold threshold in data/gate.json.
It replaces a hand-set support threshold (0.5 · cover + dense ≥ 0.45) that refused as many answerable
questions as unanswerable ones on the dev splits."""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .nlp import content_terms

if TYPE_CHECKING:
    from .answer import Composer
    from .steps.features import Candidates

GATE_FEATURES = ("cover", "dense", "context_cover", "doc_cover", "rare_cover", "score", "max_dense",
                 "doc_match", "reason", "english", "terms")
GATE_FILE = Path(__file__).parent / "data" / "gate.json"


@dataclass(frozen=True)
class Gate:
    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]  # the model sees standardised features (scikit-learn's StandardScaler)
    scale: tuple[float, ...]
    threshold: float  # the probability that maximised right answers plus right refusals out of fold

    def probability(self, x: np.ndarray) -> float:
        """Probability that the question is answered by the best candidate's evidence."""
        z = float(np.dot((x - np.asarray(self.mean)) / np.asarray(self.scale), self.coef)) + self.intercept
        return 1.0 / (1.0 + math.exp(-z))

    def passes(self, x: np.ndarray) -> bool:
        return self.probability(x) >= self.threshold


@lru_cache(maxsize=4)
def load_gate(path: Path = GATE_FILE) -> Gate:
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != GATE_FEATURES:
        raise ValueError(f"{path}: features differ from the code; run `python -m assistant train-ranker`")
    return Gate(tuple(data["coef"]), data["intercept"], tuple(data["mean"]), tuple(data["scale"]), data["threshold"])


def gate_features(kb: Composer, cands: Candidates, scored: list, question: str, intent: str, lang: str) -> np.ndarray:
    """The evidence of the best candidate (scored: (ranker score, cover, dense, key), best first), one row of GATE_FEATURES."""
    score, cover, dense, key = scored[0]
    s, hit = cands.candidates[key]
    around = [n.text for step in (-1, 1) if (n := kb.neighbour(key, step)) is not None]
    context = set(content_terms(" ".join([s.text, *around, hit.chunk.section])))
    reason = intent == "explanation" or bool(re.match(r"\s*(?:hoe heet|hoe heten)\b", question, re.IGNORECASE))
    row = {"cover": cover, "dense": dense, "context_cover": cands.covered_share(kb, context),
           "doc_cover": cands.covered_share(kb, kb.doc_terms(key[0])),
           "rare_cover": cands.covered_share(kb, context, rare_only=True), "score": score,
           "max_dense": max(cands.dense, default=0.0), "doc_match": kb.source_reference(question)[2].get(key[0], 0.0),
           "reason": float(reason), "english": float(lang == "en"), "terms": float(len([w for w in cands.weight.values() if w]))}
    return np.asarray([row[f] for f in GATE_FEATURES], dtype=np.float64)
