"""What a number counts: the noun phrase after (or before) it, lemmatised with simplemma, and the
metric name it groups under. The known metric names are synonym groups, not a closed list: any
other counted noun becomes a metric of its own (its lemma)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import simplemma

from .nlp import NUMBER_RE, YEAR_RE, NUMBER_WORDS, STOPWORDS
from .tables import CAPTION_NUMBER

_DATA = Path(__file__).with_name("data") / "figure_vocabulary.toml"
WORD = re.compile(r"[A-Za-zÀ-ÿ][\w’'-]*")


@dataclass(frozen=True)
class Counted:
    """The counted thing: the words as written, its head noun's lemma and the metric it belongs to."""

    phrase: str
    lemma: str
    metric: str


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, str], frozenset[str], frozenset[str], frozenset[str]]:
    data = tomllib.loads(_DATA.read_text(encoding="utf-8"))
    synonyms = {term: metric for metric, terms in data["synonyms"].items() for term in terms}
    synonyms.update({metric: metric for metric in data["synonyms"]})
    return (synonyms, frozenset(data["ignore"]["nouns"]), frozenset(data["modifiers"]["words"]),
            frozenset(data["measures"]["words"]))


@lru_cache(maxsize=20_000)
def lemma(word: str) -> str:
    """Dutch lemma; greedy mode also reduces compounds ('separeerruimtes' → 'separeerruimte')."""
    word = word.lower().replace("’", "'")
    if len(word.strip("'")) < 2:  # "'s" alone (a clipped "regio's"), a stray quote
        return word
    if word.endswith("'s"):
        return word[:-2]  # "regio's" → "regio"
    return simplemma.lemmatize(word, lang="nl", greedy=True)


def _is_modifier(word: str) -> bool:
    """An adjective or participle before the noun: listed, or an inflected '-e' form ('kleinschalige')."""
    low = word.lower()
    return low in _vocabulary()[2] or (low.endswith("e") and lemma(low) == low[:-1]) or low.endswith(
        ("ende", "ige", "lijke", "ische", "ele", "ale", "iële"))


def _is_noun(word: str) -> bool:
    """A content word that can be counted: not a function word, number, listed non-count noun,
    roman numeral ('35925 XVI') or verb form ('gedaald' → 'dalen')."""
    low, base = word.lower(), lemma(word)
    return (len(low) >= 3 and low not in STOPWORDS and low not in NUMBER_WORDS
            and low not in _vocabulary()[1] and base not in _vocabulary()[1]
            and not re.fullmatch(r"[IVXLC]+", word) and not (base.endswith("en") and not low.endswith("en")))


def metric_for(modifiers: list[str], head: str) -> str:
    """Metric of a head noun with its modifiers: a listed phrase, a listed lemma, else the lemma."""
    synonyms = _vocabulary()[0]
    head = head.rsplit("-", 1)[-1] if "-" in head.strip("-") else head  # "NHN-gemeenten" counts gemeenten
    head_lemma = lemma(head)
    single = synonyms.get(head_lemma, synonyms.get(head.lower()))
    heads = [head_lemma, *(t for t, m in synonyms.items() if single and m == single and " " not in t and t != head_lemma)]
    for i in range(len(modifiers)):
        for h in heads:  # 'unieke kinderen' is 'unieke jongere': kind and jongere count the same
            phrase = " ".join([*(m.lower() for m in modifiers[i:]), h])
            if phrase in synonyms:
                return synonyms[phrase]
    return single or head_lemma


@lru_cache(maxsize=4096)  # asked once per figure record of a question
def naming_words(question: str, metric: str) -> frozenset[str]:
    """The words of what a question counts that name a metric, alone ('hoeveel bedden' → plaatsen) or as a
    phrase ('hoeveel unieke kinderen' → unieke_jongeren); not a word elsewhere ('… op de wachtlijst voor een plek')."""
    from .nlp import counted_phrase

    tokens = [w.lower() for w in counted_phrase(question)]
    return frozenset(w for i in range(len(tokens)) for span in (tokens[i:i + 1], tokens[max(0, i - 1):i + 1])
                     if metric_for(span[:-1], span[-1]) == metric for w in span)


def counted_after(text: str, max_words: int = 3) -> Counted | None:
    """The noun a number counts, from the words right after it: '12 kleinschalige voorzieningen',
    '40 gesloten plaatsen'. None when a function word or punctuation comes first."""
    modifiers: list[str] = []
    part_of = re.match(r"\s*van\s+(?:de|het|hun|deze|die|alle|onze)?\s*(?=\w)", text)
    if part_of:  # "45 van hun separeerruimtes"
        text = text[part_of.end():]
    for m in WORD.finditer(text):
        if text[: m.start()].strip(" ") and re.search(r"[^\w\s'’-]", text[: m.start()]):
            return None  # punctuation between the number and the word
        word = m.group(0)
        if _is_modifier(word) and len(modifiers) < max_words - 1:
            modifiers.append(word)
            continue
        if not _is_noun(word):
            return None
        phrase = text[: m.end()].strip()
        return Counted(phrase, lemma(word), metric_for(modifiers, word))
    return None


def counted_in(label: str) -> Counted | None:
    """The counted noun of a table row label or caption: 'Aantal unieke jongeren', 'Jeugdigen met
    jeugdbescherming', 'Tabel 1. Plaatsingen gesloten jeugdhulp'."""
    label_words = CAPTION_NUMBER.sub("", label)
    words = WORD.findall(re.sub(r"\b[A-Za-z]{2,4}\.\s", " ", label_words))  # "Gem. verblijfsduur": not 'gem'
    modifiers: list[str] = []
    for word in words:
        if _is_modifier(word):
            modifiers.append(word)
            continue
        if word.lower() in STOPWORDS:
            continue
        if _is_noun(word):
            return Counted(label.strip(), lemma(word), metric_for(modifiers, word))
    return None


def is_category(counted: Counted | None, head: Counted | None) -> bool:
    """A table column that names a kind rather than a counted thing ('pleegzorg', 'gezinshuis',
    'in verblijf op 31 december') under a header whose first column counts a plural noun
    ('jongeren met …'): its values count that noun too."""
    if head is None or not _plural(head):
        return False
    if counted is not None and any(w.lower() in _vocabulary()[3] for w in WORD.findall(counted.phrase)):
        return False
    return counted is None or (counted.metric == counted.lemma and known_metric(counted.lemma) is None
                               and not _plural(counted))


def _plural(counted: Counted) -> bool:
    word = next((w for w in WORD.findall(counted.phrase) if lemma(w) == counted.lemma), counted.lemma)
    return word.lower() != counted.lemma


# A separable verb's participle: 'afgezonderd' (af-ge-zonder-d), 'geplaatst', 'gemeld' (simplemma leaves
# separable ones as they are).
_PARTICIPLE = re.compile(r"(af|op|in|uit|aan|toe|mee|door|over|om|terug|weg|vast|bij|na|voor)?ge([a-z]{3,}?)(d|t)")


def event_noun(question: str) -> str | None:
    """'Hoe vaak werd een jongere afgezonderd?' counts afzonderingen: the -ing noun of the participle
    after 'hoe vaak' ('geplaatst' → plaatsing, 'gemeld' → melding); None without one."""
    m = re.search(r"\b(?:hoe vaak|hoe dikwijls|hoeveel (?:keer|maal)|how often|how many times)\b(.*)", question, re.IGNORECASE)
    return next((noun for word in reversed(WORD.findall(m.group(1).lower()) if m else [])
                 if (noun := ing_noun(word))), None)


def ing_noun(word: str) -> str | None:
    """The -ing noun of a participle: 'gemeld' is meld-ing, 'geplaatst' plaats-ing (the noun simplemma
    knows, else the stem without d/t); None for another word."""
    if not (part := _PARTICIPLE.fullmatch(word.lower())):
        return None
    stem = (part.group(1) or "") + part.group(2)
    nouns = [re.sub(r"([aeou])\1([^aeiou])$", r"\1\2", s) + "ing" for s in (stem, stem + part.group(3))]
    return next((n for n in nouns if simplemma.is_known(n, lang="nl")), nouns[0])


def says_nothing(word: str) -> bool:
    """A word of a label that names nothing counted: a function word or a listed non-count word ('waarvan')."""
    return word.lower() in STOPWORDS or word.lower() in _vocabulary()[1]


def known_metric(word: str) -> str | None:
    """The synonym group of a word, None for nouns outside the listed groups."""
    return _vocabulary()[0].get(lemma(word))


def is_countable(word: str) -> bool:
    """A noun whose amount a sentence states as 'N <noun>': not a unit, money or reference word."""
    return _is_noun(word)


_ROW_LABEL = re.compile(r"([A-Za-zÀ-ÿ][\w’'-]*)[\s\d.,:]*$")
_NUMBER_WORD = re.compile(r"\b(?:" + "|".join(w for w in NUMBER_WORDS if w not in ("een", "één", "nul")) + r")\b",
                          re.IGNORECASE)


def counts_thing(text: str, target: Counted) -> bool:
    """Does a number in `text` count the target thing or a synonym ('40 plekken' for plaatsen), or
    does a row label name it right before its numbers ('Aantal plaatsingen 1.924 1.720 …')?"""
    for m in [*NUMBER_RE.finditer(text), *_NUMBER_WORD.finditer(text)]:
        if YEAR_RE.fullmatch(m.group(0)):
            continue
        found = counted_after(text[m.end():])
        if found and (found.metric == target.metric or (found.lemma == target.lemma and target.metric == target.lemma)):
            return True
        # a row label right before its numbers: only numbers, spaces and ':' may stand between
        label = _ROW_LABEL.search(text[max(0, m.start() - 60):m.start()])
        found = counted_in(label.group(1)) if label else None
        if found and found.metric == target.metric:
            return True
    return False
