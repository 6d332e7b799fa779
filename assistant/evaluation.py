"""Scoring the assistant on a gold set (JSONL, see eval/README.md): answer and refusal accuracy,
citation support, quote faithfulness, retrieval hit@k/MRR and latency, per retrieval mode."""

from __future__ import annotations

import json
import re
import statistics
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .nlp import canonical_numbers, parse_number
from .settings import Settings
from .types import Answer


@dataclass(frozen=True)
class GoldItem:
    id: str
    question: str
    kind: str
    answers: tuple[str, ...]
    docs: tuple[str, ...]
    all_answers: bool = False

    @property
    def answerable(self) -> bool:
        return self.kind != "unanswerable"


def load_gold(path: Path) -> list[GoldItem]:
    items = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        d = json.loads(line)
        missing = {"id", "question", "kind"} - d.keys()
        if missing:
            raise ValueError(f"{path}:{n}: velden ontbreken: {', '.join(sorted(missing))}")
        items.append(GoldItem(d["id"], d["question"], d["kind"], tuple(d.get("answers", [])),
                              tuple(d.get("docs", [])), bool(d.get("all_answers", False))))
    return items


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'").lower()).strip()


def matches(expected: str, text: str) -> bool:
    """Number-aware match: '1.924' matches 1924 written any Dutch way; 'circa 700' does not match 696."""
    if re.fullmatch(r"[€\s]*[\d.,]+\s*(?:%|mln\.?|miljoen)?\s*(?:euro)?", expected.strip()):
        raw = re.search(r"[\d.,]*\d", expected).group(0)
        value = parse_number(raw)
        scaled = {value * 1e6} if re.search(r"mln|miljoen", expected) else set()
        return bool(({value} | scaled) & canonical_numbers(text))
    return _norm(expected) in _norm(text)


def score_answer(item: GoldItem, answer: Answer) -> dict:
    text = answer.answer
    if not item.answerable:
        correct = answer.refused
    elif answer.refused:
        correct = False
    elif item.all_answers:
        correct = all(matches(a, text) for a in item.answers)
    else:
        correct = any(matches(a, text) for a in item.answers)
    quotes = " ".join(c.quote for c in answer.citations)
    supported = (not item.answerable) or any(matches(a, quotes) for a in item.answers)
    return {"correct": correct, "citation_support": supported and not answer.refused if item.answerable else None}


def run_eval(settings: Settings, gold_path: Path, out_dir: Path, modes: list[str]) -> str:
    from .assistant import Assistant

    gold = load_gold(gold_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    results = {}
    misses_by_mode = {}
    for mode in modes:
        assistant = Assistant(settings.model_copy(update={"retrieval_mode": mode}))
        rows = []
        for item in gold:
            t0 = time.perf_counter()
            answer = assistant.ask(item.question)
            latency = (time.perf_counter() - t0) * 1000
            row = {"id": item.id, "kind": item.kind, "question": item.question, "latency_ms": latency,
                   "refused": answer.refused, "answer": answer.answer,
                   "cited": [c.doc_id for c in answer.citations], **score_answer(item, answer)}
            row["faithful"] = all(assistant.docs[c.doc_id].text[c.char_start:c.char_end] == c.quote
                                  for c in answer.citations)
            if item.answerable and item.docs:
                qvec = assistant.embedder.get_query_embedding(item.question)
                hits = assistant.retriever.search(item.question, qvec, 10)
                ranks = [h.rank for h in hits if h.chunk.doc_id in item.docs]
                row["rank"] = ranks[0] if ranks else None
            rows.append(row)
        results[mode] = summarise(rows)
        misses_by_mode[mode] = [r for r in rows if not r["correct"]]
        (out_dir / f"eval-{mode}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    report = markdown(results, misses_by_mode, gold_path)
    (out_dir / "eval.md").write_text(report, encoding="utf-8")
    (out_dir / "eval-summary.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return report


def summarise(rows: list[dict]) -> dict:
    answerable = [r for r in rows if r["kind"] != "unanswerable"]
    unanswerable = [r for r in rows if r["kind"] == "unanswerable"]
    ranked = [r for r in answerable if "rank" in r]
    lat = [r["latency_ms"] for r in rows]
    kinds = sorted({r["kind"] for r in rows})
    return {
        "n": len(rows),
        "answer_accuracy": _mean(r["correct"] for r in answerable),
        "refusal_accuracy": _mean(r["correct"] for r in unanswerable),
        "false_refusals": sum(r["refused"] for r in answerable),
        "citation_support": _mean(r["citation_support"] for r in answerable),
        "quote_faithfulness": _mean(r["faithful"] for r in rows),
        "hit@1": _mean(r["rank"] == 1 for r in ranked),
        "hit@5": _mean(r["rank"] is not None and r["rank"] <= 5 for r in ranked),
        "mrr": round(sum(1 / r["rank"] if r["rank"] else 0 for r in ranked) / len(ranked), 3) if ranked else 0.0,
        "latency_p50_ms": statistics.median(lat) if lat else 0,
        "latency_p95_ms": float(np.percentile(lat, 95)) if lat else 0,
        "by_kind": {k: _mean(r["correct"] for r in rows if r["kind"] == k) for k in kinds},
    }


def _mean(values) -> float:
    values = list(values)
    return round(sum(bool(v) for v in values) / len(values), 3) if values else 0.0


def markdown(results: dict, misses: dict, gold_path: Path) -> str:
    cols = ["answer_accuracy", "refusal_accuracy", "false_refusals", "citation_support",
            "quote_faithfulness", "hit@1", "hit@5", "mrr", "latency_p50_ms", "latency_p95_ms"]
    lines = [f"# Evaluatie op {gold_path}", "", "| mode | " + " | ".join(cols) + " |",
             "|---" * (len(cols) + 1) + "|"]
    for mode, r in results.items():
        lines.append(f"| {mode} | " + " | ".join(f"{r[c]:.3g}" if isinstance(r[c], float) else str(r[c]) for c in cols) + " |")
    kinds = sorted({k for r in results.values() for k in r["by_kind"]})
    lines += ["", "Nauwkeurigheid per soort vraag:", "", "| mode | " + " | ".join(kinds) + " |", "|---" * (len(kinds) + 1) + "|"]
    for mode, r in results.items():
        lines.append(f"| {mode} | " + " | ".join(f"{r['by_kind'].get(k, 0):.2f}" for k in kinds) + " |")
    for mode, rows in misses.items():
        lines += ["", f"## Missers ({mode}): {len(rows)}", ""]
        for r in rows:
            lines.append(f"- **{r['id']}** ({r['kind']}) {r['question']} → {'WEIGERING' if r['refused'] else r['answer'][:200]!r} · bronnen {r['cited']}")
    return "\n".join(lines) + "\n"
