"""Sentence selection, the general step: the sentences of the retrieved passages that best answer
the question, quoted verbatim, or a refusal when none covers it well enough."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from ..answer import Composed, refusal
from ..answertype import answer_type
from ..cite import make_citation
from ..frame import action_in
from ..ranker import FEATURES, load_ranker
from ..nlp import (DATE_RE, EN_NL, YEAR_RE, content_terms, counted_phrase, counts, detect_language, question_terms,
                   words, years_in)
from ..types import Document, Hit, Sentence

if TYPE_CHECKING:
    from ..answer import Composer, Search
    from ..frame import Frame

EVIDENCE_SENTENCES = 4  # passages a generator sees: enough context, short enough for a 0.5B model on 2 cores
_DATE_QUESTION = r"\b(?:welke datum|op welke dag|wanneer|sinds wanneer|per wanneer|in welk jaar|welk jaar|when|which date|what date|which year)\b"
_MONEY_QUESTION = r"\b(?:hoeveel geld|welk bedrag|hoe groot is het budget|hoe hoog is het budget|how much money|what amount)\b"
_UNITS = {"jaar", "jaren", "maand", "maanden", "week", "weken", "dag", "dagen", "uur", "keer", "maal",
          "years", "months", "weeks", "days", "hours", "times"}
_ANAPHOR = r"(?:Deze|Dit|Die|Dat|Zij|Hij|Daar\w*|Hier\w*)\b"
# A next sentence that goes on about this one: "… hybride voorzieningen. Dit is jeugdhulpaanbod waar …"
_ELABORATION = _ANAPHOR + r"|.{0,40}\b(?:noem\w* dit|bij deze|dit is|dat is)\b"
_DEFINITION = re.compile(r"\b(?i:waar staat (?:de afkorting |het acroniem )?|wat betekent (?:de afkorting )?|what does (?:the abbreviation )?)"
                         r"([A-Z][A-Za-z]{1,7})\b")


def step(kb: Composer, frame: Frame, lexical: str, lang: str, allowed: set[str] | None, search: Search) -> Composed:
    hits, qvec = search(frame.text)
    return text_answer(kb, lexical, hits, qvec, lang, frame.action)


def prepare(question: str, lang: str) -> tuple[set[str], re.Pattern | None, bool]:
    """The terms a sentence should cover, the acronym a definition question wants spelled out,
    and whether a date is asked ("op welke datum": the date answers, it is not a topic)."""
    terms = set(question_terms(question, lang))
    spelled_out = None
    if defined := _DEFINITION.search(question):  # "waar staat JIM voor": the sentence that spells JIM out
        terms -= set(content_terms(defined.group(0))) - set(content_terms(defined.group(1)))
        acronym = re.escape(defined.group(1))
        spelled_out = re.compile(rf"\b{acronym}\s*\(|\({acronym}\)")
    wants_date = bool(re.search(_DATE_QUESTION, question.lower()))
    if wants_date:
        terms -= set(content_terms("datum dag date day"))
    return terms, spelled_out, wants_date


def text_answer(kb: Composer, question: str, hits: list[Hit], qvec: np.ndarray | None, lang: str,
                action: str | None = None) -> Composed:
    low = question.lower()
    terms, spelled_out, wants_date = prepare(question, lang)
    if not hits or not terms:
        return refusal("Geen passende passages gevonden.", lang)
    cands = candidate_features(kb, question, hits, qvec, lang, terms, spelled_out, wants_date)
    candidates, q_years = cands.candidates, cands.q_years
    model = load_ranker()
    scored = sorted(((model.score(x), c, d, k) for x, c, d, k in zip(cands.X, cands.cover, cands.dense, cands.keys)),
                    reverse=True)
    wants_number = cands.wants_number
    counted = cands.counted
    if counted:  # "hoeveel X": only sentences that state a count of X can answer
        scored = [x for x in scored if counts(candidates[x[3]][0].text, counted)]
        if not scored:
            return refusal(f"De documenten noemen geen aantal voor '{counted}'.", lang)
    if action:  # "hoeveel … zijn er gesloten": only a sentence that says what was closed answers
        scored = [x for x in scored if action_in(words(candidates[x[3]][0].text), lang) == action]
        if not scored:
            return refusal("De gevonden passages noemen die verandering niet.", lang)
    if wanted := answer_type(question):  # "wie is de …", "hoe lang …": the sentence must say it
        scored = [x for x in scored if wanted.satisfied(_shown_with(kb, x[3], *candidates[x[3]]), question)]
        if not scored:
            return refusal(f"De gevonden passages noemen geen {wanted.label}.", lang)
    best_score, best_cover, best_dense, best_key = scored[0]
    support = 0.5 * best_cover + max(best_dense, 0.0)  # the gate stays a plain evidence measure (see README)
    if support < kb.min_support:
        return refusal(f"De gevonden passages dekken de vraag onvoldoende (steun {support:.2f}).", lang)
    if q_years and not q_years & set(words(" ".join(candidates[k][1].chunk.text for _, _, _, k in scored[:3]))):
        return refusal(f"Het gevraagde jaar ({', '.join(sorted(q_years))}) komt in de gevonden passages niet voor.", lang)
    best_text = candidates[best_key][0].text
    if re.search(_MONEY_QUESTION, low) and not re.search(r"€|\beuro\b|\bmln\b|miljoen|miljard", best_text.lower()):
        return refusal("De gevonden passages noemen geen bedrag.", lang)
    best_doc = kb.docs[best_key[0]]
    evidence = f"{candidates[best_key][1].chunk.text} {best_doc.title} {best_doc.publisher}"
    if missing := kb.missing_entity(question, evidence):
        return refusal(f"De gevonden passages gaan niet over '{missing}'.", lang)
    chosen = [best_key]
    for score, cover, d, key in scored[1:]:
        if len(chosen) >= kb.max_sentences or score < model.companion_ratio * best_score:
            break
        if cover > 0 and key not in chosen and candidates[key][0].text not in {candidates[k][0].text for k in chosen}:
            chosen.append(key)  # a repeated table header or running line is quoted once
    picked = [candidates[k] for k in chosen]
    s, hit = picked[0]
    prev, nxt = kb.neighbour(chosen[0], -1), kb.neighbour(chosen[0], 1)
    if prev is not None and re.match(_ANAPHOR, s.text):  # "Deze aanbieder ...": show whom it refers to
        picked.insert(0, (prev, hit))
    if nxt is not None and re.match(_ELABORATION, nxt.text) and not any(x is nxt for x, _ in picked):
        picked.insert(1 if picked[0][0] is s else 2, (nxt, hit))
    if items := list_items(kb, s, hit):
        picked = [(s, hit)] + [(x, hit) for x in items]
    evidence = [candidates[k] for _, _, _, k in scored[:EVIDENCE_SENTENCES]]
    return replace(quote_answer(kb, picked, question, lang), evidence=tuple(evidence))


@dataclass(frozen=True)
class Candidates:
    """The sentences of the retrieved passages with one feature row each (see ranker.FEATURES)."""

    keys: list[tuple[str, int]]
    candidates: dict[tuple[str, int], tuple[Sentence, Hit]]
    X: np.ndarray
    cover: list[float]
    dense: list[float]
    q_years: set[str]
    wants_number: bool
    counted: str | None


def candidate_features(kb: Composer, question: str, hits: list[Hit], qvec: np.ndarray | None, lang: str,
                       terms: set[str], spelled_out: re.Pattern | None, wants_date: bool) -> Candidates:
    """Features of every candidate sentence: how much of the question it covers (idf-weighted, the
    neighbours counting half), dense similarity, retrieval rank, source and year match, answer-type hints."""
    candidates: dict[tuple[str, int], tuple[Sentence, Hit]] = {}
    for hit in hits:
        for s in hit.chunk.sentences:
            candidates.setdefault((hit.chunk.doc_id, s.char_start), (s, hit))
    keys = list(candidates)
    sents = [candidates[k][0] for k in keys]
    dense = kb.embed_texts([s.text for s in sents]) @ qvec if qvec is not None and sents else np.zeros(len(sents))
    source_terms, source_years, doc_match = kb.source_reference(question)
    weight = {t: 0.0 if t in source_terms else kb.idf.get(t, 0.0 if lang == "en" else kb._idf_max) for t in terms}
    if not any(weight.values()):
        weight = {t: kb.idf.get(t, kb._idf_max) for t in terms}
    total = sum(weight.values()) or 1.0
    q_years = {str(y) for y in years_in(question)} - source_years
    wants_number = bool(re.search(r"\b(hoeveel|aantal|how many|how much|welk bedrag|percentage)\b", question.lower()))
    counted = _counted_noun(question) if wants_number else None
    rows, covers = [], []
    english = 1.0 if lang == "en" else 0.0
    for key, s, d in zip(keys, sents, dense):
        s_terms = set(content_terms(s.text))
        around = {t for step in (-1, 1) if (n := kb.neighbour(key, step)) for t in content_terms(n.text)}
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
                     float(bool(counted and counts(s.text, counted))), float(len(s.text.split()) < 5),
                     english * cover, english * float(d)])
        covers.append(cover)
    X = np.asarray(rows, dtype=np.float32).reshape(len(rows), len(FEATURES))
    return Candidates(keys, candidates, X, covers, [float(d) for d in dense], q_years, wants_number, counted)


def _shown_with(kb: Composer, key: tuple[str, int], s: Sentence, hit: Hit) -> list[str]:
    """The text an answer from this sentence shows: its list items or the sentence that
    elaborates it ("… geplaatst zouden worden. Daar werkt OZJ nu hard aan.")."""
    nxt = kb.neighbour(key, 1)
    more = list_items(kb, s, hit) or ([nxt] if nxt is not None and re.match(_ELABORATION, nxt.text) else [])
    return [x.text for x in [s, *more]]


def list_items(kb: Composer, s: Sentence, hit: Hit) -> list[Sentence]:
    """The items after a list intro ("… de volgende knelpunten:"): they are its answer."""
    if not s.text.endswith(":"):
        return []
    following = [x for x in kb.sentences[hit.chunk.doc_id] if x.char_start > s.char_start][:6]
    return [x for x in following if x.text[:1] in "•-*–" or x.text[:1].isdigit()] or following[:3]


def quote_answer(kb: Composer, picked: list[tuple[Sentence, Hit]], question: str, lang: str) -> Composed:
    picked = sorted(picked, key=lambda sh: (sh[1].chunk.doc_id, sh[0].char_start))
    cites = []
    lines = []
    for n, (s, hit) in enumerate(picked, start=1):
        doc = kb.docs[hit.chunk.doc_id]
        cites.append(make_citation(n, doc, s.char_start, s.char_end, hit.chunk.section))
        prefix = f"Volgens {_short(doc)}: " if lang == "nl" else f"According to {_short(doc)}: "
        lines.append(f"{prefix}“{s.text}” [{n}]")
    return Composed("\n".join(lines), tuple(cites))


def _counted_noun(question: str) -> str | None:
    """Stem of what a 'hoeveel …' / 'how many …' question counts (see nlp.counted_phrase);
    English heads are mapped to Dutch, unknown ones give None."""
    phrase = counted_phrase(question)
    if phrase and phrase[0] in _UNITS:  # "binnen hoeveel jaar willen ...": the unit is what is counted
        return content_terms(phrase[0])[-1]
    plural = [w for w in phrase if re.search(r"(?:en|s|'s|’s)$", w)]
    head = plural[-1] if plural else (phrase[0] if phrase else None)
    if head and detect_language(question) == "en":
        head = EN_NL.get(head)
    terms = content_terms(head) if head else []
    return terms[-1] if terms else None


def _short(doc: Document) -> str:
    kind = {"kamerbrief": "de Kamerbrief", "uitvoeringsplan": "het uitvoeringsplan",
            "inspectierapport": "het inspectierapport", "regiovisie": "de regiovisie"}.get(doc.kind, f"'{doc.title}'")
    return kind
