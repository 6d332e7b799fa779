"""The original page of a quote: a PDF page rendered with the quote's boxes painted on it, a text
page with the quote split out, and no file served from outside the document folders."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from fpdf import FPDF

from assistant.blocks import normalise
from assistant.corpus import describe, read_pages
from assistant.pageview import SourceFileError, page_offset, page_view, source_path

QUOTE = "Het logeerhuis De Wilgenhoeve heeft zes kamers en wordt begeleid door een vast team van pedagogisch medewerkers."


def _pdf(path: Path) -> Path:
    pdf = FPDF()
    for text in ("Eerste pagina over iets anders: de gemeente bespreekt de begroting.",
                 "Proefnotitie kleinschalige opvang Zeewolde\n\nDe gemeente Zeewolde opende in 2025 een logeerhuis. "
                 + QUOTE + " Daarna volgt nog een zin over de evaluatie."):
        pdf.add_page()
        pdf.set_font("Helvetica", size=12)
        pdf.multi_cell(0, 8, text)
    pdf.output(str(path))
    return path


def _document(path: Path):
    return normalise(describe(path, {}), read_pages(path))[0]


def test_pdf_page_rendered_with_the_quote_highlighted(tmp_path):
    doc = _document(_pdf(tmp_path / "zeewolde.pdf"))
    start = doc.text.index(QUOTE)
    view = page_view(doc, start, start + len(QUOTE), [tmp_path])
    assert view.page == 2 and view.file == tmp_path / "zeewolde.pdf"
    assert view.image is not None and view.image.width > 800
    assert view.highlighted >= 2  # the quote wraps over two or more lines: one box per line
    span = doc.pages[1]
    assert view.quote == QUOTE and view.before + view.quote + view.after == doc.text[span.char_start:span.char_end]
    r, g, b = np.asarray(view.image.convert("RGB")).astype(int).transpose(2, 0, 1)
    assert ((r > 200) & (g > 180) & (b < 170)).sum() > 2000  # painted, not just located
    other = page_view(doc, 0, len("Eerste pagina"), [tmp_path])
    assert other.page == 1 and other.highlighted == 1
    plain = page_view(doc, page_offset(doc, 2), page_offset(doc, 2), [tmp_path])  # opened from Documenten
    assert plain.page == 2 and plain.highlighted == 0 and plain.image is not None


def test_text_page_marks_the_quote(assistant):
    doc = assistant.docs["kamerbrief-2023"]
    start = doc.text.index("2021 1.175")
    view = page_view(doc, start, start + 10, [assistant.settings.corpus_dir])
    span = next(s for s in doc.pages if s.page == view.page)
    assert view.image is None and view.quote == "2021 1.175"
    assert view.before + view.quote + view.after == doc.text[span.char_start:span.char_end]


def test_only_files_inside_the_document_folders(tmp_path, assistant):
    doc = assistant.docs["kamerbrief-2023"]
    outside = tmp_path / "elders"
    outside.mkdir()
    (tmp_path / "geheim.txt").write_text("niet voor buiten")
    sneaky = type(doc)(**{**doc.__dict__, "source_file": "../geheim.txt"})
    with pytest.raises(SourceFileError, match="niet \\(meer\\) beschikbaar"):
        source_path(sneaky, [outside])
    assert source_path(doc, [outside, assistant.settings.corpus_dir]).name == doc.source_file
