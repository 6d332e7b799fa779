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
from ..figstore import FIGURE_INTENT
from ..frame import cues, is_verb_form, lemma
from ..nlp import MONTHS, STOPWORDS, content_terms, to_dutch_terms, words
from ..vocabulary import naming_words
from .moments import in_period, same_day, same_moment
from .figure_lookup import (_WHEN_IN_YEAR, _period_text, cite_figures,
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
    rows = [(score, f) for f in kb.figures.query(None, doc_ids=allowed)
            if f.origin == "table" and (score := coverage(kb, weight, f, lexical)) is not None]
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
    if len({(f.value, f.period) for f in top}) == 1:
        return _answer(kb, top, lang)
    if len({f.doc_id for f in top}) == len(top) and len({f.period for f in top}) == 1:
        # the same row in several documents' tables, with different values: a conflict to show
        return figures_text(kb, top[0].metric, kb.figures.groups(top), lang)
    return None  # rows of one table tie with different values: the question does not say which


def question_weights(kb: Composer, question: str, lang: str) -> dict[str, float]:
    """The question's content words with their idf: no scaffolding ('hoeveel'), numbers, verbs or source names."""
    scaffold = _WHEN_IN_YEAR.sub(" ", re.sub(FIGURE_INTENT, " ", question, flags=re.IGNORECASE))
    if lang == "en":  # only the Dutch terms the English words translate to: the documents are Dutch
        scaffold = to_dutch_terms(scaffold)[len(scaffold):]
    source = kb.source_words(question)
    tokens = words(scaffold)
    weight = {}
    for w, nxt in zip(tokens, [*tokens[1:], ""]):
        # conjugated verbs ('kregen', 'hadden') say nothing a row label says; a noun like 'verblijf' does,
        # and so does a participle before a noun ('gesloten plaatsingen')
        attributive = "ge" in w[:5] and nxt and nxt not in STOPWORDS and not is_verb(nxt)
        terms = content_terms(w)
        if (not terms or any(c.isdigit() for c in w) or w in MONTHS or set(terms) & source
                or (is_verb(w) and not attributive)):  # 'op 1 januari' is a moment, not what a row counts
            continue
        weight[w] = kb.idf.get(terms[0], kb._idf_max)
    return weight


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
def _text_words(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """A text's content terms (stems) and the lemmas of its words."""
    return frozenset(content_terms(text)), frozenset(lemma(t) for t in words(text))


def _covers(kb: Composer, word: str, terms: frozenset[str], lemmas: frozenset[str]) -> bool:
    found = content_terms(word)
    if found and kb.covered(found[0], terms):
        return True
    base = lemma(word)
    return any(x == base or (len(base) >= 5 and (x.endswith(base) or x.startswith(base)))
               or (len(x) >= 6 and base.startswith(x)) for x in lemmas)  # 'voogdij(maatregel)'


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
    """A cell as a sentence, its value followed by the label's unit: 'Gemiddelde wachttijd (weken)' → '3,8 weken …'."""
    unit = re.search(r"\(([^()]*)\)\s*$", f.counted)
    return f"{f.raw} {unit.group(1) if unit else ''} {f.counted}"


def _answer(kb: Composer, figs: list[Figure], lang: str) -> Composed:
    from ..answer import Composed

    cites: list = []
    marks = "".join(f"[{n}]" for n in sorted(set(cite_figures(kb, figs, cites))))
    f = figs[0]
    line = f"{_period_text(f.period, lang, f.quote)}{f.raw} ({f.counted}) {marks}."
    return Composed(line, tuple(cites), tuple(figs), route="figures")

