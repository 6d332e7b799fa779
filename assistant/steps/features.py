"""Features of the candidate sentences the learned ranker scores (see ranker.FEATURES): how much of the
question a sentence covers, its dense similarity, retrieval rank, source and year match, answer-type hints
and, for a 'waarom' question, a cause in the sentence or the next one."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..frame import asked_years, cues
from ..nlp import DATE_RE, YEAR_RE, content_terms, words
from ..ranker import FEATURES
from ..types import Hit, Sentence
from ..vocabulary import Counted, counts_thing

if TYPE_CHECKING:
    from ..answer import Composer


@dataclass(frozen=True)
class Candidates:
    """The sentences of the retrieved passages with one feature row each (see ranker.FEATURES)."""

    keys: list[tuple[str, int]]
    candidates: dict[tuple[str, int], tuple[Sentence, Hit]]
    X: np.ndarray
    cover: list[float]
    dense: list[float]
    q_years: set[str]
    weight: dict[str, float]
    wants_number: bool

    def covered_share(self, kb: Composer, terms: set[str], rare_only: bool = False) -> float:
        """The idf-weighted share of the question's terms (only its rare ones) that `terms` cover."""
        weights = {t: w for t, w in self.weight.items() if w and (not rare_only or w >= kb._rare_idf)}
        if not weights:
            return 1.0
        return sum(w for t, w in weights.items() if kb.covered(t, terms)) / sum(weights.values())


def candidate_features(kb: Composer, question: str, hits: list[Hit], qvec: np.ndarray | None, lang: str,
                       terms: set[str], spelled_out: re.Pattern | None, wants_date: bool,
                       counted: Counted | None) -> Candidates:
    """Features of every candidate sentence: how much of the question it covers (idf-weighted, the
    neighbours and the section heading counting half), dense similarity, retrieval rank, source and year match, answer-type hints."""
    candidates: dict[tuple[str, int], tuple[Sentence, Hit]] = {}
    for hit in hits:
        for s in hit.chunk.sentences:
            if not is_heading(s.text, hit.chunk.section):
                candidates.setdefault((hit.chunk.doc_id, s.char_start), (s, hit))
    keys = list(candidates)
    sents = [candidates[k][0] for k in keys]
    dense = kb.embed_texts([s.text for s in sents]) @ qvec if qvec is not None and sents else np.zeros(len(sents))
    source_terms, source_years, doc_match = kb.source_reference(question)
    weight = {t: 0.0 if t in source_terms else kb.idf.get(t, 0.0 if lang == "en" else kb._idf_max) for t in terms}
    if not any(weight.values()):
        weight = {t: kb.idf.get(t, kb._idf_max) for t in terms}
    total = sum(weight.values()) or 1.0
    q_years = {str(y) for y in asked_years(question)} - source_years
    wants_number = bool(re.search(r"\b(hoeveel|aantal|how many|how much|welk bedrag|percentage)\b", question.lower()))
    wants_reason = bool(cues()["intent_re"]["explanation"].search(question))
    rows, covers = [], []
    english = 1.0 if lang == "en" else 0.0
    for key, s, d in zip(keys, sents, dense):
        s_terms = set(content_terms(s.text))
        around = {t for step in (-1, 1) if (n := kb.neighbour(key, step)) for t in content_terms(n.text)}
        around |= set(content_terms(candidates[key][1].chunk.section))  # the heading it stands under
        cover = sum(w * (1.0 if kb.covered(t, s_terms) else 0.5 if kb.covered(t, around) else 0.0)
                    for t, w in weight.items() if w) / total
        date = DATE_RE.search(s.text) if wants_date else None
        year_hit = bool(q_years & set(words(s.text)))
        rows.append([cover, float(d), 1.0 / candidates[key][1].rank, doc_match.get(key[0], 0.0),
                     float(bool(q_years) and year_hit), float(bool(q_years) and not year_hit),
                     float(wants_number and bool(re.search(r"\d", s.text))),
                     float(bool(spelled_out and spelled_out.search(s.text))),
                     float(bool(date and date.group(0)[0].isdigit())), float(bool(date)),
                     float(wants_date and bool(YEAR_RE.search(s.text))),
                     float(bool(counted and counts_thing(s.text, counted))), float(len(s.text.split()) < 5),
                     english * cover, english * float(d),
                     float(wants_reason and bool(cues()["causal_re"].search(s.text))),
                     float(wants_reason and len(s.text.split()) < 8),  # a table row or a heading gives no reason
                     # what happened, then why: "Het onderzoek nam toe. Volgens de aanbieders hangt dat samen met …"
                     float(wants_reason and (n := kb.neighbour(key, 1)) is not None
                           and bool(cues()["causal_re"].search(n.text)))])
        covers.append(cover)
    X = np.asarray(rows, dtype=np.float32).reshape(len(rows), len(FEATURES))
    return Candidates(keys, candidates, X, covers, [float(d) for d in dense], q_years, weight, wants_number)


def is_heading(text: str, section: str) -> bool:
    """A heading names a topic, it does not answer: the chunk's own section title, or a short line
    that ends in ':' or '?' ("Wat is JeugdzorgPlus?", "Af- en ombouw JeugdzorgPlus:")."""
    bare = text.strip(" :❖•")
    return bool(bare) and (bare == section.strip(" :") or (len(text.split()) < 6 and text.rstrip()[-1:] in ":?"))
