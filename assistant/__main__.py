"""Command line: ingest | ask | figures | serve | eval | bench | feedback. Thin: all work happens in Assistant."""

from __future__ import annotations

import argparse
import csv
import json
import logging
import sys
from pathlib import Path

from .errors import AssistantError
from .evaluation import DEFAULT_VARIANTS
from .serving import offline_environment
from .settings import Settings


def _print_answer(answer) -> None:
    print(answer.answer)
    if answer.refused:
        print(f"\n(reden: {answer.refusal_reason})")
    if answer.citations:
        print("\nBronnen:")
    for c in answer.citations:
        where = f"p. {c.page}" if c.page else (c.section or "zonder paginanummer")
        print(f"[{c.n}] {c.title} ({c.date}), {where}\n    “{c.quote}”")


def cmd_ingest(args, settings: Settings) -> int:
    from .ingest import ingest
    from .uploads import add_upload

    added: list[Path] = []
    try:
        for path in args.paths:
            src = Path(path)
            if not src.is_file():
                raise AssistantError(f"Bestand {path} bestaat niet.")
            if src.resolve().parent not in (settings.corpus_dir.resolve(), settings.uploads.resolve()):
                added.append(add_upload(src, src.name, settings))
        report = ingest(settings)
    except BaseException:
        for target in added:  # an invalid file among several: none of them stays
            target.unlink(missing_ok=True)
        raise
    print(report.summary(), file=sys.stderr)
    return 1 if report.errors else 0


def cmd_ask(args, settings: Settings) -> int:
    from .assistant import Assistant
    from .retrieve import Filters

    assistant = Assistant(settings)
    filters = Filters(tuple(args.kind or ()), tuple(args.years) if args.years else None)
    if args.jsonl:
        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                out = assistant.ask(line.rstrip("\n"), filters).to_dict()
            except AssistantError as exc:
                out = {"question": line.rstrip("\n"), "error": str(exc)}
            print(json.dumps(out, ensure_ascii=False), flush=True)
        return 0
    question = " ".join(args.question)
    answer = assistant.ask(question, filters)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_answer(answer)
    return 0


def cmd_figures(args, settings: Settings) -> int:
    from .assistant import Assistant

    assistant = Assistant(settings)
    if args.list:
        for metric, n in assistant.figure_store.metrics().items():
            print(f"{metric:32} {n}")
        return 0
    groups = assistant.figure_groups(args.metric, args.year, args.scope)
    rows = [
        {**f.to_dict(), "status": g.status} for g in groups for f in g.figures
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.csv:
        fields = ["metric", "period", "value", "unit", "qualifier", "scope", "status", "doc_id", "page",
                  "section", "quote", "char_start", "char_end"]
        writer = csv.DictWriter(sys.stdout, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    else:
        for g in groups:
            print(f"{g.metric} · {g.period or '-'} · {g.scope} · {g.status}")
            for f in g.figures:
                where = f"p. {f.page}" if f.page else f.section
                print(f"   {f.qualifier + ' ' if f.qualifier else ''}{f.raw or f.value} — {f.doc_id}, {where}: “{f.quote[:160]}”")
    return 0


def cmd_feedback(args, settings: Settings) -> int:
    from .feedback import feedback_path, reports

    found = reports(feedback_path(settings.index_dir))
    if args.json:
        print(json.dumps([r.__dict__ for r in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("Nog geen meldingen.")
    for r in found:
        print(f"#{r.id} {r.created} — {r.question}\n  antwoord: {r.answer}\n  melding: {r.comment or '(geen toelichting)'}")
        for c in r.citations:
            print(f"  [{c['n']}] {c['title']}, {'p. ' + str(c['page']) if c['page'] else c['section']}: “{c['quote']}”")
    return 0


def cmd_serve(args, settings: Settings) -> int:
    from .serving import serve

    serve(settings, host=args.host or settings.host, port=args.port or settings.port)
    return 0


def cmd_eval(args, settings: Settings) -> int:
    from .evaluation import run_eval

    print(run_eval(settings, Path(args.gold), Path(args.out), args.variants.split(",")))
    return 0


def cmd_bench(args, settings: Settings) -> int:
    from .bench import run_bench

    print(run_bench(settings, Path(args.gold), Path(args.out), [int(n) for n in args.scales.split(",") if n]))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m assistant", description="Vragen over gesloten jeugdhulp, met controleerbare bronnen.")
    sub = p.add_subparsers(dest="command", required=True)
    s = sub.add_parser("ingest", help="(her)indexeer corpus/ of voeg bestanden toe en indexeer")
    s.add_argument("paths", nargs="*", help="bestanden om (gecontroleerd) aan de uploadmap toe te voegen")
    s = sub.add_parser("ask", help="stel een vraag")
    s.add_argument("question", nargs="*", help="de vraag")
    s.add_argument("--json", action="store_true", help="één JSON-object")
    s.add_argument("--jsonl", action="store_true", help="vragen per regel op stdin, JSON per regel op stdout")
    s.add_argument("--kind", action="append", help="alleen documenten van deze soort (herhaalbaar)")
    s.add_argument("--years", nargs=2, type=int, metavar=("VAN", "TOT"), help="alleen documenten uit deze jaren")
    s = sub.add_parser("figures", help="cijfers met bron")
    s.add_argument("--metric", help="bijv. plaatsingen, unieke_jongeren, plaatsen, separeerruimtes")
    s.add_argument("--year", help="jaar of peildatum (2022, 2023-01-01)")
    s.add_argument("--scope", help="landelijk of een regio")
    s.add_argument("--list", action="store_true", help="toon metrieken met aantallen")
    fmt = s.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="JSON")
    fmt.add_argument("--csv", action="store_true", help="CSV")
    s = sub.add_parser("feedback", help="toon de meldingen van fouten uit de webapp")
    s.add_argument("--json", action="store_true", help="als JSON")
    s = sub.add_parser("serve", help="start de webapp")
    s.add_argument("--host", help="adres (standaard 127.0.0.1)")
    s.add_argument("--port", type=int, help="poort (standaard 7860)")
    s = sub.add_parser("eval", help="meet de nauwkeurigheid op een goudset")
    s.add_argument("--gold", default="eval/gold.jsonl", help="JSONL-goudset")
    s.add_argument("--out", default="eval/reports", help="map voor het rapport")
    s.add_argument("--variants", default=DEFAULT_VARIANTS,
                   help=f"varianten, kommagescheiden (standaard {DEFAULT_VARIANTS})")
    s = sub.add_parser("bench", help="meet snelheid, geheugen en schaal")
    s.add_argument("--gold", default="eval/gold.jsonl", help="JSONL-goudset")
    s.add_argument("--out", default="eval/reports", help="map voor het rapport")
    s.add_argument("--scales", default="200,2000", help="aantallen synthetische documenten, kommagescheiden")
    return p


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    offline_environment()
    args = parser().parse_args(argv)
    if args.command == "ask" and not args.jsonl and not args.question:
        parser().error("geef een vraag, of gebruik --jsonl")
    settings = Settings()
    handlers = {"ingest": cmd_ingest, "ask": cmd_ask, "figures": cmd_figures, "serve": cmd_serve, "eval": cmd_eval,
                "bench": cmd_bench, "feedback": cmd_feedback}
    try:
        return handlers[args.command](args, settings)
    except AssistantError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
