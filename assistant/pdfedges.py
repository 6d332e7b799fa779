"""Page furniture of a PDF: running headers and footers and page numbers, in a page's top or bottom
tenth. pdf.py leaves them out of the text, so they never split a paragraph or end up in a quote."""

from __future__ import annotations

import re
from collections import Counter
from typing import Protocol

EDGE = 0.1  # top and bottom tenth of a page: where running headers and footers live
_PAGE_NUMBER = re.compile(r"^(?:(?:pagina|page|blz\.?)\s*)?-?\s*\d{1,3}\s*-?(?:\s*(?:/|van|of)\s*\d{1,3})?$", re.I)


class _Line(Protocol):
    text: str
    top: float
    bottom: float


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", text.strip().lower())


def _at_edge(line: _Line, height: float) -> bool:
    return line.top < EDGE * height or line.bottom > (1 - EDGE) * height


def running_lines(pages: list[list[_Line]], heights: list[float]) -> set[str]:
    """Header and footer lines: in a page's top or bottom tenth and repeated on other pages
    (numbers ignored, so 'Pagina 2 van 5' repeats)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines, height in zip(pages, heights):
        counts.update({_key(l.text) for l in lines if _at_edge(l, height)})
    return {k for k, n in counts.items() if n >= 2}


def is_furniture(line: _Line, height: float, running: set[str]) -> bool:
    """A running header or footer, or a page number, at the page's edge."""
    return _at_edge(line, height) and (_key(line.text) in running or _PAGE_NUMBER.match(line.text.strip()) is not None)
