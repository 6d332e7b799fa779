"""A cited span shown inside its document: the sentence around it, or a wider window for reading.

Front ends highlight the quote and let a reader check what stands before and after it, so
they need the neighbouring text cut at sentence or word boundaries rather than mid-word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .types import Document

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


@dataclass(frozen=True)
class Passage:
    """`before + quote + after` is a verbatim slice of the document text (outer whitespace trimmed)."""

    before: str
    quote: str
    after: str
    page: int | None
    clipped_start: bool  # text precedes `before` in the document
    clipped_end: bool  # text follows `after` in the document


def _left(text: str, start: int, radius: int, sentence: bool) -> int:
    lo = max(0, start - radius)
    if lo == 0:
        return 0
    window = text[lo:start]
    if sentence:  # the last boundary with text after it: a one-line quote (a table row) gets its neighbour
        ends = [m.end() for m in _SENTENCE_END.finditer(window) if window[m.end():].strip()]
        if ends:
            return lo + ends[-1]
    space = re.search(r"\s", window)
    return lo + space.end() if space else start


def _right(text: str, end: int, radius: int, sentence: bool) -> int:
    hi = min(len(text), end + radius)
    if hi == len(text):
        return hi
    window = text[end:hi]
    if sentence:
        ends = [m.end() for m in _SENTENCE_END.finditer(window) if window[: m.start()].strip()]
        if ends:
            return end + ends[0]
    spaces = list(re.finditer(r"\s", window))
    return end + spaces[-1].start() if spaces else end


def around(doc: Document, start: int, end: int, radius: int = 200, sentence: bool = True) -> Passage:
    """The quote at [start, end) with up to `radius` characters either side.

    `sentence=True` stops at the nearest sentence boundary (the quote's own sentence, for a
    source card); `sentence=False` keeps the widest window that ends on whole words (for reading).
    """
    text = doc.text
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lo, hi = _left(text, start, radius, sentence), _right(text, end, radius, sentence)
    return Passage(
        before=text[lo:start].lstrip(), quote=text[start:end], after=text[end:hi].rstrip(),
        page=doc.page_at(start), clipped_start=lo > 0, clipped_end=hi < len(text),
    )
