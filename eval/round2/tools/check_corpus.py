#!/usr/bin/env python3
"""Checker for the held-out question set corpus.jsonl (stdlib only).

Usage: python3 check.py [corpus.jsonl]
Exit code 0 when every check passes, 1 otherwise.
"""
import json
import os
import re
import sys
import tomllib

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "corpus.jsonl")
UNANS = os.path.join(HERE, "unanswerable_checks.json")

MIN_KIND = {
    "figure": 18, "fact": 15, "date_person": 10, "list": 10, "two_part": 10,
    "arithmetic": 10, "conflict": 5, "explanation": 8, "english": 8, "unanswerable": 30,
}
MIN_TOTAL = 115
MIN_UNANS_SHARE = 0.25
ALL_REQUIRED = {"list", "two_part"}  # these kinds must set all_answers: true

NUM_WORDS = {
    "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "twintig": 20,
}
MULT = {"mln": 1e6, "miljoen": 1e6, "mld": 1e9, "miljard": 1e9}

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()


def parse_dutch_number(tok):
    """'1.924' -> 1924, '33,5' -> 33.5, '979' -> 979."""
    tok = tok.strip()
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", tok):
        tok = tok.replace(".", "")
    return float(tok.replace(",", "."))


NUM_ANSWER_RE = re.compile(
    r"^\s*(?:€\s*)?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*"
    r"(%|mln\.?|miljoen|mld\.?|miljard)?\s*(?:euro)?\s*$", re.I)


def answer_number(a):
    """Return (value, is_percent) if the answer is numeric, else None."""
    m = NUM_ANSWER_RE.match(a)
    if not m:
        return None
    v = parse_dutch_number(m.group(1))
    unit = (m.group(2) or "").lower().rstrip(".")
    if unit in MULT:
        v *= MULT[unit]
    return v, unit == "%"


DOC_NUM_RE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d])\s*(mln|miljoen|mld|miljard)?",
    re.I)


def doc_numbers(text):
    vals = set()
    for m in DOC_NUM_RE.finditer(text):
        try:
            v = parse_dutch_number(m.group(1))
        except ValueError:
            continue
        vals.add(v)
        if m.group(2):
            vals.add(v * MULT[m.group(2).lower()])
    low = text.lower()
    for w, n in NUM_WORDS.items():
        for m in re.finditer(r"(?<!\w)" + w + r"(?!\w)(\s+(miljoen|miljard))?", low):
            vals.add(float(n))
            if m.group(2):
                vals.add(n * MULT[m.group(2)])
    return vals


def close(a, b):
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def answer_in_docs(ans, doc_ids, docs_text, docs_nums):
    num = answer_number(ans)
    if num is not None:
        v, _ = num
        return any(any(close(v, x) for x in docs_nums[d]) for d in doc_ids)
    a = norm(ans).lower()
    return any(a in docs_text[d].lower() for d in doc_ids)


# ---------- load documents ----------
with open(os.path.join(HERE, "manifest.toml"), "rb") as f:
    manifest = tomllib.load(f)
docs_text, docs_nums = {}, {}
for d in manifest["document"]:
    with open(os.path.join(HERE, d["file"]), encoding="utf-8") as f:
        t = norm(f.read())
    docs_text[d["id"]] = t
    docs_nums[d["id"]] = doc_numbers(t)

# ---------- load questions ----------
items = []
with open(CORPUS, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            err(f"line {ln}: empty line")
            continue
        try:
            items.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {ln}: invalid JSON: {e}")

try:
    with open(UNANS, encoding="utf-8") as f:
        unans_checks = json.load(f)
except FileNotFoundError:
    unans_checks = {}
    err("unanswerable_checks.json missing")

ids = set()
counts = {}
for i, q in enumerate(items, 1):
    qid = q.get("id", f"<line {i}>")
    for field in ("id", "question", "kind", "answers", "docs"):
        if field not in q:
            err(f"{qid}: missing field {field}")
    if not re.fullmatch(r"r2c\d{3}", str(q.get("id", ""))):
        err(f"{qid}: bad id format")
    if qid in ids:
        err(f"{qid}: duplicate id")
    ids.add(qid)
    kind = q.get("kind")
    if kind not in MIN_KIND:
        err(f"{qid}: unknown kind {kind}")
        continue
    counts[kind] = counts.get(kind, 0) + 1
    if not isinstance(q.get("question"), str) or len(q["question"]) < 10:
        err(f"{qid}: question too short")
    answers, dids = q.get("answers", []), q.get("docs", [])
    if not isinstance(answers, list) or not isinstance(dids, list):
        err(f"{qid}: answers/docs must be lists")
        continue
    for d in dids:
        if d not in docs_text:
            err(f"{qid}: unknown doc id {d}")
    if any(d not in docs_text for d in dids):
        continue

    if kind == "unanswerable":
        if answers or dids:
            err(f"{qid}: unanswerable must have empty answers and docs")
        chk = unans_checks.get(qid)
        if not chk:
            err(f"{qid}: no grep record in unanswerable_checks.json")
        else:
            terms = chk.get("absent_terms", [])
            if not terms:
                err(f"{qid}: no absent_terms recorded")
            scope = chk.get("in_docs") or list(docs_text)
            for t in terms:
                hits = [d for d in scope if norm(t).lower() in docs_text[d].lower()]
                if hits:
                    err(f"{qid}: absent term {t!r} found in {hits}")
            if not chk.get("note"):
                err(f"{qid}: no note recorded")
        continue

    if not answers:
        err(f"{qid}: answers empty")
    if not dids:
        err(f"{qid}: docs empty")
        continue
    if kind in ALL_REQUIRED and q.get("all_answers") is not True:
        err(f"{qid}: kind {kind} requires all_answers: true")
    if kind in ALL_REQUIRED and len(answers) < 2:
        err(f"{qid}: kind {kind} needs at least two answers")

    quote = q.get("quote")
    if quote is None:
        warnings.append(f"{qid}: no quote")
    else:
        if norm(quote) not in docs_text[dids[0]]:
            err(f"{qid}: quote not found verbatim in {dids[0]}: {quote[:70]!r}")

    if kind == "arithmetic":
        inputs = q.get("inputs")
        if not inputs or len(inputs) < 2:
            err(f"{qid}: arithmetic needs >= 2 inputs")
            continue
        vals = []
        for inp in inputs:
            n = answer_number(inp)
            if n is None:
                err(f"{qid}: input {inp!r} not numeric")
                break
            if not answer_in_docs(inp, dids, docs_text, docs_nums):
                err(f"{qid}: input {inp!r} not found in docs {dids}")
            vals.append(n[0])
        else:
            if len(answers) != 1:
                err(f"{qid}: arithmetic should have exactly one answer")
            res = answer_number(answers[0])
            if res is None:
                err(f"{qid}: arithmetic answer {answers[0]!r} not numeric")
                continue
            rv, is_pct = res
            a, b = vals[0], vals[1]
            if is_pct:
                ok = len(vals) == 2 and a != 0 and close(rv, round(abs(b - a) / a * 100))
                how = "percentage change"
            else:
                ok = (len(vals) == 2 and close(rv, abs(a - b))) or close(rv, sum(vals))
                how = "difference/sum"
            if not ok:
                err(f"{qid}: arithmetic answer {answers[0]} != {how} of {inputs}")
        continue

    for a in answers:
        if not isinstance(a, str) or not a.strip():
            err(f"{qid}: empty/non-string answer")
            continue
        if not answer_in_docs(a, dids, docs_text, docs_nums):
            err(f"{qid}: answer {a!r} not found in docs {dids}")
    if quote is not None and not any(answer_in_docs(a, [dids[0]], {dids[0]: norm(quote)},
                                                    {dids[0]: doc_numbers(norm(quote))})
                                     for a in answers):
        warnings.append(f"{qid}: no answer occurs inside the quote")

# ---------- unanswerable records without a question ----------
for k in unans_checks:
    if k not in ids:
        err(f"unanswerable_checks.json: {k} is not a question id")

# ---------- counts ----------
total = len(items)
for k, m in MIN_KIND.items():
    if counts.get(k, 0) < m:
        err(f"kind {k}: {counts.get(k, 0)} < required {m}")
if total < MIN_TOTAL:
    err(f"total {total} < {MIN_TOTAL}")
share = counts.get("unanswerable", 0) / total if total else 0
if share < MIN_UNANS_SHARE:
    err(f"unanswerable share {share:.1%} < 25%")

print("Counts per kind:")
for k in MIN_KIND:
    print(f"  {k:13s} {counts.get(k, 0):3d} (min {MIN_KIND[k]})")
print(f"  {'TOTAL':13s} {total:3d}; unanswerable share {share:.1%}")
for w in warnings:
    print("WARNING:", w)
for e in errors:
    print("ERROR:", e)
print("RESULT:", "PASS" if not errors else f"FAIL ({len(errors)} errors)")
sys.exit(1 if errors else 0)
