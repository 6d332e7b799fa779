# -*- coding: utf-8 -*-
"""Controleert docs.jsonl tegen de documenten in docs/.

Gebruik: /work/r4/docs-a/venv/bin/python check.py
Controles:
  - velden en soorten geldig, ids uniek en doorlopend (r6a001 ... r6a060)
  - quote (en extra_quotes) letterlijk aanwezig; voor PDF in de pypdf-tekst
    (PdfReader(pad).pages[i].extract_text(), pagina's samengevoegd met "\\n"), quote binnen één regel
  - elk antwoord aanwezig in de quote of in een van de genoemde documenten
    (getallen numeriek: "1.924" = "1924", "2,1 miljoen" = 2100000; bekende getallen in woorden tellen mee)
  - arithmetic: inputs aanwezig in de documenten en in de formule, formule klopt, antwoorden = uitkomst
  - all_answers = true bij list en two_part
  - aandeel unanswerable >= 22 %, unanswerable zonder antwoorden/documenten
  - grep-termen uit unanswerable_checks.json komen in geen enkel document voor
"""
import json
import os
import re
import sys
from collections import Counter

from pypdf import PdfReader

HERE = os.path.dirname(os.path.abspath(__file__))
DOCDIR = os.path.join(HERE, "docs")
QFILE = os.path.join(HERE, "docs.jsonl")
UFILE = os.path.join(HERE, "unanswerable_checks.json")
PREFIX = "r6a"
N_EXPECTED = 60
KINDS = {"figure", "fact", "multi_doc", "trend", "english", "date_person", "list", "two_part",
         "arithmetic", "conflict", "explanation", "unanswerable"}

# getallen die in de documenten in woorden staan
WORD_NUMBERS = {
    "elf": 11, "negen": 9, "zeventien": 17, "acht": 8, "vier": 4, "zes": 6, "twintig": 20,
    "veertien": 14, "negenentwintig": 29, "zevenennegentig": 97, "honderdachttien": 118,
    "eenenzeventig": 71, "drieënveertig": 43, "honderdzeventien": 117, "tweeëndertig": 32,
    "tweehonderdveertig": 240, "twaalfhonderd": 1200, "vierhonderdduizend": 400000,
}
SCALES = {"miljoen": 1e6, "mln": 1e6, "miljard": 1e9, "duizend": 1e3}
NUM_RE = re.compile(r"(?<![\d.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\d])")
UNIT_WORDS = {"%", "procent", "€", "euro", "dagen", "dag", "uur", "fte", "jongeren", "plaatsen",
              "miljoen", "mln", "miljard", "duizend", "ruim", "bijna", "circa", ""}


def load_doc(doc_id):
    for ext in (".pdf", ".txt", ".md"):
        p = os.path.join(DOCDIR, doc_id + ext)
        if os.path.exists(p):
            if ext == ".pdf":
                r = PdfReader(p)
                return "\n".join(pg.extract_text() for pg in r.pages), ext
            with open(p, encoding="utf-8") as f:
                return f.read(), ext
    return None, None


def to_float(tok):
    return float(tok.replace(".", "").replace(",", "."))


def numbers_in(text):
    """Alle getallen in een tekst, ruw en (indien gevolgd door een schaalwoord) geschaald."""
    vals = set()
    for m in NUM_RE.finditer(text):
        v = to_float(m.group(1))
        vals.add(round(v, 6))
        after = text[m.end():m.end() + 12].strip().lower()
        for w, mult in SCALES.items():
            if after.startswith(w):
                vals.add(round(v * mult, 6))
    low = text.lower()
    for w, v in WORD_NUMBERS.items():
        if re.search(r"(?<![a-zëé])" + w + r"(?![a-zëé])", low):
            vals.add(float(v))
    return vals


def parse_answer_number(ans):
    """Geeft (waarde_ruw, waarde_geschaald) als het antwoord een getal met hooguit een eenheid is, anders None."""
    a = ans.strip()
    low = a.lower()
    if low in WORD_NUMBERS:
        v = float(WORD_NUMBERS[low])
        return v, v
    m = NUM_RE.search(a)
    if not m:
        return None
    rest = (a[:m.start()] + " " + a[m.end():]).lower().replace("€", " € ").replace("%", " % ")
    if any(w not in UNIT_WORDS for w in rest.split()):
        return None
    v = to_float(m.group(1))
    scaled = v
    for w, mult in SCALES.items():
        if w in rest.split():
            scaled = v * mult
    return v, scaled


def answer_present(ans, texts):
    num = parse_answer_number(ans)
    if num is not None:
        raw, scaled = num
        for t in texts:
            vals = numbers_in(t)
            if round(scaled, 6) in vals or (raw == scaled and round(raw, 6) in vals):
                return True
        return False
    return any(ans.lower() in t.lower() for t in texts)


def main():
    errors = []
    docs_cache = {}

    def doc(d):
        if d not in docs_cache:
            docs_cache[d] = load_doc(d)
        return docs_cache[d]

    all_doc_ids = sorted(os.path.splitext(f)[0] for f in os.listdir(DOCDIR)
                         if f.endswith((".pdf", ".txt", ".md")))
    qs = []
    with open(QFILE, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                qs.append(json.loads(line))
            except json.JSONDecodeError as e:
                errors.append("regel %d: geen geldige JSON (%s)" % (ln, e))
    with open(UFILE, encoding="utf-8") as f:
        ucheck = json.load(f)

    ids = [q.get("id") for q in qs]
    dup = [i for i, c in Counter(ids).items() if c > 1]
    if dup:
        errors.append("dubbele ids: %s" % dup)
    expected = ["%s%03d" % (PREFIX, i) for i in range(1, N_EXPECTED + 1)]
    if sorted(ids) != expected:
        errors.append("ids zijn niet precies %s001..%s%03d" % (PREFIX, PREFIX, N_EXPECTED))

    for q in qs:
        qid = q.get("id", "?")
        for fld in ("id", "question", "kind", "answers", "docs", "quote"):
            if fld not in q:
                errors.append("%s: veld %s ontbreekt" % (qid, fld))
        kind = q.get("kind")
        if kind not in KINDS:
            errors.append("%s: onbekende kind %r" % (qid, kind))
            continue
        if kind == "unanswerable":
            if q["answers"] or q["docs"] or q["quote"]:
                errors.append("%s: unanswerable moet lege answers/docs/quote hebben" % qid)
            terms = ucheck.get(qid)
            if not terms:
                errors.append("%s: geen grep-termen in unanswerable_checks.json" % qid)
                continue
            for term in terms:
                for d in all_doc_ids:
                    text, _ = doc(d)
                    if term.lower() in text.lower():
                        errors.append("%s: grep-term %r komt voor in %s" % (qid, term, d))
            continue

        if not q["answers"]:
            errors.append("%s: geen antwoorden" % qid)
        if not q["docs"]:
            errors.append("%s: geen documenten" % qid)
            continue
        texts = []
        for d in q["docs"]:
            text, _ = doc(d)
            if text is None:
                errors.append("%s: document %s bestaat niet" % (qid, d))
            else:
                texts.append(text)
        if len(texts) != len(q["docs"]):
            continue
        first_text, first_ext = doc(q["docs"][0])
        quote = q["quote"]
        if not quote or quote not in first_text:
            errors.append("%s: quote niet letterlijk gevonden in %s: %r" % (qid, q["docs"][0], quote))
        if first_ext == ".pdf" and "\n" in quote:
            errors.append("%s: PDF-quote beslaat meer dan één regel" % qid)
        for eq in q.get("extra_quotes", []):
            t, ext = doc(eq["doc"])
            if t is None or eq["quote"] not in t:
                errors.append("%s: extra quote niet gevonden in %s: %r" % (qid, eq["doc"], eq["quote"]))
            elif ext == ".pdf" and "\n" in eq["quote"]:
                errors.append("%s: PDF-extra-quote beslaat meer dan één regel" % qid)
            if eq["doc"] not in q["docs"]:
                errors.append("%s: extra quote uit document dat niet in docs staat" % qid)

        if kind in ("list", "two_part") and q.get("all_answers") is not True:
            errors.append("%s: all_answers moet true zijn voor %s" % (qid, kind))

        if kind == "arithmetic":
            inputs, formula = q.get("inputs"), q.get("formula")
            if not inputs or not formula:
                errors.append("%s: inputs/formula ontbreken" % qid)
                continue
            left, _, right = formula.partition("=")
            if not re.fullmatch(r"[\d\s.+\-*/()]+", left) or not right.strip():
                errors.append("%s: formule niet te controleren: %r" % (qid, formula))
                continue
            result = eval(left)  # alleen cijfers en operatoren, zie regex hierboven
            stated = float(right.strip())
            decimals = len(right.strip().split(".")[1]) if "." in right else 0
            if abs(round(result, decimals) - stated) > 1e-9:
                errors.append("%s: formule klopt niet: %s (uitkomst %.4f)" % (qid, formula, result))
            left_nums = [float(x) for x in re.findall(r"\d+(?:\.\d+)?", left)]
            for inp in inputs:
                num = parse_answer_number(inp)
                if num is None:
                    errors.append("%s: input %r is geen getal" % (qid, inp))
                    continue
                if not any(answer_present(inp, [t]) for t in texts):
                    errors.append("%s: input %r niet in de documenten" % (qid, inp))
                if num[0] not in left_nums:
                    errors.append("%s: input %r niet gebruikt in formule" % (qid, inp))
            for a in q["answers"]:
                num = parse_answer_number(a)
                if num is None:
                    errors.append("%s: antwoord %r is geen getal" % (qid, a))
                    continue
                ok = any(abs(num[0] - round(result, d)) < 1e-9 for d in (0, 1, 2))
                if not ok:
                    errors.append("%s: antwoord %r past niet bij uitkomst %.4f" % (qid, a, result))
            if not any("," in a or "." in a for a in q["answers"]) and "%" in "".join(q["answers"]):
                errors.append("%s: percentage zonder variant met één decimaal" % qid)
            continue

        for a in q["answers"]:
            if not (answer_present(a, [quote]) or answer_present(a, texts)):
                errors.append("%s: antwoord %r niet gevonden in quote of documenten" % (qid, a))

    kinds = Counter(q.get("kind") for q in qs)
    n = len(qs)
    share = kinds.get("unanswerable", 0) / n if n else 0
    if share < 0.22:
        errors.append("aandeel unanswerable %.1f%% < 22%%" % (100 * share))
    extra = set(ucheck) - {q["id"] for q in qs if q.get("kind") == "unanswerable"}
    if extra:
        errors.append("unanswerable_checks.json bevat ids die geen unanswerable zijn: %s" % sorted(extra))

    print("documenten:", ", ".join(all_doc_ids))
    print("vragen: %d" % n)
    for k, c in sorted(kinds.items(), key=lambda x: -x[1]):
        print("  %-12s %d" % (k, c))
    print("aandeel unanswerable: %.1f%%" % (100 * share))
    if errors:
        print("\nFOUTEN (%d):" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("\nALLE CONTROLES GESLAAGD")


if __name__ == "__main__":
    main()
