"""Fit the sentence ranker on labelled question–sentence pairs from the dev set and calibrate the
refusal threshold out of fold (`python -m assistant train-ranker`; writes data/ranker.json).

A candidate is labelled right when it lies in a gold document and holds the gold quote or an
expected answer. The out-of-fold top-1 (GroupKFold by question) is stored beside the weights.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from .evaluation import _norm, load_gold, matches
from .ranker import FEATURES, RANKER_FILE
from .settings import Settings

log = logging.getLogger(__name__)
COMPANION_RATIO = 0.85


def collect(settings: Settings, gold_path: Path) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[int, bool]]:
    """Feature rows, labels, question index per row, and per question whether it is answerable."""
    from .assistant import Assistant
    from .frame import parse
    from .nlp import to_dutch_terms
    from .retrieve import Filters
    from .steps.features import candidate_features
    from .steps.select import count_target, prepare

    assistant = Assistant(settings)
    kb = assistant.composer
    rows, labels, groups, answerable = [], [], [], {}
    for qi, item in enumerate(load_gold(gold_path)):
        frame = parse(item.question)
        lexical = to_dutch_terms(item.question) if frame.lang == "en" else item.question
        qvec = np.asarray(assistant.embedder.get_query_embedding(item.question), dtype=np.float32)
        hits = assistant.retriever.search(lexical, qvec.tolist(), settings.top_k, Filters())
        terms, spelled_out, wants_date = prepare(lexical, frame.lang)
        if not hits or not terms:
            continue
        cands = candidate_features(kb, lexical, hits, qvec, frame.lang, terms, spelled_out, wants_date,
                                   count_target(frame))
        quote = _norm(item.quote)
        for key, x in zip(cands.keys, cands.X):
            text = cands.candidates[key][0].text
            right = key[0] in item.docs and ((quote and (quote in _norm(text) or _norm(text) in quote))
                                             or any(matches(a, text) for a in item.answers))
            rows.append(x)
            labels.append(int(right))
            groups.append(qi)
        answerable[qi] = item.answerable
    return np.asarray(rows), np.asarray(labels), np.asarray(groups), answerable


def top1(probs: np.ndarray, y: np.ndarray, groups: np.ndarray) -> float:
    """Share of questions with a right candidate whose best-scored candidate is right (out of fold)."""
    hits = [y[groups == g][np.argmax(probs[groups == g])] for g in np.unique(groups) if y[groups == g].any()]
    return float(np.mean(hits)) if hits else 0.0


def collect_dev(settings: Settings) -> tuple[np.ndarray, np.ndarray, np.ndarray, dict[int, bool]]:
    """Rows of every dev split (splits.DEV: the gold set, round 1's corpus and document sets, the
    documents added through the upload route); question groups numbered across splits."""
    from .splits import dev_runs

    parts = [collect(run, split.gold) for split, run in dev_runs(settings, "train")]
    X, y, groups, answerable, offset = [], [], [], {}, 0
    for Xp, yp, gp, ap in parts:
        X.append(Xp)
        y.append(yp)
        groups.append(gp + offset)
        answerable.update({q + offset: a for q, a in ap.items()})
        offset += max(ap, default=-1) + 1
    return np.concatenate(X), np.concatenate(y), np.concatenate(groups), answerable


def train(settings: Settings, gold_path: Path | None = None, out: Path = RANKER_FILE) -> dict:
    """Fit on one gold file, or (None) on every dev split."""
    X, y, groups, answerable = collect(settings, gold_path) if gold_path else collect_dev(settings)
    model = LogisticRegression(C=1.0, class_weight="balanced", max_iter=2000)
    oof = np.zeros(len(y))
    for fit_idx, test_idx in GroupKFold(n_splits=5).split(X, y, groups):
        oof[test_idx] = model.fit(X[fit_idx], y[fit_idx]).predict_proba(X[test_idx])[:, 1]
    model.fit(X, y)
    data = {"features": list(FEATURES), "coef": [round(float(c), 5) for c in model.coef_[0]],
            "intercept": round(float(model.intercept_[0]), 5), "top1_out_of_fold": round(top1(oof, y, groups), 3),
            "companion_ratio": COMPANION_RATIO, "trained_on": gold_path.name if gold_path else "dev splits",
            "rows": int(len(y)),
            "positives": int(y.sum()), "questions": len(answerable)}
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    return data
