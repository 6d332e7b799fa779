#!/usr/bin/env python3
"""Checker for corpus.jsonl (held-out set r4c, gesloten jeugdhulp).

Verifies:
  * JSON structure, allowed kinds, unique ids (prefix r4c + 3 digits), doc ids known;
  * every quote and extra_quote is an exact substring of its document (doc id -> file via manifest.toml);
  * every answer of an answerable question occurs in the text of its documents
    (text: case-insensitive substring after collapsing whitespace; numbers: digits compared,
    so "1.924" = "1924", number words such as "zeven" count as digits);
    for all_answers questions every answer must occur, otherwise every answer must occur too,
    except for kind "english", where at least one must occur (English alternatives are allowed);
  * arithmetic: formula evaluates to its right-hand side, every answer equals the result
    (within the rounding implied by the answer's decimals) and every input occurs in the documents;
  * unanswerable: empty answers/docs, an entry in unanswerable_checks.json, share >= 22%.
Exit code 0 when everything passes.
"""
import json
import re
import sys
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "source"
KINDS = {"figure", "fact", "multi_doc", "trend", "english", "date_person", "list", "two_part",
         "arithmetic", "conflict", "explanation", "unanswerable"}

WORDNUM = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
           "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
           "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
           "twintig": 20}
NUM_RE = re.compile(r"[0-9][0-9.,]*[0-9]|[0-9]")
# an answer counts as numeric when it is a number with optional currency/unit words
NUMERIC_ANSWER = re.compile(
    r"^\s*(€\s*)?(?P<num>[0-9][0-9.,]*[0-9]|[0-9])\s*(%|mln\.?|miljoen|million|jaar|maanden|euro)?\s*$",
    re.IGNORECASE)


def collapse(text):
    return re.sub(r"\s+", " ", text).strip()


def digits(s):
    return re.sub(r"[^0-9]", "", s)


def load_docs():
    manifest = tomllib.loads((SRC / "manifest.toml").read_text(encoding="utf-8"))
    docs = {}
    for entry in manifest["document"]:
        docs[entry["id"]] = (SRC / entry["file"]).read_text(encoding="utf-8")
    return docs


def doc_numbers(text):
    nums = {digits(m.group(0)) for m in NUM_RE.finditer(text)}
    low = text.lower()
    for word, val in WORDNUM.items():
        if re.search(r"\b" + word + r"\b", low):
            nums.add(str(val))
    return nums


def to_float(s):
    """Dutch number -> float: '1.924' -> 1924, '33,5' -> 33.5, '49,1%' -> 49.1."""
    m = NUM_RE.search(s)
    if not m:
        raise ValueError(s)
    n = m.group(0)
    if "," in n:
        n = n.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"[0-9]{1,3}(\.[0-9]{3})+", n):
        n = n.replace(".", "")
    return float(n)


def answer_decimals(s):
    m = NUM_RE.search(s)
    n = m.group(0)
    if "," in n:
        return len(n.split(",")[-1])
    return 0


def answer_found(ans, text, numbers):
    # number words ("zes", "acht maanden") are compared as digits
    words = ans.strip().split()
    as_digits = ans
    if words and words[0].lower() in WORDNUM:
        as_digits = " ".join([str(WORDNUM[words[0].lower()])] + words[1:])
    m = NUMERIC_ANSWER.match(as_digits)
    if m:
        return digits(m.group("num")) in numbers
    return collapse(ans).lower() in collapse(text).lower()


def main():
    docs = load_docs()
    rows = [json.loads(line) for line in (HERE / "corpus.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    checks = json.loads((HERE / "unanswerable_checks.json").read_text(encoding="utf-8"))
    errors, warnings = [], []
    ids = set()
    counts = {}
    nums_cache = {d: doc_numbers(t) for d, t in docs.items()}

    for r in rows:
        rid = r.get("id", "?")
        def err(msg):
            errors.append(f"{rid}: {msg}")
        for field in ("id", "question", "kind", "answers", "docs", "quote"):
            if field not in r:
                err(f"missing field {field}")
        if not re.fullmatch(r"r4c[0-9]{3}", rid):
            err("bad id format")
        if rid in ids:
            err("duplicate id")
        ids.add(rid)
        kind = r.get("kind")
        if kind not in KINDS:
            err(f"unknown kind {kind}")
        counts[kind] = counts.get(kind, 0) + 1

        if kind == "unanswerable":
            if r["answers"] or r["docs"]:
                err("unanswerable must have empty answers and docs")
            if rid not in checks or not checks[rid]:
                err("no grep terms in unanswerable_checks.json")
            continue

        if not r["answers"]:
            err("answerable question without answers")
        if not r["docs"]:
            err("answerable question without docs")
        for d in r["docs"]:
            if d not in docs:
                err(f"unknown doc {d}")
        if any(d not in docs for d in r["docs"]):
            continue

        # quotes
        first = r["docs"][0]
        if not r["quote"] or r["quote"] not in docs[first]:
            err(f"quote not found verbatim in {first}: {r['quote']!r}")
        for eq in r.get("extra_quotes", []):
            if eq["doc"] not in docs:
                err(f"extra_quote unknown doc {eq['doc']}")
            elif eq["quote"] not in docs[eq["doc"]]:
                err(f"extra_quote not found verbatim in {eq['doc']}: {eq['quote']!r}")
            elif eq["doc"] not in r["docs"]:
                err(f"extra_quote doc {eq['doc']} not listed in docs")

        support_text = "\n".join(docs[d] for d in r["docs"])
        support_nums = set().union(*(nums_cache[d] for d in r["docs"]))
        quoted = "\n".join([r["quote"]] + [eq["quote"] for eq in r.get("extra_quotes", [])])
        quoted_nums = doc_numbers(quoted)

        if kind == "arithmetic":
            for field in ("inputs", "formula"):
                if field not in r:
                    err(f"arithmetic without {field}")
            if "formula" not in r:
                continue
            left, right = r["formula"].split("=")
            expr = re.sub(r"(\d),(\d)", r"\1.\2", left)
            if not re.fullmatch(r"[0-9.+\-*/() ]+", expr):
                err(f"formula has unexpected characters: {left!r}")
                continue
            value = eval(expr)  # noqa: S307 - checked to contain only arithmetic
            rhs = to_float(right)
            tol = 0.5 * 10 ** (-answer_decimals(right)) + 1e-9
            if abs(value - rhs) > tol:
                err(f"formula evaluates to {value}, not {right.strip()}")
            for a in r["answers"]:
                ta = 0.5 * 10 ** (-answer_decimals(a)) + 1e-9
                if abs(to_float(a) - value) > ta:
                    err(f"answer {a} does not match computed {value:.4f}")
            for inp in r.get("inputs", []):
                if digits(inp) not in support_nums:
                    err(f"input {inp} not found in docs {r['docs']}")
                if digits(inp) not in quoted_nums:
                    warnings.append(f"{rid}: input {inp} not inside the quoted passages (only elsewhere in doc)")
            continue

        found = [a for a in r["answers"] if answer_found(a, support_text, support_nums)]
        missing = [a for a in r["answers"] if a not in found]
        if kind == "english":
            if not found:
                err(f"no answer found in docs: {r['answers']}")
        elif missing:
            err(f"answers not found in docs: {missing}")
        for a in found:
            if not answer_found(a, quoted, quoted_nums):
                warnings.append(f"{rid}: answer {a!r} found in doc but not inside the quoted passages")
        if kind in ("list", "two_part", "conflict") and not r.get("all_answers"):
            err(f"{kind} should have all_answers true")

    # unanswerable grep terms: report how often they occur (informative)
    for uid, terms in checks.items():
        if uid not in ids:
            errors.append(f"unanswerable_checks.json: unknown id {uid}")

    total = len(rows)
    unans = counts.get("unanswerable", 0)
    share = unans / total if total else 0
    if share < 0.22:
        errors.append(f"unanswerable share {share:.1%} < 22%")
    if total < 115:
        errors.append(f"only {total} questions (< 115)")

    print(f"questions: {total}")
    for k in sorted(counts):
        print(f"  {k:12s} {counts[k]}")
    print(f"unanswerable share: {share:.1%}")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print("RESULT:", "PASS" if not errors else f"FAIL ({len(errors)} errors)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
