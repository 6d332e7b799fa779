"""Table cells by their row label: an amount question about a year answered from the one table row
whose label (with the table's caption and the document's title) covers what the question asks.

The metric names of the figures store group running-text figures well, but a statistics table's rows
('waarvan in een gezinshuis', 'waarvan ondertoezichtstelling') are open vocabulary: their label is
what they count. This step runs after the metric lookup and before sentence selection.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

import simplemma

from ..answertype import answer_type
from ..figstore import FIGURE_ASK, FIGURE_INTENT
from ..tables import CAPTION_NUMBER
from ..frame import cues, is_verb_form, lemma
from ..nlp import MONTHS, STOPWORDS, content_terms, counted_phrase, stem, to_dutch_terms, words
from ..vocabulary import event_noun, ing_noun, naming_words
from .moments import in_period, same_day, same_moment
from .figure_lookup import (_WHEN_IN_YEAR, _period_text, cite_figures, states_asked_numbers,
                            figures_text, part_asked)

if TYPE_CHECKING:
    from ..answer import Composed, Composer, Search
    from ..frame import Frame
    from ..types import Figure

# Share of the question's idf weight the row, caption and title must cover together.
MIN_COVERAGE = 0.7
_INTENTS = {"amount", "other", "share"}


def step(kb: Composer, frame: Frame, lexical: str, lang: str, allowed: set[str] | None, search: Search) -> Composed | None:
    if frame.intent not in _INTENTS or not frame.years or frame.action:
        return None
    years = list(frame.years)
    weight = question_weights(kb, lexical, lang)
    if not weight:
        return None
    about: dict[str, bool] = {}  # 'uit Lindewaarde': only a table of a document that names it
    rows = [(score, f) for f in kb.figures.query(None, doc_ids=allowed)
            if f.origin == "table" and (score := coverage(kb, weight, f, lexical)) is not None
            and _counts_asked(kb, frame, lexical, f) and _names_all(kb, lexical, f.doc_id, about)
            and states_asked_numbers(lexical, f)]
    scored = [(score, f) for score, f in rows
              if in_period(f, years) and same_moment(lexical, f.period) and same_day(lexical, f)]
    scored = [(score, f) for score, f in scored if part_asked(kb, lexical, f)] or scored  # not 'waarvan …' unasked
    if not scored:
        return None
    best = max(s for s, _ in scored)
    top = [f for s, f in scored if s == best]
    if best < MIN_COVERAGE or best < max(s for s, _ in rows):
        return None  # nothing covers the question, or a better row lacks that year
    wanted = answer_type(lexical, frame.intent)  # "hoe lang": a row in weeks or days, not a share in %
    if wanted and not wanted.satisfied([_as_text(f) for f in top], lexical):
        return None
    if len({(f.value, f.period) for f in top}) > 1 and len({f.doc_id for f in top}) == 1:
        # rows of one table that its caption and title cover alike: the row's own label decides
        event = event_noun(lexical)  # "hoeveel keer … geplaatst": the Plaatsingen row, whatever else it shares
        own = [sum(v for w, v in weight.items() if covers(kb, w, f.counted))
               + (sum(weight.values()) if event and covers(kb, event, f.counted) else 0.0) for f in top]
        top = [f for f, o in zip(top, own) if o == max(own)]
    if len({(f.value, f.period) for f in top}) == 1:
        return _answer(kb, top, lang)
    if len({f.doc_id for f in top}) == len(top) and len({f.period for f in top}) == 1:
        # the same row in several documents' tables, with different values: a conflict to show
        return figures_text(kb, top[0].metric, kb.figures.groups(top), lang)
    return None  # rows of one table tie with different values: the question does not say which


def question_weights(kb: Composer, question: str, lang: str) -> dict[str, float]:
    """The question's content words with their idf: no scaffolding ('hoeveel'), numbers, verbs or source names."""
    # 'capaciteit 31 december 2023' asks the capacity; 'over hoeveel locaties was de capaciteit verspreid' counts locations
    asking = FIGURE_INTENT if counted_phrase(question) else FIGURE_ASK
    scaffold = _WHEN_IN_YEAR.sub(" ", re.sub(asking, " ", question, flags=re.IGNORECASE))
    if lang == "en":  # only the Dutch terms the English words translate to: the documents are Dutch
        scaffold = to_dutch_terms(scaffold)[len(scaffold):]
    source = kb.source_words(question)
    verbs = verbs_in(scaffold)
    weight = {}
    for w in words(scaffold):
        terms = content_terms(w)
        if (not terms or any(c.isdigit() for c in w) or w in MONTHS or set(terms) & source
                or w in verbs):  # 'op 1 januari' is a moment, not what a row counts
            continue
        weight[w] = kb.idf.get(terms[0], kb._idf_max)
    return weight


def verbs_in(text: str) -> frozenset[str]:
    """The conjugated verbs of a question ('kregen', 'telde'): they say how it asks, nothing a row label or a
    figure's context says; a noun like 'verblijf' does, and so does a participle before a noun ('gesloten plaatsingen')."""
    tokens = words(text)
    return frozenset(w for w, nxt in zip(tokens, [*tokens[1:], ""])
                     if is_verb(w) and not ("ge" in w[:5] and nxt and nxt not in STOPWORDS and not is_verb(nxt)))


def is_verb(word: str) -> bool:
    """A conjugated verb, a plural present ('verdwijnen': its own lemma) or a verb of change."""
    base = lemma(word)
    # conjugated: a weak or plural ending, or a short strong past ('ging', 'nam', 'stond'); not a
    # noun that is also a verb stem ('verblijf')
    return ((is_verb_form(word, "nl") and (bool(re.search(r"(?:en|de|te|d|t)$", word))
                                          or (len(word) <= 5 and not base.startswith(word))))
            or (word.endswith("en") and base == word and simplemma.is_known(word, lang="nl"))
            or base in cues()["change"]["verbs"])


def covers(kb: Composer, word: str, text: str) -> bool:
    """Does the text hold this question word: the same stem or lemma, a compound built on it, or the
    word's own first part ('nieuwe' ~ 'Nieuw', 'voogdijmaatregel' ~ 'waarvan voogdij')?"""
    return _covers(kb, word, *_text_words(text))


@lru_cache(maxsize=256)  # a document's text is asked again for every row and word of every question
def _text_words(text: str) -> tuple[frozenset[str], frozenset[str], frozenset[tuple[str, str]]]:
    """A text's content terms (stems), the lemmas of its words, and each word's (stem, lemma)."""
    pairs = frozenset((stem(t), lemma(t)) for t in words(text))
    return frozenset(content_terms(text)), frozenset(b for _, b in pairs), pairs


def _covers(kb: Composer, word: str, terms: frozenset[str], lemmas: frozenset[str],
            pairs: frozenset[tuple[str, str]]) -> bool:
    found = content_terms(word)
    base = lemma(word)
    stemmed = found[0] if found else base
    if found and kb.covered(stemmed, terms) and not _derived_only(base, stemmed, pairs):
        return True
    return any(x == base or (len(base) >= 5 and (x.endswith(base) or x.startswith(base)) and not _derived(x, base, stemmed))
               or (len(x) >= 6 and base.startswith(x) and _compound_part(base[len(x):])) for x in lemmas)


def _derived_only(base: str, stemmed: str, pairs: frozenset[tuple[str, str]]) -> bool:
    """The stemmer joins 'plaatsingen' and 'plaatsen' (both 'plaats'): when the text has only the
    other noun of an -ing pair, it names another thing (placements are not places)."""
    same = {b for s, b in pairs if s == stemmed}
    return bool(same) and base not in same and all(_derived(x, base, stemmed) for x in same)


def _derived(x: str, base: str, stemmed: str) -> bool:
    """x and the asked word are the two nouns of an -ing pair ('plaatsing' and 'plaats'/'plaatsen')."""
    return x != base and (x in (base + "ing", stemmed + "ing") or base in (x + "ing", stemmed + "ing"))


def _compound_part(rest: str) -> bool:
    """'voogdij' + 'maatregel': the rest of a compound is a word of its own; 'plaats' + 'ing' derives
    another noun ('plaatsingen' are not 'plaatsen')."""
    return len(rest) >= 3 and simplemma.is_known(rest, lang="nl")


def coverage(kb: Composer, weight: dict[str, float], f: Figure, question: str, elsewhere: bool = True) -> float | None:
    """Covered share of the question by the row label, caption and title (with `elsewhere`, the rest of the
    document counting half: rows compete on it, but it does not make a row fit); None when the row label
    itself covers nothing the question asks (every row of the table shares the caption)."""
    around = f"{f.counted} {f.section} {f.title} {kb.docs[f.doc_id].title}"
    names = naming_words(question, f.metric)  # 'bedden' names a 'Capaciteit' row (plaatsen), 'unieke kinderen' too
    if not any(w in names or covers(kb, w, f.counted) for w in weight):
        return None
    document = kb.docs[f.doc_id].text if elsewhere else ""  # a word only elsewhere in the document counts half
    return sum(v if w in names or covers(kb, w, around) else v / 2 if covers(kb, w, document)
               else 0.0 for w, v in weight.items()) / sum(weight.values())


def _as_text(f: Figure) -> str:
    """A cell as a sentence, its value followed by the label's unit: 'Gemiddelde wachttijd (weken)' → '3,8 weken …';
    a cell of a table in euros as an amount ('€ 7.010.000')."""
    unit = re.search(r"\(([^()]*)\)\s*$", f.counted)
    return f"{f.shown} {unit.group(1) if unit else ''} {f.counted}"


def _counts_asked(kb: Composer, frame: Frame, question: str, f: Figure) -> bool:
    """'Hoeveel plaatsen': the row or its table's caption counts places, not a 'Plaatsingen' row of a document
    that says 'plaatsen' elsewhere; a 'waarvan …' row counts what the row above it counts, and 'hoeveel
    jongeren … geplaatst' is also counted as 'plaatsingen'."""
    if not frame.counted or frame.lang != "nl" or f.counted.lower().startswith("waarvan"):
        return True
    heads = [frame.counted.phrase.split()[-1].lower(), *filter(None, map(ing_noun, words(question)))]
    names = naming_words(question, f.metric)
    return any(h in names or covers(kb, h, f"{f.counted} {f.section}") for h in heads)


def _names_all(kb: Composer, question: str, doc_id: str, seen: dict[str, bool]) -> bool:
    """Does the document name every name the question does (once per document and question)?"""
    if doc_id not in seen:
        seen[doc_id] = kb.missing_in_document(question, doc_id) is None
    return seen[doc_id]


def _label(counted: str) -> str:
    """A row label as the answer names it; a caption used as one loses its number and year span
    ('Tabel 1. Plaatsingen 2017 – 2022' → 'Plaatsingen'), which the cited cell does not hold."""
    return re.sub(r"[\s,]*\(?(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d\)?", "", CAPTION_NUMBER.sub("", counted)).strip()


def _answer(kb: Composer, figs: list[Figure], lang: str) -> Composed:
    from ..answer import Composed

    cites: list = []
    marks = "".join(f"[{n}]" for n in sorted(set(cite_figures(kb, figs, cites))))
    f = figs[0]
    line = f"{_period_text(f.period, lang, f.quote)}{f.shown} ({_label(f.counted)}) {marks}."
    return Composed(line, tuple(cites), tuple(figs), route="figures")

