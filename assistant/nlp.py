"""Dutch-aware text helpers shared by chunking, BM25, figures and answering.

Hand-written because no installed library offers Dutch sentence splitting that keeps
character offsets, Dutch number parsing (1.924 / 33,5 mln / € 180 mln.) or number words.
"""

from __future__ import annotations

import re
from functools import lru_cache

import Stemmer
from bm25s.stopwords import STOPWORDS_DUTCH, STOPWORDS_EN

_STEMMER = Stemmer.Stemmer("dutch")
_EN_STEMMER = Stemmer.Stemmer("english")

# Words of questions and of policy prose that carry no topic of their own.
QUESTION_WORDS = {
    "hoeveel", "wat", "welke", "welk", "wie", "waar", "wanneer", "waarom", "hoe", "waarmee",
    "waarin", "waarop", "waarvoor", "noem", "noemt", "noemen", "staat", "stond", "volgens",
    "vermeld", "genoemd", "gaat", "geeft", "geven", "beschrijft", "document", "documenten",
    "brief", "kamerbrief", "tekst", "aantal", "precies", "er", "zijn", "waren", "was", "is",
    "wordt", "worden", "werd", "werden", "hebben", "heeft", "had", "kan", "kun", "jij",
    "how", "many", "much", "what", "which", "who", "when", "where", "why", "does", "did",
    "do", "according", "number", "were", "was", "is", "are", "the", "there", "in", "of",
    "tussen", "vanaf", "gedurende", "tijdens", "zeggen", "zegt", "stelt", "meldt", "between",
    # how exact the answer should be, not what it is about
    "afgerond", "afronden", "ongeveer", "circa", "ruwweg", "grofweg", "rounded", "approximately", "roughly",
}
STOPWORDS = frozenset(STOPWORDS_DUTCH) | frozenset(STOPWORDS_EN) | QUESTION_WORDS

_TOKEN = re.compile(r"\w+(?:[-']\w+)*", re.UNICODE)


def words(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def content_terms(text: str) -> list[str]:
    """Stemmed content words: what BM25, coverage and refusal reason about."""
    out: list[str] = []
    for w in words(text):
        if w in STOPWORDS or (len(w) < 2 and not w.isdigit()):
            continue
        for part in w.split("-") if "-" in w else (w,):
            if part and part not in STOPWORDS:
                out.append(stem(part))
    return out


_ACRONYM = re.compile(r"\b[A-Z]{3,6}\b")  # two letters ("EK", "II") match too much prose
_CONNECTORS = {"en", "van", "de", "der", "het", "voor", "of", "and", "for", "the"}


def acronyms(texts: list[str]) -> dict[str, frozenset[str]]:
    """Acronyms used in the corpus ('NHN', 'IGJ') → stems of the name they abbreviate, matched by
    the initials of a name written out in the same corpus ('Noord-Holland-Noord', 'Inspectie
    Gezondheidszorg en Jeugd'). Documents often never spell an acronym out next to its use."""
    found = {a for t in texts for a in _ACRONYM.findall(t)}
    out: dict[str, frozenset[str]] = {}
    for text in texts:
        tokens = re.findall(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*", text)
        for i, tok in enumerate(tokens):
            if not tok[0].isupper():
                continue
            parts: list[str] = []
            for w in tokens[i : i + 8]:
                if w.lower() in _CONNECTORS and parts:
                    continue
                parts += w.split("-")
                initials = "".join(p[0] for p in parts).upper()
                if initials in found and len(parts) >= 2 and initials not in out:
                    out[initials] = frozenset(stem(p.lower()) for p in parts)
                if len(initials) >= 6:
                    break
    return {stem(a.lower()): names for a, names in out.items()}


def bm25_tokens(text: str) -> list[str]:
    """Tokens for the BM25 index: content terms, compounds also split on hyphens."""
    return content_terms(text)


def detect_language(text: str) -> str:
    """'en' or 'nl' by stop-word votes; Dutch wins ties since it is the corpus language."""
    ws = words(text)
    en = sum(w in _EN_ONLY for w in ws)
    nl = sum(w in _NL_ONLY for w in ws)
    return "en" if en > nl else "nl"


_EN_ONLY = {
    "the", "how", "many", "what", "which", "who", "when", "where", "why", "were", "was", "is",
    "are", "does", "did", "of", "and", "to", "in", "for", "with", "there", "according",
    "much", "closed", "youth", "care", "places", "placements", "number", "by", "did", "has",
}
_NL_ONLY = {
    "de", "het", "een", "hoeveel", "wat", "welke", "wie", "wanneer", "waarom", "hoe", "er",
    "waren", "zijn", "van", "en", "in", "voor", "met", "op", "jeugdhulp", "gesloten", "aantal",
    "volgens", "wordt", "worden", "ook", "niet",
}

# ---------------------------------------------------------------- numbers

NUMBER_WORDS = {
    "nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6,
    "zeven": 7, "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13,
    "veertien": 14, "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18,
    "negentien": 19, "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "honderd": 100,
    "duizend": 1000,
}
SCALE_WORDS = {
    "mln": 1e6, "miljoen": 1e6, "mld": 1e9, "miljard": 1e9, "duizend": 1e3, "dzd": 1e3,
    "million": 1e6, "billion": 1e9, "thousand": 1e3,
}
MONTHS = {
    "januari": 1, "februari": 2, "maart": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "augustus": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10,
}

# 1.924 | 33,5 | 994 | 3-4 | 24/7 ; optional € before, % or scale word after.
# "21 500", "1 870": thousands grouped by a (narrow) space, as statistics publications write them; only
# with a one- or two-digit head and not inside a run of numbers, where the spaces separate table cells.
SPACED_THOUSANDS = r"(?<!\d\s)\d{1,2}(?:[ \u00a0\u202f]\d{3})+(?!\d|[.,]\d)(?![ \u00a0\u202f]\d)"
_CELL = re.compile(r"(?<![\w.,])\d{1,3}(?![\w]|[.,]\d)")  # a short number standing alone: one table cell
_CELL_PAIR = re.compile(r"(?<![\d.,])(?=(\d{1,2})[ \u00a0\u202f](\d{3})(?!\d))")
NUMBER_RE = re.compile(
    r"(?<![\w.,])(?P<cur>€\s?)?(?P<num>" + SPACED_THOUSANDS + r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?:\s?(?P<pct>%|procent\b)|\s(?P<scale>mln|miljoen|mld|miljard|million|billion)\b\.?)?",
    re.IGNORECASE,
)
YEAR_RE = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def parse_number(raw: str) -> float:
    """'1.924' → 1924, '33,5' → 33.5 (Dutch: dot groups thousands, comma is decimal)."""
    raw = raw.strip()
    if re.fullmatch(r"\d{1,2}(?:[ \u00a0\u202f]\d{3})+", raw):
        return float(re.sub(r"\s", "", raw))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", raw):
        raw = raw.replace(".", "")
    return float(raw.replace(",", "."))


def numbers_in(text: str) -> list[tuple[float, int, int]]:
    """All numeric values written with digits (value, start, end); scales applied (33,5 mln → 3.35e7)."""
    out = []
    for m in NUMBER_RE.finditer(text):
        value = parse_number(m.group("num"))
        if m.group("scale"):
            value *= SCALE_WORDS[m.group("scale").lower()]
        out.append((value, m.start(), m.end()))
    return out


def states_value(text: str, value: float) -> bool:
    """Does the text state this value, in digits (any Dutch format, scaled or not) or in words?"""
    if value in canonical_numbers(text):
        return True
    tokens = words(text)
    for w, nxt in zip(tokens, tokens[1:] + [""]):
        if w in NUMBER_WORDS and value in (NUMBER_WORDS[w], NUMBER_WORDS[w] * SCALE_WORDS.get(nxt.rstrip("."), 1)):
            return True
    return False


# "met hoeveel is het aantal nieuw gestarte plaatsingen …": the phrase after 'het aantal' is what is counted
AANTAL_CUE = r"(?:hoeveel|how many|how much)\s+(?:\w+\s+){1,2}?(?:het|the)\s+(?:aantal|number of)"


def counted_phrase(question: str) -> list[str]:
    """The noun phrase a 'hoeveel …' / 'how many …' question counts: up to four words, to the first
    function word ('hoeveel nieuw gestarte gesloten plaatsingen waren', 'how many closed youth care
    placements')."""
    m = (re.search(r"\b" + AANTAL_CUE + r"\s+(.*)", question.lower())
         or re.search(r"\b(?:hoeveel|how many|how much|aantal|number of)\s+(.*)", question.lower()))
    if not m:
        return []
    limit = 4
    phrase: list[str] = []
    for w in words(m.group(1)):
        if w in STOPWORDS:
            if phrase:
                break
            continue  # "hoeveel van hun separeerruimtes"
        phrase.append(w)
        if len(phrase) == limit:
            break
    return phrase


def counts(text: str, stem: str) -> bool:
    """Is a count (not a year) close to the noun `stem`: 'de 11 regio's', 'acht jeugdhulpregio's',
    'het aantal plaatsingen daalde van 1.924 naar 979'?"""
    tokens = words(text)
    for i, w in enumerate(tokens):
        if (w[:1].isdigit() and not YEAR_RE.fullmatch(w)) or (w in NUMBER_WORDS and w != "een"):
            window = content_terms(" ".join(tokens[max(0, i - 5) : i] + tokens[i + 1 : i + 4]))
            if any(t == stem or t.endswith(stem) for t in window):
                return True
    return False


DATE_RE = re.compile(r"\b(?:\d{1,2}\s+)?(?:" + "|".join(MONTHS) + r")\s+(?:19|20)\d\d\b", re.IGNORECASE)


def number_variants(value: float) -> set[str]:
    """Spellings under which a value may appear in text, for 'does this quote contain it' checks."""
    out = set()
    if value == int(value):
        iv = int(value)
        out.add(str(iv))
        out.add(f"{iv:,}".replace(",", "."))
    else:
        out.add(f"{value:g}".replace(".", ","))
        out.add(f"{value:g}")
    return out


def canonical_numbers(text: str) -> set[float]:
    """Every value a text states with digits, both as written and, for scaled ones, unscaled."""
    values: set[float] = set()
    for m in NUMBER_RE.finditer(text):
        base = parse_number(m.group("num"))
        values.add(base)
        if m.group("scale"):
            values.add(base * SCALE_WORDS[m.group("scale").lower()])
    # inside a run of table cells "1 240 1 180" a value may be written with a space as well, and
    # "96 138 187" may be three cells rather than one number grouped by spaces
    values |= {float(a + b) for a, b in _CELL_PAIR.findall(text)}
    values |= {float(cell) for cell in _CELL.findall(text)}
    return values


def years_in(text: str) -> list[int]:
    return [int(y) for y in YEAR_RE.findall(text)]

# English question words → the Dutch words the corpus uses, so BM25 and coverage work for
# English questions (dense retrieval is multilingual already).
EN_NL = {
    "placements": "plaatsingen", "placement": "plaatsing", "placed": "geplaatst",
    "places": "plaatsen", "capacity": "capaciteit", "beds": "plaatsen", "seclusion": "separeerruimtes",
    "isolation": "separeerruimtes", "rooms": "ruimtes", "providers": "aanbieders", "provider": "aanbieder",
    "municipalities": "gemeenten", "municipality": "gemeente", "regions": "regio's", "region": "regio",
    "inspectorate": "inspectie", "inspection": "inspectie", "closed": "gesloten", "youth": "jeugdhulp",
    "care": "jeugdhulp", "young": "jongeren", "people": "", "unique": "unieke", "children": "jeugdigen",
    "budget": "budget", "friction": "frictiekosten", "costs": "kosten", "cost": "kosten",
    "small-scale": "kleinschalig", "small": "kleinschalig", "scale": "", "national": "landelijke",
    "coordination": "regie", "direction": "regie", "plan": "plan", "implementation": "uitvoeringsplan",
    "education": "onderwijs", "staff": "personeel", "bottlenecks": "knelpunten", "problems": "knelpunten",
    "measures": "maatregelen", "restrictive": "vrijheidsbeperkende", "freedom": "vrijheidsbeperkende",
    "goal": "doel", "target": "doel", "ambition": "ambitie", "law": "wet", "bill": "wetsvoorstel",
    "decrease": "daling", "decline": "daling", "percent": "procent", "months": "maanden",
    "average": "gemiddeld", "duration": "duur", "group": "groep", "size": "groepsgrootte",
    "contract": "contract", "agreements": "afspraken", "administrative": "bestuurlijke",
    "locations": "locaties", "facilities": "accommodaties", "organisations": "organisaties",
    "organizations": "organisaties", "experts": "ervaringsdeskundigen", "mentor": "mentor",
    "parents": "ouders", "network": "netwerk", "networks": "netwerken", "funding": "financiering",
    "financing": "financiering", "money": "middelen", "why": "", "forensic": "forensische",
    # General policy vocabulary, singular and plural, so English questions find Dutch passages.
    "location": "locatie", "facility": "accommodatie", "organisation": "organisatie", "organization": "organisatie",
    "letter": "brief", "parliament": "Kamer", "house": "Kamer", "secretary": "staatssecretaris",
    "minister": "minister", "ministry": "ministerie", "act": "wet", "report": "rapport", "source": "bron",
    "table": "tabel", "figure": "figuur", "system": "systeem", "agreement": "afspraak", "alternative": "alternatief",
    "alternatives": "alternatieven", "number": "aantal", "year": "jaar", "years": "jaren", "month": "maand",
    "deadline": "deadline", "programme": "programma", "program": "programma", "treatment": "behandeling",
    "personnel": "personeel", "safety": "veiligheid", "safe": "veilig", "violence": "geweld", "excesses": "excessen",
    "decision": "besluit", "transition": "transitie", "transformation": "transformatie", "reduction": "afbouw",
    "reducing": "afbouw", "transforming": "ombouw", "phase": "afbouw", "home": "thuis", "family": "gezin",
    "families": "gezinnen", "girls": "meiden", "boys": "jongens", "recidivism": "recidive", "waiting": "wacht",
    "increase": "stijging", "supervision": "toezicht", "risks": "risico's", "risk": "risico",
    "shortage": "tekort", "shortages": "tekorten", "million": "miljoen", "euros": "euro", "euro": "euro",
    "occupancy": "bezetting", "progress": "voortgang", "research": "onderzoek", "study": "onderzoek",
    "quality": "kwaliteit", "framework": "kader", "standards": "normen", "rights": "rechtspositie",
    "legal": "rechtspositie", "position": "positie", "addiction": "verslaving", "clinic": "kliniek",
    "mental": "ggz", "health": "gezondheidszorg", "inspectorate's": "inspectie", "conclude": "conclusie",
    "concluded": "constateerde", "attention": "aandacht", "building": "opbouw", "forms": "vormen", "form": "vorm",
    "recommendations": "aanbevelingen", "municipal": "gemeentelijke", "regional": "regionale",
    "nationwide": "landelijk", "country": "land", "abbreviation": "afkorting", "stands": "staat",
    "signed": "ondertekend", "debate": "debat", "questions": "vragen", "member": "lid",
    "based": "gebaseerd", "data": "gegevens", "figures": "cijfers", "numbers": "aantallen",
}


def question_terms(question: str, lang: str) -> list[str]:
    """Content terms to match against the Dutch corpus: for an English question only its glossary
    translations, names and numbers ('care' in 'youth care' must not match 'high intensive care')."""
    if lang != "en":
        return content_terms(question)
    dutch = [EN_NL[w] for w in words(question) if EN_NL.get(w)]
    names = re.findall(r"(?<!^)\b[A-Z][\w-]+|\d[\d.,]*", question.strip())
    return content_terms(" ".join(dutch + names))


def to_dutch_terms(question: str) -> str:
    """The question plus Dutch equivalents of its English words (for lexical matching only)."""
    extra = [EN_NL[w] for w in words(question) if EN_NL.get(w)]
    return question + (" " + " ".join(extra) if extra else "")
