"""Fit the answerability gate (gate.py) on the dev splits: every question is asked through the real
pipeline while the composer records what the gate sees; a record is labelled answerable when the
question is and its best sentence lies in a gold document, unanswerable when the question is, and left
out when an answerable question's best sentence is in another document (then neither choice is right).
The threshold is the one that, out of fold, lets through the most answerable and stops the most
unanswerable records."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

from .evaluation import load_gold
from .gate import GATE_FEATURES, GATE_FILE, load_gate
from .settings import Settings


def collect(settings: Settings, gold_path: Path) -> tuple[list[np.ndarray], list[int], list[int]]:
    """Gate rows, labels and question numbers of one split."""
    from .assistant import Assistant

    assistant = Assistant(settings)
    rows, labels, groups = [], [], []
    for qi, item in enumerate(load_gold(gold_path)):
        assistant.composer.gate_log = log = []
        try:
            assistant.ask(item.question)
        finally:
            assistant.composer.gate_log = None
        for x, doc_id in log:
            if item.answerable and doc_id not in item.docs:
                continue
            rows.append(x)
            labels.append(int(item.answerable))
            groups.append(qi)
    return rows, labels, groups


def collect_dev(settings: Settings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    from .splits import dev_runs

    X, y, groups, offset = [], [], [], 0
    for split, run in dev_runs(settings, "gate"):
        rows, labels, qs = collect(run, split.gold)
        X += rows
        y += labels
        groups += [q + offset for q in qs]
        offset += max(qs, default=-1) + 1
    return np.asarray(X), np.asarray(y), np.asarray(groups)


def best_threshold(probs: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """The cut with the most right decisions (answerable let through, unanswerable stopped), and that share."""
    cuts = np.unique(np.round(probs, 3))
    right = [((probs >= t) == (y == 1)).mean() for t in cuts]
    i = int(np.argmax(right))
    return float(cuts[i]), float(right[i])


def train(settings: Settings, out: Path = GATE_FILE) -> dict:
    X, y, groups = collect_dev(settings)
    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000))
    oof = np.zeros(len(y))
    for fit_idx, test_idx in GroupKFold(n_splits=5).split(X, y, groups):
        oof[test_idx] = model.fit(X[fit_idx], y[fit_idx]).predict_proba(X[test_idx])[:, 1]
    threshold, right = best_threshold(oof, y)
    model.fit(X, y)
    scaler, logistic = model[0], model[1]
    data = {"features": list(GATE_FEATURES), "coef": [round(float(c), 5) for c in logistic.coef_[0]],
            "intercept": round(float(logistic.intercept_[0]), 5),
            "mean": [round(float(m), 5) for m in scaler.mean_], "scale": [round(float(s), 5) for s in scaler.scale_],
            "threshold": round(threshold, 3), "right_out_of_fold": round(right, 3),
            "rows": int(len(y)), "answerable": int(y.sum())}
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    load_gate.cache_clear()
    return data
