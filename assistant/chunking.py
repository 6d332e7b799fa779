"""Normalise raw page texts into one document text, then split it into sentences and chunks.

Every offset refers to `Document.text`, so quotes are exact substrings of it. Written by hand
because llama-index's splitters neither keep table rows with their caption nor report the
offsets and headings we cite.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from .corpus import SourceFile
from .metadata import complete, is_date_line, is_letterhead
from .tables import heading_row, is_heading_row, is_row
from .types import Chunk, Document, PageSpan, Sentence

_MARKER_LINES = [
    re.compile(r"^\s*Pagina\s+\d+\s+van\s+\d+\s*$", re.I),
    re.compile(r"^\s*(?:Page\s+)?\d+\s*(?:/|van|of)\s*\d+\s*$", re.I),
    re.compile(r"^\s*-\s*\d+\s*-\s*$"),
    re.compile(r"^\s*Kenmerk\s*$", re.I),
    re.compile(r"^\s*https?://\S+\s*$"),
]
_KENMERK_CODE = re.compile(r"^\s*[\dA-Z][\dA-Z\-/.]{5,}\s*$")
_BARE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")
_BULLET = re.compile(r"^\s*(?:[-*•▪◦·❖]|\uf0b7|\d{1,2}[.)]|[a-z][.)])\s+")
_TABLE_ROW = re.compile(r"\t|^\s*(?:19|20)\d\d\s+[\d.,]+(?:\s+[\d.,]+)*\s*$")
_CAPTION = re.compile(r"^\s*(?:Tabel|Table|Figuur|Overzicht)\b", re.I)
_HTML = re.compile(r"</?[a-zA-Z][^>]*>")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_ABBREVIATIONS = {
    "nr", "bijv", "o.a", "d.d", "mr", "dr", "drs", "ir", "prof", "art", "jl", "m.b.t", "t.a.v",
    "n.a.v", "i.p.v", "incl", "excl", "ca", "resp", "blz", "p", "e.d", "z.s.m", "c.q", "mln",
    "mld", "e.g", "i.e", "etc", "vs", "st", "min", "max", "jr", "vgl", "zgn", "m.n", "o.m",
}
_SENTENCE_END = re.compile(r"[.!?](?:[\"'”’»)]*)\s+(?=[A-Z0-9À-Ý\"'“‘«(•€])")
# Length caps: what one vector or one chunk may hold, so memory and embedding time per piece are
# bounded whatever the file (a megabyte without a full stop still becomes many small pieces).
# The real corpus stays well below both (longest sentence 639, longest chunk 1,887 characters).
MAX_SENTENCE_CHARS = 700  # USE slows down more than linearly on longer texts
MAX_CHUNK_CHARS = 6000


@dataclass(frozen=True)
class Block:
    """A paragraph, heading, list item or table row of the normalised text."""

    text: str
    start: int
    kind: str  # "para" | "heading" | "item" | "row" | "caption"

    @property
    def end(self) -> int:
        return self.start + len(self.text)


# ------------------------------------------------------------------ normalisation


_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")


def _clean_line(line: str) -> str:
    line = line.replace("\u00a0", " ").replace("\u00ad", "")
    if _PIPE_RULE.match(line):
        return ""  # the |---|---| rule under a Markdown table header
    if line.lstrip().startswith("|") and line.count("|") >= 3:
        line = "\t".join(cell.strip() for cell in line.strip().strip("|").split("|"))
    line = re.sub(r"[\ue000-\uf8ff]", "•", line)  # symbol-font bullets land in the private-use area
    line = _HTML.sub(" ", line)
    line = _MD_LINK.sub(r"\1", line)
    line = line.replace("**", "").replace("\\(", "(").replace("\\)", ")")
    line = re.sub(r"^\s*#{1,6}\s+", "", line)
    if "\t" in line:
        line = re.sub(r"\t+", "\t", line.strip("\t \n"))
        line = heading_row(line.split("\t")) or line
    return line.rstrip()


def _running_lines(pages: list[list[str]]) -> set[str]:
    """Lines that repeat at the top or bottom of many pages: running headers and footers."""
    if len(pages) < 3:
        return set()
    counts: Counter[str] = Counter()
    for lines in pages:
        edge = [l.strip() for l in lines if l.strip()]
        counts.update(set(edge[:2] + edge[-2:]))
    return {line for line, n in counts.items() if n >= max(3, len(pages) // 2) and len(line) < 120}


def _strip_markers(lines: list[str], running: set[str]) -> list[str]:
    """Drop page furniture: 'Pagina 3 van 5', 'Kenmerk' blocks, URLs, bare page numbers."""
    out: list[str] = []
    content = [i for i, l in enumerate(lines) if l.strip()]
    edges = set(content[:1] + content[-1:])
    skip_code = False
    for i, line in enumerate(lines):
        s = line.strip()
        if skip_code and s:
            skip_code = False
            if _KENMERK_CODE.match(s):
                continue
        if any(p.match(line) for p in _MARKER_LINES) or s in running:
            skip_code = s.lower() == "kenmerk"
            continue
        if i in edges and _BARE_NUMBER.match(line):
            continue
        out.append(line)
    return out


# A line ending in one of these continues on the next line: it is wrapped prose, not a heading.
_OPEN_ENDINGS = {"de", "het", "een", "van", "en", "of", "dat", "die", "met", "voor", "op", "in", "uit", "aan",
                 "bij", "te", "om", "over", "naar", "door", "tot", "als", "alsmede", "maar", "zoals", "dan"}


def _is_heading(line: str, next_line: str | None, width: float, blank_after: bool) -> bool:
    """A short capitalised line without final punctuation; a line as wide as the text column
    that runs on into the next line (no blank line between) is wrapped prose instead."""
    s = line.strip()
    if not blank_after and len(s) >= 0.95 * width:
        return False
    if not s or len(s) > 90 or len(s.split()) > 12 or _TABLE_ROW.search(line):
        return False
    if s.split()[-1].lower() in _OPEN_ENDINGS:
        return False
    if s[-1] in ".,;:!?" or not (s[0].isupper() or s[0].isdigit()) or is_date_line(s) or is_letterhead(s):
        return False
    if re.match(r"^\d+\s+[A-Za-z]", s):
        return False  # a footnote ("1 Kamerstukken ..."), not a numbered heading
    return next_line is None or not next_line.strip()[:1].islower()


_FOOTNOTE = re.compile(r"^\s*(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s+[A-Z]")


def _split_footnotes(lines: list[str]) -> tuple[list[str], list[str]]:
    """Separate a page's trailing footnotes ('1 Kamerstukken ...') from its body text;
    a footnote's wrapped lines stay with it. Blank lines stay in the body: they end paragraphs."""
    at = [i for i, l in enumerate(lines) if l.strip()]
    text = [lines[i] for i in at]
    first = None
    for i in range(len(text) - 1, max(len(text) - 8, 0), -1):
        if _FOOTNOTE.match(text[i]) and not _TABLE_ROW.search(text[i]) and not _BULLET.match(text[i]):
            first = i
    if first is None or any(len(n) > 200 for n in text[first:]) or (first and text[first - 1].rstrip().endswith(":")):
        return lines, []  # after "… deze afspraken:" the numbered lines are a list
    if any(lines[j - 1].strip() == "" and not _FOOTNOTE.match(lines[j]) for j in at[first + 1:]):
        return lines, []  # a paragraph after them (a closing sentence, a signature): they were body text
    notes: list[str] = []
    for line in text[first:]:
        if _FOOTNOTE.match(line) or not notes:
            notes.append(line.strip())
        else:
            notes[-1] = notes[-1] + " " + line.strip()
    return lines[: at[first]], notes


def _line_kind(line: str, nxt: str | None, prev: list | None, width: float, blank_after: bool) -> str:
    s = line.strip()
    if _TABLE_ROW.search(line) or is_row(s, prev is not None and prev[0] == "row") or is_heading_row(s):
        return "row"
    if _CAPTION.match(s) and len(s) < 120:
        return "caption"
    if _BULLET.match(line):
        # "2. De doorbraakaanpak" above prose is a numbered section heading, not the first of a list
        numbered_heading = (re.match(r"\s*\d{1,2}\.\s+[A-Z]", line) and nxt is not None
                            and not re.match(r"\s*\d{1,2}[.)]", nxt)  # "1. A" then "2. B": a numbered list
                            and _is_heading(line.rstrip().rstrip("?"), nxt, width, blank_after)  # "1. Waar staan we?"
                            and (prev is None or prev[1].rstrip()[-1:] != ":"))  # after "… de volgende punten:" it is one
        return "heading" if numbered_heading else "item"
    if _is_heading(line, nxt, width, blank_after) and (prev is None or prev[0] != "para" or prev[1].rstrip()[-1:] in ".:;!?"):
        return "heading"
    return "para"


def _build_blocks(tagged: list[tuple[int | None, str]]) -> list[list]:
    """Group (page, line) pairs into [kind, text, [(offset, page)...]] blocks; wrapped lines are
    joined (also across a page break) and hyphens mended."""
    blocks: list[list] = []
    prose = sorted(len(line.strip()) for _, line in tagged if len(line.strip()) > 20 and "\t" not in line)
    width = prose[len(prose) // 2] if prose else 80.0  # the text column's typical line length
    full = prose[9 * len(prose) // 10] if prose else 80.0  # a full line of prose
    last: tuple[int, str] | None = None  # index and text of the previous non-blank line
    for i, (page, line) in enumerate(tagged):
        if not line.strip():
            continue
        before, last = last, (i, line.strip())
        j = next((k for k in range(i + 1, len(tagged)) if tagged[k][1].strip()), None)
        nxt = tagged[j][1] if j is not None else None
        # A blank line inside a page ends a paragraph; the blank lines of a page break do not.
        blank_after = j is None or (j > i + 1 and tagged[j][0] == page)
        prev = blocks[-1] if blocks else None
        kind = _line_kind(line, nxt, prev, width, blank_after)
        s = line.strip()
        if kind == "para" and prev is not None and prev[0] in ("para", "item") and prev[1].rstrip()[-1:] not in ".!?:;" \
                and not is_letterhead(prev[1]) \
                and not (_ends_short_line(before, i, s, full) and _SENTENCE_END.search(prev[1]) is None):
            joined = _join(prev[1], s)
            if prev[2][-1][1] != page:
                prev[2].append((len(joined) - len(re.sub(r"[ ]{2,}", " ", s)), page))
            prev[1] = joined
        else:
            blocks.append([kind, re.sub(r"[ ]{2,}", " ", s) if kind != "row" else s, [(0, page)]])
    return blocks


def _ends_short_line(before: tuple[int, str] | None, i: int, line: str, width: float) -> bool:
    """A short line, a blank line, then a capitalised one: the letterhead, address, date and
    'Betreft' lines of a letter, each its own block rather than one run-on paragraph (the caller
    only asks this while the block holds no finished sentence, so wrapped prose stays whole)."""
    if before is None or before[0] >= i - 1 or not line[:1].isupper() and not line[:1].isdigit():
        return False
    if re.match(r"(?:Geachte|Hoogachtend|Met vriendelijke groet)", line):
        return True
    text = before[1]
    return len(text) < 0.6 * width and text.split()[-1].lower() not in _OPEN_ENDINGS


def _join(left: str, right: str) -> str:
    """Join a wrapped line: 'vrijheidsbeper-' + 'kende' → 'vrijheidsbeperkende'; 'Af-' + 'en' stays."""
    right = re.sub(r"[ ]{2,}", " ", right)
    if re.search(r"\w-$", left) and right[:1].islower() and not re.match(r"^(?:en|of|tot)\b", right):
        return left[:-1] + right
    return left + " " + right


def normalise(source: SourceFile, raw_pages: list[tuple[int | None, str]]) -> tuple[Document, list[Block]]:
    """Build the document text (blocks separated by newlines, footnotes last) and its page spans."""
    cleaned = [[_clean_line(l) for l in text.splitlines()] for _, text in raw_pages]
    running = _running_lines(cleaned)
    body: list[tuple[int | None, str]] = []
    notes: list[tuple[int | None, str]] = []
    for (page, _), lines in zip(raw_pages, cleaned):
        page_body, page_notes = _split_footnotes(_strip_markers(lines, running))
        body += [(page, l) for l in page_body]
        notes += [(page, l) for l in page_notes]
    raw_blocks = _build_blocks(body) + [["footnote", n.strip(), [(0, p)]] for p, n in notes]
    parts: list[str] = []
    blocks: list[Block] = []
    spans: list[PageSpan] = []
    pos = 0
    for kind, text, page_marks in raw_blocks:
        text = text.replace("\t", " ")
        blocks.append(Block(text=text, start=pos, kind=kind))
        bounds = [o for o, _ in page_marks[1:]] + [len(text) + 1]
        for (offset, page), end in zip(page_marks, bounds):
            if page is None:
                continue
            if spans and spans[-1].page == page and spans[-1].char_end == pos + offset:
                spans[-1] = PageSpan(page, spans[-1].char_start, pos + end)
            else:
                spans.append(PageSpan(page, pos + offset, pos + end))
        parts.append(text)
        pos += len(text) + 1
    text = "\n".join(parts)
    doc = Document(
        doc_id=source.doc_id,
        source_file=source.path.name,
        content_hash=source.content_hash,
        text=text,
        pages=tuple(spans),
        **complete(source, text, "\n".join(page for _, page in raw_pages)),
    )
    return doc, blocks


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
    for m in _SENTENCE_END.finditer(block.text):
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
