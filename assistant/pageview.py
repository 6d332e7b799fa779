"""The original page of a cited passage, for a reader who wants to see it where it stands.

A PDF page is rendered with pypdfium2 and the quote's character boxes are painted over it;
every document also gives the text of that page (or, without pages, a wide window) with the
quote marked. Only files inside the corpus or upload folder are ever opened or offered for download.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image, ImageDraw

from .errors import AssistantError
from .passage import around
from .types import Document

HIGHLIGHT = (250, 204, 21, 110)  # translucent yellow: the printed text stays readable under it
OUTLINE = (180, 83, 9, 255)
_HYPHEN_BREAK = re.compile(r"-\s*\n\s*")


class SourceFileError(AssistantError):
    """The original file of a document is missing or lies outside the document folders."""

    def __init__(self, name: str) -> None:
        super().__init__(f"Het originele bestand '{name}' is niet (meer) beschikbaar in de documentmappen.")


@dataclass(frozen=True)
class PageView:
    """What the page view shows: the page text split around the quote, and for a PDF the page image."""

    title: str
    page: int | None
    file: Path
    image: Image.Image | None  # PDF: the rendered page with the quote highlighted
    highlighted: int  # how many boxes were painted (0: the quote was not found on the image)
    before: str  # the page's text before the quote, the quote, and after
    quote: str
    after: str


def source_path(doc: Document, roots: Iterable[Path]) -> Path:
    """The document's original file, only when it lies inside one of `roots` (no path tricks)."""
    for root in roots:
        root = root.resolve()
        path = (root / doc.source_file).resolve()
        if path.is_relative_to(root) and path.is_file():
            return path
    raise SourceFileError(doc.source_file)


def _normalised(text: str) -> tuple[str, list[int]]:
    """Text with hyphenated line breaks joined and whitespace runs as one space, plus for each
    kept character its index in `text` (how the index normalised its text before quoting it)."""
    out: list[str] = []
    index: list[int] = []
    i = 0
    while i < len(text):
        if (m := _HYPHEN_BREAK.match(text, i)) and out and out[-1].isalpha():
            i = m.end()
            continue
        if text[i].isspace():
            if out and out[-1] != " ":
                out.append(" ")
                index.append(i)
            i += 1
            continue
        out.append(text[i])
        index.append(i)
        i += 1
    return "".join(out), index


def _find(page_text: str, quote: str) -> tuple[int, int] | None:
    """Start and end index in the PDF page text of `quote`, matched after normalising both."""
    flat, index = _normalised(page_text)
    needle = " ".join(quote.split())
    at = flat.find(needle)
    if at < 0:
        at = flat.casefold().find(needle.casefold())
    if at < 0 or not needle:
        return None
    return index[at], index[at + len(needle) - 1] + 1


def _render_pdf(path: Path, page_no: int, quote: str, scale: float) -> tuple[Image.Image, int]:
    pdf = pdfium.PdfDocument(path)
    try:
        page = pdf[page_no - 1]
        text_page = page.get_textpage()
        span = _find(text_page.get_text_range(), quote)
        rects = []
        if span:
            for i in range(text_page.count_rects(span[0], span[1] - span[0])):
                rects.append(text_page.get_rect(i))
        height = page.get_height()
        image = page.render(scale=scale).to_pil().convert("RGBA")
        layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
        draw = ImageDraw.Draw(layer)
        for left, bottom, right, top in rects:
            box = (left * scale - 2, (height - top) * scale - 2, right * scale + 2, (height - bottom) * scale + 2)
            draw.rectangle(box, fill=HIGHLIGHT, outline=OUTLINE, width=2)
        return Image.alpha_composite(image, layer).convert("RGB"), len(rects)
    finally:
        pdf.close()


def page_offset(doc: Document, page: int) -> int:
    """Where `page` starts in the document text (0 for the first page, or without pages)."""
    return next((s.char_start for s in doc.pages if s.page == page), 0)


def page_view(doc: Document, char_start: int, char_end: int, roots: Iterable[Path], scale: float = 1.5) -> PageView:
    """The page holding [char_start, char_end) of `doc`, with that quote highlighted."""
    path = source_path(doc, roots)
    page = doc.page_at(char_start)
    quote = doc.text[char_start:char_end]
    span = next((s for s in doc.pages if s.page == page), None)
    if span:
        lo, hi = span.char_start, span.char_end
    else:  # no pages (plain text without page marks): a wide window of whole words
        wide = around(doc, char_start, char_end, radius=2500, sentence=False)
        lo, hi = char_start - len(wide.before), char_end + len(wide.after)
    image, boxes = _render_pdf(path, page, quote, scale) if path.suffix.lower() == ".pdf" and page else (None, 0)
    # The page text also for a PDF: what a screen reader reads, and what can be selected and copied.
    return PageView(doc.title, page, path, image, boxes, doc.text[lo:char_start], quote, doc.text[char_end:hi])
