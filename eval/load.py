"""Load test of the running web app through its HTTP API (`/ask`), the way many users hit it at once.

    .venv/bin/python eval/load.py --url http://127.0.0.1:7860 --sessions 20 --questions 10 \
        [--auth gebruiker:wachtwoord] [--ingest nieuw.pdf] [--out eval/reports]

Every session is its own client connection asking `--questions` gold-set questions in a row; all
sessions run at the same time. First each question is asked once alone: gold questions the
assistant gets wrong even then are left out (and counted), so under load "correct" means correct
and cited as when asked alone. `--ingest FILE` runs `python -m assistant ingest FILE` (same
environment, so the same index) while the sessions chat. Prints p50/p95 latency, errors and wrong
answers; exit code 1 when any request failed or any answer was wrong.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from gradio_client import Client

from assistant.evaluation import GoldItem, load_gold, matches

ROOT = Path(__file__).resolve().parent.parent


def judge(item: GoldItem, answer: dict) -> str | None:
    """Why an answer is wrong, or None when it is right and cited."""
    if not item.answerable:
        return None if answer["refused"] else "niet geweigerd"
    if answer["refused"]:
        return "geweigerd"
    if not answer["citations"]:
        return "zonder bron"
    found = [matches(a, answer["answer"]) for a in item.answers]
    return None if (all(found) if item.all_answers else any(found)) else "fout antwoord"


@dataclass
class LoadReport:
    sessions: int
    questions: int
    excluded: int = 0
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    changed: int = 0  # right, but worded differently from the answer given alone
    answers: list[dict] = field(default_factory=list)
    seconds: float = 0.0
    ingest: str = ""

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))] * 1000

    def summary(self) -> dict:
        return {
            "sessions": self.sessions, "questions_per_session": self.questions, "requests": len(self.latencies),
            "errors": len(self.errors), "wrong": len(self.wrong), "changed_wording": self.changed,
            "excluded_gold_questions": self.excluded, "p50_ms": round(self.percentile(50)),
            "p95_ms": round(self.percentile(95)), "mean_ms": round(statistics.fmean(self.latencies) * 1000)
            if self.latencies else None, "throughput_per_s": round(len(self.latencies) / self.seconds, 1)
            if self.seconds else None, "ingest": self.ingest,
        }


def _ask(client: Client, question: str, timeout: float) -> dict:
    return client.submit(question, api_name="/ask").result(timeout=timeout)


def run_load(url: str, sessions: int, questions: int, gold: list[GoldItem], auth: tuple[str, str] | None = None,
             during=None, timeout: float = 120) -> LoadReport:
    """Run the load; `during` (a callable) runs in a thread alongside the sessions."""
    report = LoadReport(sessions, questions)
    probe = Client(url, auth=auth, verbose=False)
    alone: dict[str, dict] = {}
    for item in gold:
        answer = _ask(probe, item.question, timeout)
        if judge(item, answer) is None:
            alone[item.question] = answer
    pool = [item for item in gold if item.question in alone]
    report.excluded = len(gold) - len(pool)
    lock = threading.Lock()

    def session(n: int) -> None:
        try:
            client = Client(url, auth=auth, verbose=False)
        except Exception as exc:  # a refused connection is a finding, not a crash of the tool
            with lock:
                report.errors.append(f"sessie {n}: verbinden mislukt: {exc!r}")
            return
        for k in range(questions):
            item = pool[(n * questions + k) % len(pool)]
            t0 = time.perf_counter()
            try:
                answer = _ask(client, item.question, timeout)
            except Exception as exc:
                with lock:
                    report.errors.append(f"{item.question}: {exc!r}")
                continue
            elapsed = time.perf_counter() - t0
            problem = judge(item, answer)
            with lock:
                report.latencies.append(elapsed)
                report.answers.append(answer)
                if problem:
                    report.wrong.append(f"{item.question}: {problem}: {answer['answer'][:200]}")
                report.changed += answer["answer"] != alone[item.question]["answer"]

    threads = [threading.Thread(target=session, args=(n,)) for n in range(sessions)]
    if during is not None:
        threads.append(threading.Thread(target=during))
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=timeout * (questions + 1))
    report.seconds = time.perf_counter() - t0
    return report


def cli_ingest(path: Path, delay: float, report_to: list[str], env: dict[str, str] | None = None):
    """A `during` callable: after `delay` s, index `path` with the CLI in another process on the
    same index (`env` selects it, default this process's environment); its outcome goes to report_to."""
    def run() -> None:
        time.sleep(delay)
        out = subprocess.run([sys.executable, "-m", "assistant", "ingest", str(path)], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=600)
        last = out.stderr.strip().splitlines()[-1] if out.stderr.strip() else ""
        report_to.append(f"exit {out.returncode}: {last}")
    return run


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--url", default="http://127.0.0.1:7860")
    p.add_argument("--sessions", type=int, default=20)
    p.add_argument("--questions", type=int, default=10, help="vragen per sessie")
    p.add_argument("--gold", default=str(ROOT / "eval" / "gold.jsonl"))
    p.add_argument("--auth", help="gebruiker:wachtwoord als de app een login heeft")
    p.add_argument("--ingest", help="bestand om tijdens de belasting te indexeren (via de CLI)")
    p.add_argument("--out", help="map voor load.json")
    args = p.parse_args()
    auth = tuple(args.auth.split(":", 1)) if args.auth else None
    ingest_log: list[str] = []
    during = cli_ingest(Path(args.ingest).resolve(), 1.0, ingest_log) if args.ingest else None
    report = run_load(args.url, args.sessions, args.questions, load_gold(Path(args.gold)), auth, during)
    report.ingest = "; ".join(ingest_log)
    summary = report.summary()
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    for line in report.errors[:10] + report.wrong[:10]:
        print("  " + line, file=sys.stderr)
    if args.out:
        Path(args.out).mkdir(parents=True, exist_ok=True)
        (Path(args.out) / "load.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 1 if report.errors or report.wrong else 0


if __name__ == "__main__":
    sys.exit(main())
