#!/usr/bin/env python3
"""Controle van corpus.jsonl (alleen standaardbibliotheek).

Controleert:
- ids uniek en in het formaat r6cNNN;
- velden en soorten (kind) geldig; docs bestaan in manifest.toml;
- elke quote (en extra_quote) is een exacte substring van het document;
- elk antwoord komt voor in de quote of in de opgegeven documenten
  (tekst: hoofdletterongevoelig, witruimte genormaliseerd; getallen numeriek:
  "1.924" = "1924", "33,5 mln" = "33.500.000", "vijf miljoen" = "5 miljoen");
- rekenvragen: inputs komen voor in de documenten, formule klopt, antwoorden
  komen overeen met de uitkomst (binnen de afronding);
- list/two_part hebben all_answers = true;
- aandeel onbeantwoordbaar >= 22 %;
- zoektermen van onbeantwoordbare vragen komen in geen enkel document voor.
"""
import json
import os
import re
import sys
import tomllib
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "source")
KINDS = {"figure", "fact", "multi_doc", "trend", "english", "date_person", "list", "two_part",
         "arithmetic", "conflict", "explanation", "unanswerable"}
MIN_UNANSWERABLE = 0.22

NUMWORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
            "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "achttien": 18}
MULT = {"mln": 1e6, "mln.": 1e6, "miljoen": 1e6, "miljard": 1e9, "duizend": 1e3}
NUM_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(mln\.?|miljoen|miljard|duizend)\b)?")
WORD_RE = re.compile(r"\b(" + "|".join(NUMWORDS) + r")\b(?:\s*(mln\.?|miljoen|miljard|duizend)\b)?")


def norm(text):
    return " ".join(text.split()).lower()


def numbers(text):
    """Alle getallen in een tekst; met vermenigvuldiger ook de geschaalde waarde."""
    vals = []
    for m in NUM_RE.finditer(text):
        base = float(m.group(1).replace(".", "") + ("." + m.group(2) if m.group(2) else ""))
        vals.append(base)
        if m.group(3):
            vals.append(base * MULT[m.group(3).lower()])
    for m in WORD_RE.finditer(text.lower()):
        base = float(NUMWORDS[m.group(1)])
        vals.append(base)
        if m.group(2):
            vals.append(base * MULT[m.group(2)])
    return vals


def main_value(text):
    """Getalwaarde van een antwoord (schaal toegepast) plus de basiswaarde."""
    m = NUM_RE.search(text)
    if m:
        base = float(m.group(1).replace(".", "") + ("." + m.group(2) if m.group(2) else ""))
        decimals = len(m.group(2)) if m.group(2) else 0
        scaled = base * MULT[m.group(3).lower()] if m.group(3) else base
        return base, scaled, decimals
    m = WORD_RE.search(text.lower())
    if m:
        base = float(NUMWORDS[m.group(1)])
        scaled = base * MULT[m.group(2)] if m.group(2) else base
        return base, scaled, 0
    return None


def close(a, b, tol=1e-6):
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


def load_docs():
    with open(os.path.join(SRC, "manifest.toml"), "rb") as f:
        manifest = tomllib.load(f)
    docs = {}
    for d in manifest["document"]:
        with open(os.path.join(SRC, d["file"]), encoding="utf-8") as f:
            docs[d["id"]] = f.read()
    return docs


def found(answer, haystacks_norm, haystacks_nums):
    if norm(answer) in haystacks_norm:
        return True
    ans_nums = []
    for m in NUM_RE.finditer(answer):
        base = float(m.group(1).replace(".", "") + ("." + m.group(2) if m.group(2) else ""))
        ans_nums.append(base * MULT[m.group(3).lower()] if m.group(3) else base)
    for m in WORD_RE.finditer(answer.lower()):
        base = float(NUMWORDS[m.group(1)])
        ans_nums.append(base * MULT[m.group(2)] if m.group(2) else base)
    if not ans_nums:
        return False
    return all(any(close(a, v) for v in haystacks_nums) for a in ans_nums)


def safe_eval(expr):
    expr = expr.replace(",", ".")
    if not re.fullmatch(r"[0-9.+\-*/() ]+", expr):
        raise ValueError("ongeldige tekens in formule: %r" % expr)
    return eval(expr, {"__builtins__": {}}, {})


def main():
    docs = load_docs()
    docs_norm = {k: norm(v) for k, v in docs.items()}
    all_norm = " || ".join(docs_norm.values())
    errors = []

    with open(os.path.join(HERE, "corpus.jsonl"), encoding="utf-8") as f:
        lines = [ln for ln in f.read().splitlines() if ln.strip()]
    with open(os.path.join(HERE, "unanswerable_checks.json"), encoding="utf-8") as f:
        checks = json.load(f)

    qs = []
    for n, ln in enumerate(lines, 1):
        try:
            qs.append(json.loads(ln))
        except json.JSONDecodeError as e:
            errors.append("regel %d: geen geldige JSON (%s)" % (n, e))

    ids = [q.get("id") for q in qs]
    for qid, c in Counter(ids).items():
        if c > 1:
            errors.append("%s: id komt %d keer voor" % (qid, c))
    for q in qs:
        qid = q.get("id", "?")
        if not re.fullmatch(r"r6c\d{3}", str(qid)):
            errors.append("%s: id heeft niet het formaat r6cNNN" % qid)
        for field in ("question", "kind", "answers", "docs", "quote"):
            if field not in q:
                errors.append("%s: veld %s ontbreekt" % (qid, field))
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: onbekende kind %r" % (qid, kind))
            continue
        for d in q.get("docs", []):
            if d not in docs:
                errors.append("%s: onbekend document %r" % (qid, d))
        if any(d not in docs for d in q.get("docs", [])):
            continue

        if kind == "unanswerable":
            if q["answers"] or q["docs"]:
                errors.append("%s: onbeantwoordbaar maar answers/docs niet leeg" % qid)
            terms = checks.get(qid)
            if not terms:
                errors.append("%s: geen zoektermen in unanswerable_checks.json" % qid)
                continue
            for t in terms:
                if norm(t) in all_norm:
                    errors.append("%s: zoekterm %r komt WEL voor in de documenten" % (qid, t))
            continue

        # beantwoordbaar
        if not q["answers"]:
            errors.append("%s: geen antwoorden" % qid)
        if not q["docs"]:
            errors.append("%s: geen docs" % qid)
            continue
        first = q["docs"][0]
        if not q["quote"] or q["quote"] not in docs[first]:
            errors.append("%s: quote is geen exacte substring van %s: %r" % (qid, first, q["quote"]))
        for eq in q.get("extra_quotes", []):
            if eq.get("doc") not in docs or eq.get("quote", "") not in docs[eq["doc"]]:
                errors.append("%s: extra_quote niet gevonden in %s: %r" % (qid, eq.get("doc"), eq.get("quote")))
        if kind in ("list", "two_part") and not q.get("all_answers"):
            errors.append("%s: %s zonder all_answers=true" % (qid, kind))
        if kind == "list" and len(q["answers"]) < 2:
            errors.append("%s: lijstvraag met minder dan 2 antwoorden" % qid)

        hay = " || ".join([norm(q["quote"])] + [docs_norm[d] for d in q["docs"]]
                          + [norm(e["quote"]) for e in q.get("extra_quotes", [])])
        hay_raw = "\n".join([q["quote"]] + [docs[d] for d in q["docs"]])
        hay_nums = numbers(hay_raw)

        if kind == "arithmetic":
            if "inputs" not in q or "formula" not in q:
                errors.append("%s: rekenvraag zonder inputs/formula" % qid)
                continue
            for inp in q["inputs"]:
                if not found(inp, hay, hay_nums):
                    errors.append("%s: input %r niet in de documenten" % (qid, inp))
            try:
                left, right = q["formula"].rsplit("=", 1)
                lval = safe_eval(left)
                rtxt = right.strip()
                rdec = len(rtxt.split(",")[1]) if "," in rtxt else 0
                rval = float(rtxt.replace(",", "."))
                if abs(lval - rval) > 0.5 * 10 ** -rdec + 1e-9:
                    errors.append("%s: formule klopt niet: %s (links = %.4f)" % (qid, q["formula"], lval))
                for a in q["answers"]:
                    mv = main_value(a)
                    if mv is None:
                        errors.append("%s: antwoord %r bevat geen getal" % (qid, a))
                        continue
                    base, scaled, dec = mv
                    tol = 0.5 * 10 ** -dec + 1e-9
                    if not any(abs(v - lval) <= tol for v in (base, scaled, scaled / 1e6)):
                        errors.append("%s: antwoord %r past niet bij uitkomst %.4f" % (qid, a, lval))
            except Exception as e:  # noqa: BLE001
                errors.append("%s: formule niet te berekenen (%s)" % (qid, e))
            continue

        for a in q["answers"]:
            if not found(a, hay, hay_nums):
                errors.append("%s: antwoord %r niet gevonden in quote/documenten" % (qid, a))

    for qid in checks:
        if qid not in ids:
            errors.append("unanswerable_checks.json: onbekend id %s" % qid)
        elif next(q for q in qs if q.get("id") == qid).get("kind") != "unanswerable":
            errors.append("unanswerable_checks.json: %s is geen onbeantwoordbare vraag" % qid)

    counts = Counter(q.get("kind") for q in qs)
    share = counts["unanswerable"] / len(qs) if qs else 0
    if share < MIN_UNANSWERABLE:
        errors.append("aandeel onbeantwoordbaar %.1f%% < 22%%" % (100 * share))

    print("vragen: %d" % len(qs))
    for k in sorted(counts, key=lambda k: (-counts[k], k)):
        print("  %-13s %3d" % (k, counts[k]))
    print("aandeel onbeantwoordbaar: %.1f%%" % (100 * share))
    if errors:
        print("FOUTEN (%d):" % len(errors))
        for e in errors:
            print("  - " + e)
        return 1
    print("OK: alle controles geslaagd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
