#!/usr/bin/env python3
"""Controle van docs.jsonl tegen de documenten in docs/.

Gebruik: /work/r4/docs-a/venv/bin/python check.py
(pypdf is nodig om de PDF-tekst te extraheren; zonder pypdf start het script
zichzelf opnieuw met die interpreter.)
"""
import json, os, re, sys
from collections import Counter

VENV_PY = "/work/r4/docs-a/venv/bin/python"
try:
    import pypdf
except ImportError:
    if os.path.exists(VENV_PY) and sys.executable != VENV_PY:
        os.execv(VENV_PY, [VENV_PY] + sys.argv)
    raise

BASE = os.path.dirname(os.path.abspath(__file__))
DOCDIR = os.path.join(BASE, "docs")
KINDS = {"figure", "fact", "multi_doc", "trend", "english", "date_person", "list", "two_part",
         "arithmetic", "conflict", "explanation", "unanswerable"}

errors = []


def err(qid, msg):
    errors.append("%s: %s" % (qid, msg))


# ------------------------------------------------------------------ documenten
texts = {}
for fn in sorted(os.listdir(DOCDIR)):
    path = os.path.join(DOCDIR, fn)
    stem, ext = os.path.splitext(fn)
    if ext == ".pdf":
        texts[stem] = "\n".join(p.extract_text() for p in pypdf.PdfReader(path).pages)
    elif ext in (".txt", ".md"):
        texts[stem] = open(path, encoding="utf-8").read()
ALL = "\n".join(texts.values())


def to_num(s):
    """'1.924' -> 1924, '33,5' -> 33.5, '36,9%' -> 36.9; None als geen getal."""
    s = s.strip().replace("€", "").replace("%", "").strip()
    m = re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?|-?\d+(,\d+)?", s)
    if not m:
        return None
    return float(s.replace(".", "").replace(",", "."))


def numbers_in(text):
    out = set()
    for tok in re.findall(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?", text):
        v = to_num(tok)
        if v is not None:
            out.add(v)
    return out


NUMS = numbers_in(ALL)


def present(ans, text, nums):
    if ans.lower() in text.lower():
        return True
    v = to_num(ans)
    return v is not None and v in nums


def eval_formula(formula):
    left, right = formula.rsplit("=", 1)

    def conv(expr):
        expr = re.sub(r"(\d)\.(\d{3})(?!\d)", r"\1\2", expr)   # duizendtallen
        expr = expr.replace(",", ".").replace("×", "*").replace("x", "*").replace("%", "")
        if not re.fullmatch(r"[0-9.+\-*/() ]+", expr):
            raise ValueError("onverwachte tekens in formule: %r" % expr)
        return expr

    lv = eval(conv(left))
    rv = eval(conv(right))
    dec = len(right.strip().split(",")[1]) if "," in right else 0
    return lv, rv, dec


# ------------------------------------------------------------------ vragen
qs = [json.loads(l) for l in open(os.path.join(BASE, "docs.jsonl"), encoding="utf-8") if l.strip()]
checks = json.load(open(os.path.join(BASE, "unanswerable_checks.json"), encoding="utf-8"))

ids = [q.get("id") for q in qs]
for i, c in Counter(ids).items():
    if c > 1:
        err(i, "id niet uniek")

for q in qs:
    qid = q.get("id", "?")
    if not re.fullmatch(r"r5b\d{3}", qid or ""):
        err(qid, "id-formaat")
    for f in ("question", "kind", "answers", "docs", "quote"):
        if f not in q:
            err(qid, "veld ontbreekt: " + f)
    kind = q.get("kind")
    if kind not in KINDS:
        err(qid, "onbekende kind %r" % kind)
    if kind == "unanswerable":
        if q["answers"] or q["docs"]:
            err(qid, "onbeantwoordbaar maar met answers/docs")
        terms = checks.get(qid)
        if not terms:
            err(qid, "geen grep-termen in unanswerable_checks.json")
        for t in terms or []:
            if t.lower() in ALL.lower():
                err(qid, "grep-term komt WEL voor in documenten: %r" % t)
        continue
    # beantwoordbaar
    if not q["answers"]:
        err(qid, "geen answers")
    if not q["docs"]:
        err(qid, "geen docs")
    for d in q["docs"]:
        if d not in texts:
            err(qid, "onbekend document %r" % d)
    if q["docs"] and q["docs"][0] in texts:
        if not q["quote"] or q["quote"] not in texts[q["docs"][0]]:
            err(qid, "quote niet exact in %s: %r" % (q["docs"][0], q["quote"]))
    for eq in q.get("extra_quotes", []):
        if eq["doc"] not in texts or eq["quote"] not in texts[eq["doc"]]:
            err(qid, "extra_quote niet exact in %s: %r" % (eq["doc"], eq["quote"]))
    doctext = "\n".join(texts.get(d, "") for d in q["docs"])
    docnums = numbers_in(doctext)
    if kind in ("list", "two_part", "conflict") and not q.get("all_answers"):
        err(qid, "all_answers ontbreekt voor %s" % kind)
    if kind == "arithmetic":
        for inp in q.get("inputs", []):
            if not present(inp, doctext, docnums):
                err(qid, "input %r niet in documenten" % inp)
        if "formula" not in q or "inputs" not in q:
            err(qid, "arithmetic zonder inputs/formula")
        else:
            try:
                lv, rv, dec = eval_formula(q["formula"])
                if round(lv, dec) != round(rv, dec):
                    err(qid, "formule klopt niet: %s (links = %s)" % (q["formula"], lv))
                answer_vals = [to_num(a) for a in q["answers"]]
                if not any(a is not None and abs(a - rv) < 0.51 for a in answer_vals):
                    err(qid, "geen antwoord komt overeen met formule-uitkomst %s" % rv)
            except Exception as e:  # noqa
                err(qid, "formule niet te evalueren: %s" % e)
        continue
    found = [a for a in q["answers"] if present(a, doctext, docnums)]
    if q.get("all_answers"):
        missing = [a for a in q["answers"] if a not in found]
        if missing:
            err(qid, "antwoorden niet in documenten: %r" % missing)
    elif not found:
        err(qid, "geen enkel antwoord in documenten: %r" % q["answers"])

for k in checks:
    if k not in ids or next(q for q in qs if q["id"] == k)["kind"] != "unanswerable":
        err(k, "staat in unanswerable_checks.json maar is geen onbeantwoordbare vraag")

# ------------------------------------------------------------------ samenvatting
kinds = Counter(q["kind"] for q in qs)
n = len(qs)
share = kinds["unanswerable"] / n if n else 0
print("documenten:", ", ".join("%s (%d tekens)" % (k, len(v)) for k, v in texts.items()))
print("vragen:", n)
for k, c in sorted(kinds.items(), key=lambda x: -x[1]):
    print("  %-13s %d" % (k, c))
print("onbeantwoordbaar: %.1f%%" % (share * 100))
if share < 0.22:
    errors.append("aandeel onbeantwoordbaar < 22%")
if errors:
    print("\nFOUTEN (%d):" % len(errors))
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: alle controles geslaagd")
