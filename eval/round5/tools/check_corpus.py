#!/usr/bin/env python3
"""Controleert corpus.jsonl tegen de brondocumenten (alleen standaardbibliotheek).

Controles:
- geldige JSON per regel, verplichte velden, bekende kind, unieke ids met prefix r5c;
- quote (en extra_quotes) exact substring van het genoemde document;
- elk antwoord (alle alternatieven, en bij all_answers elk item) komt voor in de quote
  of in de genoemde documenten (getallen numeriek: "1.924" = "1924", "33,5 mln" = 33.500.000,
  telwoorden als "zes" = 6); tekst hoofdletterongevoelig, witruimte genormaliseerd;
- arithmetic: inputs komen voor in de documenten, formule rekent uit, antwoorden = uitkomst
  (afgerond op 0 of 1 decimaal);
- unanswerable: geen antwoorden/docs, grep-termen (unanswerable_checks.json) komen in geen
  enkel document voor; aandeel onbeantwoordbaar >= 22 %.
"""
import json
import re
import sys
import tomllib
from decimal import Decimal, ROUND_HALF_UP
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
KINDS = {"figure", "fact", "multi_doc", "trend", "english", "date_person", "list", "two_part",
         "arithmetic", "conflict", "explanation", "unanswerable"}
WORDS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
         "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "achttien": 18}
MULT = {"mln": 1e6, "mln.": 1e6, "miljoen": 1e6, "miljard": 1e9}
NUM_RE = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def to_float(tok):
    tok = tok.strip()
    if tok.lower() in WORDS:
        return float(WORDS[tok.lower()])
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", tok):
        tok = tok.replace(".", "")
    return float(tok.replace(",", "."))


def parse_answer_number(ans):
    """Return (value, multiplier) if the answer is numeric, else None."""
    a = ans.strip().lower()
    m = re.fullmatch(r"€?\s*(" + NUM_RE + r"|" + "|".join(WORDS) + r")\s*(%|mln\.?|miljoen|miljard)?", a)
    if not m:
        return None
    return to_float(m.group(1)), MULT.get(m.group(2) or "", 1.0)


def numbers_in(text):
    vals = set()
    pat = re.compile(r"(?<![\w.,])(" + NUM_RE + r"|" + "|".join(WORDS) + r")(?![\w])\s*(mln\.?|miljoen|miljard)?",
                     re.IGNORECASE)
    for m in pat.finditer(text):
        try:
            v = to_float(m.group(1))
        except ValueError:
            continue
        vals.add(round(v, 6))
        if m.group(2):
            vals.add(round(v * MULT[m.group(2).lower()], 6))
    return vals


def answer_found(ans, texts):
    num = parse_answer_number(ans)
    if num is not None:
        v, mult = num
        for t in texts:
            vals = numbers_in(t)
            if round(v, 6) in vals or round(v * mult, 6) in vals:
                return True
        return False
    a = norm_ws(ans).lower()
    return any(a in norm_ws(t).lower() for t in texts)


def main():
    errors = []
    manifest = tomllib.loads((SRC / "manifest.toml").read_text(encoding="utf-8"))
    docs = {d["id"]: (SRC / d["file"]).read_text(encoding="utf-8") for d in manifest["document"]}
    checks = json.loads((HERE / "unanswerable_checks.json").read_text(encoding="utf-8"))
    recs = []
    for ln, line in enumerate((HERE / "corpus.jsonl").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"regel {ln}: geen geldige JSON ({e})")
    ids = [r.get("id") for r in recs]
    for i, c in Counter(ids).items():
        if c > 1:
            errors.append(f"{i}: id komt {c}x voor")
    for r in recs:
        rid = r.get("id", "?")
        if not re.fullmatch(r"r5c\d{3}", str(rid)):
            errors.append(f"{rid}: id-formaat")
        for f in ("question", "kind", "answers", "docs", "quote"):
            if f not in r:
                errors.append(f"{rid}: veld {f} ontbreekt")
        kind = r.get("kind")
        if kind not in KINDS:
            errors.append(f"{rid}: onbekende kind {kind}")
            continue
        if kind == "unanswerable":
            if r["answers"] or r["docs"]:
                errors.append(f"{rid}: onbeantwoordbaar maar answers/docs niet leeg")
            terms = checks.get(rid)
            if not terms:
                errors.append(f"{rid}: geen grep-termen in unanswerable_checks.json")
                continue
            for t in terms:
                for did, txt in docs.items():
                    if t.lower() in norm_ws(txt).lower() or t.lower() in txt.lower():
                        errors.append(f"{rid}: grep-term '{t}' komt voor in {did}")
            continue
        if rid in checks:
            errors.append(f"{rid}: heeft grep-termen maar is niet unanswerable")
        if not r["answers"]:
            errors.append(f"{rid}: geen antwoorden")
        if not r["docs"]:
            errors.append(f"{rid}: geen docs")
            continue
        bad = [d for d in r["docs"] if d not in docs]
        if bad:
            errors.append(f"{rid}: onbekende docs {bad}")
            continue
        first = docs[r["docs"][0]]
        if not r["quote"] or r["quote"] not in first:
            errors.append(f"{rid}: quote niet exact in {r['docs'][0]}: {r['quote']!r}")
        for eq in r.get("extra_quotes", []):
            if eq.get("doc") not in docs or eq.get("quote", "") not in docs[eq["doc"]]:
                errors.append(f"{rid}: extra_quote niet exact in {eq.get('doc')}: {eq.get('quote')!r}")
        if kind in ("list", "two_part", "conflict") and not r.get("all_answers"):
            errors.append(f"{rid}: {kind} zonder all_answers")
        if kind == "list" and not (3 <= len(r["answers"]) <= 6):
            errors.append(f"{rid}: lijst met {len(r['answers'])} items")
        texts = [r["quote"]] + [docs[d] for d in r["docs"]]
        if kind == "arithmetic":
            for inp in r.get("inputs", []):
                if not answer_found(inp, [docs[d] for d in r["docs"]]):
                    errors.append(f"{rid}: input {inp} niet in docs")
            formula = r.get("formula", "")
            if "=" not in formula:
                errors.append(f"{rid}: formule zonder =")
                continue
            lhs, rhs = formula.rsplit("=", 1)
            if not re.fullmatch(r"[\d\s.+\-*/()]+", lhs):
                errors.append(f"{rid}: formule bevat vreemde tekens")
                continue
            got = eval(lhs, {"__builtins__": {}})  # alleen cijfers en operatoren (gecontroleerd)
            want = float(rhs.strip())
            if abs(got - want) > 0.01:
                errors.append(f"{rid}: formule {lhs}= {got}, niet {want}")
            for a in r["answers"]:
                num = parse_answer_number(a)
                if num is None:
                    errors.append(f"{rid}: rekenantwoord {a} niet numeriek")
                    continue
                v, mult = num
                cands = {float(Decimal(repr(got)).quantize(Decimal(e), rounding=ROUND_HALF_UP)) for e in ("1", "0.1")}
                cands.add(round(got, 6))
                if not any(abs(v - c) < 1e-6 or abs(v * mult - c) < 1e-6 or abs(v - c * 1e6) < 1e-3
                           for c in cands):
                    errors.append(f"{rid}: rekenantwoord {a} past niet bij uitkomst {got}")
            continue
        for a in r["answers"]:
            if not answer_found(a, texts):
                errors.append(f"{rid}: antwoord '{a}' niet gevonden in quote/docs")
    n = len(recs)
    per_kind = Counter(r.get("kind") for r in recs)
    share = per_kind["unanswerable"] / n if n else 0
    if share < 0.22:
        errors.append(f"aandeel onbeantwoordbaar {share:.1%} < 22%")
    print(f"vragen: {n}")
    for k in sorted(per_kind):
        print(f"  {k:13s} {per_kind[k]}")
    print(f"onbeantwoordbaar: {per_kind['unanswerable']} ({share:.1%})")
    if errors:
        print(f"FOUTEN: {len(errors)}")
        for e in errors:
            print("  -", e)
        return 1
    print("OK: alle controles geslaagd")
    return 0


if __name__ == "__main__":
    sys.exit(main())
