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

from .errors import AssistantError
from .nlp import canonical_numbers, parse_number
from .settings import Settings
from .types import Answer, Document


@dataclass(frozen=True)
class GoldItem:
    id: str
    question: str
    kind: str
    answers: tuple[str, ...]
    docs: tuple[str, ...]
    all_answers: bool = False
    quote: str = ""

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
            raise AssistantError(f"{path}:{n}: velden ontbreken: {', '.join(sorted(missing))}")
        items.append(GoldItem(d["id"], d["question"], d["kind"], tuple(d.get("answers", [])),
                              tuple(d.get("docs", [])), bool(d.get("all_answers", False)), d.get("quote", "")))
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


def score_answer(item: GoldItem, answer: Answer, docs: dict[str, Document]) -> dict:
    """Right/wrong, whether a cited quote holds the expected value, and whether every quote is
    verbatim at its offsets in the source (misquotes fail even when the answer is right)."""
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
    faithful = all(c.doc_id in docs and docs[c.doc_id].text[c.char_start:c.char_end] == c.quote
                   for c in answer.citations)
    return {"correct": correct, "citation_support": supported and not answer.refused if item.answerable else None,
            "faithful": faithful}


@dataclass(frozen=True)
class Variant:
    """One configuration measured side by side: settings overrides, or the llama-index baseline."""

    name: str
    label: str
    overrides: tuple[tuple[str, str], ...] = ()
    baseline: bool = False


VARIANTS = {v.name: v for v in (
    Variant("hybrid", "BM25 + USE-vectoren, RRF (standaard)", (("retrieval_mode", "hybrid"),)),
    Variant("bm25", "alleen BM25 (Nederlandse stemming)", (("retrieval_mode", "bm25"),)),
    Variant("dense", "alleen USE-vectoren", (("retrieval_mode", "dense"),)),
    Variant("hybrid-minilm", "BM25 + MiniLM-vectoren (Engels model)", (("retrieval_mode", "hybrid"), ("embedder", "minilm"))),
    Variant("dense-minilm", "alleen MiniLM-vectoren", (("retrieval_mode", "dense"), ("embedder", "minilm"))),
    Variant("llamaindex", "kale llama-index: VectorStoreIndex + Chroma, USE, top-2, geen BM25/cijfers", baseline=True),
    Variant("llm-local", "hybride + lokale Qwen 0.5B formuleert, zin voor zin geverifieerd (`make llm`)",
            (("generator", "local"),)),
    Variant("llm-openai", "hybride + OpenAI-compatibele server (ASSISTANT_LLM_URL), zin voor zin geverifieerd",
            (("generator", "openai"),)),
)}
DEFAULT_VARIANTS = "hybrid,bm25,dense,hybrid-minilm,dense-minilm,llamaindex"


def _is_gold(item: GoldItem):
    """Retrieval hit test: the gold passage (quote) when the gold set gives one, else the gold document."""
    quote = _norm(item.quote)

    def check(doc_id: str, text: str) -> bool:
        return doc_id in item.docs and (not quote or quote in _norm(text))

    return check


class _Subject:
    """What the evaluation needs of a system under test: answers, retrieval ranks, source texts."""

    def __init__(self, settings: Settings, variant: Variant) -> None:
        from .assistant import Assistant
        from .baseline import LlamaIndexBaseline
        from .ingest import ingest

        settings = settings.model_copy(update=dict(variant.overrides))
        if settings.embedder != Settings().embedder:  # another embedder needs its own index
            settings = settings.model_copy(update={"index_dir": settings.index_dir / f"ablation-{settings.embedder}"})
            ingest(settings)
        if variant.baseline:
            self.system = LlamaIndexBaseline(settings, settings.index_dir / "ablation-llamaindex")
        else:
            self.system = Assistant(settings)
        self.docs = self.system.docs

    def ask(self, question: str) -> Answer:
        return self.system.ask(question)

    def rank(self, item: GoldItem) -> int | None:
        is_gold = _is_gold(item)
        if hasattr(self.system, "retriever") and hasattr(self.system.retriever, "search"):
            qvec = self.system.embedder.get_query_embedding(item.question)
            for hit in self.system.retriever.search(item.question, qvec, 10):
                if is_gold(hit.chunk.doc_id, hit.chunk.text):
                    return hit.rank
            return None
        return self.system.ranks(item.question, is_gold)


def evaluate(subject: _Subject, gold: list[GoldItem]) -> list[dict]:
    rows = []
    for item in gold:
        t0 = time.perf_counter()
        answer = subject.ask(item.question)
        latency = (time.perf_counter() - t0) * 1000
        row = {"id": item.id, "kind": item.kind, "question": item.question, "expected": list(item.answers),
               "latency_ms": latency, "first_token_ms": answer.timings.get("first_token_ms"),
               "first_sentence_ms": answer.timings.get("first_sentence_ms"), "route": answer.route,
               "refused": answer.refused, "refusal_reason": answer.refusal_reason, "answer": answer.answer,
               "verification": answer.verification,
               "cited": [{"doc_id": c.doc_id, "page": c.page, "quote": c.quote} for c in answer.citations],
               **score_answer(item, answer, subject.docs)}
        if item.answerable and item.docs:
            row["rank"] = subject.rank(item)
        rows.append(row)
    return rows


def run_eval(settings: Settings, gold_path: Path, out_dir: Path, variants: list[str]) -> str:
    """Score every variant on the gold set; write eval.md, per-variant JSON and plots to out_dir."""
    unknown = [v for v in variants if v not in VARIANTS]
    if unknown:
        raise AssistantError(f"onbekende variant(en): {', '.join(unknown)}; kies uit {', '.join(VARIANTS)}")
    gold = load_gold(gold_path)
    out_dir.mkdir(parents=True, exist_ok=True)
    results, misses = {}, {}
    all_rows = {}
    for name in variants:
        rows = evaluate(_Subject(settings, VARIANTS[name]), gold)
        all_rows[name] = rows
        results[name] = summarise(rows)
        misses[name] = [r for r in rows if not r["correct"]]
        (out_dir / f"eval-{name}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    report = markdown(results, misses, gold_path)
    (out_dir / "eval.md").write_text(report, encoding="utf-8")
    (out_dir / "eval-summary.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    plot(all_rows, results, out_dir)
    return report


def plot(all_rows: dict[str, list[dict]], results: dict[str, dict], out_dir: Path) -> None:
    """accuracy-by-kind.png and latency.png next to the report."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    kinds = sorted({k for r in results.values() for k in r["by_kind"]})
    fig, ax = plt.subplots(figsize=(10, 4.5))
    width = 0.8 / max(len(results), 1)
    for i, (name, r) in enumerate(results.items()):
        ax.bar([k + i * width for k in range(len(kinds))], [r["by_kind"].get(k, 0) for k in kinds], width, label=name)
    ax.set_xticks([k + width * (len(results) - 1) / 2 for k in range(len(kinds))], kinds)
    ax.set_ylabel("nauwkeurigheid")
    ax.set_ylim(0, 1.05)
    ax.set_title("Nauwkeurigheid per soort vraag")
    ax.legend(fontsize=8, ncols=3)
    fig.tight_layout()
    fig.savefig(out_dir / "accuracy-by-kind.png", dpi=110)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(10, 4))
    ax.boxplot([[r["latency_ms"] for r in rows] for rows in all_rows.values()], tick_labels=list(all_rows), vert=False)
    ax.set_xscale("log")
    ax.set_xlabel("latentie per vraag (ms, log-schaal, modellen warm)")
    ax.set_title("Latentieverdeling")
    fig.tight_layout()
    fig.savefig(out_dir / "latency.png", dpi=110)
    plt.close(fig)


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
        "first_token_p50_ms": _median(r.get("first_token_ms") for r in rows),
        "first_sentence_p50_ms": _median(r.get("first_sentence_ms") for r in rows),
        "generated": sum(r.get("route") == "generated" for r in rows),
        "generator_calls": sum(r.get("verification") is not None for r in rows),
        "generator_latency_p50_ms": _median(r["latency_ms"] for r in rows if r.get("verification") is not None),
        **{f"sentences_{k}": sum((r.get("verification") or {}).get(k, 0) for r in rows)
           for k in ("kept", "repaired", "dropped")},
        "by_kind": {k: _mean(r["correct"] for r in rows if r["kind"] == k) for k in kinds},
        "kind_counts": {k: sum(r["kind"] == k for r in rows) for k in kinds},
    }


def _median(values) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


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
    lines += ["", "Varianten:", ""] + [f"- `{m}`: {VARIANTS[m].label}" for m in results if m in VARIANTS]
    kinds = sorted({k for r in results.values() for k in r["by_kind"]})
    lines += ["", "Nauwkeurigheid per soort vraag:", "", "| mode | " + " | ".join(kinds) + " |", "|---" * (len(kinds) + 1) + "|"]
    for mode, r in results.items():
        lines.append(f"| {mode} | " + " | ".join(f"{r['by_kind'].get(k, 0):.2f}" for k in kinds) + " |")
    if generative := {m: r for m, r in results.items() if r.get("generator_calls")}:
        gcols = ["generator_calls", "generated", "sentences_kept", "sentences_repaired", "sentences_dropped",
                 "first_token_p50_ms", "first_sentence_p50_ms", "generator_latency_p50_ms"]
        lines += ["", "Generatieve laag (model aangeroepen na de weigerpoort; zonder overgebleven zin antwoordt de "
                  "samensteller):", "", "| mode | " + " | ".join(gcols) + " |", "|---" * (len(gcols) + 1) + "|"]
        for mode, r in generative.items():
            lines.append(f"| {mode} | " + " | ".join(f"{r[c]:.0f}" if r[c] is not None else "-" for c in gcols) + " |")
    for mode, rows in misses.items():
        lines += ["", f"## Missers ({mode}): {len(rows)}", ""]
        for r in rows:
            got = "WEIGERING" if r["refused"] else r["answer"][:200]
            cited = "; ".join(f"{c['doc_id']} p.{c['page']}: “{c['quote'][:80]}”" for c in r["cited"][:2])
            lines.append(f"- **{r['id']}** ({r['kind']}) {r['question']} · verwacht {r['expected'] or 'weigering'} "
                         f"→ {got!r} · bronnen: {cited or '-'}")
    lines += ["", "![Nauwkeurigheid per soort](accuracy-by-kind.png)", "", "![Latentie](latency.png)"]
    return "\n".join(lines) + "\n"
