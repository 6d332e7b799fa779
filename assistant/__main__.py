"""Command line: ingest | ask | figures | serve | eval | bench | feedback. Thin: all work happens in Assistant."""

from __future__ import annotations

import argparse
import errno
import json
import logging
import sys
from pathlib import Path

from .errors import AssistantError
from .evaluation import DEFAULT_VARIANTS
from .serving import offline_environment
from .settings import Settings


DISK_ERRORS = {errno.ENOSPC: "de schijf is vol", errno.EDQUOT: "het schijfquotum is op",
               errno.ENAMETOOLONG: "een bestandsnaam is te lang", errno.EROFS: "de map is alleen-lezen"}


def _print_answer(answer) -> None:
    from .reference import reference

    print(answer.answer)
    if answer.refused:
        print(f"\n(reden: {answer.refusal_reason})")
    if answer.citations:
        print("\nBronnen:")
    for c in answer.citations:
        print(f"[{c.n}] {reference(c)}\n    “{c.quote}”")


def cmd_ingest(args, settings: Settings) -> int:
    from .encoderproc import EncoderProcess

    with EncoderProcess(settings.embedder) as encoder:  # the model loads while Chroma and llama-index import
        return _ingest_paths(args, settings, encoder)


def _ingest_paths(args, settings: Settings, encoder) -> int:
    from .ingest import ingest
    from .uploads import add_upload

    added: list[Path] = []
    try:
        for path in args.paths:
            src = Path(path)
            if src.is_symlink():
                raise AssistantError(f"{path} is een symbolische link; geef het bestand zelf (links worden niet gevolgd).")
            if src.is_dir():
                raise AssistantError(f"{path} is een map, geen bestand; geef de documenten zelf.")
            if not src.exists():
                raise AssistantError(f"Bestand {path} bestaat niet.")
            if src.resolve().parent not in (settings.corpus_dir.resolve(), settings.uploads.resolve()):
                added.append(add_upload(src, src.name, settings))
        report = ingest(settings, encoder=encoder)
    except BaseException:
        for target in added:  # an invalid file among several: none of them stays
            target.unlink(missing_ok=True)
        raise
    print(report.summary(), file=sys.stderr)
    return 1 if report.errors else 0


def _answer_line(assistant, raw: bytes, filters) -> dict:
    """Exactly one JSON object per input line: the answer, or an error object saying why not."""
    question = raw.rstrip(b"\r\n").decode("utf-8", errors="replace")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return {"question": question, "error": "De regel is geen geldige UTF-8; sla de vragen op als UTF-8."}
    if not question.strip():
        return {"question": question, "error": "De regel is leeg: stel een vraag."}
    try:
        return assistant.ask(question, filters).to_dict()
    except AssistantError as exc:
        return {"question": question, "error": str(exc)}
    except Exception:  # one bad question must not end the stream for the questions after it
        logging.getLogger(__name__).exception("vraag mislukt: %r", question)
        return {"question": question, "error": "Deze vraag kon niet worden beantwoord (interne fout; zie stderr)."}


def _write_line(obj: dict) -> None:
    """One line of UTF-8 JSON on stdout, flushed, whatever the terminal's encoding."""
    sys.stdout.buffer.write((json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8", errors="replace"))
    sys.stdout.buffer.flush()


def cmd_ask(args, settings: Settings) -> int:
    from .assistant import Assistant
    from .retrieve import Filters

    assistant = Assistant(settings)
    filters = Filters(tuple(args.kind or ()), tuple(args.years) if args.years else None)
    if args.jsonl:
        for raw in sys.stdin.buffer:  # bytes: a line of invalid UTF-8 is answered, not fatal
            _write_line(_answer_line(assistant, raw, filters))
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
    from .export import rows_csv

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
        sys.stdout.write(rows_csv(rows, fields))
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
    if args.splits is not None:
        from .splits import run_splits

        print(run_splits(settings, Path(args.out), [n for n in args.splits.split(",") if n]))
        return 0
    from .evaluation import run_eval

    print(run_eval(settings, Path(args.gold), Path(args.out), args.variants.split(",")))
    return 0


def cmd_train_ranker(args, settings: Settings) -> int:
    from . import train_fusion, train_gate
    from .ranker import load_ranker
    from .retrieve import load_fusion
    from .train_ranker import train

    if args.gold is None:  # the ranker learns from the candidates the fitted fusion retrieves
        fusion = train_fusion.fit(settings)
        load_fusion.cache_clear()
        print(f"fusie: k {fusion['rrf_k']}, gewicht vectoren {fusion['dense_weight']}: hit@1 {fusion['hit@1']}, "
              f"hit@5 {fusion['hit@5']} (gewone RRF {fusion['plain_rrf_hit@1']}, {fusion['plain_rrf_hit@5']}) "
              f"over {fusion['questions']} vragen; in assistant/data/fusion.json")
    data = train(settings, Path(args.gold) if args.gold else None)
    print(f"ranker: {data['rows']} kandidaatzinnen ({data['positives']} goed) uit {data['questions']} vragen; "
          f"top-1 buiten de fold {data['top1_out_of_fold']}; gewichten in assistant/data/ranker.json")
    if args.gold is None:  # the gate is fitted on what the new ranker puts first, over all dev splits
        load_ranker.cache_clear()
        gate = train_gate.train(settings)
        print(f"poort: {gate['rows']} beslissingen ({gate['answerable']} beantwoordbaar); drempel {gate['threshold']}, "
              f"buiten de fold {gate['right_out_of_fold']} goed; in assistant/data/gate.json")
    return 0


def cmd_bench(args, settings: Settings) -> int:
    from .bench import run_bench

    print(run_bench(settings, Path(args.gold), Path(args.out), [int(n) for n in args.scales.split(",") if n],
                    args.large_mb))
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
    s.add_argument("--splits", nargs="?", const="", default=None,
                   help="dev en held-out naast elkaar (standaardvariant); optioneel welke: dev,heldout,heldout-docs")
    s = sub.add_parser("train-ranker", help="fit de zinsrangschikking op de dev-set (assistant/data/ranker.json)")
    s.add_argument("--gold", default=None, help="één JSONL-goudset (dev; nooit de held-out-set); standaard alle dev-splits")
    s = sub.add_parser("bench", help="meet snelheid, geheugen en schaal")
    s.add_argument("--gold", default="eval/gold.jsonl", help="JSONL-goudset")
    s.add_argument("--out", default="eval/reports", help="map voor het rapport")
    s.add_argument("--scales", default="200,2000", help="aantallen synthetische documenten, kommagescheiden")
    s.add_argument("--large-mb", type=int, default=50, help="grootte van de grote upload in MB (standaard 50)")
    return p


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    offline_environment()
    args = parser().parse_args(argv)
    if args.command == "ask" and not args.jsonl and not args.question:
        parser().error("geef een vraag, of gebruik --jsonl")
    settings = Settings()
    handlers = {"ingest": cmd_ingest, "ask": cmd_ask, "figures": cmd_figures, "serve": cmd_serve, "eval": cmd_eval,
                "bench": cmd_bench, "train-ranker": cmd_train_ranker, "feedback": cmd_feedback}
    try:
        return handlers[args.command](args, settings)
    except AssistantError as exc:
        print(f"Fout: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        if exc.errno not in DISK_ERRORS:
            raise
        print(f"Fout: {DISK_ERRORS[exc.errno]} ({exc.filename or exc.strerror}). Er is niets half achtergelaten: "
              "de vorige index blijft in gebruik.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
