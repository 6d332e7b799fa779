"""The answer planner: a question's frame chooses the answer steps; every step answers only from
verbatim evidence, or passes. Refusal is decided here and in the steps, in code, before any model.

question ─▶ Frame (frame.py) ─▶ steps (steps/: compare, compute, figure_lookup, metadata, enumerate,
select) ─▶ Composed. A two-part question is answered part by part and joined.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import numpy as np
import simplemma

from .figstore import FigureStore
from .frame import Frame, cues, parse
from .nlp import EN_NL, MONTHS, acronyms, content_terms, to_dutch_terms, words, years_in
from .types import Citation, Document, Figure, Hit, Sentence

REFUSAL_NL = "Dit kan ik niet beantwoorden op basis van de documenten in het corpus."
REFUSAL_EN = "I cannot answer this from the documents in the corpus."
# Words that name a kind of source document (the manifest kinds) in questions.
KIND_WORDS = {"kamerbrief": "kamerbrief", "brief": "kamerbrief", "uitvoeringsplan": "uitvoeringsplan",
               "inspectie": "inspectierapport", "igj": "inspectierapport", "inspectierapport": "inspectierapport",
               "rapport": "inspectierapport", "regiovisie": "regiovisie", "transformatievisie": "regiovisie",
               "letter": "kamerbrief", "report": "inspectierapport", "vision": "regiovisie"}
_SOURCE = re.compile(r"\b(?:volgens|according to)\s+((?:de|het|the)?\s*[^?,;]+)", re.IGNORECASE)
# "in de transformatievisie JeugdzorgPlus van Noord-Holland-Noord", "in de Kamerbrief van 2023", "noemt de
# Kamerbrief": a kind of document followed only by names and years (not "in het rapport over de wachtlijsten").
_SOURCE_IN = re.compile(r"\b(?:in|uit|noemt|noemen|geeft|beschrijft|stelt|meldt|schrijft)\s+((?:de|het)\s+(?i:" + "|".join(KIND_WORDS) + r")\b"
                        r"(?:\s+(?:van\s+)?(?:[A-Z][\w'’-]*|(?:19|20)\d\d))*)"
                        # "in the 2023 progress letter", "of the inspection report"
                        r"|\b(?:in|of|from)\s+(the\s+(?:(?:19|20)\d\d\s+)?(?:\w+\s+)?(?i:letter|report|vision)\b"
                        r"(?:\s+(?:of\s+)?(?:[A-Z][\w'’-]*|(?:19|20)\d\d))*)")

# Where a source phrase ends and the question's period begins ("volgens het CBS tussen 2021 en 2025").
_TIME_AFTER = re.compile(r"\s(?:tussen|sinds|vanaf|in|op|per|tot|eind|begin|aan het (?:eind|einde|begin)\w*|between|since)\s+"
                         r"(?:\w+\s+){0,3}?(?:19|20)\d\d\b", re.IGNORECASE)

_NAME_LINKS = {"van", "over", "uit", "in", "voor", "bij", "en", "of", "on", "from", "for", "and"}
_ARTICLES = {"de", "het", "een", "the", "a", "an"}


def _source_phrase(question: str) -> tuple[re.Match, str] | None:
    """The phrase naming a source ('volgens het CBS tussen 2021 en 2025 …' → 'het CBS'), with its match."""
    if m := _SOURCE.search(question):  # 'volgens …' runs to the end of the clause: keep what names the source
        return m, _name_part(_TIME_AFTER.split(m.group(1))[0])
    m = _SOURCE_IN.search(question) or _QUOTED.search(question)
    return (m, m.group(1) or m.group(2)) if m else None


def _name_part(phrase: str) -> str:
    """The words that name a source: its noun with the names, years and 'van/over …' phrases that follow
    ('de brief van de staatssecretaris', 'de transformatievisie JeugdzorgPlus van Noord-Holland-Noord'),
    not what the question goes on to ask ('de inspectie beter bij De Esdoorn' → 'de inspectie')."""
    tokens = phrase.split()
    keep = 1 + (bool(tokens) and tokens[0].lower() in _ARTICLES)
    while keep < len(tokens):
        word = tokens[keep]
        if word[:1].isupper() or word[:1].isdigit():
            keep += 1
        elif word.lower() in _NAME_LINKS and keep + 1 < len(tokens):
            keep += 2 + (tokens[keep + 1].lower() in _ARTICLES and keep + 2 < len(tokens))
        else:
            break
    return " ".join(tokens[:keep])


# A capitalised word inside a question (not its first word): a name ('Drechtzoom', 'Jeugdautoriteit').
_NAME = re.compile(r"(?<!^)(?<![.?!]\s)(?<![\w-])([A-Z][\w]{2,})")

# A quoted title ("het uitvoeringsplan 'Van groot naar klein, …'") names a document when it matches one.
_QUOTED = re.compile(r"[‘'“\"]([^‘'’“”\"]{8,})[’'”\"]")

@dataclass(frozen=True)
class Composed:
    text: str
    citations: tuple[Citation, ...]
    figures: tuple[Figure, ...] = ()
    refusal_reason: str | None = None
    route: str = "retrieval"
    # The best evidence sentences behind a retrieval answer, for a generator to phrase from.
    evidence: tuple[tuple[Sentence, Hit], ...] = ()

    @property
    def refused(self) -> bool:
        return self.refusal_reason is not None


# The retrieval a step may call: question → (hits, query vector), timed by the caller; it takes
# `doc_ids=` to search only some documents.
Search = Callable[..., tuple[list[Hit], np.ndarray | None]]


def refusal(reason: str, lang: str) -> Composed:
    return Composed(REFUSAL_EN if lang == "en" else REFUSAL_NL, (), refusal_reason=reason, route="refusal")


class Composer:
    def __init__(self, docs: dict[str, Document], sentences: dict[str, list[Sentence]], figures: FigureStore,
                 idf: dict[str, float], vocabulary: set[str], embed_texts, max_sentences: int = 3,
                 headings: frozenset[tuple[str, int]] = frozenset()) -> None:
        self.docs = docs
        self.acronyms = acronyms([d.text for d in docs.values()])
        self.sentences = sentences  # doc_id → its sentences in text order
        self._position = {d: {x.char_start: i for i, x in enumerate(v)} for d, v in sentences.items()}
        self.figures = figures
        self.idf = idf
        self.vocabulary = vocabulary
        self._sorted_vocabulary = sorted(vocabulary)
        self.embed_texts = embed_texts  # list[str] -> np.ndarray of unit vectors
        self.headings = headings  # (doc_id, char_start) of the sentences that are section headings
        self.gate_log: list | None = None  # train-ranker collects what the answerability gate saw here
        self.max_sentences = max_sentences
        self._idf_max = max(idf.values(), default=1.0)
        n_chunks = (math.exp(self._idf_max) - 1) * 1.5 + 0.5  # inverse of idf_table for a term in 1 chunk
        self._rare_idf = math.log(1 + (n_chunks - 3 + 0.5) / 3.5)  # a term in at most 3 chunks

    # ------------------------------------------------------------------ planning
    def compose(self, question: str, lang: str, allowed: set[str] | None, search: Search) -> Composed:
        """The answer to a question: each part of a two-part question separately, then joined."""
        from .steps.combine import combination, combine
        from .steps.parts import join

        if found := combination(question, lang):  # "hoeveel A meer dan B", "A en B samen": each side, then computed
            sides = [self._answer(parse(q), lang, allowed, search) for q in found.questions]
            if (computed := combine(found, sides, lang)) is not None:
                return computed
        frame = parse(question)
        if not frame.parts:
            return self._answer(frame, lang, allowed, search)
        first = self._answer(frame.parts[0], lang, allowed, search)
        answers = [first]
        source = {c.doc_id for c in first.citations}
        for part in frame.parts[1:]:  # "…, en hoeveel in 2024?": first from the document that answered the first part
            found = None
            if len(source) == 1:
                found = self._answer(part, lang, source, functools.partial(search, doc_ids=source))
            answers.append(found if found is not None and not found.refused else self._answer(part, lang, allowed, search))
        return join(answers, lang)

    def _answer(self, frame: Frame, lang: str, allowed: set[str] | None, search: Search) -> Composed:
        from .steps import plan

        if anchor := self.missing_anchor(frame.text, lang):
            return refusal(f"'{anchor}' komt in geen enkel document van het corpus voor.", lang)
        for scope in (self.named_documents(frame.text), self.naming_documents(frame.text)):
            # "volgens de Kamerbrief over wachttijden", "het contract van regio Drechtzoom": only there
            if scope and (allowed is None or allowed & scope):
                allowed = scope if allowed is None else allowed & scope
                search = functools.partial(search, doc_ids=allowed)
        lexical = to_dutch_terms(frame.text) if lang == "en" else frame.text
        for step in plan(frame):
            if (composed := step(self, frame, lexical, lang, allowed, search)) is not None:
                return composed
        raise AssertionError("the plan ends with a step that always answers")

    # ------------------------------------------------------------------ knowledge the steps share
    def missing_anchor(self, question: str, lang: str) -> str | None:
        """A name or year in the question that the corpus never mentions: then nothing can answer it."""
        for y in years_in(question):
            if str(y) not in self.vocabulary:
                return str(y)
        for m in re.finditer(r"(?<![.?!]\s)(?<!^)\b([A-Z][a-zà-ÿ]{3,}(?:-[A-Z][a-zà-ÿ]+)*)\b", question.strip()):
            word = m.group(1).lower()
            if lang == "en" and EN_NL.get(word):  # "Table 1" is "Tabel 1" in the Dutch documents
                word = EN_NL[word].lower()
            elif lang == "en" and simplemma.is_known(word, lang="en"):
                continue  # an English word ("Inspectorate"), not a name the documents would spell alike
            if not self.known(word) and word not in MONTHS and content_terms(word):
                return m.group(1)
        return None

    def known(self, word: str) -> bool:
        """In the corpus vocabulary, a Dutch compound of two corpus words ('Kamerlid' = kamer + lid), or
        the adjective of a corpus place name ('Noord-Hollandse' → Noord-Holland, 'Gelderse' → Gelderland)."""
        if word in self.vocabulary:
            return True
        if any(word[:i] in self.vocabulary and (word[i:] in self.vocabulary or
               (word[i] == "s" and word[i + 1:] in self.vocabulary)) for i in range(3, len(word) - 2)):
            return True
        base = re.sub(r"(?:se|s|e)$", "", word)
        if len(base) < 4 or base == word:
            return False
        i = bisect.bisect_left(self._sorted_vocabulary, base)  # a corpus word that starts with it
        return i < len(self._sorted_vocabulary) and self._sorted_vocabulary[i].startswith(base)


    def position(self, doc_id: str, char_start: int) -> int | None:
        """Index of the sentence starting at char_start in its document's sentence list."""
        return self._position.get(doc_id, {}).get(char_start)

    def neighbour(self, key: tuple[str, int], step: int) -> Sentence | None:
        """The sentence `step` places before/after the one at key (doc_id, char_start)."""
        doc_sents = self.sentences[key[0]]
        i = self._position[key[0]].get(key[1])
        j = None if i is None else i + step
        return doc_sents[j] if j is not None and 0 <= j < len(doc_sents) else None

    @functools.lru_cache(maxsize=256)  # fit_score asks it for every figure record of a question
    def source_words(self, question: str) -> frozenset[str]:
        """Every content word of the question's source phrase ('het overzicht in de brief van de
        staatssecretaris'): they say where to look, not what is counted."""
        terms, _, _ = self.source_reference(question)
        found = _source_phrase(question)
        return frozenset(content_terms(found[1])) | terms if terms and found else frozenset()

    @functools.lru_cache(maxsize=256)  # every step of one question asks it again; it matches every document
    def source_reference(self, question: str) -> tuple[frozenset[str], frozenset[str], Mapping[str, float]]:
        """'volgens het uitvoeringsplan', 'in de Kamerbrief van 2023': words that name a source
        choose documents instead of scoring sentences. Returns (terms, years, doc_id → match 0-1)."""
        if not (found := _source_phrase(question)):
            return frozenset(), frozenset(), MappingProxyType({})
        m, phrase = found
        parts = set(cues()["sources"]["parts"])  # "tabel 1 van de Kamerbrief": the Kamerbrief names the source
        terms = {t for t in content_terms(phrase) if t not in parts and not t.isdigit()} | {w for w in words(phrase) if w in KIND_WORDS}
        years = {str(y) for y in years_in(phrase)}
        match = self.document_match(terms)
        if m.re is not _SOURCE and max(match.values(), default=0.0) < 0.5:
            # "in de brief van de inspecteur", a quoted phrase: not one of our documents
            return frozenset(), frozenset(), MappingProxyType({})
        return frozenset(terms), frozenset(years), MappingProxyType(match)

    def document_match(self, terms: set[str]) -> dict[str, float]:
        """doc_id → share of the terms its title, publisher, kind, year and file name cover: how well a
        phrase ('de Kamerbrief over wachttijden', 'de inspectiebrief') names each document."""
        match = {}
        for doc in self.docs.values():
            stem = Path(doc.source_file).stem.replace("-", " ")  # 'inspectiebrief-2025-de-linde'
            signer = doc.text[max(0, doc.signatory_span[0] - 100):doc.signatory_span[1]] if doc.signatory_span else ""
            about = set(content_terms(f"{doc.title} {doc.publisher} {signer} {doc.kind} {doc.date[:4]} {stem}")) | set(words(stem))
            named_as = f"{doc.title} {doc.source_file}".lower()  # an uploaded 'Kamerbrief: …' of kind 'overig'
            kinds = {w for w in terms if w in KIND_WORDS and (KIND_WORDS[w] == doc.kind or w in named_as)}
            hit = {t for t in terms if self.covered(t, about)} | kinds
            match[doc.doc_id] = len(hit) / len(terms) if terms else 0.0
        return match

    def named_documents(self, question: str) -> set[str]:
        """The documents a question names as its source, when its source words all fit them and not
        every document: an answer then comes from those documents only."""
        _, _, match = self.source_reference(question)
        named = {d for d, m in match.items() if m >= 1.0}
        return named if named and len(named) < len(self.docs) else set()

    def naming_documents(self, question: str) -> set[str]:
        """The documents that name every name of the question that most documents do not ('regio Drechtzoom',
        'De Waterkant'): an answer about that place must come from them (`missing_entity` refuses any other), so
        retrieval looks only there. Empty when the question names none or no document names them all."""
        scope: set[str] | None = None
        for m in _NAME.finditer(question.strip()):
            if m.group(1).lower() in KIND_WORDS or m.group(1).lower() in MONTHS:
                continue
            for t in content_terms(m.group(1)):
                having = set(self.term_documents.get(t, set()))
                if t in self.acronyms:  # 'VWS': also the documents that write it out
                    having |= set.intersection(*(self.term_documents.get(x, set()) for x in self.acronyms[t])) \
                        if self.acronyms[t] else set()
                if having and 2 * len(having) <= len(self.docs):
                    scope = having if scope is None else scope & having
        return scope or set()

    @functools.cached_property
    def term_documents(self) -> dict[str, set[str]]:
        """term → the documents whose text, title or publisher hold it (`doc_terms`, inverted once on first use)."""
        index: dict[str, set[str]] = {}
        for doc_id in self.sentences:
            for t in self.doc_terms(doc_id):
                index.setdefault(t, set()).add(doc_id)
        return index

    def missing_entity(self, question: str, passage: str, doc_id: str | None = None) -> str | None:
        """A name the question mentions that the evidence never mentions: a rare one ('regio Zuidwest',
        'Horizon') missing from the passage, or any corpus name ('Jeugdautoriteit') missing from the
        whole document of the passage. The passage is then about something else."""
        return self._missing(question, set(content_terms(passage)), self.doc_terms(doc_id) if doc_id else None)

    def missing_in_document(self, question: str, doc_id: str) -> str | None:
        """`missing_entity` with the whole document (text, title, publisher) as the passage."""
        return self._missing(question, self.doc_terms(doc_id), self.doc_terms(doc_id))

    def _missing(self, question: str, p_terms: set[str], d_terms: set[str] | None) -> str | None:
        for m in _NAME.finditer(question.strip()):
            if m.group(1).lower() in KIND_WORDS or m.group(1).lower() in MONTHS:
                continue  # "de Kamerbrief", "on 1 December": not a name
            for t in content_terms(m.group(1)):
                if self.idf.get(t, 0.0) >= self._rare_idf and not self.covered(t, p_terms):
                    return m.group(1)
                if d_terms is not None and t in self.idf and not self.covered(t, d_terms | p_terms):
                    return m.group(1)
        return None

    @functools.lru_cache(maxsize=256)
    def doc_terms(self, doc_id: str) -> set[str]:
        doc = self.docs[doc_id]
        return set(content_terms(f"{doc.text} {doc.title} {doc.publisher}"))

    def covered(self, term: str, s_terms: set[str]) -> bool:
        """A question term is covered by the same stem, by a Dutch compound built on it
        ('jeugdhulpaanbieder' covers 'aanbieder') or through an acronym of the corpus (NHN)."""
        if term in s_terms or (len(term) >= 5 and any(x.endswith(term) or x.startswith(term) for x in s_terms)):
            return True
        if term in self.acronyms:
            return self.acronyms[term] <= s_terms
        return any(term in self.acronyms.get(x, ()) for x in s_terms)


def idf_table(chunk_terms: list[set[str]]) -> dict[str, float]:
    n = len(chunk_terms)
    df: dict[str, int] = {}
    for terms in chunk_terms:
        for t in terms:
            df[t] = df.get(t, 0) + 1
    return {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
