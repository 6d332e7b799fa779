"""Split a normalised document (blocks.py) into sentences and chunks with exact offsets, each chunk
under the section heading it belongs to.

Every offset refers to `Document.text`, so quotes are exact substrings of it. Written by hand
because llama-index's splitters neither keep table rows with their caption nor report the
offsets and headings we cite.
"""

from __future__ import annotations

import hashlib
import re

from .blocks import SENTENCE_END, Block
from .types import Chunk, Document, Sentence

_ABBREVIATIONS = {
    "nr", "bijv", "o.a", "d.d", "mr", "dr", "drs", "ir", "prof", "art", "jl", "m.b.t", "t.a.v",
    "n.a.v", "i.p.v", "incl", "excl", "ca", "resp", "blz", "p", "e.d", "z.s.m", "c.q", "mln",
    "mld", "e.g", "i.e", "etc", "vs", "st", "min", "max", "jr", "vgl", "zgn", "m.n", "o.m",
}
# Length caps: what one vector or one chunk may hold, so memory and embedding time per piece are
# bounded whatever the file (a megabyte without a full stop still becomes many small pieces).
# The real corpus stays well below both (longest sentence 639, longest chunk 1,887 characters).
MAX_SENTENCE_CHARS = 700  # USE slows down more than linearly on longer texts
MAX_CHUNK_CHARS = 6000


# ------------------------------------------------------------------ sentences


def split_sentences(block: Block) -> list[Sentence]:
    """Sentences of one block with absolute offsets, none longer than MAX_SENTENCE_CHARS; rows and
    headings are one sentence each unless that cap splits them."""
    return [piece for s in _sentences(block) for piece in cap_length(s)]


def cap_length(s: Sentence, limit: int = MAX_SENTENCE_CHARS) -> list[Sentence]:
    """An over-long sentence as consecutive pieces of at most `limit` characters, cut at the last
    space before the limit (or hard when a run has no space), offsets kept exact. Walks offsets
    into the one text: slicing off the rest each time copied a megabyte line thousands of times."""
    pieces: list[Sentence] = []
    text, i, end = s.text, 0, len(s.text)
    while end - i > limit:
        space = text.rfind(" ", i + limit // 2, i + limit + 1)
        cut = space if space != -1 else i + limit
        head = text[i:cut].rstrip()
        pieces.append(Sentence(head, s.char_start + i, s.char_start + i + len(head)))
        i = cut
        while i < end and text[i].isspace():
            i += 1
    if i < end:
        pieces.append(Sentence(text[i:], s.char_start + i, s.char_start + end))
    return pieces


def _sentences(block: Block) -> list[Sentence]:
    if block.kind in ("row", "heading", "caption", "footnote"):
        return [Sentence(block.text, block.start, block.end)]
    out: list[Sentence] = []
    start = 0
    for m in SENTENCE_END.finditer(block.text):
        before = block.text[start : m.start() + 1]
        last_word = re.search(r"([\w.]+)\.$", before.rstrip("\"'”’»)"))
        if last_word and (last_word.group(1).lower().rstrip(".") in _ABBREVIATIONS
                          or re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", last_word.group(1))):
            continue  # "drs.", or initials of a name: "A.M. Koopmans", "R. El Idrissi"
        if len(before.split()) < 2 and not re.search(r"\w{4,}", before):
            continue  # "1." or "a." list labels are not sentences
        end = start + len(before.rstrip())
        out.append(_sentence(block, start, end))
        start = m.end()
    if start < len(block.text):
        out.append(_sentence(block, start, len(block.text)))
    return [s for s in out if s.text]


def _sentence(block: Block, start: int, end: int) -> Sentence:
    text = block.text[start:end]
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    return Sentence(text, block.start + start + lead, block.start + start + lead + len(text))


# ------------------------------------------------------------------ chunks


def _units(blocks: list[Block]) -> list[list[Block]]:
    """Blocks that must stay together: a caption or header with its table rows, a heading or a
    line ending in ':' with what follows it."""
    units: list[list[Block]] = []
    glue_next = False
    for b in blocks:
        if units and (glue_next or (b.kind == "row" and units[-1][-1].kind in ("row", "caption", "heading"))):
            units[-1].append(b)
        else:
            units.append([b])
        glue_next = b.kind in ("heading", "caption") or b.text.rstrip().endswith(":")
    return units


def chunk_document(
    doc: Document, blocks: list[Block], min_words: int = 150, max_words: int = 300, overlap: int = 1
) -> list[Chunk]:
    """Sentence-aware chunks of min..max words, one sentence of overlap, tables never split.
    A heading always starts a new chunk (without overlap), so a chunk's section is the heading
    right above all of its text; a table caption names its table, never a section."""
    headings = [(b.start, b.text) for b in blocks if b.kind == "heading"]
    chunks: list[Chunk] = []
    current: list[Sentence] = []
    carry: list[Sentence] = []

    def words_of(sents: list[Sentence]) -> int:
        return sum(len(s.text.split()) for s in sents)

    def too_long(extra: list[Sentence]) -> bool:
        """Past the word limit (with enough gathered), or past the character cap even in a table."""
        chars = sum(len(s.text) for s in current + extra)
        return (words_of(current) + words_of(extra) > max_words and words_of(current) >= min_words // 2
                or chars > MAX_CHUNK_CHARS and len(current) > len(carry))

    def emit() -> None:
        nonlocal current, carry
        if current and any(s not in carry for s in current):
            chunks.append(_make_chunk(doc, current, headings))
            carry = [s for s in current[-overlap:] if s.char_end - s.char_start < 600] if overlap else []
        current = list(carry)

    for unit in _units(blocks):
        sents = [s for b in unit for s in split_sentences(b)]
        if unit[0].kind == "heading":
            emit()
            carry, current = [], []
        atomic = any(b.kind == "row" for b in unit)
        if atomic and sum(len(s.text) for s in sents) <= MAX_CHUNK_CHARS:
            if too_long(sents):
                emit()
            current.extend(sents)
            continue
        for s in sents:  # prose, or a table too long for one chunk: split between sentences
            if too_long([s]):
                emit()
            current.append(s)
        if words_of(current) >= min_words:
            emit()
    if current and any(s not in carry for s in current):
        chunks.append(_make_chunk(doc, current, headings))
    return chunks


def _make_chunk(doc: Document, sents: list[Sentence], headings: list[tuple[int, str]]) -> Chunk:
    start, end = sents[0].char_start, sents[-1].char_end
    section = next((text for pos, text in reversed(headings) if pos <= start), "")
    digest = hashlib.sha1(f"{doc.doc_id}:{start}:{end}:{doc.content_hash}".encode()).hexdigest()[:16]
    return Chunk(
        chunk_id=f"{doc.doc_id}:{digest}",
        doc_id=doc.doc_id,
        text=doc.text[start:end],
        char_start=start,
        char_end=end,
        page=doc.page_at(start),
        section=section,
        sentences=tuple(sents),
    )
