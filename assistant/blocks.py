"""Raw page texts normalised into one document text of blocks (paragraphs, headings, list items, table
rows, footnotes last): page furniture and markup removed, wrapped lines joined, tables kept as rows.

Every offset later refers to `Document.text`, so quotes are exact substrings of it. Written by hand
because no library splitter keeps table rows with their caption or tells a heading from a list item.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from .corpus import SourceFile
from .metadata import complete, is_date_line, is_letterhead
from .tables import heading_row, is_heading_row, is_row
from .types import Document, PageSpan

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
SENTENCE_END = re.compile(r"[.!?](?:[\"'”’»)]*)\s+(?=[A-Z0-9À-Ý\"'“‘«(•€])")


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
        open_bracket = prev is not None and prev[1].count("(") > prev[1].count(")")  # "… gemeld (2024:" goes on
        if kind == "para" and prev is not None and prev[0] in ("para", "item") \
                and (prev[1].rstrip()[-1:] not in ".!?:;" or open_bracket) \
                and not is_letterhead(prev[1]) \
                and not (_ends_short_line(before, i, s, full) and SENTENCE_END.search(prev[1]) is None):
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
