"""Dev and held-out measured side by side (`make eval`): the gap between questions the rules were
tuned on and questions nobody tuned for is the number that says whether the answer engine generalises.

Splits: `dev` (eval/gold.jsonl, free to tune on); `dev-r1`, `dev-r1-docs`, `dev-r2` and `dev-r2-docs`
(eval/round1/ and eval/round2/: the held-out sets of rounds 1 and 2, now dev); `dev-r3` and `dev-r3-docs`
(eval/round3/: written for analysis by people who read no code); `dev-r4`, `dev-r4-docs`, `dev-r5`, `dev-r5-docs`
(eval/round4/ and eval/round5/, the held-out sets of rounds 4 and 5, now dev); `heldout`
(eval/round6/corpus.jsonl, same corpus, never tuned on) and `heldout-docs` (eval/round6/docs.jsonl about
documents in eval/round6/docs/). Document splits add their
documents through the upload route into a temporary index, as a user would. Held-out misses are written
to JSON only; the report shows their aggregates per kind, not the questions.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .evaluation import VARIANTS, _Subject, evaluate, load_gold, summarise
from .settings import ROOT, Settings


@dataclass(frozen=True)
class Split:
    name: str
    gold: Path
    docs_dir: Path | None = None  # documents to add through the upload route first
    dev: bool = False  # free to tune on: its misses are shown and the ranker is fitted on it


SPLITS = (
    Split("dev", ROOT / "eval" / "gold.jsonl", dev=True),
    Split("dev-r1", ROOT / "eval" / "round1" / "corpus.jsonl", dev=True),
    Split("dev-r1-docs", ROOT / "eval" / "round1" / "docs.jsonl", ROOT / "eval" / "round1" / "docs", dev=True),
    Split("dev-r3", ROOT / "eval" / "round3" / "corpus.jsonl", dev=True),
    Split("dev-r3-docs", ROOT / "eval" / "round3" / "docs.jsonl", ROOT / "eval" / "round3" / "docs", dev=True),
    Split("dev-r2", ROOT / "eval" / "round2" / "corpus.jsonl", dev=True),
    Split("dev-r2-docs", ROOT / "eval" / "round2" / "docs.jsonl", ROOT / "eval" / "round2" / "docs", dev=True),
    Split("dev-r4", ROOT / "eval" / "round4" / "corpus.jsonl", dev=True),
    Split("dev-r4-docs", ROOT / "eval" / "round4" / "docs.jsonl", ROOT / "eval" / "round4" / "docs", dev=True),
    Split("dev-r5", ROOT / "eval" / "round5" / "corpus.jsonl", dev=True),
    Split("dev-r5-docs", ROOT / "eval" / "round5" / "docs.jsonl", ROOT / "eval" / "round5" / "docs", dev=True),
    Split("heldout", ROOT / "eval" / "round6" / "corpus.jsonl"),
    Split("heldout-docs", ROOT / "eval" / "round6" / "docs.jsonl", ROOT / "eval" / "round6" / "docs"),
)
COLUMNS = ("answer_accuracy", "refusal_accuracy", "false_refusals", "false_refusal_rate", "citation_support",
           "quote_faithfulness", "hit@1", "hit@5", "latency_p50_ms", "latency_p95_ms")


def _uploaded(settings: Settings, docs_dir: Path, work: Path) -> Settings:
    """A private index holding the corpus plus every document of docs_dir, each added via the upload route."""
    from .assistant import Assistant
    from .ingest import ingest

    settings = settings.model_copy(update={"index_dir": work / "index", "upload_dir": work / "uploads"})
    ingest(settings)
    assistant = Assistant(settings)
    for path in sorted(docs_dir.iterdir()):
        if path.suffix.lower() in {".pdf", ".txt", ".md"}:
            assistant.add_file(path, path.name)
    return settings


def runs(settings: Settings, splits: Iterable[Split], prefix: str) -> Iterator[tuple[Split, Settings]]:
    """Each split whose gold file exists, with the settings to run it on: its documents added through
    the upload route into a temporary index, which lasts until the next split is asked for."""
    for split in splits:
        if not split.gold.exists():
            continue
        if split.docs_dir is None:
            yield split, settings
            continue
        with tempfile.TemporaryDirectory(prefix=f"{prefix}-{split.name}-") as tmp:
            yield split, _uploaded(settings, split.docs_dir, Path(tmp))


def dev_runs(settings: Settings, prefix: str) -> Iterator[tuple[Split, Settings]]:
    """The dev splits (free to fit on), each with its settings (see `runs`)."""
    return runs(settings, (s for s in SPLITS if s.dev), prefix)


def run_splits(settings: Settings, out_dir: Path, names: list[str] | None = None) -> str:
    """Score the default variant on every split that exists; write splits.md and per-split JSON."""
    out_dir.mkdir(parents=True, exist_ok=True)
    results: dict[str, dict] = {}
    misses: list[dict] = []
    for split, run_settings in runs(settings, (s for s in SPLITS if not names or s.name in names), "eval"):
        rows = evaluate(_Subject(run_settings, VARIANTS["hybrid"]), load_gold(split.gold))
        summary = summarise(rows)
        answerable = sum(r["kind"] != "unanswerable" for r in rows)
        summary["false_refusal_rate"] = round(summary["false_refusals"] / answerable, 3) if answerable else 0.0
        results[split.name] = summary
        (out_dir / f"split-{split.name}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
        if split.dev:
            misses += [r for r in rows if not r["correct"]]
    report = markdown(results, misses)
    (out_dir / "splits.md").write_text(report, encoding="utf-8")
    (out_dir / "splits-summary.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return report


def markdown(results: dict[str, dict], dev_misses: list[dict]) -> str:
    names = list(results)
    gap = "dev" in results and "heldout" in results
    head = names + (["dev − heldout"] if gap else [])
    lines = ["# Dev en held-out naast elkaar", "", "| maat | " + " | ".join(head) + " |", "|---" * (len(head) + 1) + "|"]
    for col in COLUMNS:
        cells = [_cell(results[n][col]) for n in names]
        if gap:
            cells.append(_cell(results["dev"][col] - results["heldout"][col]))
        lines.append(f"| {col} | " + " | ".join(cells) + " |")
    lines.append("| vragen | " + " | ".join(str(results[n]["n"]) for n in names) + (" | |" if gap else " |"))
    kinds = sorted({k for r in results.values() for k in r["by_kind"]})
    lines += ["", "Nauwkeurigheid per soort vraag (aantal vragen tussen haakjes):", "",
              "| soort | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for k in kinds:
        lines.append(f"| {k} | " + " | ".join(
            f"{results[n]['by_kind'][k]:.2f} ({results[n]['kind_counts'][k]})" if k in results[n]["by_kind"] else "–"
            for n in names) + " |")
    lines += ["", f"## Missers op dev: {len(dev_misses)}", "",
              "(Held-out-missers staan alleen in split-heldout*.json: daar wordt niet op afgesteld.)", ""]
    for r in dev_misses:
        got = "WEIGERING" if r["refused"] else r["answer"][:160]
        lines.append(f"- **{r['id']}** ({r['kind']}) {r['question']} · verwacht {r['expected'] or 'weigering'} → {got!r}")
    return "\n".join(lines) + "\n"


def _cell(value) -> str:
    return f"{value:.3g}" if isinstance(value, float) else str(value)
