"""Quality check for questions.jsonl (run with /work/pdfgen-venv/bin/python check.py)."""
import json, os, re, sys
from collections import Counter
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS_MIN = {"figure": 12, "fact": 6, "date_person": 5, "list": 3, "two_part": 3,
             "arithmetic": 3, "english": 3, "unanswerable": 11}
MULT = {"miljoen": 1e6, "mln": 1e6, "miljard": 1e9, "mld": 1e9, "duizend": 1e3}
errors = []


def err(msg):
    errors.append(msg)


def ws(t):
    return re.sub(r"\s+", " ", t).strip()


# ---- load documents
docs, pdf_pages = {}, {}
for fn in sorted(os.listdir(HERE)):
    stem, ext = os.path.splitext(fn)
    path = os.path.join(HERE, fn)
    if ext == ".pdf":
        reader = pypdf.PdfReader(path)
        texts = [p.extract_text() or "" for p in reader.pages]
        for i, t in enumerate(texts, 1):
            if len(t.split()) < 20:
                err(f"{fn}: page {i} yields (almost) no text")
        pdf_pages[stem] = len(texts)
        docs[stem] = ws(" ".join(texts))
    elif ext in (".txt", ".md"):
        docs[stem] = ws(open(path, encoding="utf-8").read())
print("documents:", {k: len(v.split()) for k, v in docs.items()}, "pdf pages:", pdf_pages)
for k, v in docs.items():
    n = len(v.split())
    if not 700 <= n <= 1500:
        err(f"{k}: {n} words, outside 700-1500")


# ---- numbers
NUM_RE = re.compile(r"^\s*(?:€\s*)?(-?\d{1,3}(?:[. ]\d{3})+(?:,\d+)?|-?\d+(?:,\d+)?)\s*"
                    r"(miljoen|mln|miljard|mld|duizend)?\s*(%|procent)?\s*$", re.I)


def parse_dutch(tok):
    tok = tok.replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"-?\d{1,3}(?:\.\d{3})+(?:,\d+)?", tok):
        tok = tok.replace(".", "")
    return float(tok.replace(",", "."))


def answer_value(a):
    """Numeric value of an answer string, or None if it is a text answer."""
    m = NUM_RE.match(a)
    if not m:
        return None
    v = parse_dutch(m.group(1))
    if m.group(2):
        v *= MULT[m.group(2).lower()]
    return v


def doc_values(text):
    vals = set()
    pats = [r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])",   # 1.204 / 1.046,5
            r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,])",            # 1 660 (space thousands)
            r"(?<![\d])\d+(?:,\d+)?(?![\d])"]                       # 742 / 13,8
    for pat in pats:
        for m in re.finditer(pat, text):
            try:
                v = parse_dutch(m.group(0))
            except ValueError:
                continue
            vals.add(round(v, 6))
            tail = text[m.end():m.end() + 12].lower()
            for w, f in MULT.items():
                if tail.lstrip().startswith(w):
                    vals.add(round(v * f, 6))
    return vals


DOCVALS = {k: doc_values(v) for k, v in docs.items()}


def present(ans, stem):
    v = answer_value(ans)
    if v is not None:
        return round(v, 6) in DOCVALS[stem]
    return ans.lower() in docs[stem].lower()


# ---- questions
qs = []
with open(os.path.join(HERE, "questions.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            qs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {ln}: invalid JSON ({e})")

ids = Counter(q.get("id") for q in qs)
for i, c in ids.items():
    if c > 1:
        err(f"duplicate id {i}")

for q in qs:
    qid = q.get("id", "?")
    for fld, typ in (("id", str), ("question", str), ("kind", str), ("answers", list), ("docs", list)):
        if not isinstance(q.get(fld), typ):
            err(f"{qid}: field {fld} missing or not {typ.__name__}")
    if not re.fullmatch(r"r2a\d{3}", str(qid)):
        err(f"{qid}: bad id format")
    kind = q.get("kind")
    if kind not in KINDS_MIN:
        err(f"{qid}: unknown kind {kind}")
        continue
    extra = set(q) - {"id", "question", "kind", "answers", "docs", "quote", "all_answers", "inputs"}
    if extra:
        err(f"{qid}: unexpected fields {extra}")
    for d in q["docs"]:
        if d not in docs:
            err(f"{qid}: doc id {d} is not an existing file stem")
    if kind == "unanswerable":
        if q["answers"] or q["docs"] or "quote" in q:
            err(f"{qid}: unanswerable must have empty answers/docs and no quote")
        continue
    if not q["answers"] or not q["docs"]:
        err(f"{qid}: answers/docs empty")
        continue
    first = q["docs"][0]
    if first not in docs:
        continue
    if kind in ("list", "two_part") and q.get("all_answers") is not True:
        err(f"{qid}: {kind} needs all_answers true")
    if kind in ("list", "two_part") and len(q["answers"]) < 2:
        err(f"{qid}: {kind} needs at least 2 answers")
    if "quote" in q:
        if ws(q["quote"]) not in docs[first]:
            err(f"{qid}: quote not verbatim in {first}: {q['quote'][:80]!r}")
    if kind == "arithmetic":
        inputs = q.get("inputs")
        if not isinstance(inputs, list) or len(inputs) < 2:
            err(f"{qid}: arithmetic needs inputs")
            continue
        vals = [answer_value(x) for x in inputs]
        if None in vals:
            err(f"{qid}: non-numeric input {inputs}")
            continue
        for x in inputs:
            if not any(present(x, d) for d in q["docs"]):
                err(f"{qid}: input {x} not found in docs")
        res = answer_value(q["answers"][0])
        if res is None:
            err(f"{qid}: arithmetic answer not numeric")
            continue
        cands = [sum(vals)]
        if len(vals) == 2:
            a, b = vals
            cands += [a - b, b - a, a * b]
            if b:
                cands += [a / b, (a - b) / b * 100, (b - a) / b * 100]
            if a:
                cands += [b / a, (a - b) / a * 100, (b - a) / a * 100]
        if not any(abs(res - c) <= max(0.051, abs(c) * 0.001) for c in cands):
            err(f"{qid}: arithmetic result {res} does not follow from {inputs}")
        if present(q["answers"][0], first):
            print(f"note {qid}: arithmetic result {q['answers'][0]} also appears literally in {first}")
        continue
    for a in q["answers"]:
        if not any(present(a, d) for d in q["docs"]):
            err(f"{qid}: answer {a!r} not found in {q['docs']}")

kinds = Counter(q.get("kind") for q in qs)
print("questions:", len(qs), dict(kinds))
for k, mn in KINDS_MIN.items():
    if kinds.get(k, 0) < mn:
        err(f"kind {k}: {kinds.get(k, 0)} < {mn}")
share = kinds.get("unanswerable", 0) / max(1, len(qs))
print(f"unanswerable share: {share:.1%}")
if share < 0.22:
    err("unanswerable share below 22%")
if len(qs) < 45:
    err("fewer than 45 questions")

if errors:
    print("FAIL")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("PASS")
