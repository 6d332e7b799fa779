"""Learned sentence ranking: a logistic model over candidate features, its weights read from
data/ranker.json, which `python -m assistant train-ranker` rebuilds from the dev set (scikit-learn).
No ranking weight lives in code. (The refusal gate is not learned yet: a threshold on the best
candidate's probability, calibrated out of fold, refused more answerable questions than the
evidence-support gate and let more unanswerable ones through; measured, not adopted.)"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

FEATURES = ("cover", "dense", "inv_rank", "doc_match", "year_hit", "year_miss", "number", "spelled_out", "date_full",
            "date_any", "date_year", "counted", "short", "en_cover", "en_dense", "causal",
            "reason_short", "causal_next")
RANKER_FILE = Path(__file__).parent / "data" / "ranker.json"


@dataclass(frozen=True)
class Ranker:
    coef: tuple[float, ...]
    intercept: float
    companion_ratio: float  # further sentences shown when within this share of the best one's score

    def score(self, x: np.ndarray) -> float:
        """Probability that this candidate sentence answers the question."""
        z = float(np.dot(x, self.coef)) + self.intercept
        return 1.0 / (1.0 + math.exp(-z))


@lru_cache(maxsize=4)
def load_ranker(path: Path = RANKER_FILE) -> Ranker:
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{path}: features differ from the code; run `python -m assistant train-ranker`")
    return Ranker(tuple(data["coef"]), data["intercept"], data["companion_ratio"])
