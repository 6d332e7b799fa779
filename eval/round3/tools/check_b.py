#!/usr/bin/env python3
"""Checks docs.jsonl against the four documents.

Reference text per document:
  *.txt documents            -> the file itself
  *.pdf documents            -> src/<name>.txt (source text written by make_pdfs.py);
                                additionally the pypdf-extracted text is compared after
                                whitespace normalisation (a mismatch there is an error too)
Checks:
  - schema, unique ids, known kinds, known docs
  - quote is an exact substring of the reference text (answerable kinds)
  - every answer occurs in the quote or the document text; for single-answer kinds the
    first answer must occur in the quote itself
  - arithmetic: inputs occur in the document; formula(inputs) equals the answer when rounded
    to the answer's number of decimals; the answer itself does not have to occur
  - unanswerable: answers == [], quote == "", every 'absent' term is absent (case-insensitive)
    from each listed document
"""
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = {
    "kamervragen-2026-wachtlijsten-jeugdzorgplus": "txt",
    "nji-2026-factsheet-gesloten-plaatsingen": "txt",
    "igj-2026-inspectierapport-de-kreek": "pdf",
    "jeugdregio-2025-inkoopplan-gesloten-jeugdhulp": "pdf",
}
KINDS = {"figure", "arithmetic", "two_part", "list", "date_person", "fact", "explanation",
         "english", "unanswerable"}
SINGLE = {"figure", "date_person", "fact", "explanation", "english"}


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def load_texts():
    texts, pdftexts = {}, {}
    for name, ext in DOCS.items():
        if ext == "txt":
            texts[name] = open(os.path.join(HERE, name + ".txt"), encoding="utf-8").read()
        else:
            texts[name] = open(os.path.join(HERE, "src", name + ".txt"), encoding="utf-8").read()
            from pypdf import PdfReader
            r = PdfReader(os.path.join(HERE, name + ".pdf"))
            pdftexts[name] = norm("\n".join(p.extract_text() or "" for p in r.pages))
    return texts, pdftexts


def nl_num(s):
    """'1.186,40' -> 1186.40 ; '33,3' -> 33.3 ; '64' -> 64"""
    s = s.strip().replace("\u20ac", "").replace(" ", "")
    return float(s.replace(".", "").replace(",", "."))


def decimals(s):
    return len(s.split(",")[1]) if "," in s else 0


def word_count(t):
    return len(re.findall(r"\w+", t))


def main():
    texts, pdftexts = load_texts()
    errors = []
    for name, t in texts.items():
        n = word_count(t)
        if not 600 <= n <= 1400:
            errors.append(f"{name}: {n} words, outside 600-1400")

    jsonl = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "docs.jsonl")
    rows = [json.loads(l) for l in open(jsonl, encoding="utf-8") if l.strip()]
    ids = Counter(r.get("id") for r in rows)
    for i, c in ids.items():
        if c > 1:
            errors.append(f"duplicate id {i}")
    kinds = Counter()

    for r in rows:
        rid = r.get("id", "?")
        def err(msg):
            errors.append(f"{rid} ({r.get('kind')}): {msg}")
        for f in ("id", "question", "kind", "answers", "docs", "quote"):
            if f not in r:
                err(f"missing field {f}")
        kind = r.get("kind")
        kinds[kind] += 1
        if kind not in KINDS:
            err("unknown kind")
            continue
        docs = r["docs"]
        if not docs or any(d not in DOCS for d in docs):
            err(f"unknown doc(s) {docs}")
            continue
        doctext = "\n".join(texts[d] for d in docs)
        quote, answers = r["quote"], r["answers"]

        if kind == "unanswerable":
            if answers:
                err("unanswerable must have answers == []")
            if quote:
                err("unanswerable must have empty quote")
            terms = r.get("absent") or []
            if not terms:
                err("unanswerable needs 'absent' terms to verify")
            for t in terms:
                for d in docs:
                    if t.lower() in texts[d].lower():
                        err(f"absent term {t!r} occurs in {d}")
            continue

        if not answers:
            err("no answers")
        if not quote:
            err("empty quote")
        elif quote not in doctext:
            err(f"quote not in document text: {quote[:60]!r}")
        else:
            for d in docs:
                if d in pdftexts and quote in texts[d] and norm(quote) not in pdftexts[d]:
                    err(f"quote not in extracted PDF text (normalised): {quote[:60]!r}")
        if "\n" in quote:
            err("quote spans several lines")

        if kind == "arithmetic":
            inputs, formula = r.get("inputs"), r.get("formula")
            if not inputs or not formula:
                err("arithmetic needs inputs and formula")
                continue
            for s in inputs:
                if s not in doctext:
                    err(f"input {s!r} not in document")
            env = dict(zip("abcdefgh", (nl_num(s) for s in inputs)))
            val = eval(formula, {"__builtins__": {}}, env)
            ans = answers[0]
            if round(val, decimals(ans)) != round(nl_num(ans), decimals(ans)):
                err(f"arithmetic mismatch: {formula} with {inputs} = {val}, answer {ans}")
            # the computed figure should not simply be stated in the document
            if re.search(r"(?<![\d.,])" + re.escape(ans) + r"(?![\d]|,\d)", doctext) and kind == "arithmetic":
                print(f"  note {rid}: arithmetic answer {ans} also occurs literally in the document")
            continue

        if kind in ("two_part", "list"):
            if not r.get("all_answers"):
                err("two_part/list need all_answers: true")
            if kind == "two_part" and len(answers) != 2:
                err("two_part needs exactly 2 answers")
        for a in answers:
            if a not in quote and a not in doctext:
                err(f"answer {a!r} not in quote or document")
        if kind in SINGLE and answers and answers[0] not in quote:
            err(f"first answer {answers[0]!r} not in quote")

    n = len(rows)
    print(f"{n} questions; per kind: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print(f"unanswerable share: {kinds['unanswerable'] / max(n, 1):.1%}")
    for name, t in texts.items():
        print(f"  {name}: {word_count(t)} words")
    if kinds["unanswerable"] / max(n, 1) < 0.2:
        errors.append("fewer than 20% unanswerable")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("OK: all checks passed")


if __name__ == "__main__":
    main()
