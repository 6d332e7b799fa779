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


def _keys(text: str) -> list[str]:
    """A line's parts ('Jeugdregio X | Beleidskader', 'pagina 2 van 2' stand a tab apart on one
    baseline), numbers ignored."""
    return [re.sub(r"\d+", "#", part.strip().lower()) for part in text.split("\t") if part.strip()]


def _at_edge(line: _Line, height: float) -> bool:
    return line.top < EDGE * height or line.bottom > (1 - EDGE) * height


def running_lines(pages: list[list[_Line]], heights: list[float]) -> set[str]:
    """Header and footer lines: in a page's top or bottom tenth and repeated on other pages
    (numbers ignored, so 'Pagina 2 van 5' repeats)."""
    if len(pages) < 2:
        return set()
    counts: Counter[str] = Counter()
    for lines, height in zip(pages, heights):
        counts.update({k for l in lines if _at_edge(l, height) for k in _keys(l.text)})
    return {k for k, n in counts.items() if n >= 2}


def is_furniture(line: _Line, height: float, running: set[str]) -> bool:
    """A running header or footer, or a page number, at the page's edge; a line of several parts when
    each is one of those and one is running text ('Regio X | Jaarplan' + 'pagina 2 van 3'), not a
    table row of small numbers."""
    if not _at_edge(line, height):
        return False
    parts = [p.strip() for p in line.text.split("\t") if p.strip()]
    numbers = [_PAGE_NUMBER.match(p) is not None for p in parts]
    running_parts = [k in running and re.search(r"[a-z]", k) is not None for k in _keys(line.text)]
    if len(parts) == 1:
        return numbers[0] or running_parts[0]
    return all(n or r for n, r in zip(numbers, running_parts)) and any(r and not n for n, r in zip(numbers, running_parts))
