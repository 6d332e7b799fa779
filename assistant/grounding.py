"""Holding generated text to the sources, sentence by sentence, in code.

The model sees numbered evidence passages. Each sentence it writes must cite an existing passage
[n]; its quote is then picked from that passage (the verbatim sentence that best supports it,
never generated text), and every number, number word, date and month in the sentence must occur
in that quote. A failing sentence is re-cited to the one passage that does support it (holds its
numbers, or, without numbers, nearly all its words), or dropped; so is a sentence that only
restates the question or was cut off at the token limit. What survives passes the same
`cite.verify` check as every other answer.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from functools import cached_property

from .cite import make_citation, verify
from .nlp import (DATE_RE, MONTHS, NUMBER_WORDS, YEAR_RE, canonical_numbers, content_terms, numbers_in, states_value,
                  to_dutch_terms, words)
from .types import Citation, Document, Figure, Hit, Sentence

log = logging.getLogger(__name__)

_MARK = re.compile(r"\s*\[(\d+)\]")
# List bullets and numbers ("• ", "2) ") and source labels echoed from the prompt ("Bron 2: ").
_LIST = re.compile(r"^\s*(?:[•*·–-]|\(?\d{1,2}[.)]|(?:bron|source)\s*\d*\s*:)\s*", re.IGNORECASE)
# A sentence ends at . ! ? (with any footnote mark or markers written after it: "… gestuurd.¹",
# "… kleinschalig. [1].") before the next word, or at a line break (lists, one answer per line).
_END = re.compile(r"[.!?][¹²³⁴⁵⁶⁷⁸⁹⁰]*(?:\s*\[\d+\])*[.!?]?(?=\s+(?!\[\d)\S)|\n")  # a marker after the stop belongs to it
_COMPLETE = re.compile(r"[.!?¹²³⁴⁵⁶⁷⁸⁹⁰\]]\s*$")
_TRAILING = re.compile(r"\s*([.!?])[.!?\s]*$")
# "een"/"één" is mostly the article; every other Dutch number word is a claim to check.
_CLAIM_WORDS = {w: v for w, v in NUMBER_WORDS.items() if v != 1}
_DERIVED = ("Berekend", "Computed")
MIN_OVERLAP = 2  # content words a quote must share with the sentence it supports
REPAIR_COVERAGE = 0.75  # share of its words a number-free sentence needs in the one passage it is re-cited to


@dataclass(frozen=True)
class Passage:
    """One numbered piece of evidence: a sentence with its neighbours, or a figure record's quote."""

    n: int
    doc: Document
    sentences: tuple[Sentence, ...]
    section: str

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    @property
    def label(self) -> str:
        """Kind and year of the source ('kamerbrief 2023'), shown to the model in parentheses."""
        return " ".join(x for x in (self.doc.kind, self.doc.date[:4]) if x)


def passages(evidence: tuple[tuple[Sentence, Hit], ...], figures: list[Figure], docs: dict[str, Document],
             neighbours) -> list[Passage]:
    """Evidence sentences, each with the sentence after it (definitions and answers often follow),
    then figure records whose quote is not shown yet; a sentence is shown once, so each number
    sits in as few passages as possible."""
    out: list[Passage] = []
    seen: set[tuple[str, int]] = set()

    def add(doc_id: str, sents: list[Sentence], section: str) -> None:
        fresh = tuple(s for s in sents if (doc_id, s.char_start) not in seen)
        if fresh:
            seen.update((doc_id, s.char_start) for s in fresh)
            out.append(Passage(len(out) + 1, docs[doc_id], fresh, section))

    for s, hit in evidence:
        nxt = neighbours((hit.chunk.doc_id, s.char_start), 1)
        add(hit.chunk.doc_id, [s] if nxt is None else [s, nxt], hit.chunk.section)
    for f in figures:
        shown = any(p.doc.doc_id == f.doc_id and s.char_start <= f.char_start < s.char_end
                    for p in out for s in p.sentences)
        if not shown:
            add(f.doc_id, [Sentence(f.quote, f.char_start, f.char_end)], f.section)
    return out


def split_generated(text: str) -> tuple[list[str], str]:
    """Complete sentences (with their markers) and the unfinished rest, for streaming."""
    done, start = [], 0
    for m in _END.finditer(text):
        done.append(text[start : m.end()].strip())
        start = m.end()
    return [d for d in done if d], text[start:]


def _dates(text: str) -> set[tuple[int | None, int, int]]:
    """Dates as (day or None, month, year), whatever the language: '4 februari 2019', 'June 2024'."""
    out = set()
    for m in DATE_RE.finditer(text):
        parts = words(m.group(0))
        out.add((int(parts[0]) if len(parts) == 3 else None, MONTHS[parts[-2]], int(parts[-1])))
    return out


@dataclass(frozen=True)
class Claims:
    """What a sentence asserts that its quote must state too: digit values (scaled amounts and
    years included), number words, dates as a whole ('4 februari 2019') and months."""

    values: frozenset[float]
    spelled: frozenset[float]
    dates: frozenset[tuple[int | None, int, int]]
    months: frozenset[int]

    @classmethod
    def of(cls, body: str) -> Claims:
        tokens = words(body)
        return cls(frozenset(v for v, _, _ in numbers_in(body)),
                   frozenset(_CLAIM_WORDS[w] for w in tokens if w in _CLAIM_WORDS),
                   frozenset(_dates(body)), frozenset(MONTHS[w] for w in tokens if w in MONTHS))

    def __bool__(self) -> bool:
        return bool(self.values or self.spelled or self.dates or self.months)

    def stated_in(self, text: str) -> bool:
        dates = _dates(text)
        return (not self.values - canonical_numbers(text) - {float(y) for y in YEAR_RE.findall(text)}
                and all(states_value(text, v) for v in self.spelled)
                and all(any(m == n and y == z and d in (None, e) for e, n, z in dates) for d, m, y in self.dates)
                and self.months <= {MONTHS[w] for w in words(text) if w in MONTHS})


@dataclass
class Grounder:
    """Accepts generated sentences one at a time; keeps only what the sources carry."""

    evidence: list[Passage]
    question: str = ""
    lang: str = "nl"
    kept: int = 0
    repaired: int = 0
    dropped: int = 0
    lines: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    def add(self, sentence: str) -> bool:
        """Verify one sentence; True when it (possibly re-cited) becomes part of the answer."""
        body = self._echoed_label.sub("", _LIST.sub("", _MARK.sub("", sentence)))
        body = _TRAILING.sub(r"\1", body).strip()
        if not content_terms(body):
            return False  # a bare marker, list number or punctuation: nothing to verify, nothing to show
        quotes, repaired = self._support(body, [int(n) for n in _MARK.findall(sentence)])
        cites, new = self._cite(quotes)
        line = f"{body} " + "".join(f"[{c.n}]" for c in cites)
        docs = {p.doc.doc_id: p.doc for p in self.evidence}
        # Derived lines are exempt from `verify` ("Berekend …"): only the composer may write them.
        if not quotes or body.startswith(_DERIVED) or verify(line, cites, docs):
            self.dropped += 1
            log.info("zin geschrapt: %s", sentence)
            return False
        self.citations += new
        self.lines.append(line)
        self.repaired += repaired
        self.kept += not repaired
        return True

    @cached_property
    def _echoed_label(self) -> re.Pattern:
        """The prompt's source labels ("(kamerbrief 2023)"), echoed by the model: not a claim."""
        return re.compile(r"\s*\((?:" + "|".join(re.escape(p.label) for p in self.evidence) + r")\)")

    def finish(self, rest: str) -> None:
        """The text after the last complete sentence: verified when the model finished it, dropped
        when it was cut off mid-sentence (at the token limit)."""
        if _COMPLETE.search(rest):
            self.add(rest)
        elif content_terms(_MARK.sub("", rest)):
            self.dropped += 1
            log.info("onaffe zin geschrapt: %s", rest)

    def _support(self, body: str, marks: list[int]) -> tuple[list[tuple[Sentence, Passage]], bool]:
        """Quotes from the passages the sentence cites; else, when exactly one passage supports it
        (holds its numbers, or nearly all its words), that passage's quote, marked as repaired."""
        terms = self._terms(body)
        new = terms - self._terms(self.question)  # what the sentence says beyond the question
        claims = Claims.of(body)
        by_n = {p.n: p for p in self.evidence}
        quotes = [q for n in dict.fromkeys(marks) if n in by_n if (q := self._quote(claims, terms, new, by_n[n]))]
        if quotes:
            return [(s, p) for s, p, _ in quotes], False
        holders = [q for p in self.evidence if (q := self._quote(claims, terms, new, p))]
        if not claims:
            holders = [q for q in holders if q[2] >= REPAIR_COVERAGE * len(terms)]
        return ([holders[0][:2]], True) if len(holders) == 1 else ([], False)

    def _terms(self, text: str) -> set[str]:
        """Content terms; English text also through its Dutch glossary words, to meet Dutch quotes."""
        return set(content_terms(to_dutch_terms(text) if self.lang == "en" else text))

    def _quote(self, claims: Claims, terms: set[str], new: set[str],
               passage: Passage) -> tuple[Sentence, Passage, int] | None:
        """The passage sentence that states every claim of the body, shares the most words with it
        (at least MIN_OVERLAP, one of them beyond the question) and how many it shares."""
        best, best_overlap = None, MIN_OVERLAP - 1
        for s in passage.sentences:
            if not claims.stated_in(s.text):
                continue
            shared = terms & set(content_terms(s.text))
            if len(shared) > best_overlap and shared & new:
                best, best_overlap = s, len(shared)
        return (best, passage, best_overlap) if best is not None else None

    def _cite(self, quotes: list[tuple[Sentence, Passage]]) -> tuple[list[Citation], list[Citation]]:
        """Citations for these quotes (reusing earlier ones) and which of them are new."""
        cites: list[Citation] = []
        new: list[Citation] = []
        for s, p in quotes:
            c = next((c for c in self.citations + new if c.doc_id == p.doc.doc_id and c.char_start == s.char_start),
                     None)
            if c is None:
                c = make_citation(len(self.citations) + len(new) + 1, p.doc, s.char_start, s.char_end, p.section)
                new.append(c)
            if c not in cites:
                cites.append(c)
        return cites, new

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @property
    def counts(self) -> dict[str, int]:
        return {"kept": self.kept, "repaired": self.repaired, "dropped": self.dropped}
