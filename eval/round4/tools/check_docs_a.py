#!/usr/bin/env python3
"""Controleert docs.jsonl van set r4/docs-a.

- velden en soorten volgens /work/r4/FORMAT.md, ids uniek (prefix r4a, oplopend)
- quote (en extra_quotes) is een exacte substring van de documenttekst:
  .txt/.md: het bestand zelf; .pdf: één tekstblok uit de generator (tools/make_pdfs.py),
  zonder regelovergang; daarnaast een waarschuwing als het citaat (witruimte genormaliseerd)
  niet in de pypdf-tekst staat
- antwoorden komen voor in de genoemde documenten (PDF: cijfers van het antwoord staan in de
  pypdf-tekst); bij arithmetic: inputs staan in de documenten en de formule klopt
- unanswerable: geen antwoorden/documenten, zoektermen uit unanswerable_checks.json komen niet voor
- aandeel unanswerable >= 22%; PDF's bevatten leesbare tekst en het juiste aantal pagina's

Gebruik: /work/r4/docs-a/venv/bin/python tools/check.py
"""
import collections
import json
import os
import re
import sys
import tempfile

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")
sys.path.insert(0, HERE)
import make_pdfs  # noqa: E402

KINDS = {"figure", "fact", "multi_doc", "trend", "english", "date_person", "list", "two_part",
         "arithmetic", "conflict", "explanation", "unanswerable"}
EXPECTED_PAGES = {make_pdfs.KB_ID: 3, make_pdfs.RG_ID: (2, 3)}

errors, warnings = [], []


def err(msg):
    errors.append(msg)


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


# ------------------------------------------------------------ documenten laden
make_pdfs.DOCS = tempfile.mkdtemp()  # bronteksten opbouwen zonder docs/ te overschrijven
make_pdfs.build_all()
SOURCES = make_pdfs.SOURCES

doc_files = {os.path.splitext(f)[0]: os.path.join(DOCS, f) for f in sorted(os.listdir(DOCS))}
TEXT = {}        # doc_id -> tekst waarin gezocht wordt (txt/md: bestand; pdf: pypdf-tekst)
PDF_SRC = {}     # doc_id -> lijst brontekstblokken
for did, path in doc_files.items():
    if path.endswith(".pdf"):
        reader = PdfReader(path)
        pages = [p.extract_text() or "" for p in reader.pages]
        TEXT[did] = "\n".join(pages)
        PDF_SRC[did] = SOURCES.get(did)
        if PDF_SRC[did] is None:
            err(f"{did}: geen brontekst in make_pdfs.SOURCES")
        exp = EXPECTED_PAGES.get(did)
        n = len(pages)
        if exp is not None and not (n == exp if isinstance(exp, int) else n in exp):
            err(f"{did}: {n} pagina's, verwacht {exp}")
        for i, t in enumerate(pages, 1):
            if len(t) < 300:
                err(f"{did}: pagina {i} heeft nauwelijks tekst ({len(t)} tekens) - beeld i.p.v. tekst?")
            if not re.search(r"[Pp]agina %d van %d" % (i, n), t):
                err(f"{did}: paginanummer 'pagina {i} van {n}' ontbreekt op pagina {i}")
        # brontekst moet (witruimte genormaliseerd) grotendeels in de pypdf-tekst terugkomen
        flat = norm_ws(TEXT[did])
        missing = [s for s in PDF_SRC[did] or [] if norm_ws(s) and norm_ws(s) not in flat
                   and not s.startswith("pagina ") and not s.startswith("Pagina ")]
        if missing:
            warnings.append(f"{did}: {len(missing)} bronblokken niet letterlijk in pypdf-tekst "
                            f"(bv. tabelcellen met afbreking): {[m[:40] for m in missing[:4]]}")
    else:
        with open(path, encoding="utf-8") as f:
            TEXT[did] = f.read()

for did, path in doc_files.items():
    words = len(("\n".join(PDF_SRC[did]) if did in PDF_SRC else TEXT[did]).split())
    if not 700 <= words <= 1600:
        err(f"{did}: {words} woorden (verwacht 700-1600)")


def quote_ok(did, quote):
    if did not in TEXT:
        return False, "onbekend document"
    if not quote:
        return False, "leeg citaat"
    if did in PDF_SRC:
        if "\n" in quote:
            return False, "citaat bevat een regelovergang"
        if not any(quote in s for s in PDF_SRC[did]):
            return False, "niet in één brontekstblok van de PDF"
        if norm_ws(quote) not in norm_ws(TEXT[did]):
            warnings.append(f"{did}: citaat staat niet aaneengesloten in pypdf-tekst: {quote[:50]!r}")
        return True, ""
    return (quote in TEXT[did]), "geen substring van het bestand"


NUM_RE = re.compile(r"\d[\d.,]*\d|\d")


def num_tokens(s):
    return NUM_RE.findall(s)


def digits_only(t):
    return re.sub(r"\D", "", t)


def answer_in_docs(ans, dids):
    """Komt het antwoord (tekst of cijfers) voor in één van de documenten?"""
    for did in dids:
        text = TEXT.get(did, "")
        flat = norm_ws(text)
        toks = num_tokens(ans)
        if toks:
            # alle getallen uit het antwoord moeten in de (pypdf-)tekst staan, als token
            ok = True
            for t in toks:
                if not re.search(r"(?<![\d.,])" + re.escape(t) + r"(?![\d]|[.,]\d)", flat):
                    ok = False
            if ok:
                return True
        else:
            if ans.lower() in flat.lower():
                return True
    return False


def to_float(s):
    """'1.924' -> 1924 ; '64,9%' -> 64.9 ; '7,9 miljoen' -> 7900000"""
    s = s.strip().lower()
    mult = 1
    if "miljoen" in s or "mln" in s:
        mult = 1_000_000
    tok = num_tokens(s)
    if not tok:
        return None
    t = tok[0]
    if "," in t:
        t = t.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", t):
        t = t.replace(".", "")
    return float(t) * mult


# ------------------------------------------------------------ vragen
with open(os.path.join(ROOT, "unanswerable_checks.json"), encoding="utf-8") as f:
    UCHECK = json.load(f)

rows = []
with open(os.path.join(ROOT, "docs.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"regel {ln}: geen geldige JSON ({e})")
        if "\\u00" in line:
            err(f"regel {ln}: niet met ensure_ascii=False geschreven")

ids = [r.get("id") for r in rows]
dup = [i for i, c in collections.Counter(ids).items() if c > 1]
if dup:
    err(f"dubbele ids: {dup}")
for n, i in enumerate(ids, 1):
    if i != "r4a%03d" % n:
        err(f"id {i} op positie {n}, verwacht r4a{n:03d}")

questions_seen = collections.Counter(r.get("question", "").strip().lower() for r in rows)
for qq, c in questions_seen.items():
    if c > 1:
        err(f"dubbele vraag: {qq}")

for r in rows:
    rid = r.get("id")
    kind = r.get("kind")
    for fld in ("id", "question", "kind", "answers", "docs", "quote"):
        if fld not in r:
            err(f"{rid}: veld {fld} ontbreekt")
    if kind not in KINDS:
        err(f"{rid}: onbekende kind {kind}")
        continue
    if kind == "unanswerable":
        if r["answers"] or r["docs"]:
            err(f"{rid}: unanswerable met antwoorden/documenten")
        terms = UCHECK.get(rid)
        if not terms:
            err(f"{rid}: geen zoektermen in unanswerable_checks.json")
            continue
        for term in terms:
            if "::" in term:
                did, t = term.split("::", 1)
                scope = [did]
            else:
                t, scope = term, list(TEXT)
            for did in scope:
                hay = TEXT[did] + ("\n" + "\n".join(PDF_SRC[did]) if did in PDF_SRC else "")
                pat = re.escape(t.lower())
                if t[:1].isalnum():
                    pat = r"\b" + pat
                if t[-1:].isalnum():
                    pat = pat + r"\b"
                if re.search(pat, hay.lower()):
                    err(f"{rid}: zoekterm {t!r} komt wel voor in {did}")
        continue

    if not r["answers"]:
        err(f"{rid}: geen antwoorden")
    if not r["docs"]:
        err(f"{rid}: geen documenten")
    for did in r["docs"]:
        if did not in TEXT:
            err(f"{rid}: onbekend document {did}")
    ok, why = quote_ok(r["docs"][0], r["quote"])
    if not ok:
        err(f"{rid}: quote-fout ({why}): {r['quote']!r}")
    for eq in r.get("extra_quotes", []):
        ok, why = quote_ok(eq["doc"], eq["quote"])
        if not ok:
            err(f"{rid}: extra_quote-fout in {eq['doc']} ({why}): {eq['quote']!r}")
        if eq["doc"] not in r["docs"]:
            err(f"{rid}: extra_quote-document {eq['doc']} niet in docs")

    if kind in ("list", "two_part", "conflict") and not r.get("all_answers"):
        err(f"{rid}: {kind} zonder all_answers")
    if kind in ("two_part", "conflict") and len(r["answers"]) < 2:
        err(f"{rid}: {kind} met minder dan twee antwoorden")
    if kind == "conflict":
        # elk antwoord moet in een ander document staan
        where = [[d for d in r["docs"] if answer_in_docs(a, [d])] for a in r["answers"]]
        if len({tuple(w) for w in where}) < 2:
            err(f"{rid}: conflict-antwoorden komen niet uit verschillende documenten: {where}")

    if kind == "arithmetic":
        for fld in ("inputs", "formula"):
            if fld not in r:
                err(f"{rid}: arithmetic zonder {fld}")
        for inp in r.get("inputs", []):
            if not answer_in_docs(inp, r["docs"]):
                err(f"{rid}: input {inp!r} niet gevonden in {r['docs']}")
        formula = r.get("formula", "")
        if "=" not in formula:
            err(f"{rid}: formule zonder '='")
            continue
        lhs, rhs = formula.rsplit("=", 1)
        if not re.fullmatch(r"[\d\s.+\-*/()]+", lhs):
            err(f"{rid}: formule bevat andere tekens: {lhs!r}")
            continue
        val = eval(lhs, {"__builtins__": {}}, {})  # alleen cijfers en operatoren (gecontroleerd)
        rhs_v = float(rhs.strip())
        dec = len(rhs.strip().split(".")[1]) if "." in rhs else 0
        if round(val, dec) != rhs_v:
            err(f"{rid}: formule klopt niet: {lhs.strip()} = {val} (opgegeven {rhs_v})")
        # inputs moeten in de formule gebruikt worden
        for inp in r.get("inputs", []):
            v = to_float(inp)
            if v is not None:
                v_plain = v / 1_000_000 if "miljoen" in inp else v
                if not any(abs(float(x) - v_plain) < 1e-9 for x in re.findall(r"\d+(?:\.\d+)?", lhs)):
                    err(f"{rid}: input {inp!r} niet in formule")
        # antwoorden: afgerond op geheel getal en/of 1 decimaal
        ok_vals = {round(val), round(val, 1), round(val, 2)}
        for a in r["answers"]:
            av = to_float(a)
            if av is None or not any(abs(av - x) < 1e-9 for x in ok_vals):
                err(f"{rid}: antwoord {a!r} past niet bij uitkomst {val:.3f}")
        continue

    # antwoorden moeten in de documenten voorkomen
    if r.get("all_answers"):
        for a in r["answers"]:
            if not answer_in_docs(a, r["docs"]):
                err(f"{rid}: antwoord {a!r} niet gevonden in {r['docs']}")
    else:
        found = [a for a in r["answers"] if answer_in_docs(a, r["docs"])]
        if not found:
            err(f"{rid}: geen van de antwoorden {r['answers']} gevonden in {r['docs']}")
        missing = [a for a in r["answers"] if a not in found]
        if missing:
            warnings.append(f"{rid}: alternatief antwoord niet letterlijk in tekst: {missing}")

# ------------------------------------------------------------ aandelen
kinds = collections.Counter(r.get("kind") for r in rows)
n = len(rows)
un = kinds.get("unanswerable", 0)
share = un / n if n else 0
if n < 48:
    err(f"slechts {n} vragen (minimaal 48)")
if share < 0.22:
    err(f"aandeel unanswerable {share:.1%} < 22%")
per_doc = collections.Counter(d for r in rows for d in r.get("docs", [])[:1])

print(f"vragen: {n}")
print("per soort:", dict(sorted(kinds.items())))
print(f"unanswerable: {un} ({share:.1%})")
print("per document (eerste doc):", dict(per_doc))
for w in warnings:
    print("LET OP:", w)
if errors:
    for e in errors:
        print("FOUT:", e)
    print(f"0 passed, {len(errors)} failed")
    sys.exit(1)
print("ALLE CONTROLES GESLAAGD")
