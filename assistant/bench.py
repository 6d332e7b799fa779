"""Benchmarks (`python -m assistant bench`): ingest time and peak memory, cold start, warm query
latency, ours against the plain llama-index recipe, and growth on synthetic corpora.

Ingest and cold start run as real subprocesses (`python -m assistant ...`) so the figures are
what a user sees, including interpreter and model start-up; peak RSS is the child's own VmHWM plus
what its own children (ingest's encoder process) hold.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from .evaluation import VARIANTS, _Subject, evaluate, load_gold, summarise
from .settings import Settings

QUESTIONS_WARM = 50
SENTENCES_PER_SYNTHETIC_DOC = 40
ONE_LINE_MB = 3  # issue 16: a 3 MB file without a single sentence end
EMBEDDER_SAMPLE = 1500  # sentences of an upload the bare embedder encodes for the ratio


# Runs `python -m assistant` and, at its exit, writes the process's own peak RSS (VmHWM) to a file.
# Not wait4's ru_maxrss: Linux carries the parent's peak into a child's at fork/exec, so a child of
# this (large) bench process reported the bench's peak, not its own (1,470 MB for a 200-document
# ingest that peaks at ~420 MB).
_PEAK_WRAPPER = """import atexit, re, runpy, sys
def _peak(target=sys.argv[1]):
    status = open('/proc/self/status').read()
    open(target, 'w').write(re.search(r'VmHWM:\\s+(\\d+)', status).group(1))
atexit.register(_peak)
sys.argv = ['assistant'] + sys.argv[2:]
runpy.run_module('assistant', run_name='__main__', alter_sys=True)
"""


def _children_rss_mb(pid: int) -> float:
    """Resident memory of a process's children right now (ingest's encoder process), in MB."""
    try:
        kids = Path(f"/proc/{pid}/task/{pid}/children").read_text(encoding="ascii").split()
    except OSError:
        return 0.0
    total = 0
    for kid in kids:
        try:
            total += int(re.search(r"VmRSS:\s+(\d+)", Path(f"/proc/{kid}/status").read_text(encoding="ascii")).group(1))
        except (OSError, AttributeError):  # it just ended
            pass
    return total / 1024


def _run(args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Run `python -m assistant <args>`; (wall seconds, peak RSS in MB: the process's own peak plus
    the largest resident size its children (the ingest encoder) were seen at, sampled every 0.1 s;
    an upper bound, as the two peaks need not coincide)."""
    # stderr goes to a file, not a pipe: nobody reads a pipe during the wait, and a long ingest's
    # progress bar would fill it and block the child forever.
    with tempfile.TemporaryFile() as err, tempfile.NamedTemporaryFile("r", suffix=".peak") as peak:
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-c", _PEAK_WRAPPER, peak.name, *args], env=env,
                                cwd=Path(__file__).resolve().parent.parent, stdout=subprocess.DEVNULL, stderr=err)
        children = 0.0
        while (code := proc.poll()) is None:
            children = max(children, _children_rss_mb(proc.pid))
            time.sleep(0.1)
        wall = time.perf_counter() - t0
        if code != 0:
            err.seek(0)
            tail = err.read().decode(errors="replace")[-2000:]
            raise RuntimeError(f"python -m assistant {' '.join(args)} faalde:\n{tail}")
        return wall, int(peak.read()) / 1024 + children


def _env(corpus: Path, index: Path) -> dict[str, str]:
    return {**os.environ, "ASSISTANT_CORPUS_DIR": str(corpus), "ASSISTANT_INDEX_DIR": str(index),
            "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}


def _du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def _latencies(system, questions: list[str]) -> list[float]:
    system.ask(questions[0])  # warm-up: first Chroma query, caches
    out = []
    for q in questions:
        t0 = time.perf_counter()
        system.ask(q)
        out.append((time.perf_counter() - t0) * 1000)
    return out


def _pct(values: list[float]) -> dict[str, float]:
    return {"p50_ms": round(statistics.median(values), 1), "p95_ms": round(float(np.percentile(values, 95)), 1)}


def synthetic_corpus(sentences: list[str], n_docs: int, target: Path, seed: int = 7) -> None:
    """n_docs text files of real corpus sentences, shuffled, with every number replaced, so the
    documents read like policy prose but are all different (no content-hash deduplication)."""
    rng = random.Random(seed)
    target.mkdir(parents=True, exist_ok=True)
    for i in range(n_docs):
        picked = rng.sample(sentences, min(SENTENCES_PER_SYNTHETIC_DOC, len(sentences)))
        text = "\n\n".join(re.sub(r"\d+", lambda _: str(rng.randint(2, 2999)), s) for s in picked)
        (target / f"synthetisch-{i:05d}.txt").write_text(f"Synthetisch document {i}\n\n{text}\n", encoding="utf-8")


def large_text(sentences: list[str], n_bytes: int, seed: int = 11) -> str:
    """Just under n_bytes of policy prose (so 50 MB stays within the 50 MB upload limit):
    paragraphs of real sentences with fresh numbers."""
    rng = random.Random(seed)
    parts: list[str] = []
    size = 1
    while True:
        para = " ".join(re.sub(r"\d+", lambda _: str(rng.randint(2, 2999)), s) for s in rng.sample(sentences, 5))
        if size + len(para.encode()) + 2 > n_bytes:
            return "\n\n".join(parts) + "\n"
        parts.append(para)
        size += len(para.encode()) + 2


def one_line_text(sentences: list[str], n_bytes: int) -> str:
    """About n_bytes on a single line without any sentence end: the worst case for a splitter."""
    return re.sub(r"[.!?\n]", "", large_text(sentences, n_bytes).replace("\n\n", " ")) + "\n"


def ingest_upload(settings: Settings, index: Path, name: str, text: str, tmp: Path) -> dict:
    """`python -m assistant ingest <file>` of one generated file into a copy of the bench index:
    seconds, peak RSS, sentences indexed per second, and that rate against the bare embedder
    encoding a sample of the same sentences (the ceiling: no parsing, no writing)."""
    from .corpus import describe
    from .ingest import parse

    from .vectorwrite import nodes

    work = tmp / f"upload-{name}"
    shutil.copytree(index, work / "index")
    path = work / name
    path.write_text(text, encoding="utf-8")
    doc, chunks = parse(describe(path, {}), settings)
    sentences = [s.text for c in chunks for s in c.sentences]  # what ingest indexes (a vector each, or per chunk)
    vectors = sum(1 for _ in nodes(doc, chunks))
    del doc, chunks
    wall, rss = _run(["ingest", str(path)], _env(settings.corpus_dir, work / "index"))
    shutil.rmtree(work)
    return {"mb": round(len(text.encode()) / 1e6, 1), "seconds": round(wall, 1), "peak_rss_mb": round(rss),
            "vectors": vectors, **_versus_embedder(settings, sentences, wall)}


def _versus_embedder(settings: Settings, sentences: list[str], wall: float) -> dict:
    """Sentences indexed per second (whole process: start-up, parsing, writing) against the bare
    embedder on a sample of the same sentences, measured twice (machine load varies) and averaged."""
    sample = sentences[:: max(len(sentences) // EMBEDDER_SAMPLE, 1)][:EMBEDDER_SAMPLE]
    embedder = statistics.mean(embedder_throughput(settings, sample) for _ in range(2))
    rate = len(sentences) / wall
    return {"sentences": len(sentences), "sentences_per_s": round(rate, 1),
            "embedder_sentences_per_s": round(embedder, 1), "ratio_to_embedder": round(rate / embedder, 2)}


def embedder_throughput(settings: Settings, sentences: list[str]) -> float:
    """Sentences per second of the bare embedder over `sentences`, in batches of EMBED_BATCH."""
    from .models import load_embedder
    from .vectorwrite import EMBED_BATCH

    model = load_embedder(settings.embedder)
    model.get_text_embedding_batch(sentences[:8])  # warm-up
    t0 = time.perf_counter()
    for start in range(0, len(sentences), EMBED_BATCH):
        model.get_text_embedding_batch(sentences[start : start + EMBED_BATCH])
    return len(sentences) / (time.perf_counter() - t0)


def run_bench(settings: Settings, gold_path: Path, out_dir: Path, scales: list[int], large_mb: int = 50) -> str:
    gold = load_gold(gold_path)
    questions = [g.question for g in gold]
    questions = (questions * (QUESTIONS_WARM // max(len(questions), 1) + 1))[:QUESTIONS_WARM]
    result: dict = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]}}
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        tmp_path = Path(tmp)
        index = tmp_path / "index"
        wall, rss = _run(["ingest"], _env(settings.corpus_dir, index))
        result["ingest"] = {"seconds": round(wall, 1), "peak_rss_mb": round(rss), "index_mb": round(_du_mb(index), 1)}
        colds = [_run(["ask", "--json", questions[0]], _env(settings.corpus_dir, index)) for _ in range(3)]
        result["cold_start"] = {"seconds": round(statistics.median(c[0] for c in colds), 2),
                                "peak_rss_mb": round(max(c[1] for c in colds))}

        local = settings.model_copy(update={"index_dir": index})
        ours, base = _Subject(local, VARIANTS["hybrid"]), _Subject(local, VARIANTS["llamaindex"])
        ours_lat, base_lat = _latencies(ours, questions), _latencies(base, questions)
        ours_eval, base_eval = summarise(evaluate(ours, gold)), summarise(evaluate(base, gold))
        result["warm"] = {"ours": _pct(ours_lat), "llamaindex": _pct(base_lat), "questions": len(questions)}
        result["versus_llamaindex"] = {
            "ours_accuracy": ours_eval["answer_accuracy"], "llamaindex_accuracy": base_eval["answer_accuracy"],
            "ours_refusal": ours_eval["refusal_accuracy"], "llamaindex_refusal": base_eval["refusal_accuracy"],
            "accuracy_ratio": round(ours_eval["answer_accuracy"] / max(base_eval["answer_accuracy"], 1e-9), 2),
            "latency_p50_ratio": round(result["warm"]["ours"]["p50_ms"] / max(result["warm"]["llamaindex"]["p50_ms"], 1e-9), 2),
            "by_kind": {"ours": ours_eval["by_kind"], "llamaindex": base_eval["by_kind"]},
        }
        sentences = sorted({s.text for c in ours.system.chunks.values() for s in c.sentences if len(s.text.split()) >= 6})
        result["scale"], result["uploads"] = [], {}
        for key, text in (("one_line", one_line_text(sentences, ONE_LINE_MB * 1_000_000)),
                          ("large", large_text(sentences, large_mb * 1_000_000))):
            result["uploads"][key] = ingest_upload(settings, index, f"{key}.txt", text, tmp_path)
            _write(result, out_dir)
        for n in scales:
            corpus, scale_index = tmp_path / f"corpus-{n}", tmp_path / f"index-{n}"
            synthetic_corpus(sentences, n, corpus)
            wall, rss = _run(["ingest"], _env(corpus, scale_index))
            from .assistant import Assistant

            system = Assistant(settings.model_copy(update={"corpus_dir": corpus, "index_dir": scale_index}))
            lat = _latencies(system, questions[:20])
            indexed = [s.text for c in system.chunks.values() for s in c.sentences]
            result["scale"].append({"docs": n, "ingest_seconds": round(wall, 1), "peak_rss_mb": round(rss),
                                    "index_mb": round(_du_mb(scale_index), 1), **_pct(lat),
                                    **_versus_embedder(settings, indexed, wall)})
            system.gen.close()
            shutil.rmtree(corpus)
            _write(result, out_dir)  # a long scale run keeps what it measured so far
    return _write(result, out_dir)


def _write(result: dict, out_dir: Path) -> str:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "bench.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    report = markdown(result)
    (out_dir / "bench.md").write_text(report, encoding="utf-8")
    return report


def markdown(r: dict) -> str:
    v = r["versus_llamaindex"]
    lines = [
        "# Benchmarks", "",
        f"Machine: {r['machine']['cpus']} CPU's, Python {r['machine']['python']}; geen GPU.", "",
        "| meting | waarde |", "|---|---|",
        f"| ingest meegeleverd corpus (proces, incl. modellen laden) | {r['ingest']['seconds']} s |",
        f"| piek-RSS ingest | {r['ingest']['peak_rss_mb']} MB |",
        f"| indexgrootte | {r['ingest']['index_mb']} MB |",
        f"| koude start (proces start → eerste antwoord) | {r['cold_start']['seconds']} s |",
        f"| piek-RSS `ask` | {r['cold_start']['peak_rss_mb']} MB |",
        f"| warme latentie p50 / p95 ({r['warm']['questions']} vragen) | {r['warm']['ours']['p50_ms']} / {r['warm']['ours']['p95_ms']} ms |",
        "", "## Tegen het kale llama-index-recept", "",
        "| | wij (hybride) | llama-index | verhouding |", "|---|---|---|---|",
        f"| antwoordnauwkeurigheid | {v['ours_accuracy']:.3f} | {v['llamaindex_accuracy']:.3f} | {v['accuracy_ratio']}× |",
        f"| terechte weigeringen | {v['ours_refusal']:.3f} | {v['llamaindex_refusal']:.3f} | |",
        f"| latentie p50 | {r['warm']['ours']['p50_ms']} ms | {r['warm']['llamaindex']['p50_ms']} ms | {v['latency_p50_ratio']}× |",
        f"| latentie p95 | {r['warm']['ours']['p95_ms']} ms | {r['warm']['llamaindex']['p95_ms']} ms | |",
        "", "Per soort vraag:", "", "| soort | wij | llama-index |", "|---|---|---|",
    ]
    for kind in sorted(v["by_kind"]["ours"]):
        lines.append(f"| {kind} | {v['by_kind']['ours'][kind]:.2f} | {v['by_kind']['llamaindex'].get(kind, 0):.2f} |")
    if "uploads" in r:
        u = r["uploads"]
        lines += ["", "## Grote uploads (`ingest <bestand>` in een kopie van de index, eigen proces)", "",
                  "Kale embedder: USE die een steekproef van dezelfde zinnen inbedt, zonder lezen of wegschrijven.", "",
                  "Vectoren: één per zin, in een document van meer dan 20.000 zinnen één per chunk.", "",
                  "| bestand | MB | ingest (s) | piek-RSS (MB) | zinnen | vectoren | zinnen/s | kale embedder | verhouding |",
                  "|---|---|---|---|---|---|---|---|---|"]
        for key, label in (("one_line", "één regel, geen zinseinde"), ("large", "beleidsproza")):
            if key in u:
                m = u[key]
                lines.append(f"| {label} | {m['mb']} | {m['seconds']} | {m['peak_rss_mb']} | {m['sentences']} | "
                             f"{m.get('vectors', m['sentences'])} | {m['sentences_per_s']} | "
                             f"{m['embedder_sentences_per_s']} | {m['ratio_to_embedder']:.0%} |")
    lines += ["", "## Schaal (synthetische corpora uit echte zinnen, "
              f"{SENTENCES_PER_SYNTHETIC_DOC} zinnen per document)", "",
              "| documenten | ingest (s) | piek-RSS (MB) | index (MB) | p50 (ms) | p95 (ms) | zinnen/s | kale embedder | verhouding |",
              "|---|---|---|---|---|---|---|---|---|"]
    for s in r["scale"]:
        ratio = f"{s['ratio_to_embedder']:.0%}" if "ratio_to_embedder" in s else ""
        lines.append(f"| {s['docs']} | {s['ingest_seconds']} | {s['peak_rss_mb']} | {s['index_mb']} | {s['p50_ms']} | "
                     f"{s['p95_ms']} | {s.get('sentences_per_s', '')} | {s.get('embedder_sentences_per_s', '')} | {ratio} |")
    return "\n".join(lines) + "\n"
