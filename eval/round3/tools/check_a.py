#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Checks /work/r3-a/docs.jsonl against the four documents.

- every quote occurs in its document's text (PDFs: in src/<name>.source.txt; also
  reported whether it occurs in the pypdf extraction), whitespace-normalised;
- every answer occurs in the quote (or one of the optional 'quotes' of list items, each
  of which must also occur in the document) or else the document (then a warning);
- arithmetic: inputs occur in the document and the answer equals op(inputs);
- unanswerable: answers == [] and every 'absent' string is absent (case-insensitive)
  from every listed document;
- kinds, counts, ids, all_answers flags.
Run with the venv python (needs pypdf): venv/bin/python check.py
"""
import json, os, re, sys
from collections import Counter
from pypdf import PdfReader

BASE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"figure", "arithmetic", "two_part", "list", "date_person", "fact",
         "explanation", "english", "unanswerable"}

def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()

def load_docs():
    docs = {}
    for fn in sorted(os.listdir(BASE)):
        stem, ext = os.path.splitext(fn)
        if ext in (".md", ".txt") and not fn.startswith(("check", "make", "write")) and "-" in stem:
            t = open(os.path.join(BASE, fn), encoding="utf-8").read()
            docs[stem] = {"source": norm(t), "extracted": None}
        elif ext == ".pdf":
            src = open(os.path.join(BASE, "src", stem + ".source.txt"), encoding="utf-8").read()
            ext_t = "\n".join(p.extract_text() or "" for p in PdfReader(os.path.join(BASE, fn)).pages)
            docs[stem] = {"source": norm(src), "extracted": norm(ext_t)}
    return docs

def parse_nl(s):
    s = s.replace("€", "").strip()
    return float(s.replace(".", "").replace(",", "."))

def fmt_nl(x):
    if abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):,}".replace(",", ".")
    return f"{x:.1f}".replace(".", ",")

def compute(op, vals):
    a, b = vals[0], vals[1]
    if op == "diff": return abs(a - b)
    if op == "sum": return sum(vals)
    if op == "pct_change": return round(abs(b - a) / a * 100, 1)
    raise ValueError(op)

def main():
    docs = load_docs()
    items = [json.loads(l) for l in open(os.path.join(BASE, "docs.jsonl"), encoding="utf-8") if l.strip()]
    errors, warnings = [], []
    ids = Counter(d["id"] for d in items)
    for i, c in ids.items():
        if c > 1: errors.append(f"duplicate id {i}")
    kinds = Counter()
    quote_in_extracted = quote_pdf = 0
    for d in items:
        i, kind = d["id"], d["kind"]
        kinds[kind] += 1
        for k in ("id", "question", "kind", "answers", "docs", "quote"):
            if k not in d: errors.append(f"{i}: missing field {k}")
        if kind not in KINDS: errors.append(f"{i}: unknown kind {kind}")
        for dn in d["docs"]:
            if dn not in docs: errors.append(f"{i}: unknown doc {dn}")
        texts = [docs[dn] for dn in d["docs"] if dn in docs]
        alltext = " ".join(t["source"] + " " + (t["extracted"] or "") for t in texts)
        if kind == "unanswerable":
            if d["answers"]: errors.append(f"{i}: unanswerable with answers")
            for a in d.get("absent", []):
                if a.lower() in alltext.lower(): errors.append(f"{i}: 'absent' string {a!r} occurs in document")
            if not d.get("absent"): warnings.append(f"{i}: unanswerable without absent-strings (manually verified: {d.get('note','')})")
            continue
        if not d["answers"]: errors.append(f"{i}: no answers")
        q = norm(d["quote"])
        if not q: errors.append(f"{i}: empty quote"); continue
        hit = [t for t in texts if q in t["source"]]
        if not hit:
            errors.append(f"{i}: quote not in source text: {d['quote']!r}")
        for t in texts:
            if t["extracted"] is not None:
                quote_pdf += 1
                if q in t["extracted"]: quote_in_extracted += 1
                else: warnings.append(f"{i}: quote only in source text, not in pypdf extraction: {d['quote']!r}")
        if kind == "arithmetic":
            ins = d.get("inputs")
            if not ins or "op" not in d: errors.append(f"{i}: arithmetic without inputs/op"); continue
            for x in ins:
                if x not in alltext: errors.append(f"{i}: input {x!r} not in document")
            res = fmt_nl(compute(d["op"], [parse_nl(x) for x in ins]))
            if res != d["answers"][0]: errors.append(f"{i}: arithmetic answer {d['answers'][0]!r} != computed {res!r}")
            for t in texts:
                if re.search(r"(?<![\d.,])" + re.escape(d["answers"][0]) + r"(?![\d]|,\d)", t["source"]):
                    warnings.append(f"{i}: arithmetic answer {d['answers'][0]!r} also occurs literally in the document (check that it is not stated)")
            continue
        qs = [q]
        for extra in d.get("quotes", []):
            eq = norm(extra); qs.append(eq)
            if not any(eq in t["source"] for t in texts):
                errors.append(f"{i}: extra quote not in source text: {extra!r}")
            for t in texts:
                if t["extracted"] is not None and eq not in t["extracted"]:
                    warnings.append(f"{i}: extra quote not in pypdf extraction: {extra!r}")
        for a in d["answers"]:
            if any(norm(a) in x for x in qs): continue
            if norm(a).lower() in alltext.lower():
                warnings.append(f"{i}: answer {a!r} not in quote, but in document")
            else:
                errors.append(f"{i}: answer {a!r} neither in quote nor document")
        if kind in ("two_part", "list"):
            if not d.get("all_answers") or len(d["answers"]) < 2:
                errors.append(f"{i}: {kind} needs all_answers and >=2 answers")
    n = len(items)
    print("questions:", n)
    print("per kind:", dict(sorted(kinds.items())))
    print(f"unanswerable share: {kinds['unanswerable']/n:.0%}")
    print(f"PDF quotes also found in pypdf extraction: {quote_in_extracted}/{quote_pdf}")
    print("per doc:", dict(Counter(dn for d in items for dn in d["docs"])))
    if kinds["unanswerable"] / n < 0.2: errors.append("unanswerable share below 20%")
    for w in warnings: print("WARN ", w)
    for e in errors: print("ERROR", e)
    print("RESULT:", "FAIL" if errors else "PASS")
    sys.exit(1 if errors else 0)

if __name__ == "__main__":
    main()
