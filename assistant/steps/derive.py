"""Differences the figures store has no series for: two cells of one table row ('waarvan in een
gezinshuis' in 2020 and 2024), or the two values one sentence states ('van 32 naar 18', '64 keer in
2024, nog 23 keer in 2025', '812 …, tegen 934 een jaar eerder').

Runs after `compute` (metric series) for a difference question; the answer quotes its source and
ends in the same checked "Berekend: b − a = d (p %)" line, so `cite.verify` re-checks the arithmetic.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..answer import Composed
from ..cite import make_citation
from ..nlp import DATE_RE, YEAR_RE, numbers_in
from . import table_cell
from .compute import change_line

if TYPE_CHECKING:
    from ..answer import Composer, Search
    from ..frame import Frame
    from ..types import Figure, Hit, Sentence

# "van 32 naar 18", "from 32 to 18": a change stated in one clause.
_FROM_TO = re.compile(r"\b(?:van|from)\s+(?:€\s?)?(?P<a>[\d.,]+(?:\s\d{3})*)[^.;]{0,30}?\s(?:naar|tot|to)\s+(?:€\s?)?(?P<b>[\d.,]+)", re.I)
MIN_COVER = 0.5  # share of the question's terms the sentence (or its neighbours) must cover


def row_step(kb: Composer, frame: Frame, lexical: str, lang: str, allowed: set[str] | None, search: Search) -> Composed | None:
    """A difference between two years from the one table row whose label covers the question: it
    goes before the metric series, which may join two documents' counts of different things."""
    years = sorted(set(frame.years))
    if frame.intent != "difference" or len(years) != 2 or (row := _table_row(kb, lexical, lang, allowed, years)) is None:
        return None
    return _difference(kb, [(f.raw, f.value, f.doc_id, f.char_start, f.char_end, f.section) for f in row],
                       row[0].counted, years, lang)


def step(kb: Composer, frame: Frame, lexical: str, lang: str, allowed: set[str] | None, search: Search) -> Composed | None:
    """A difference between two years (or 'van … naar …') that one sentence states both values of."""
    if frame.intent != "difference":
        return None
    return _derived(kb, frame, lexical, lang, allowed, search)


def change_step(kb: Composer, frame: Frame, lexical: str, lang: str, allowed: set[str] | None, search: Search) -> Composed | None:
    """'Hoeveel plekken verdwijnen er door de ombouw?': a change asked without two years, which the
    figure lookups could not answer, computed from a sentence that states both values."""
    if not frame.change or frame.intent == "difference":
        return None
    return _derived(kb, frame, lexical, lang, allowed, search)


def _derived(kb: Composer, frame: Frame, lexical: str, lang: str, allowed: set[str] | None, search: Search) -> Composed | None:
    years = sorted(set(frame.years))
    hits, _ = search(frame.text)
    ranked = _ranked_sentences(kb, hits, table_cell.question_weights(kb, lexical, lang), years)
    if not ranked:
        return None
    s, hit = ranked[0]
    spans = [(raw, value, hit.chunk.doc_id, s.char_start, s.char_end, hit.chunk.section)
             for raw, value in _pair_in(s.text, years)]
    return _difference(kb, spans, "", years, lang)


def _table_row(kb: Composer, question: str, lang: str, allowed: set[str] | None, years: list[int]) -> list[Figure] | None:
    """The two cells (first year, last year) of the one table row whose label best covers the question."""
    weight = table_cell.question_weights(kb, question, lang)
    if not weight:
        return None
    rows: dict[tuple[str, str, int], dict[int, Figure]] = {}
    scores: dict[tuple[str, str, int], float] = {}
    for f in kb.figures.query(None, doc_ids=allowed):
        if f.origin != "table" or f.year not in years:
            continue
        if (score := table_cell.coverage(kb, weight, f, question)) is None or score < table_cell.MIN_COVERAGE:
            continue
        key = (f.doc_id, f.counted, f.char_start)  # one table: cells share the header's start
        rows.setdefault(key, {})[f.year] = f
        scores[key] = score
    complete = [k for k, cells in rows.items() if set(years) <= set(cells)]
    if not complete:
        return None
    best = max(scores[k] for k in complete)
    top = [k for k in complete if scores[k] == best]
    if len({tuple(rows[k][y].value for y in years) for k in top}) != 1:
        return None  # rows tie with different values: the question does not say which
    return [rows[top[0]][y] for y in years]


def _ranked_sentences(kb: Composer, hits: list[Hit], weight: dict[str, float],
                      years: list[int]) -> list[tuple[Sentence, Hit]]:
    """The retrieved sentences stating a pair of values for the asked years, best covering the
    question first (a sentence with the two before it, which often name the subject, and the next)."""
    total = sum(weight.values()) or 1.0
    scored = []
    for hit in hits:
        for s in hit.chunk.sentences:
            if _pair_in(s.text, years) is None:
                continue
            key = (hit.chunk.doc_id, s.char_start)
            around = " ".join(n.text for step in (-2, -1, 1) if (n := kb.neighbour(key, step)) is not None)
            cover = sum(w * (1.0 if table_cell.covers(kb, t, s.text) else 0.5 if table_cell.covers(kb, t, around) else 0.0)
                        for t, w in weight.items()) / total
            if cover >= MIN_COVER:
                scored.append((cover, -hit.rank, s.char_start, s, hit))
    return [(s, h) for *_, s, h in sorted(scored, key=lambda x: x[:3], reverse=True)]


def _pair_in(text: str, years: list[int]) -> tuple[tuple[str, float], tuple[str, float]] | None:
    """The (earlier, later) values one sentence states, as (raw, value): by the years they follow,
    by 'van … naar …', or one year's value and the other ('…, tegen 934 een jaar eerder')."""
    dates = [m.span() for m in DATE_RE.finditer(text)]
    values = [(text[a:b], v, a) for v, a, b in numbers_in(text)
              if not YEAR_RE.fullmatch(text[a:b]) and not any(s <= a < e for s, e in dates)
              and not re.search(r"procent|%", text[a:b + 9])]  # "37 procent" may be one span
    if len(values) != 2:
        return None
    (ra, va, pa), (rb, vb, pb) = values
    stated = [(int(m.group(0)), m.start()) for m in YEAR_RE.finditer(text)]
    if len(years) == 2:
        in_text = [y for y, _ in stated if y in years]
        if set(years) <= set(in_text):  # each value belongs to the year before it
            year_of = {p: max(((pos, y) for y, pos in stated if pos < p), default=(0, None))[1] for p in (pa, pb)}
            if {year_of[pa], year_of[pb]} == set(years):
                return ((ra, va), (rb, vb)) if year_of[pa] == years[0] else ((rb, vb), (ra, va))
            return None
        if len(set(in_text)) == 1 and _same_thing(text, pa, pb, ra, rb):
            # "In 2024 … 812 …, tegen 934 een jaar eerder", "186 keer (2024: 297)": the value after the
            # year is that year's, the other one the other year's
            at = next(pos for y, pos in stated if y == in_text[0])
            after = [(p, v) for p, v in ((pa, (ra, va)), (pb, (rb, vb))) if p > at]
            own = after[0][1] if after else (rb, vb)
            other = (ra, va) if own == (rb, vb) else (rb, vb)
            return (own, other) if in_text[0] == years[0] else (other, own)
        return None
    return ((ra, va), (rb, vb)) if _FROM_TO.search(text) else None


# "…, tegen 934 een jaar eerder", "(2024: 297)": the sentence itself says the second value is another year's
_OTHER_YEAR = re.compile(r"\b(?:een jaar (?:eerder|daarvoor|ervoor|later)|het jaar (?:daarvoor|ervoor|erna)|vorig jaar"
                         r"|a year (?:earlier|before|later)|the (?:previous|year before)|the year before)\b"
                         r"|\((?:19|20)\d\d:\s", re.I)


def _same_thing(text: str, pa: int, pb: int, ra: str, rb: str) -> bool:
    """Two values of one sentence are two moments of the same count only when the sentence says so
    ('een jaar eerder', '(2024: 297)') or the same word follows both ('547 plaatsen … 598 plaatsen');
    '547 plaatsen, verdeeld over … 23 locaties' counts two things."""
    if _OTHER_YEAR.search(text):
        return True
    nxt = [re.match(r"\s*(\w+)", text[p + len(r):]) for p, r in ((pa, ra), (pb, rb))]
    return all(nxt) and nxt[0].group(1).lower() == nxt[1].group(1).lower()


def _difference(kb: Composer, spans: list[tuple[str, float, str, int, int, str]], what: str, years: list[int],
                lang: str) -> Composed:
    """Both inputs quoted and cited, then the checked formula (later − earlier)."""
    cites, marks = [], []
    for raw, _, doc_id, start, end, section in spans:
        same = next((c for c in cites if c.doc_id == doc_id and (c.char_start, c.char_end) == (start, end)), None)
        if same is None:
            same = make_citation(len(cites) + 1, kb.docs[doc_id], start, end, section)
            cites.append(same)
        marks.append(same.n)
    (ra, a, *_), (rb, b, *_) = spans
    when = [f"{y}: " for y in years] if len(years) == 2 else ["", ""]
    if len(cites) == 1 and not what:  # one sentence states both values: quote it
        inputs = f"“{cites[0].quote}” [{cites[0].n}]"
    else:
        inputs = "; ".join(f"{w}{r.strip()} [{n}]" for w, r, n in zip(when, (ra, rb), marks)) + "."
    head = f"{what}: " if what else ""
    calc = change_line(a, b, "".join(f"[{n}]" for n in dict.fromkeys(marks[::-1])), lang)
    return Composed(f"{head}{inputs}\n{calc}", tuple(cites), route="computed")
