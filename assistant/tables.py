"""Table layouts in the normalised text, read into cells: a caption with "year value" rows, a
header of years with "label v1 v2 …" rows (flattened statistics tables, PDF tables and Markdown
pipe tables all arrive in this form), and a "Jaar colA colB" header with "year a b" rows.

Each cell keeps the text span that states it: from the header row to its own row, so the quote
shows both the period and the value."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .types import Sentence

YEAR = r"(?:19|20)\d\d\*?"  # a year column, possibly footnoted
_NUMBER = re.compile(r"[+\-−]?\d[\d.,]*[%*]?")  # "2024*": a footnoted (provisional) column
CAPTION = re.compile(r"^\s*(?:Tabel|Table|Overzicht|Figuur)\b", re.I)
CAPTION_NUMBER = re.compile(r"^\s*(?:Tabel|Table|Overzicht|Figuur)\s*[\d.:]*\s*", re.I)  # 'Tabel 1. ' before a caption's words
HEADING_SEP = " | "  # between the column headings of a table whose headings are several words long
_PERIOD_HEAD = re.compile(r"^(?:jaar|periode|peildatum|year|period)$", re.I)
SCALES = {"mln", "mln.", "miljoen", "mld", "mld.", "miljard", "duizend"}
_MONEY = SCALES | {"€"}
_EMPTY = {"–", "—", "-", "."}  # a cell without a value ("2026 742 – – 271"): no figure, but still a column
_CHANGE = re.compile(r"[+\-−–]?\d[\d.,]*%|[+\-−–]\d[\d.,]*")  # a change column's cell: '-15%', '+7%', '+120'


@dataclass(frozen=True)
class Cell:
    """One value of a table: its row (or caption) label, its column period, where it is stated."""

    label: str
    period: str
    raw: str
    quote_start: int
    quote_end: int
    caption: str
    head: str = ""  # the header row of a table with column headings: names what a bare column counts


def split_row(text: str) -> tuple[str, list[str]] | None:
    """A row "label 1.234 980 …" as (label, values), values read from the end. Token-based, not a
    regex: nested quantifiers over digit runs backtrack exponentially on long numbers."""
    tokens = text.split()
    n = len(tokens)
    while n and (_NUMBER.fullmatch(tokens[n - 1]) or tokens[n - 1] in _EMPTY or tokens[n - 1].lower() in _MONEY):
        n -= 1
    while n < len(tokens) and tokens[n].lower() in SCALES:  # "Bedrag in mln 31,4": the scale belongs to the label
        n += 1
    values = _money_cells(tokens[n:])
    return (" ".join(tokens[:n]), values) if values and any(v not in _EMPTY for v in values) else None


def _money_cells(tokens: list[str]) -> list[str]:
    """'€ 31,4 mln € 35,9 mln' as two cells: a currency sign and a scale word belong to their number."""
    out: list[str] = []
    for t in tokens:
        if out and (t.lower() in SCALES and out[-1][-1:].isdigit() or out[-1] == "€"):
            out[-1] += " " + t
        else:
            out.append(t)
    return out


def is_heading_row(text: str) -> bool:
    """'Jaar | Capaciteit per 1 januari | …': the header row `heading_row` (or pdf.py) wrote."""
    return HEADING_SEP in text and _PERIOD_HEAD.match(text.split(HEADING_SEP)[0].strip()) is not None


def heading_row(cells: list[str]) -> str | None:
    """A table's header row ("Jaar", "Plaatsen op 1 januari", …) joined so that its column headings of
    several words stay apart once cell boundaries are gone; None for any other row."""
    if len(cells) >= 3 and _PERIOD_HEAD.match(cells[0].strip()) and any(" " in c.strip() for c in cells[1:]):
        return HEADING_SEP.join(c.strip() for c in cells)
    return None


def year_header(text: str) -> list[str] | None:
    """The years of a header row ("2017 2018 2019", "Jaar 2021 2022", "Soort 2024 2025 Verandering"),
    None for other lines. A last heading of words ('Verandering', 'Verschil (%)') is a column of
    changes, which rows fill with '-15%'."""
    tokens = text.split()
    tail = len(tokens)
    while tail > 0 and len(tokens) - tail < 2 and not any(c.isdigit() for c in tokens[tail - 1]):
        tail -= 1
    if tail == len(tokens) or not tokens[tail - 1][:1].isdigit() or not tokens[tail][:1].isupper():
        tail = len(tokens)
    row = split_row(" ".join(tokens[:tail]))
    if not row or len(row[1]) < 2 or len(row[0].split()) > 3:
        return None
    label, values = row
    return [v.rstrip("*") for v in values] if all(re.fullmatch(YEAR, v) for v in values) else None


def is_row(text: str, after_row: bool) -> bool:
    """Is this line a table row? A year header always; a "label v1 v2" line only right after
    another row (so prose ending in two numbers is not mistaken for one)."""
    if year_header(text):
        return True
    row = split_row(text.strip())
    return bool(after_row and row and len(row[1]) >= 2 and re.search(r"[A-Za-z]", row[0])
                and len(row[0].split()) <= 8 and len(text) < 160)


def is_table_line(text: str) -> bool:
    """A caption or a row of numbers: never a sentence that explains anything."""
    return bool(CAPTION.match(text) or is_row(text.strip(), True))


@dataclass
class _State:
    caption: str = ""
    years: list[str] | None = None
    columns: list[str] | None = None
    header_start: int | None = None
    head: str = ""


def _row_cells(state: _State, s: Sentence, label: str, periods: list[str], values: list[str]) -> list[Cell]:
    start = state.header_start if state.header_start is not None else s.char_start
    return [Cell(label, p, v, start, s.char_end, state.caption, state.head) for p, v in zip(periods, values)
            if v not in _EMPTY]


def read_tables(sentences: list[Sentence]) -> tuple[list[Cell], set[int]]:
    """Cells of every table in the sentences (in text order) and the start offsets of the
    sentences that are table lines (running-text extraction skips those)."""
    state = _State()
    cells: list[Cell] = []
    table_lines: set[int] = set()
    for s in sentences:
        text = s.text.strip()
        if CAPTION.match(text) and len(text) < 160:
            state = _State(caption=text)
            table_lines.add(s.char_start)
            continue
        years = year_header(text)
        tokens = text.split()
        if years:
            state.years, state.columns, state.header_start = years, None, s.char_start
        elif is_heading_row(text) and not split_row(text):
            # "Jaar | Capaciteit per 1 januari | …": headings of several words (pdf.py's borderless tables)
            state.columns = [c.strip() for c in text.split(HEADING_SEP)[1:]]
            state.years, state.header_start, state.head = None, s.char_start, text
        elif len(tokens) >= 2 and _PERIOD_HEAD.match(tokens[0]) and not any(c.isdigit() for c in text):
            state.columns, state.years, state.header_start = tokens[1:], None, s.char_start
        else:
            found = _cells(state, s, text)
            if found is None:
                if not text[:1].isdigit():
                    state = _State()
                continue
            cells += found
        table_lines.add(s.char_start)
    return cells, table_lines


def _cells(state: _State, s: Sentence, text: str) -> list[Cell] | None:
    row = split_row(text)
    if row is None:
        return None
    label, values = row
    if not label and re.fullmatch(YEAR, values[0]) and len(values) >= 2:
        year, rest = values[0].rstrip("*"), values[1:]
        if state.columns and len(state.columns) != len(rest):
            rest = _spaced_thousands(rest, len(state.columns)) or rest
        if state.columns and len(state.columns) == len(rest):
            return [c for col, v in zip(state.columns, rest) for c in _row_cells(state, s, col, [year], [v])]
        if state.caption and len(rest) == 1:
            return [Cell(state.caption, year, rest[0], s.char_start, s.char_end, state.caption)]
        return None
    if label and state.years:
        if len(values) > len(state.years) and all(_CHANGE.fullmatch(v) for v in values[len(state.years):]):
            values = values[:len(state.years)]  # the change column ('-15%') after the years
        values = values if len(values) == len(state.years) else _spaced_thousands(values, len(state.years))
        if values:
            return _row_cells(state, s, label, state.years, values)
    return None


def _spaced_thousands(tokens: list[str], n: int) -> list[str] | None:
    """'1 240 1 180 1 105' under three years: thousands grouped by spaces, so each head of one or two
    digits joins the three-digit group after it. None unless that gives exactly one value per year."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if i + 1 < len(tokens) and re.fullmatch(r"\d{1,2}", tokens[i]) and re.fullmatch(r"\d{3}", tokens[i + 1]):
            out.append(f"{tokens[i]} {tokens[i + 1]}")
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out if len(out) == n else None
