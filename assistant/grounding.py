"""Holding generated text to the sources, sentence by sentence, in code.

The model sees numbered evidence passages. Each sentence it writes must cite an existing passage
[n]; its quote is then picked from that passage (the verbatim sentence that best supports it,
never generated text), and every number in the sentence must occur in that quote. A failing
sentence is re-cited to the one passage that does contain its numbers, or dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cite import make_citation, unsupported_numbers
from .nlp import canonical_numbers, content_terms, numbers_in
from .types import Citation, Document, Hit, Sentence

_MARK = re.compile(r"\s*\[(\d+)\]")
_LABEL = re.compile(r"\s*\(bron:[^)]*\)")  # the prompt's source labels, sometimes echoed by the model
_SENTENCE_END = re.compile(r"(?<=[.!?])(?:\s*\[\d+\])*\s+(?=\S)|(?<=\])\s*\n+")


@dataclass(frozen=True)
class Passage:
    """One numbered piece of evidence: a sentence with its neighbours, all verbatim."""

    n: int
    doc: Document
    sentences: tuple[Sentence, ...]
    section: str

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


def passages(evidence: tuple[tuple[Sentence, Hit], ...], docs: dict[str, Document],
             neighbours) -> list[Passage]:
    """Evidence sentences, each with the sentence after it (definitions and answers often follow);
    a sentence is shown once, so each number sits in as few passages as possible."""
    out: list[Passage] = []
    seen: set[tuple[str, int]] = set()
    for s, hit in evidence:
        nxt = neighbours((hit.chunk.doc_id, s.char_start), 1)
        sents = tuple(x for x in (s, nxt) if x is not None and (hit.chunk.doc_id, x.char_start) not in seen)
        if sents:
            seen |= {(hit.chunk.doc_id, x.char_start) for x in sents}
            out.append(Passage(len(out) + 1, docs[hit.chunk.doc_id], sents, hit.chunk.section))
    return out


def prompt(question: str, lang: str, evidence: list[Passage]) -> list[dict[str, str]]:
    if lang == "en":
        system = ("Answer the question only from the numbered sources. Write at most three short sentences in "
                  "English. End every sentence with the number of its source, like [1]. Copy numbers exactly.")
    else:
        system = ("Beantwoord de vraag alleen met de genummerde bronnen. Schrijf hooguit drie korte zinnen in het "
                  "Nederlands. Zet achter elke zin het nummer van de bron, zoals [1]. Neem getallen exact over.")
    # Short source labels: every prompt token costs ~9 ms on two cores with the local model.
    sources = "\n".join(f"[{p.n}] {p.text} (bron: {p.doc.kind} {p.doc.date[:4]})" for p in evidence)
    return [{"role": "system", "content": system},
            {"role": "user", "content": f"Bronnen:\n{sources}\n\nVraag: {question}"}]


def split_generated(text: str) -> tuple[list[str], str]:
    """Complete sentences (with their markers) and the unfinished rest, for streaming."""
    parts = _SENTENCE_END.split(text)
    return [p.strip() for p in parts[:-1] if p.strip()], parts[-1]


@dataclass
class Grounder:
    """Accepts generated sentences one at a time; keeps only what the sources carry."""

    evidence: list[Passage]
    kept: int = 0
    repaired: int = 0
    dropped: int = 0
    lines: list[str] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)

    def add(self, sentence: str) -> bool:
        """Verify one sentence; True when it (possibly re-cited) becomes part of the answer."""
        body = _LABEL.sub("", _MARK.sub("", sentence)).strip()
        marks = [int(n) for n in _MARK.findall(sentence)]
        if not content_terms(body):
            return False  # a bare marker or punctuation: nothing to verify, nothing to show
        by_n = {p.n: p for p in self.evidence}
        cited = [by_n[n] for n in marks if n in by_n]
        quotes = [q for p in cited if (q := self._quote(body, p))]
        repaired = False
        if not quotes:
            holders = [p for p in self.evidence if self._quote(body, p) and numbers_in(body)]
            if len(holders) != 1:
                self.dropped += 1
                return False
            quotes, repaired = [self._quote(body, holders[0])], True
        if unsupported_numbers(body, [q[0].text for q in quotes]):
            self.dropped += 1
            return False
        ns = [self._cite(passage, s) for s, passage in quotes]
        self.lines.append(f"{body} " + "".join(f"[{n}]" for n in dict.fromkeys(ns)))
        self.repaired += repaired
        self.kept += not repaired
        return True

    def _quote(self, body: str, passage: Passage) -> tuple[Sentence, Passage] | None:
        """The passage sentence that holds all the body's numbers and shares the most words with it."""
        values = {v for v, _, _ in numbers_in(body)}
        terms = set(content_terms(body))
        best, best_overlap = None, 0
        for s in passage.sentences:
            if values - canonical_numbers(s.text) - {float(y) for y in re.findall(r"\b\d{4}\b", s.text)}:
                continue
            overlap = len(terms & set(content_terms(s.text)))
            if overlap > best_overlap:
                best, best_overlap = s, overlap
        return (best, passage) if best is not None and best_overlap >= 2 else None

    def _cite(self, passage: Passage, s: Sentence) -> int:
        for c in self.citations:
            if c.doc_id == passage.doc.doc_id and c.char_start == s.char_start:
                return c.n
        c = make_citation(len(self.citations) + 1, passage.doc, s.char_start, s.char_end, passage.section)
        self.citations.append(c)
        return c.n

    @property
    def text(self) -> str:
        return " ".join(self.lines)

    @property
    def counts(self) -> dict[str, int]:
        return {"kept": self.kept, "repaired": self.repaired, "dropped": self.dropped}
