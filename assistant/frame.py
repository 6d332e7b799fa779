"""Question frames: one typed record per question, decided once, that the answer steps are chosen by.

What a question asks (intent), about what (focus lemmas, the counted noun, a change verb), under
which constraints (years) and whether it is really two questions. Dutch and English morphology
comes from simplemma; the question cues are data (data/question_cues.toml), not logic.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import simplemma

from .nlp import AANTAL_CUE, EN_NL, STOPWORDS, YEAR_RE, detect_language, words, years_in
from .vocabulary import Counted, metric_for
from .vocabulary import lemma as vocabulary_lemma

INTENTS = ("conflict", "difference", "sum", "share", "trend", "list", "amount", "date", "person_org", "definition",
           "explanation", "yes_no")
_NUMBER_WORDS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9,
                 "tien": 10, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}
_COUNT_CUE = re.compile(r"\b(?:" + AANTAL_CUE + r"|hoeveel|aantal|how many|how much|number of)\s+(.*)", re.IGNORECASE)


_LEADING = {"van", "de", "het", "een", "der", "den", "of", "the"}  # before the counted noun phrase
_INFINITIVE = re.compile(r"(?:en|aan|oen|ien|ijn)$")  # lopen, staan, doen, zien, zijn


@dataclass(frozen=True)
class Frame:
    """What a question asks. `parts` holds the sub-questions of a two-part question (else empty)."""

    text: str
    lang: str
    intent: str  # one of INTENTS or "other"
    counted: Counted | None = None  # what an amount question counts
    action: str | None = None  # "removed" | "added": a change asked about, not a state
    years: tuple[int, ...] = ()
    items: int | None = None  # "welke vier organisaties": how many items a list answer needs
    change: bool = False  # asks how much something changed ("is geslonken", "verdwijnen", "hoeveel meer")
    parts: tuple["Frame", ...] = ()


@lru_cache(maxsize=1)
def cues() -> dict:
    data = tomllib.loads((Path(__file__).parent / "data" / "question_cues.toml").read_text(encoding="utf-8"))
    data["intent_re"] = {k: re.compile(v, re.IGNORECASE) for k, v in data["intents"].items()}
    data["joiner_re"] = re.compile(data["parts"]["joiner"], re.IGNORECASE)
    data["causal_re"] = re.compile(data["evidence"]["causal"], re.IGNORECASE)
    data["anaphor_re"] = re.compile(data["parts"]["anaphor"], re.IGNORECASE)
    data["moment_re"] = [(re.compile(p, re.IGNORECASE), word) for word, ps in data["moments"].items() for p in ps]
    data["relative_re"] = [(re.compile(p, re.IGNORECASE), int(k)) for k, ps in data["relative_years"].items() for p in ps]
    return data


def named_moments(question: str) -> str:
    """'op de laatste dag van 2024', 'aan het begin van 2021', 'at the end of 2023' → 'eind 2024',
    'begin 2021', 'eind 2023': the one form every step reads a moment of a year in; 'het jaar ervoor' after one
    year asked is the year before it."""
    for pattern, word in cues()["moment_re"]:
        question = pattern.sub(lambda m: f"{word} {m.group(1)}", question)
    if len(years := set(years_in(question))) == 1:  # "in 2020 dan het jaar ervoor" → "in 2020 dan in 2019"
        year = years.pop()
        for pattern, offset in cues()["relative_re"]:
            question = pattern.sub(lambda m: f"{_LEAD.match(m.group(0)).group(0)}in {year + offset}", question)
    return question


_LEAD = re.compile(r"(?:dan |than )?", re.IGNORECASE)


@lru_cache(maxsize=100_000)
def lemma(word: str, lang: str = "nl") -> str:
    return simplemma.lemmatize(word, lang=lang).lower() if word.strip() else word  # simplemma refuses ""


def is_verb_form(word: str, lang: str = "nl") -> bool:
    """A conjugated verb or participle ('telde', 'verdwenen', 'geplaatst'), not a noun: its lemma is
    an infinitive other than the word itself. Words simplemma does not know fall back to the shape
    of Dutch past tenses and participles."""
    if lang == "en":
        return lemma(word, "en") != word and not word.endswith("s")
    base = lemma(word)
    if simplemma.is_known(word, lang="nl"):
        base = lemma(base) if not base.endswith("en") else base  # 'stonden' → 'stond' → 'staan'
        return base != word and bool(_INFINITIVE.search(base)) and not word.endswith(("s", "'s"))
    # 't kofschip: a weak past tense takes -te only after a voiceless consonant ('werkte'), so 'ambulante'
    # and 'relevante' are adjectives
    return bool(re.search(r"(?:[tkfsp]|ch)te$|(?:de|den|ten)$", word) or re.match(r"ge\w+[dt]$", word))


def asked_years(text: str) -> list[int]:
    """The years a question asks about: not the year that names a document ('de brief van 2023')."""
    named = {int(m.group(1)) for m in re.finditer(cues()["sources"]["document_year"], text, re.IGNORECASE)}
    return [y for y in years_in(text) if y not in named]


def parse(question: str) -> Frame:
    """The frame of a question; a two-part question gets one sub-frame per part."""
    lang = detect_language(question)
    question = named_moments(question)
    pieces = _split(question)
    if len(pieces) > 1:
        parts = tuple(_frame(p, lang) for p in pieces)
        return _frame(question, lang, parts)
    return _frame(question, lang)


def _frame(text: str, lang: str, parts: tuple[Frame, ...] = ()) -> Frame:
    low = text.lower()
    tokens = words(text)
    intent = next((k for k, r in cues()["intent_re"].items() if r.search(low)), "other")
    if re.match(cues()["parts"]["reason_first"], low):
        intent = "explanation"  # "Waarom … als het aantal plaatsen afneemt?": the first word decides
    change = intent == "difference" or any(lemma(w, lang) in cues()["change"]["verbs"] for w in tokens)
    if change and intent in ("amount", "other"):
        intent = "difference"
    if intent in ("difference", "trend", "sum") and len(set(asked_years(text))) < 2 and not re.search(r"\b(?:sinds|since|vanaf|from)\b", low):
        intent = "amount" if cues()["intent_re"]["amount"].search(low) else intent
    return Frame(text=text, lang=lang, intent=intent, counted=_counted(text, lang), action=action_in(tokens, lang),
                 years=tuple(asked_years(text)), items=_items(tokens), change=change, parts=parts)


def _split(question: str) -> list[str]:
    """'Hoeveel A waren er, en hoeveel daarvan B?' → two questions; the second inherits the first's
    topic when it points back at it ('daarvan') or names no topic of its own."""
    pieces = [p.strip(" ,?") for p in cues()["joiner_re"].split(question) if p.strip(" ,?")]
    if len(pieces) != 2:
        return _split_counted(question)
    first, second = _shared_predicate(*pieces)
    own_years = bool(years_in(second))  # "…in 2023, en hoeveel in 2024?": the second part's own year replaces the first's
    topic = [w for w in words(first) if w not in STOPWORDS and not (own_years and YEAR_RE.fullmatch(w))]
    own = [w for w in words(second) if w not in STOPWORDS]
    if cues()["anaphor_re"].search(second) or len(own) <= 1:  # "hoeveel daarvan …": about the first part's topic
        if _counted(second, detect_language(second)) and re.search(_SITUATION, second, re.IGNORECASE):
            # "… en hoeveel unieke jongeren betrof dat?": its own count of the same situation, the first part's moment
            topic = [w for w in topic if YEAR_RE.fullmatch(w)]
        second = f"{cues()['anaphor_re'].sub(' ', second)} {' '.join(topic)}"
    return [first + "?", second + "?"]


def _shared_predicate(first: str, second: str) -> tuple[str, str]:
    """'Hoeveel jongens en hoeveel meisjes kregen in 2025 gesloten jeugdhulp?': a first part that is only
    'hoeveel <noun>' shares the second part's predicate, from its first verb on."""
    if not re.fullmatch(r"\s*(?:hoeveel|how many)(?:\s+\w+){1,2}\s*", first, re.IGNORECASE) or \
            any(is_verb_form(w) for w in words(first)[1:]):
        return first, second
    head = re.match(r"\s*(?:hoeveel|how many)\s+", second, re.IGNORECASE)
    verb = next((m for m in re.finditer(r"\w+", second[head.end():]) if is_verb_form(m.group(0).lower())), None) \
        if head else None
    return (f"{first} {second[head.end() + verb.start():]}", second) if verb else (first, second)


# "betrof dat", "was het": the first part as a whole (not "daarvan", a part of it, nor "die", its things)
_SITUATION = r"\b(?:dat|het|that|it)\s*$"


_TWO_COUNTED = re.compile(r"^(?P<pre>.*?\b(?:hoeveel|how many|aantal|number of)\s+)(?P<a>\w+(?:\s+\w+)?)\s+(?:en|and)\s+"
                          r"(?P<b>\w+(?:\s+\w+)?)(?P<rest>\b.*)$", re.IGNORECASE)


def _split_counted(question: str) -> list[str]:
    """'Hoeveel plaatsingen en unieke jongeren waren er in 2021?' asks two counts: one question each."""
    m = _TWO_COUNTED.match(question)
    if not m or any(w in STOPWORDS or is_verb_form(w) for w in words(m["a"] + " " + m["b"])):
        return [question]
    return [f"{m['pre']}{m['a']}{m['rest']}", f"{m['pre']}{m['b']}{m['rest']}"]


def _counted(text: str, lang: str) -> Counted | None:
    """What an amount question counts: the noun phrase after 'hoeveel', up to a function word, a
    number or a verb ('hoeveel Gelderse kinderen stonden …' → 'Gelderse kinderen', head kind). Dutch
    noun phrases end in their head noun, so the head is the first plural noun or else the last word
    ('regio's JeugdzorgPlus' counts regio's); a participle before a noun is an adjective ('gesloten plaatsingen'). English questions are read through their Dutch terms."""
    m = _COUNT_CUE.search(text)
    if not m:
        return None
    if re.match(r"\s*(?:procent|percent|%)", m.group(1), re.IGNORECASE):
        return None  # "hoeveel procent minder jongeren": a share, stated as a percentage, not a count
    rest = re.sub(r"^\s*(?:meer|minder|extra|hoger|lager|groter|kleiner|more|fewer|less|higher|lower)\b", "", m.group(1), flags=re.IGNORECASE)
    tokens = [w for w in re.findall(r"[A-Za-zÀ-ÿ][\w’'-]*|\d[\d.,]*|[^\w\s]", rest)][:8]
    if rest != m.group(1) and len(tokens) > 2 and tokens[1].lower() in ("de", "het", "the"):
        tokens = tokens[2:]  # "hoeveel hoger lagen de uitgaven": the verb comes first, then what is compared
    if lang == "en":  # read in the documents' Dutch terms; an untranslated word cannot be counted there
        tokens = [EN_NL.get(w.lower(), w if not simplemma.is_known(w.lower(), lang="en") else "?")
                  for w in tokens if EN_NL.get(w.lower(), w)]
        lang = "nl"
    while tokens and tokens[0].lower() in _LEADING:  # "hoeveel van de regio's"; not "hoeveel hebben gemeenten"
        tokens.pop(0)
    phrase: list[str] = []
    for i, w in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        low = w.lower()
        if low in STOPWORDS or not w[:1].isalpha():
            break
        attributive = "ge" in low[:5] and nxt[:1].isalpha() and nxt.lower() not in STOPWORDS and (
            not is_verb_form(nxt.lower(), lang) or "ge" in nxt.lower()[:5])  # 'nieuw gestarte gesloten plaatsingen'
        if is_verb_form(low, lang) and not attributive:
            break
        if low.endswith("en") and lemma(low, lang) == low and simplemma.is_known(low, lang=lang):
            break  # a word that is its own lemma in -en is a plural verb ('hoeveel jaar willen', 'hoeveel hebben')
        phrase.append(w)
        base = lemma(low, lang)
        if base != low and not low.endswith("e") and not is_verb_form(low, lang):  # a plural noun is the head
            break
    if not phrase:
        return None
    head = phrase[-1]
    return Counted(" ".join(phrase), vocabulary_lemma(head), metric_for(phrase[:-1], head))


def action_in(tokens: list[str], lang: str) -> str | None:
    """A change verb in predicate position ('… zijn er gesloten?', '… werden afgebouwd'); before a
    noun the same word is an adjective ('gesloten plaatsingen') and names a state."""
    acts = cues()["actions"]
    for i, w in enumerate(tokens):
        base = lemma(w, lang)
        kind = "removed" if base in acts["removed"] else "added" if base in acts["added"] else None
        if kind is None:
            continue
        following = tokens[i + 1 : i + 2]
        if not following or following[0] in STOPWORDS or YEAR_RE.fullmatch(following[0]):
            return kind
    return None


def _items(tokens: list[str]) -> int | None:
    """'welke vier organisaties', 'which three goals': the number of items a list answer needs."""
    for a, b in zip(tokens, tokens[1:]):
        if a in ("welke", "which", "noem", "name", "de", "the") and (b in _NUMBER_WORDS or b.isdecimal() and b.isascii() and len(b) < 3):
            return _NUMBER_WORDS.get(b) or int(b)
    return None
