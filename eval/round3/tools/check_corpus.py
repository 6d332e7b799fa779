#!/usr/bin/env python3
"""Checks /work/r3-c/corpus.jsonl against the seed documents.

Checks:
  * schema: fields, unique ids, known kinds, all_answers where required;
  * every quote (and extra quote) occurs verbatim in its document;
  * every answer occurs in its quote or in one of its documents
    (case-insensitive; a whitespace-normalised match is accepted and reported,
    since the seeds break lines mid-sentence);
  * arithmetic: every input occurs in quote/documents, and the answer equals
    the formula applied to the inputs, within the rounding the answer shows;
  * unanswerable: no answers, no docs, and none of the absent_terms /
    absent_regex matches any seed document;
  * paraphrase: no run of 8 consecutive words of a question occurs in a seed;
  * counts per kind; unanswerable >= 20 %.
Exit code 0 if all pass.
"""
import collections
import glob
import json
import os
import re
import sys

SEEDS = "/work/shared/seeds"
CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl")
KINDS = {"figure", "arithmetic", "two_part", "list", "date_person", "fact",
         "explanation", "english", "conflict", "unanswerable"}
RUN = 6  # words in a copied run that counts as copying
NEED_ALL = {"two_part", "list", "conflict"}

docs = {os.path.splitext(os.path.basename(p))[0]: open(p, encoding="utf-8").read()
        for p in sorted(glob.glob(os.path.join(SEEDS, "*.txt")))}


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


NORM = {k: norm(v) for k, v in docs.items()}


def occurs(needle, hay_raw):
    """'exact' if case-insensitive raw match, 'ws' if only after whitespace
    normalisation, None if absent."""
    if needle.lower() in hay_raw.lower():
        return "exact"
    if norm(needle) in norm(hay_raw):
        return "ws"
    return None


def parse_num(s):
    """Dutch number: '1.924' -> 1924, '33,5' -> 33.5, '62,5%' -> 62.5.
    Returns (value, decimals shown)."""
    t = s.strip()
    t = re.sub(r"(?i)[%€]|mln\.?|miljoen|euro", "", t).strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", t):
        t = t.replace(".", "")
    dec = len(t.split(",")[1]) if "," in t else 0
    return float(t.replace(",", ".")), dec


errors = []
warnings = []


def err(i, msg):
    errors.append(f"{i}: {msg}")


items = [json.loads(l) for l in open(CORPUS, encoding="utf-8") if l.strip()]
ids = collections.Counter(it.get("id") for it in items)
for k, n in ids.items():
    if n > 1:
        err(k, "duplicate id")

for it in items:
    i = it.get("id", "?")
    for f in ("id", "question", "kind", "answers", "docs", "quote"):
        if f not in it:
            err(i, f"missing field {f}")
    kind = it.get("kind")
    if kind not in KINDS:
        err(i, f"unknown kind {kind}")
        continue
    if not re.fullmatch(r"r3c\d{3}", i):
        err(i, "bad id format")
    q = it["question"]

    # paraphrase check: no 8-word run of the question verbatim in a seed
    words = re.findall(r"[\wÀ-ÿ’'-]+", q.lower())
    for k in range(len(words) - (RUN - 1)):
        run = " ".join(words[k:k + RUN])
        hit = [d for d, t in NORM.items() if run in re.sub(r"[^\w\sÀ-ÿ’'-]", " ", t)
               .replace("  ", " ")]
        if hit:
            err(i, f"question copies document wording: '{run}' ({hit[0]})")
            break

    if kind == "unanswerable":
        if it["answers"]:
            err(i, "unanswerable with answers")
        if it["docs"] or it["quote"]:
            err(i, "unanswerable should have empty docs and quote")
        terms = it.get("absent_terms", [])
        regs = it.get("absent_regex", [])
        if not terms and not regs:
            err(i, "unanswerable without absent_terms/absent_regex")
        for t in terms:
            for d, txt in docs.items():
                if occurs(t, txt):
                    err(i, f"absent term {t!r} found in {d}")
        for r in regs:
            for d, txt in docs.items():
                m = re.search(r, txt)
                if m:
                    err(i, f"absent regex {r!r} matches in {d}: {m.group(0)[:80]!r}")
        continue

    # answerable
    if not it["answers"]:
        err(i, "answerable question without answers")
    if not it["docs"]:
        err(i, "no docs")
        continue
    for d in it["docs"]:
        if d not in docs:
            err(i, f"unknown doc {d}")
    if any(d not in docs for d in it["docs"]):
        continue
    if kind in NEED_ALL and it.get("all_answers") is not True:
        err(i, "all_answers must be true")
    if len(it["answers"]) > 1 and it.get("all_answers") is not True:
        err(i, "several answers but all_answers not true")

    quote = it["quote"]
    if not quote:
        err(i, "empty quote")
    elif quote not in docs[it["docs"][0]]:
        err(i, f"quote not verbatim in {it['docs'][0]}")
    quotes = [quote]
    for eq in it.get("extra_quotes", []):
        if eq["doc"] not in it["docs"]:
            err(i, f"extra quote doc {eq['doc']} not in docs")
        if eq["quote"] not in docs.get(eq["doc"], ""):
            err(i, f"extra quote not verbatim in {eq['doc']}")
        quotes.append(eq["quote"])
    hay_q = "\n".join(quotes)
    hay_d = "\n".join(docs[d] for d in it["docs"])

    def where(s):
        m = occurs(s, hay_q)
        if m:
            return "quote", m
        m = occurs(s, hay_d)
        if m:
            return "doc", m
        return None, None

    if kind == "arithmetic":
        inputs = it.get("inputs")
        formula = it.get("formula")
        if not inputs or not formula:
            err(i, "arithmetic needs inputs and formula")
            continue
        for s in inputs:
            loc, _ = where(s)
            if not loc:
                err(i, f"input {s!r} not in quote/docs")
            elif loc == "doc":
                warnings.append(f"{i}: input {s!r} found in doc, not in quote")
        vals = [parse_num(s)[0] for s in inputs]
        env = dict(zip("abcdef", vals))
        result = eval(formula, {"__builtins__": {}}, env)
        ans, dec = parse_num(it["answers"][0])
        tol = 0.5 * 10 ** (-dec) + 1e-9
        if abs(result - ans) > tol:
            err(i, f"arithmetic: {formula} with {inputs} = {result:.4f}, answer {it['answers'][0]}")
        # the computed value should not simply be stated in the quote
        if occurs(it["answers"][0], hay_q):
            warnings.append(f"{i}: arithmetic answer appears literally in quote")
        continue

    for a in it["answers"]:
        loc, mode = where(a)
        if not loc:
            err(i, f"answer {a!r} not in quote or docs")
        else:
            if loc == "doc":
                warnings.append(f"{i}: answer {a!r} in doc but not in quote")
            if mode == "ws":
                warnings.append(f"{i}: answer {a!r} matched only after whitespace normalisation")

counts = collections.Counter(it["kind"] for it in items)
n = len(items)
print(f"{n} questions")
for k in sorted(KINDS):
    print(f"  {k:12s} {counts.get(k, 0)}")
un = counts.get("unanswerable", 0)
print(f"  unanswerable share: {un / n:.1%}")
if un / n < 0.20:
    errors.append(f"unanswerable share {un / n:.1%} < 20%")
if n != 110:
    errors.append(f"expected 110 questions, got {n}")

for w in warnings:
    print("WARN", w)
for e in errors:
    print("FAIL", e)
print("PASS" if not errors else f"{len(errors)} failure(s)")
sys.exit(1 if errors else 0)
