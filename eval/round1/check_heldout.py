"""Controle van de held-out vragenset (eval/round1/docs.jsonl) tegen de eigen documenten.

Gebruik (pypdf nodig, dus met de eigen venv):
    /work/pdfgen-venv/bin/python /work/main/eval/round1/check_heldout.py

Controleert:
  - documenten: bestaan, 600–1500 woorden, elke PDF-pagina levert tekst op (geen scans);
  - vragen: geldige velden, unieke id's, bestaande document-id's;
  - elk antwoord (behalve bij arithmetic) staat in een van de genoemde documenten
    (tekst: hoofdletterongevoelige deelstring na samenvoegen van witruimte;
     getallen: getalsmatig, 1.924 = 1924 = "1 924", "7,2 miljoen" = 7.200.000, "3,8 duizend" = 3800);
  - arithmetic: de 'inputs' staan in het document en het antwoord is hun verschil (of som);
  - quote staat letterlijk (witruimte samengevoegd) in het eerste document;
  - unanswerable: geen antwoorden/documenten, en de "afwezigheidsproeven" komen in geen document voor;
  - aantallen per soort en minimumeisen.
Niets van de projectcode wordt gebruikt.
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
QFILE = HERE / "docs.jsonl"

MINIMA = {"figure": 20, "fact": 10, "date_person": 8, "list": 5, "two_part": 4,
          "arithmetic": 4, "english": 4, "unanswerable": 16}
TOTAL_MIN = 70
UNANS_FRACTION = 0.22

# Voor onbeantwoordbare vragen: (deel van de vraag, strings/regexen die in GEEN document mogen staan).
# Een proef die begint met "re:" is een reguliere expressie.
ABSENCE = [
    ("plaatsingen waren er in 2016", ["2016"]),
    ("eind 2024 een jeugdreclassering", ["re:jeugdreclassering[^.]{0,80}\\b(?:eind|in) 2024", "re:\\b(?:eind|in) 2024[^.]{0,80}jeugdreclassering"]),
    ("gezinshuis gemiddeld per dag", ["per dag", "dagprijs", "dagtarief"]),
    ("tweede helft van 2024", ["tweede halfjaar", "tweede helft"]),
    ("Lingewaarden zijn in 2022", ["re:In 2022 werden"]),
    ("jeugdbeschermers werken er in totaal", ["re:Gelderland[^.]*werkten", "re:werken in Gelderland"]),
    ("wachttijd voor een gesloten plaatsing in 2017", ["2017"]),
    ("Veilig Thuis", ["Veilig Thuis", "kindermishandeling"]),
    ("wethouder jeugd", ["re:wethouder\\s+(?:jeugd|[a-z]\\.|mr|drs|dhr|mevr)", "wethouder jeugd"]),
    ("pleegouders waren er", ["pleegouders"]),
    ("uit aan pleegzorg", ["re:uitgaven aan pleegzorg", "re:pleegzorg[^.]{0,30}€", "re:€[^.]{0,20}(?:aan|naar) pleegzorg"]),
    ("frictiekosten heeft Stichting Lindehoeve", ["re:Lindehoeve[^.]*frictie", "re:frictie[^.]*Lindehoeve"]),
    ("31 December 2022", ["31 december 2022", "eind 2022"]),
    ("licht verstandelijke beperking", ["verstandelijk", "lvb"]),
    ("in Limburg", ["Limburg"]),
    ("Gelderse wachtlijstteam per jaar", ["re:wachtlijstteam[^.]*€", "re:€[^.]*wachtlijstteam"]),
    ("Crisisteam Lingewaarden in 2025 begeleid", ["re:crisisteam[^.]*begeleidde", "re:gezinnen begeleid"]),
    ("uitzendkrachten werkten er in 2024 bij Stichting Rivierduin", ["re:Rivierduin[^.]*uitzend"]),
    ("ziekteverzuim bij de JeugdzorgPlus", ["re:ziekteverzuim[^.]*2024", "re:ziekteverzuim[^.]*JeugdzorgPlus"]),
    ("1 juli 2025 op de wachtlijst", ["1 juli 2025"]),
    ("Toekomstscenario kind- en gezinsbescherming in 2025", ["re:Toekomstscenario[^.]*2025[^.]*€", "re:€[^.]*2025[^.]*Toekomstscenario"]),
    ("in 2019 jeugdhulp met verblijf", ["re:verblijf[^.]*2019", "re:2019[^.]*verblijf"]),
    ("exploitatiekosten van logeerhuis", ["re:Overkant[^.]*€", "re:logeerhuis[^.]*€", "exploitatie"]),
]


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def load_docs():
    texts, pages_ok, problems = {}, {}, []
    for p in sorted(DOCS.iterdir()):
        if p.suffix not in (".pdf", ".txt", ".md"):
            continue
        if p.suffix == ".pdf":
            reader = PdfReader(str(p))
            parts = []
            for i, page in enumerate(reader.pages, 1):
                t = page.extract_text() or ""
                if len(t.strip()) < 50:
                    problems.append(f"{p.name}: pagina {i} levert (bijna) geen tekst op")
                parts.append(t)
            pages_ok[p.stem] = len(reader.pages)
            text = "\n".join(parts)
        else:
            text = p.read_text(encoding="utf-8")
        if p.stem in texts:
            problems.append(f"dubbele document-id {p.stem}")
        texts[p.stem] = collapse(text)
        n = len(text.split())
        if not 600 <= n <= 1500:
            problems.append(f"{p.name}: {n} woorden (moet 600–1500 zijn)")
    return texts, pages_ok, problems


NUM = r"\d{1,3}(?:[. ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
MULT = {"duizend": 1e3, "mln": 1e6, "miljoen": 1e6, "mld": 1e9, "miljard": 1e9}
MULT_RE = r"(?:\s*(duizend|mln|miljoen|mld|miljard)\b)?"


def to_float(tok):
    return float(tok.replace(" ", "").replace(".", "").replace(",", "."))


def doc_numbers(text):
    vals = set()
    for rx in (rf"(?<![\d])({NUM})(?![\d]){MULT_RE}", rf"(?<![\d])(\d+(?:,\d+)?)(?![\d]){MULT_RE}"):
        for m in re.finditer(rx, text):
            v = to_float(m.group(1))
            vals.add(round(v, 6))
            if m.group(2):
                vals.add(round(v * MULT[m.group(2)], 6))
    return vals


ANS_NUM = re.compile(rf"^(?:€\s*)?(?:ruim\s+|circa\s+|ongeveer\s+)?({NUM}){MULT_RE}\s*(?:procent|%)?$", re.I)


def answer_value(ans):
    m = ANS_NUM.match(ans.strip())
    if not m:
        return None
    v = to_float(m.group(1))
    if m.group(2):
        v *= MULT[m.group(2).lower()]
    return round(v, 6)


def found(ans, docs, texts, numsets):
    a = collapse(ans).lower()
    for d in docs:
        if a in texts[d].lower():
            return True
    v = answer_value(ans)
    if v is not None:
        return any(v in numsets[d] for d in docs)
    return False


def main():
    texts, pages, problems = load_docs()
    numsets = {d: doc_numbers(t) for d, t in texts.items()}
    rows = [json.loads(line) for line in QFILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    kinds = Counter()
    ids = set()
    used_docs = Counter()
    warnings = []
    for i, r in enumerate(rows, 1):
        rid = r.get("id")
        where = f"{rid}"
        for k in ("id", "question", "kind", "answers", "docs"):
            if k not in r:
                problems.append(f"{where}: veld {k} ontbreekt")
        if rid in ids:
            problems.append(f"{where}: dubbele id")
        ids.add(rid)
        if rid != f"n{i:03d}":
            problems.append(f"{where}: id niet doorlopend (verwacht n{i:03d})")
        kind = r["kind"]
        kinds[kind] += 1
        if kind not in MINIMA:
            problems.append(f"{where}: onbekende soort {kind}")
        for d in r["docs"]:
            used_docs[d] += 1
            if d not in texts:
                problems.append(f"{where}: onbekend document {d}")
        if kind == "unanswerable":
            if r["answers"] or r["docs"]:
                problems.append(f"{where}: unanswerable met antwoorden/documenten")
            probes = [p for key, p in ABSENCE if key.lower() in r["question"].lower()]
            if not probes:
                problems.append(f"{where}: geen afwezigheidsproef gedefinieerd")
            for plist in probes:
                for probe in plist:
                    for d, t in texts.items():
                        hit = (re.search(probe[3:], t, re.I) if probe.startswith("re:")
                               else probe.lower() in t.lower())
                        if hit:
                            problems.append(f"{where}: afwezigheidsproef '{probe}' gevonden in {d}")
            continue
        if not r["answers"] or not r["docs"]:
            problems.append(f"{where}: geen antwoorden of documenten")
            continue
        if any(d not in texts for d in r["docs"]):
            continue
        if kind in ("list", "two_part") and not r.get("all_answers"):
            problems.append(f"{where}: {kind} zonder all_answers")
        if kind == "arithmetic":
            inputs = r.get("inputs")
            if not inputs or len(inputs) < 2:
                problems.append(f"{where}: arithmetic zonder inputs")
            else:
                for inp in inputs:
                    if not found(inp, r["docs"], texts, numsets):
                        problems.append(f"{where}: input '{inp}' niet gevonden")
                vals = [answer_value(x) for x in inputs]
                ans = [answer_value(a) for a in r["answers"]]
                if None in vals or None in ans:
                    problems.append(f"{where}: inputs/antwoord niet numeriek")
                else:
                    a, b = vals[0], vals[1]
                    ok = any(abs(x - abs(a - b)) < 1e-6 or abs(x - (a + b)) < 1e-6 for x in ans)
                    if not ok:
                        problems.append(f"{where}: antwoord {r['answers']} ≠ |{a}-{b}| of som")
        else:
            for a in r["answers"]:
                if not found(a, r["docs"], texts, numsets):
                    problems.append(f"{where}: antwoord '{a}' niet gevonden in {r['docs']}")
        q = r.get("quote")
        if q:
            first = r["docs"][0]
            if collapse(q) not in texts[first]:
                problems.append(f"{where}: quote niet letterlijk in {first}: {q!r}")
            elif kind not in ("list", "arithmetic") and not any(
                    found(a, [first], {first: collapse(q)}, {first: doc_numbers(collapse(q))})
                    for a in r["answers"]):
                warnings.append(f"{where}: quote bevat geen van de antwoorden")

    total = len(rows)
    print(f"Documenten ({len(texts)}):")
    for d, t in texts.items():
        extra = f", {pages[d]} pagina's" if d in pages else ""
        print(f"  {d}: {len(t.split())} woorden{extra}, {used_docs[d]} vragen")
    print(f"\nVragen: {total}")
    for k in MINIMA:
        flag = "" if kinds[k] >= MINIMA[k] else f"  << minimum {MINIMA[k]}"
        print(f"  {k:13s} {kinds[k]:3d}{flag}")
        if kinds[k] < MINIMA[k]:
            problems.append(f"te weinig {k}: {kinds[k]} < {MINIMA[k]}")
    frac = kinds["unanswerable"] / total if total else 0
    print(f"  aandeel unanswerable: {frac:.1%}")
    if total < TOTAL_MIN:
        problems.append(f"te weinig vragen: {total}")
    if frac < UNANS_FRACTION:
        problems.append(f"aandeel unanswerable {frac:.1%} < {UNANS_FRACTION:.0%}")
    for w in warnings:
        print("WAARSCHUWING:", w)
    if problems:
        print(f"\n{len(problems)} PROBLEMEN:")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("\nOK: alle controles geslaagd.")


if __name__ == "__main__":
    main()
