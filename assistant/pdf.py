"""PDF pages as text in reading order, with pdfplumber's word positions: running headers,
footers and page numbers removed, footnotes moved below the page body (their markers taken out
of the sentences), two-column pages read column by column, tables one row per line with
tab-separated cells, and pages without a text layer (scans) reported.

The output is what blocks.py expects from any source: (page number, text) per page; a blank
line separates paragraphs, footnotes come last on their page as "1 text"."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from statistics import median

import pdfplumber

from .pdfedges import is_furniture, running_lines
from .tables import CAPTION, HEADING_SEP, YEAR, split_row

log = logging.getLogger(__name__)



@dataclass(frozen=True)
class Line:
    """One printed line: its words' text, position and font size."""

    text: str
    top: float
    bottom: float
    x0: float
    x1: float
    size: float
    table: bool = False  # a table's heading or row (pdf.py found it): never page furniture, even at the top


def read_pdf(path: Path) -> list[tuple[int, str]]:
    """Text of every page (1-based numbers); a scanned page gives '' and a Dutch warning."""
    with pdfplumber.open(str(path)) as pdf:
        pages = [_page_lines(page) for page in pdf.pages]
        heights = [float(page.height) for page in pdf.pages]
        scans = [i + 1 for i, page in enumerate(pdf.pages) if not page.chars and page.images]
    for n in scans:
        log.warning("%s: pagina %d heeft geen tekstlaag (een scan?); die pagina is niet doorzoekbaar.", path.name, n)
    running = running_lines([[l for l in lines if not l.table] for lines, _ in pages], heights)
    return [(i + 1, _page_text(lines, tables, height, running)) for i, ((lines, tables), height)
            in enumerate(zip(pages, heights))]


Table = tuple[tuple[float, float, float, float], list[str], float | None]  # bbox, rows of tab-joined cells, gutter


def _page_lines(page) -> tuple[list[Line], list[Table]]:
    """The page's text lines outside tables, and its tables (box, rows, the page's column gap)."""
    tables = page.find_tables()
    boxes = [t.bbox for t in tables]

    def outside(obj) -> bool:
        return not any(x0 - 1 <= obj["x0"] and obj["x1"] <= x1 + 1 and top - 1 <= obj["top"] and obj["bottom"] <= bottom + 1
                       for x0, top, x1, bottom in boxes)

    rows = [(t.bbox, ["\t".join(" ".join(_glyphs(c or "").split()) for c in row) for row in t.extract()])
            for t in tables]
    words = [{**w, "text": _glyphs(w["text"])} for w in page.filter(outside).extract_words(extra_attrs=["size"])]
    lines, gutter = _lines(_without_markers([w for w in words if w["text"]]), float(page.width))
    return lines, [(bbox, cells, gutter) for bbox, cells in rows]


def _glyphs(text: str) -> str:
    """pdfminer writes a glyph without a Unicode mapping as '(cid:N)'; in policy documents that is
    almost always a bullet symbol font, so a lone one becomes '•' and one inside a word goes."""
    return "•" if re.fullmatch(r"\(cid:\d+\)", text) else re.sub(r"\(cid:\d+\)", "", text)


def _without_markers(words: list[dict]) -> list[dict]:
    """Drop footnote markers: small raised digits right after a word ('plaatsingen.¹'). A
    footnote's own number starts its line, so it stays."""
    if not words:
        return words
    body = Counter(round(w["size"]) for w in words).most_common(1)[0][0]

    def marker(w: dict) -> bool:
        return (w["size"] < 0.85 * body and re.fullmatch(r"\d{1,2}|[¹²³⁴-⁹⁰]+", w["text"]) is not None
                and any(abs(v["x1"] - w["x0"]) < 1.5 and abs(v["top"] - w["top"]) < body and v is not w
                        and v["size"] >= 0.85 * body for v in words))

    return [w for w in words if not marker(w)]


def _lines(words: list[dict], width: float) -> tuple[list[Line], float | None]:
    """Words grouped into lines in reading order (a two-column stretch split into its left and right
    halves), and the x of the column gap."""
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if rows and abs(rows[-1][0]["top"] - w["top"]) < 3:
            rows[-1].append(w)
        else:
            rows.append([w])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
    gutter = _gutter(rows, width)
    out: list[Line] = []
    tabled = _borderless_tables(rows)
    for i, row in enumerate(rows):
        if i in tabled:
            if tabled[i] is not None:
                out.append(tabled[i])
            continue
        if gutter and not any(w["x0"] < gutter < w["x1"] for w in row) and _split_at(row, gutter):
            out += [_line(part) for part in ([w for w in row if w["x1"] <= gutter], [w for w in row if w["x0"] >= gutter]) if part]
        else:
            out.append(_line(row))
    return _reading_order(out, gutter), gutter


_HEADER_ROWS = 3  # wrapped column headings above a table's first row


def _borderless_tables(rows: list[list[dict]]) -> dict[int, Line | None]:
    """Tables without ruling lines that pdfplumber does not find: runs of rows 'year v1 v2 …' with
    the same number of cells, under up to three lines of wrapped column headings. Each heading word
    goes to the column below it, so the table becomes 'Jaar | heading 1 | …' (tabs do not survive
    normalisation) and one line per row. Returns row index → its table line (None: a heading row now merged into that line)."""
    out: dict[int, Line | None] = {}
    i = 0
    while i < len(rows):
        n = len(rows[i])
        end = i
        while end < len(rows) and _data_row(rows[end]) and len(rows[end]) == n:
            end += 1
        if end == i:
            i += 1
            continue
        data = rows[i:end]
        spans = [(min(r[j]["x0"] for r in data), max(r[j]["x1"] for r in data)) for j in range(n)]
        head = []
        for k in range(i - 1, max(i - 1 - _HEADER_ROWS, -1), -1):
            row = rows[k]
            if (_data_row(row) or CAPTION.match(" ".join(w["text"] for w in row)) or row[-1]["text"].endswith(".")
                    or row[0]["x0"] < spans[0][0] - 2 * row[0]["size"] or k in out):
                break
            head.insert(0, k)
        if end - i < 2 and not (head and len(_cells(rows[head[0]])) == n):
            i += 1  # one row is a table only under a heading of as many cells (a table continued on a new page)
            continue
        labels = [[] for _ in range(n)]
        for k in head:
            for cell in _cells(rows[k]):  # a wrapped heading ('Capaciteit op 31') stays with its column
                x0, x1 = cell[0]["x0"], cell[-1]["x1"]
                j = max(range(n), key=lambda j: (min(x1, spans[j][1]) - max(x0, spans[j][0]),
                                                 -abs((x0 + x1) / 2 - sum(spans[j]) / 2)))
                labels[j] += [w["text"] for w in cell]
        if head and all(labels[1:]):
            first = " ".join(labels[0]) or "Jaar"
            top = rows[head[0]]
            out[head[0]] = Line(HEADING_SEP.join([first, *(" ".join(l) for l in labels[1:])]), top[0]["top"],
                                rows[head[-1]][0]["bottom"], spans[0][0], spans[-1][1], median(w["size"] for w in top), True)
            out.update({k: None for k in head[1:]})
        for k in range(i, end):
            r = rows[k]
            out[k] = Line("\t".join(w["text"] for w in r), r[0]["top"], r[0]["bottom"], r[0]["x0"], r[-1]["x1"],
                          median(w["size"] for w in r), True)
        i = end
    return out


def _cells(row: list[dict]) -> list[list[dict]]:
    """A heading row's words grouped into cells: words of one cell stand a space apart, cells an em or more."""
    cells = [[row[0]]]
    for a, b in zip(row, row[1:]):
        if b["x0"] - a["x1"] > a["size"]:
            cells.append([])
        cells[-1].append(b)
    return cells


def _data_row(row: list[dict]) -> bool:
    """A row 'year v1 v2 …' as tables.py reads one: only numbers, the first a year."""
    cells = split_row(" ".join(w["text"] for w in row))
    return cells is not None and not cells[0] and len(cells[1]) >= 3 and re.fullmatch(YEAR, cells[1][0]) is not None


def _line(words: list[dict]) -> Line:
    parts = [words[0]["text"]]
    for a, b in zip(words, words[1:]):
        # punctuation left alone by a removed footnote marker ('pleeggezin¹.') closes up to its word
        gap = "\t" if b["x0"] - a["x1"] > 4 * a["size"] else "" if re.fullmatch(r"[.,;:!?)]+", b["text"]) else " "
        parts.append(gap + b["text"])
    return Line("".join(parts), min(w["top"] for w in words), max(w["bottom"] for w in words),
                words[0]["x0"], words[-1]["x1"], median(w["size"] for w in words))


def _gutter(rows: list[list[dict]], width: float) -> float | None:
    """The x of a column gap that at least a few lines have words on both sides of and (almost)
    no line crosses: the middle of the best such stretch, so a line that ends just short of the
    gap does not reach over it; None for a one-column page."""
    scores: dict[int, int] = {}
    for x in range(int(width * 0.3), int(width * 0.7), 2):
        both = crossing = left = right = 0
        for row in rows:
            if any(w["x0"] < x < w["x1"] for w in row):
                crossing += 1
            elif any(w["x1"] <= x for w in row) and any(w["x0"] >= x for w in row) and _wide_gap(row, x):
                both += 1
            elif row[-1]["x1"] <= x:
                left += 1
            elif row[0]["x0"] >= x:
                right += 1
        # columns whose lines share baselines, or (after a heading shifts one column) lines on one side only
        if (both >= 3 and crossing <= 0.2 * both) or (min(left, right) >= 3 and crossing <= 0.1 * (both + left + right)):
            scores[x] = both + min(left, right)
    if not scores:
        return None
    best = max(scores.values())
    xs = [x for x, n in scores.items() if n == best]
    run = [x for x in xs if xs[0] <= x and all(y in scores and scores[y] == best for y in range(xs[0], x + 1, 2))]
    return (run[0] + run[-1]) / 2


def _split_at(row: list[dict], gutter: float) -> bool:
    """A row with words on both sides of the gutter and a wide gap there: two columns' lines, not one
    line that runs over the gutter ('Pagina 1 van 2' centred on the page)."""
    return any(w["x1"] <= gutter for w in row) and any(w["x0"] >= gutter for w in row) and _wide_gap(row, gutter, 1.0)


def _wide_gap(row: list[dict], x: float, spaces: float = 2.0) -> bool:
    """The gap at x is wider than `spaces` times the font size: a gutter, not the space between two words."""
    left = max(w["x1"] for w in row if w["x1"] <= x)
    right = min(w["x0"] for w in row if w["x0"] >= x)
    return right - left > spaces * row[0]["size"]


def _reading_order(lines: list[Line], gutter: float | None) -> list[Line]:
    """Full-width lines stay in place; between them, the left column is read before the right."""
    if not gutter:
        return lines
    out: list[Line] = []
    block: list[Line] = []
    for line in lines:
        if _spans(line.x0, line.x1, gutter):
            out += sorted(block, key=lambda l: (l.x0 >= gutter, l.top))
            out.append(line)
            block = []
        else:
            block.append(line)
    return out + sorted(block, key=lambda l: (l.x0 >= gutter, l.top))


def _spans(x0: float, x1: float, gutter: float) -> bool:
    """Whether something from x0 to x1 reaches over the column gap (not just to its edge)."""
    return x0 < gutter - 4 and x1 > gutter + 4


def _page_text(lines: list[Line], tables: list[Table], height: float, running: set[str]) -> str:
    """Body lines (and table rows at their place) with blank lines between paragraphs, then the
    footnotes: small-print lines below the last body line."""
    lines = [l for l in lines if l.table or not is_furniture(l, height, running)]
    if not lines and not tables:
        return ""
    sizes = Counter(round(l.size) for l in lines for _ in l.text.split())
    body = sizes.most_common(1)[0][0] if sizes else 10
    last_body = max((l.bottom for l in lines if round(l.size) >= body), default=0)
    notes = [l for l in lines if l.size < 0.85 * body and l.top >= last_body]
    main = [l for l in lines if l not in notes]
    out: list[str] = []
    gaps = [b.top - a.bottom for a, b in zip(main, main[1:]) if b.top > a.bottom]
    usual = sorted(gaps)[len(gaps) // 4] if gaps else 0  # line spacing inside a paragraph
    previous: Line | None = None
    for line in main:
        if previous and (line.top - previous.bottom > usual + 0.5 * body or line.top < previous.top):
            out.append("")
        out.append(line.text)
        previous = line
    text = _insert_tables("\n".join(out), main, tables)
    return text + ("\n\n" + "\n".join(l.text for l in notes) if notes else "")


def _insert_tables(text: str, main: list[Line], tables: list[Table]) -> str:
    """Each table after the text above it: in a two-column page, after the last line above it in its own column."""
    if not tables:
        return text
    out = text.split("\n")
    for (x0, top, x1, _), rows, gutter in sorted(tables, key=lambda t: t[0][1], reverse=True):
        if gutter and not _spans(x0, x1, gutter):
            right = x0 >= gutter
            column = [i for i, l in enumerate(main) if (l.x0 >= gutter) == right and not _spans(l.x0, l.x1, gutter)]
            above = [i for i in column if main[i].top < top]
            before = above[-1] + 1 if above else (column[0] if column else len(main))
        else:
            before = sum(1 for l in main if l.top < top)
        index = _line_index(out, before)
        out[index:index] = ["", *rows, ""]
    return "\n".join(out)


def _line_index(out: list[str], n_lines: int) -> int:
    """Position in `out` (which has blank separators) after its first `n_lines` text lines."""
    seen = 0
    for i, line in enumerate(out):
        if seen == n_lines:
            return i
        if line:
            seen += 1
    return len(out)
