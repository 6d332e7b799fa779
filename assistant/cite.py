"""Citations and the number rule: quotes are verbatim spans; a number may only appear in an
answer sentence when a quote that sentence cites contains it."""

from __future__ import annotations

import re

from .nlp import YEAR_RE, canonical_numbers, numbers_in
from .types import Citation, Document

_MARKER = re.compile(r"\[(\d+)\]")


def make_citation(n: int, doc: Document, start: int, end: int, section: str) -> Citation:
    quote = doc.text[start:end]
    return Citation(
        n=n, doc_id=doc.doc_id, title=doc.title, page=doc.page_at(start), section=section,
        quote=quote, char_start=start, char_end=end, kind=doc.kind, date=doc.date,
    )


def unsupported_numbers(sentence: str, quotes: list[str]) -> list[str]:
    """Numbers in `sentence` (markers excluded) that none of `quotes` states."""
    text = _MARKER.sub("", sentence)
    allowed: set[float] = set()
    for q in quotes:
        allowed |= canonical_numbers(q)
        allowed |= {float(y) for y in YEAR_RE.findall(q)}
    return [text[a:b] for value, a, b in numbers_in(text) if value not in allowed]


def verify(answer: str, citations: list[Citation], docs: dict[str, Document]) -> list[str]:
    """Problems that must never reach a user: quotes not verbatim, markers without a source,
    numbers no cited quote contains. Empty list = the answer is sound."""
    problems = []
    by_n = {c.n: c for c in citations}
    for c in citations:
        if docs[c.doc_id].text[c.char_start : c.char_end] != c.quote:
            problems.append(f"citaat [{c.n}] is niet letterlijk")
    for line in answer.splitlines():
        if line.startswith("Berekend") or line.startswith("Computed"):
            continue  # explicitly derived from the cited values on the lines above
        markers = [int(n) for n in _MARKER.findall(line)]
        for c in citations:  # naming a cited document ("Volgens 'Rapport 2024'") states no figure
            line = line.replace(c.title, "")
        if any(n not in by_n for n in markers):
            problems.append(f"verwijzing zonder bron in: {line}")
        quotes = [by_n[n].quote for n in markers if n in by_n]
        if numbers_in(_MARKER.sub("", line)) and not markers:
            problems.append(f"getal zonder bron in: {line}")
        elif bad := unsupported_numbers(line, quotes):
            problems.append(f"getal(len) {', '.join(bad)} staan niet in de geciteerde bron")
    return problems
