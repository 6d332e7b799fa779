"""Controleert /work/r4/docs-b/docs.jsonl tegen de vier documenten.

Gebruik:  /work/r4/docs-b/venv/bin/python /work/r4/docs-b/tools/check.py

Controles
- velden en kinds volgens FORMAT.md, ids uniek, prefix r4b
- quote (en extra_quotes) exact substring:
    .txt -> van het bestand zelf
    .pdf -> van één tekstblok in tools/make_pdfs.py (SOURCE_BLOCKS), en (witruimte
            genormaliseerd) ook terug te vinden in de met pypdf geëxtraheerde tekst
- antwoorden komen voor in de documenttekst (tekst: hoofdletterongevoelige substring;
  getallen: numeriek, ook "9,1 mln" = 9.100.000); bij PDF in de pypdf-tekst
- all_answers: alle antwoorden moeten voorkomen; anders minstens één
- arithmetic: inputs komen voor in het document, formule rekent uit, antwoord = uitkomst
- unanswerable: geen answers/docs/quote, zoektermen uit unanswerable_checks.json
  komen in geen enkel document voor; aandeel >= 22%
- documenten: 700-1600 woorden, PDF-paginatelling (rekenkamer 2-3, raadsbrief 2)
"""
import json, os, re, sys

BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCDIR = os.path.join(BASE, "docs")
sys.path.insert(0, os.path.join(BASE, "tools"))
import make_pdfs  # noqa: E402  (alleen de inhoud, er wordt niets gegenereerd)
from pypdf import PdfReader  # noqa: E402

KINDS = {"figure", "fact", "multi_doc", "trend", "english", "date_person", "list", "two_part",
         "arithmetic", "conflict", "explanation", "unanswerable"}
errors, warnings = [], []


def err(msg):
    errors.append(msg)


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ---------------------------------------------------------------- documenten laden
DOCS = {}      # id -> dict(kind, text (zoektekst), blocks (pdf), pages)
for fn in sorted(os.listdir(DOCDIR)):
    did, ext = os.path.splitext(fn)
    path = os.path.join(DOCDIR, fn)
    if ext in (".txt", ".md"):
        t = open(path, encoding="utf-8").read()
        DOCS[did] = {"type": "txt", "text": t, "raw": t}
    elif ext == ".pdf":
        r = PdfReader(path)
        t = "\n".join(p.extract_text() for p in r.pages)
        DOCS[did] = {"type": "pdf", "text": t, "blocks": make_pdfs.SOURCE_BLOCKS[did], "pages": len(r.pages)}
print("Documenten:")
for did, d in DOCS.items():
    words = len(d["text"].split())
    extra = f", {d['pages']} pagina's" if d["type"] == "pdf" else ""
    print(f"  {did} ({d['type']}): {words} woorden{extra}")
    if not 700 <= words <= 1600:
        err(f"{did}: {words} woorden, buiten 700-1600")
if DOCS.get(make_pdfs.RK_ID, {}).get("pages") not in (2, 3):
    err("rekenkamer-PDF moet 2-3 pagina's hebben")
if DOCS.get(make_pdfs.RB_ID, {}).get("pages") != 2:
    err("raadsbrief-PDF moet 2 pagina's hebben")
for did, d in DOCS.items():
    if d["type"] == "pdf":
        # elk bronblok moet (witruimte genormaliseerd) in de extractie staan: echte tekst, geen plaatjes
        ext = norm_ws(d["text"])
        missing = [b for b in d["blocks"] if norm_ws(b) not in ext]
        # tabelcellen staan op eigen regels; die zitten er ook los in
        if missing:
            err(f"{did}: {len(missing)} bronblokken niet in pypdf-tekst, bv. {missing[0][:60]!r}")


# ---------------------------------------------------------------- getallen
NUM_RE = re.compile(r"(?<![\d])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(\s*(?:mln|miljoen))?")


def parse_num(s):
    """'1.250.000' -> 1250000, '9,1 mln' -> 9100000, '74%' -> 74; None als geen getal."""
    m = NUM_RE.search(s)
    if not m:
        return None
    v = float(m.group(1).replace(".", "").replace(",", "."))
    if m.group(2):
        v *= 1_000_000
    return v


def numbers_in(text):
    vals = set()
    for m in NUM_RE.finditer(text):
        v = float(m.group(1).replace(".", "").replace(",", "."))
        vals.add(round(v, 6))
        if m.group(2):
            vals.add(round(v * 1_000_000, 6))
    return vals


def is_numeric_answer(a):
    return re.fullmatch(r"[€\s]*[\d.,]+\s*(%|procent|mln|miljoen)?\s*", a) is not None


def answer_in(a, did):
    text = DOCS[did]["text"]
    if is_numeric_answer(a):
        return round(parse_num(a), 6) in numbers_in(text)
    return a.lower() in norm_ws(text).lower()


def quote_ok(quote, did):
    d = DOCS.get(did)
    if d is None:
        return f"onbekend document {did}"
    if not quote:
        return "lege quote"
    if d["type"] == "txt":
        return None if quote in d["raw"] else "quote niet in .txt"
    if not any(quote in b for b in d["blocks"]):
        return "quote niet in één bronblok van de PDF-generator"
    if norm_ws(quote) not in norm_ws(d["text"]):
        return "quote niet in pypdf-tekst (witruimte genormaliseerd)"
    return None


# ---------------------------------------------------------------- vragen
rows = [json.loads(l) for l in open(os.path.join(BASE, "docs.jsonl"), encoding="utf-8") if l.strip()]
unans_checks = json.load(open(os.path.join(BASE, "unanswerable_checks.json"), encoding="utf-8"))
ids = [r["id"] for r in rows]
if len(ids) != len(set(ids)):
    err("dubbele ids")
counts = {}
for r in rows:
    rid, kind = r["id"], r.get("kind")
    counts[kind] = counts.get(kind, 0) + 1
    for f in ("id", "question", "kind", "answers", "docs", "quote"):
        if f not in r:
            err(f"{rid}: veld {f} ontbreekt")
    if not rid.startswith("r4b"):
        err(f"{rid}: prefix")
    if kind not in KINDS:
        err(f"{rid}: onbekende kind {kind}")
    if kind == "unanswerable":
        if r["answers"] or r["docs"] or r["quote"]:
            err(f"{rid}: unanswerable moet lege answers/docs/quote hebben")
        terms = unans_checks.get(rid)
        if not terms:
            err(f"{rid}: geen zoektermen in unanswerable_checks.json")
            continue
        for t in terms:
            hits = [did for did, d in DOCS.items() if t.lower() in d["text"].lower()
                    or (d["type"] == "pdf" and any(t.lower() in b.lower() for b in d["blocks"]))]
            if hits:
                err(f"{rid}: zoekterm {t!r} komt voor in {hits}")
        continue
    if not r["answers"]:
        err(f"{rid}: geen answers")
    for did in r["docs"]:
        if did not in DOCS:
            err(f"{rid}: onbekend document {did}")
    p = quote_ok(r["quote"], r["docs"][0])
    if p:
        err(f"{rid}: {p}: {r['quote']!r}")
    for eq in r.get("extra_quotes", []):
        p = quote_ok(eq["quote"], eq["doc"])
        if p:
            err(f"{rid}: extra_quote {p}: {eq['quote']!r}")
        if eq["doc"] not in r["docs"]:
            err(f"{rid}: extra_quote-document staat niet in docs")
    if kind in ("list", "two_part", "conflict") and not r.get("all_answers"):
        err(f"{rid}: {kind} zonder all_answers")
    if kind == "arithmetic":
        for inp in r.get("inputs", []):
            if not any(round(parse_num(inp), 6) in numbers_in(DOCS[d]["text"]) for d in r["docs"]):
                err(f"{rid}: input {inp} niet in document(en)")
        formula = r.get("formula", "")
        lhs, _, rhs = formula.partition("=")
        try:
            val = eval(lhs, {"__builtins__": {}})
        except Exception as e:  # noqa: BLE001
            err(f"{rid}: formule niet te evalueren: {e}")
            continue
        dec = len(rhs.strip().split(".")[1]) if "." in rhs else 0
        if abs(round(val, dec) - float(rhs)) > 1e-9:
            err(f"{rid}: formule klopt niet: {lhs} = {val}, niet {rhs.strip()}")
        ok = [a for a in r["answers"] if parse_num(a) is not None
              and any(abs(parse_num(a) - round(val, k)) < 1e-6 for k in (0, 1, 2))]
        if not ok:
            err(f"{rid}: geen antwoord komt overeen met uitkomst {val}")
        continue
    # overige soorten: antwoorden moeten in (een van) de documenten staan
    found = [a for a in r["answers"] if any(answer_in(a, d) for d in r["docs"])]
    if r.get("all_answers"):
        if len(found) != len(r["answers"]):
            err(f"{rid}: niet alle antwoorden gevonden: {set(r['answers']) - set(found)}")
    elif not found:
        err(f"{rid}: geen enkel antwoord gevonden in document")
    if kind == "conflict" and len(r["docs"]) < 2 and len(r["answers"]) < 2:
        err(f"{rid}: conflict vraagt twee bronnen/cijfers")
    # het antwoord hoort (ook) in de quote-omgeving te staan: minstens één antwoord in quote of extra_quotes
    qtexts = [r["quote"]] + [e["quote"] for e in r.get("extra_quotes", [])]
    if kind not in ("list",) and not any(
            (a.lower() in q.lower()) or (is_numeric_answer(a) and round(parse_num(a), 6) in numbers_in(q))
            for a in r["answers"] for q in qtexts):
        if not (DOCS[r["docs"][0]]["type"] == "pdf" and kind == "figure"):
            warnings.append(f"{rid}: geen antwoord in de quote zelf")

n = len(rows)
u = counts.get("unanswerable", 0)
print(f"\nVragen: {n}")
for k in sorted(counts):
    print(f"  {k:13s} {counts[k]}")
print(f"Aandeel unanswerable: {u}/{n} = {100 * u / n:.1f}%")
if n < 48:
    err("minder dan 48 vragen")
if u / n < 0.22:
    err("aandeel unanswerable < 22%")
for w in warnings:
    print("WAARSCHUWING:", w)
if errors:
    print(f"\nFOUT ({len(errors)}):")
    for e in errors:
        print("  -", e)
    sys.exit(1)
print("\nOK: alle controles geslaagd")
