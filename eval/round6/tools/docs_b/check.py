#!/usr/bin/env python
"""Controle van docs.jsonl (set r6b) tegen de documenten in docs/.

Uitvoeren met een Python-interpreter waarin pypdf beschikbaar is:
    /work/r4/docs-a/venv/bin/python check.py
"""
import json, os, re, sys
from pypdf import PdfReader

BASE = os.path.dirname(os.path.abspath(__file__))
DOCDIR = os.path.join(BASE, "docs")
KINDS = {"figure", "fact", "multi_doc", "trend", "english", "date_person", "list", "two_part", "arithmetic",
         "conflict", "explanation", "unanswerable"}

errors = []


def err(qid, msg):
    errors.append("%s: %s" % (qid, msg))


# ---------- documenten laden
TEXT = {}
for fn in sorted(os.listdir(DOCDIR)):
    stem, ext = os.path.splitext(fn)
    path = os.path.join(DOCDIR, fn)
    if ext.lower() == ".pdf":
        TEXT[stem] = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    elif ext.lower() == ".txt":
        with open(path, encoding="utf-8") as f:
            TEXT[stem] = f.read()

# ---------- getallen
NUM_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d])"
                    r"(\s*(?:mln|miljoen|mld|miljard)\b)?", re.I)


def to_float(tok):
    return float(tok.replace(".", "").replace(",", "."))


def numbers(text):
    """Alle getallen in een tekst, zowel kaal als met vermenigvuldiger (mln/miljoen)."""
    vals = set()
    for m in NUM_RE.finditer(text):
        v = to_float(m.group(1))
        vals.add(v)
        if m.group(2):
            mult = 1e9 if m.group(2).strip().lower() in ("mld", "miljard") else 1e6
            vals.add(round(v * mult, 6))
    return vals


ANS_NUM_RE = re.compile(r"^\s*(?:€\s*)?(circa\s+)?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*"
                        r"(%|procent|mln|miljoen|mld|miljard|euro|fte)?\s*$", re.I)


def answer_value(a):
    """Numerieke waarde van een antwoord, of None als het een tekstantwoord is."""
    m = ANS_NUM_RE.match(a)
    if not m:
        return None
    v = to_float(m.group(2))
    unit = (m.group(3) or "").lower()
    if unit in ("mln", "miljoen"):
        v = round(v * 1e6, 6)
    elif unit in ("mld", "miljard"):
        v = round(v * 1e9, 6)
    return v


def present(answer, text):
    v = answer_value(answer)
    if v is not None:
        return any(abs(v - x) < 1e-6 for x in numbers(text))
    norm = lambda s: re.sub(r"\s+", " ", s).lower()
    return norm(answer) in norm(text)


def eval_formula(formula):
    lhs, rhs = formula.split("=")
    expr = re.sub(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", lambda m: repr(to_float(m.group(0))), lhs)
    if not re.fullmatch(r"[\d.\s+\-*/()]+", expr):
        raise ValueError("ongeldige formule: %r" % lhs)
    return eval(expr), to_float(rhs.strip()), lhs


# ---------- vragen laden
rows = []
with open(os.path.join(BASE, "docs.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                err("regel %d" % ln, "geen geldige JSON: %s" % e)

with open(os.path.join(BASE, "unanswerable_checks.json"), encoding="utf-8") as f:
    checks = json.load(f)

ids = [r.get("id") for r in rows]
if len(ids) != len(set(ids)):
    err("algemeen", "dubbele ids: %s" % sorted({i for i in ids if ids.count(i) > 1}))
expected = ["r6b%03d" % i for i in range(1, 61)]
if sorted(ids) != expected:
    err("algemeen", "ids zijn niet precies r6b001..r6b060")

for r in rows:
    qid = r.get("id", "?")
    for k in ("id", "question", "kind", "answers", "docs", "quote"):
        if k not in r:
            err(qid, "veld ontbreekt: %s" % k)
    kind = r.get("kind")
    if kind not in KINDS:
        err(qid, "onbekend kind %r" % kind)
        continue
    if kind == "unanswerable":
        if r["answers"] or r["docs"]:
            err(qid, "onbeantwoordbaar maar answers/docs niet leeg")
        terms = checks.get(qid)
        if not terms:
            err(qid, "geen grep-termen in unanswerable_checks.json")
            continue
        for t in terms:
            for d, txt in TEXT.items():
                flat = re.sub(r"\s+", " ", txt).lower()
                if t.lower() in txt.lower() or re.sub(r"\s+", " ", t).lower() in flat:
                    err(qid, "grep-term %r komt voor in %s" % (t, d))
        continue

    docs = r["docs"]
    if not docs or not r["answers"]:
        err(qid, "answers of docs leeg")
        continue
    missing = [d for d in docs if d not in TEXT]
    if missing:
        err(qid, "onbekende documenten: %s" % missing)
        continue
    first = TEXT[docs[0]]
    quote = r["quote"]
    if not quote or quote not in first:
        err(qid, "quote niet exact gevonden in %s: %r" % (docs[0], quote))
    if "\n" in quote:
        err(qid, "quote loopt over meer dan een regel")
    for eq in r.get("extra_quotes", []):
        if eq["doc"] not in TEXT or eq["quote"] not in TEXT[eq["doc"]]:
            err(qid, "extra quote niet exact gevonden in %s: %r" % (eq["doc"], eq["quote"]))
    alltext = "\n".join(TEXT[d] for d in docs)

    if kind in ("list", "two_part") and not r.get("all_answers"):
        err(qid, "all_answers ontbreekt bij %s" % kind)
    if kind == "conflict" and len(docs) < 2:
        err(qid, "conflictvraag met minder dan twee documenten")

    if kind == "arithmetic":
        inputs, formula = r.get("inputs"), r.get("formula")
        if not inputs or not formula:
            err(qid, "inputs/formula ontbreken")
            continue
        for i in inputs:
            if not present(i, alltext):
                err(qid, "input %r niet gevonden in %s" % (i, docs))
        try:
            lhs_val, rhs_val, lhs = eval_formula(formula)
        except Exception as e:
            err(qid, "formule niet te evalueren: %s" % e)
            continue
        if abs(lhs_val - rhs_val) > 0.05 + 1e-9:
            err(qid, "formule klopt niet: %s (links = %.4f)" % (formula, lhs_val))
        lhs_nums = {to_float(x) for x in re.findall(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", lhs)}
        for i in inputs:
            if answer_value(i) not in lhs_nums:
                err(qid, "input %r komt niet voor in de formule" % i)
        ok_vals = {round(lhs_val), round(lhs_val, 1)}
        for a in r["answers"]:
            v = answer_value(a)
            if v is None or not any(abs(v - x) < 1e-6 for x in ok_vals):
                err(qid, "antwoord %r past niet bij uitkomst %.4f" % (a, lhs_val))
        continue

    scope = quote + "\n" + alltext + "\n" + "\n".join(e["quote"] for e in r.get("extra_quotes", []))
    for a in r["answers"]:
        if not present(a, scope):
            err(qid, "antwoord %r niet gevonden in quote of documenten" % a)

n = len(rows)
un = sum(1 for r in rows if r.get("kind") == "unanswerable")
share = un / n if n else 0
if share < 0.22:
    err("algemeen", "aandeel onbeantwoordbaar %.1f%% < 22%%" % (100 * share))
extra_ids = set(checks) - {r["id"] for r in rows if r.get("kind") == "unanswerable"}
if extra_ids:
    err("algemeen", "unanswerable_checks.json bevat ids die geen onbeantwoordbare vraag zijn: %s" % sorted(extra_ids))

from collections import Counter
print("documenten:", ", ".join(sorted(TEXT)))
print("vragen: %d" % n)
for k, c in sorted(Counter(r.get("kind") for r in rows).items(), key=lambda x: -x[1]):
    print("  %-13s %d" % (k, c))
print("aandeel onbeantwoordbaar: %.1f%%" % (100 * share))
if errors:
    print("\nFOUTEN (%d):" % len(errors))
    for e in errors:
        print("  " + e)
    sys.exit(1)
print("\nOK: alle controles geslaagd")
