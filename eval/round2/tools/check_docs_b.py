"""Kwaliteitscontrole voor questions.jsonl (held-out set r2, docs-b).
Draaien met: /work/pdfgen-venv/bin/python check.py"""
import json, os, re, sys, itertools
from collections import Counter
from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
QFILE = os.path.join(HERE, "questions.jsonl")
KINDS = {"figure": 13, "fact": 7, "date_person": 5, "list": 4, "two_part": 4,
         "arithmetic": 4, "explanation": 2, "english": 3, "unanswerable": 12}
MIN_TOTAL, MIN_UNANS_SHARE = 50, 0.22
errors = []


def err(msg):
    errors.append(msg)


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


# ---- documenten laden ----
docs = {}
for fn in sorted(os.listdir(HERE)):
    stem, ext = os.path.splitext(fn)
    path = os.path.join(HERE, fn)
    if ext == ".txt":
        docs[stem] = open(path, encoding="utf-8").read()
    elif ext == ".pdf":
        reader = PdfReader(path)
        pages = []
        for i, p in enumerate(reader.pages, 1):
            t = p.extract_text() or ""
            if len(t.strip()) < 50:
                err(f"{fn}: pagina {i} levert (bijna) geen tekst op")
            pages.append(t)
        docs[stem] = "\n".join(pages)
        for ch in "€•":
            if ch not in docs[stem]:
                err(f"{fn}: teken {ch!r} niet in geëxtraheerde tekst")
flat = {k: collapse(v) for k, v in docs.items()}
print("documenten:", ", ".join(f"{k} ({len(v.split())} woorden)" for k, v in docs.items()))

# ---- getallen ----
SCALES = {"mln": 1e6, "miljoen": 1e6, "duizend": 1e3, "mld": 1e9, "miljard": 1e9}
NUM_ANSWER = re.compile(r"^\s*€?\s*(\d{1,3}(?:[. ]\d{3})+|\d+)(?:,(\d+))?\s*(mln|miljoen|duizend|mld|miljard|%|procent|dagen|uur|fte)?\s*$", re.I)


def parse_num(s):
    """Geeft (waarde, schaal) voor een numeriek antwoord, anders None."""
    m = NUM_ANSWER.match(s)
    if not m:
        return None
    whole = re.sub(r"[. ]", "", m.group(1))
    v = float(whole + ("." + m.group(2) if m.group(2) else ""))
    unit = (m.group(3) or "").lower()
    return v, SCALES.get(unit, 1.0)


def doc_numbers(text):
    """Alle getallen in de tekst, ook samengevoegde duizendtallen ('1 234', '1.234') en losse delen."""
    nums = set()
    for m in re.finditer(r"\d+(?:,\d+)?", text):
        nums.add(float(m.group().replace(",", ".")))
    for m in re.finditer(r"(?<![\d,])\d{1,3}(?:[. ]\d{3})+(?:,\d+)?", text):
        s = m.group()
        dec = ""
        if "," in s:
            s, dec = s.split(",")
        nums.add(float(re.sub(r"[. ]", "", s) + ("." + dec if dec else "")))
    # zo ook met schaal (x duizend / mln)
    return nums | {n * 1e3 for n in nums} | {n * 1e6 for n in nums}


docnums = {k: doc_numbers(v) for k, v in flat.items()}


def num_in(value, nums):
    return any(abs(value - n) <= max(1e-6, abs(value) * 1e-9) for n in nums)


# ---- vragen ----
rows = []
with open(QFILE, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"regel {ln}: ongeldige JSON ({e})")

ids = Counter(r.get("id") for r in rows)
for i, c in ids.items():
    if c > 1:
        err(f"dubbel id {i}")

ALLOWED = {"id", "question", "kind", "answers", "docs", "quote", "all_answers", "inputs"}
for r in rows:
    rid = r.get("id", "?")
    for k in ("id", "question", "kind", "answers", "docs"):
        if k not in r:
            err(f"{rid}: veld {k} ontbreekt")
    extra = set(r) - ALLOWED
    if extra:
        err(f"{rid}: onbekende velden {extra}")
    if not re.fullmatch(r"r2b\d{3}", str(rid)):
        err(f"{rid}: id-formaat")
    kind = r.get("kind")
    if kind not in KINDS:
        err(f"{rid}: onbekende kind {kind}")
        continue
    if not isinstance(r.get("question"), str) or len(r["question"]) < 10:
        err(f"{rid}: vraag ontbreekt/te kort")
    answers, dids = r.get("answers", []), r.get("docs", [])
    if not isinstance(answers, list) or not isinstance(dids, list):
        err(f"{rid}: answers/docs moeten lijsten zijn")
        continue
    if kind == "unanswerable":
        if answers or dids or "quote" in r:
            err(f"{rid}: unanswerable moet lege answers/docs en geen quote hebben")
        continue
    if not answers:
        err(f"{rid}: geen antwoorden")
    if not dids:
        err(f"{rid}: geen docs")
    for d in dids:
        if d not in docs:
            err(f"{rid}: onbekend document {d}")
    if any(d not in docs for d in dids):
        continue
    if kind in ("list", "two_part") and r.get("all_answers") is not True:
        err(f"{rid}: {kind} vereist all_answers: true")
    if kind in ("list", "two_part") and len(answers) < 2:
        err(f"{rid}: {kind} vereist minstens 2 antwoorden")
    if "quote" in r:
        if collapse(r["quote"]) not in flat[dids[0]]:
            err(f"{rid}: quote niet letterlijk in {dids[0]}: {r['quote'][:60]!r}")
    text_all = " ".join(flat[d] for d in dids)
    nums_all = set().union(*(docnums[d] for d in dids))
    if kind == "arithmetic":
        inputs = r.get("inputs")
        if not inputs or len(inputs) < 2:
            err(f"{rid}: arithmetic vereist minstens 2 inputs")
            continue
        pv = [parse_num(x) for x in inputs]
        if None in pv:
            err(f"{rid}: inputs niet numeriek {inputs}")
            continue
        vals = [v * s for v, s in pv]
        for (v, s), raw in zip(pv, inputs):
            if not num_in(v * s, nums_all):
                err(f"{rid}: input {raw} niet in document")
        cands = [sum(vals)]
        for a, b in itertools.permutations(vals, 2):
            cands += [a - b, a * b]
            if b:
                cands += [a / b, (a - b) / b * 100, a / b * 100]
        for a in answers:
            p = parse_num(a)
            if p is None:
                err(f"{rid}: arithmetic-antwoord niet numeriek {a}")
                continue
            target = p[0] * p[1]
            if not any(abs(target - c) <= max(0.051 * p[1], abs(c) * 0.005) for c in cands):
                err(f"{rid}: uitkomst {a} volgt niet uit inputs {inputs}")
        continue
    for a in answers:
        p = parse_num(a)
        if p is not None:
            if not num_in(p[0] * p[1], nums_all):
                err(f"{rid}: numeriek antwoord {a} niet in document(en)")
        elif a.lower() not in text_all.lower():
            err(f"{rid}: tekstantwoord {a!r} niet in document(en)")

# ---- tellingen ----
cnt = Counter(r.get("kind") for r in rows)
total = len(rows)
print("aantal vragen:", total)
for k, mn in KINDS.items():
    flag = "" if cnt[k] >= mn else f"  <-- minimum {mn}"
    print(f"  {k:13s} {cnt[k]:3d}{flag}")
    if cnt[k] < mn:
        err(f"te weinig vragen van soort {k}: {cnt[k]} < {mn}")
share = cnt["unanswerable"] / total if total else 0
print(f"  aandeel unanswerable: {share:.1%}")
if total < MIN_TOTAL:
    err(f"te weinig vragen: {total}")
if share < MIN_UNANS_SHARE:
    err(f"aandeel unanswerable {share:.1%} < 22%")
ans_docs = Counter(d for r in rows for d in r.get("docs", []))
print("  vragen per document:", dict(ans_docs))

if errors:
    print(f"\nMISLUKT: {len(errors)} fout(en)")
    for e in errors:
        print(" -", e)
    sys.exit(1)
print("\nOK: alle controles geslaagd")
