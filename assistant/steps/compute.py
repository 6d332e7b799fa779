"""Computation over cited figures: the development since a year, the difference between two years,
the sum over years.

The answer lists each input with its citation, then one labelled line "Berekend: b − a = d (p %)"
whose formula shows every input; `cite.verify` re-checks that line's arithmetic and inputs. Inputs
are the precise statements (a table's 1.924), not a rounded one ("ruim 1.900") of the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..answer import Composed
from ..figstore import label, question_metrics
from ..frame import cues, lemma
from ..nlp import words
from ..types import Citation, Figure
from .figure_lookup import cite_figures, figure_answer, fit_score, fits, unasked

if TYPE_CHECKING:
    from ..answer import Composer, Search
    from ..frame import Frame


# "in welk jaar daalde … het sterkst", "tussen welke jaren … het minst": the extreme of the year-on-year changes
_EXTREME = re.compile(r"\b(?:het (?P<most>sterkst|meest|hardst|snelst)|het (?P<least>minst)|(?P<most2>grootste|sterkste)"
                      r"|(?P<least2>kleinste|geringste)|(?P<most3>most|largest|biggest|steepest|sharpest)"
                      r"|(?P<least3>least|smallest))\b", re.IGNORECASE)
_DOWN = {"dalen", "afnemen", "teruglopen", "krimpen", "zakken", "verminderen", "afbouwen", "daling", "afname", "krimp",
         "decrease", "decline", "drop", "fall"}
_UP = {"stijgen", "toenemen", "groeien", "oplopen", "stijging", "toename", "groei", "increase", "rise", "grow"}
_YEAR_ON_YEAR = re.compile(r"\b(?:(?:het|een|the) (?:jaar|year) (?:ervoor|daarvoor|eerder|before)|(?:twee )?(?:opeenvolgende|"
                           r"voorgaande|vorige|consecutive|previous) (?:jaren|jaar|years?)|jaar op jaar|year on year|"
                           r"(?:in )?welke? (?:twee )?jaren)\b", re.IGNORECASE)
# "opgeteld over de jaren 2017 tot en met 2022": every year of the span, not its two ends
_SPAN = re.compile(r"\b(?:19|20)\d\d\s*(?:tot en met|t/m|tot|[-–])\s*(?:19|20)\d\d\b|\bthrough\b", re.IGNORECASE)


def step(kb: Composer, frame: Frame, lexical: str, lang: str, allowed: set[str] | None, search: Search) -> Composed | None:
    """A trend or difference over a metric with a value for at least two of the asked years."""
    if (extreme := _EXTREME.search(lexical)) and (found := _extreme(kb, frame, lexical, lang, allowed, extreme)):
        return found
    if frame.intent not in ("trend", "difference", "sum"):
        return None
    context = cues()["intent_re"][frame.intent].sub(" hoeveel ", lexical.lower())  # "hoeveel minder": the ask
    source_years = kb.source_reference(lexical)[1]
    years = sorted({y for y in frame.years if str(y) not in source_years})
    if frame.intent == "sum" and len(years) == 2 and _SPAN.search(lexical):
        years = list(range(years[0], years[1] + 1))
    asked = question_metrics(lexical)
    # a change a document states ('afgenomen met 39%') beats one computed here; a share ('61 procent van') is no change
    stated = [m for m in asked if m.endswith("_daling_pct" if frame.intent == "difference" else "_pct")]
    if stated and (found := figure_answer(kb, lexical, lang, allowed, stated)) is not None and not found.refused:
        return found
    # "hoeveel procent daalde …" without a stated percentage: computed from the counts
    for metric in dict.fromkeys([*asked, *(re.sub(r"_(?:daling_)?pct$", "", m) for m in asked)]):
        records = [f for f in kb.figures.query(metric, doc_ids=allowed) if f.year and fits(kb, context, f, lang, True)]
        by_year = _series(kb, lexical, context, lang, records, years)
        if frame.intent == "sum":
            if years and all(y in by_year for y in years):
                return _summed(kb, metric, [by_year[y] for y in years], lang)
            continue
        if frame.intent == "difference" and len(years) >= 2:
            chosen = [y for y in (years[0], years[-1]) if y in by_year]
        else:  # since a year (or the whole series): every year from the first asked on
            chosen = [y for y in sorted(by_year) if not years or y >= years[0]]
        if len(chosen) >= 2:
            return _computed(kb, metric, [by_year[y] for y in chosen], lang, series=frame.intent == "trend")
    return None


def _series(kb: Composer, lexical: str, context: str, lang: str, records: list[Figure], years: list[int]) -> dict[int, Figure]:
    """Per year the precise value of the one series that fits the question best (see `_one_series`)."""
    return _precise_by_year(_one_series(records, years, lambda rows: (
        kb.source_reference(lexical)[2].get(rows[0].doc_id, 0.0), -unasked(kb, context, rows[0]),
        rows[0].origin == "table", len({f.year for f in rows}), max(fit_score(kb, context, f, lang, True) for f in rows))))


def _extreme(kb: Composer, frame: Frame, lexical: str, lang: str, allowed: set[str] | None,
             extreme: re.Match) -> Composed | None:
    """The pair of consecutive years with the largest (or smallest) fall or rise of a series: every
    year-on-year change computed and shown, the extreme one named. None without a direction or series."""
    tokens = words(lexical)
    lemmas = {lemma(w, frame.lang) for w in tokens}
    lemmas |= {p + x for p in ("af", "toe", "terug", "op") if p in tokens for x in lemmas}  # "nam … af": afnemen
    down, up = bool(lemmas & _DOWN), bool(lemmas & _UP)
    if down == up:
        return None
    least = bool(extreme.group("least") or extreme.group("least2") or extreme.group("least3"))
    context = _YEAR_ON_YEAR.sub(" ", _EXTREME.sub(" ", lexical.lower()))
    for ask in ("difference", "date"):  # "ten opzichte van", "in welk jaar": how it asks, not what it counts
        context = cues()["intent_re"][ask].sub(" hoeveel ", context)
    for metric in question_metrics(lexical):
        records = [f for f in kb.figures.query(metric, doc_ids=allowed) if f.year and fits(kb, context, f, lang, True)]
        by_year = _series(kb, lexical, context, lang, records, [])
        years = [y for y in sorted(by_year) if not frame.years or min(frame.years) <= y <= max(frame.years)]
        pairs = [(a, b) for a, b in zip(years, years[1:]) if b == a + 1]
        changes = [(by_year[b].value - by_year[a].value, a, b) for a, b in pairs]
        changes = [c for c in changes if (c[0] < 0) == down and c[0] != 0]
        if len(changes) < 2:
            continue
        _, a, b = (min if least else max)(changes, key=lambda c: abs(c[0]))
        figs = [by_year[y] for y in years]
        cites: list[Citation] = []
        ns = dict(zip(years, cite_figures(kb, figs, cites)))
        lines = [f"Aantal {label(metric)}: " + "; ".join(f"{y}: {by_year[y].shown} [{ns[y]}]" for y in years) + "."]
        lines += [change_line(by_year[x].value, by_year[y].value, f"[{ns[y]}][{ns[x]}]", lang, (x, y))
                  for x, y in pairs if (by_year[y].value - by_year[x].value < 0) == down]
        word = ("de kleinste" if least else "de grootste") + (" daling" if down else " stijging")
        lines.append(f"Daarmee is {word} van jaar op jaar die tussen {a} en {b} [{ns[a]}][{ns[b]}]." if lang == "nl" else
                     f"The {'smallest' if least else 'largest'} {'fall' if down else 'rise'} from one year to the next "
                     f"is between {a} and {b} [{ns[a]}][{ns[b]}].")
        return Composed("\n".join(lines), tuple(cites), tuple(figs), route="computed")
    return None


def _one_series(records: list[Figure], years: list[int], rank: Callable[[list[Figure]], tuple]) -> list[Figure]:
    """The records of the one series (a document's table row, or its running text) that states every asked
    year and ranks best, e.g.: the source it names, a row label adding nothing unasked ('Plaatsen op
    1 januari', not 'Kleinschalige plaatsen'), a table row over running text (whose records of one metric
    may count different things), the longest series, then the most covered context. A change between two
    series may compare two different things under one metric name."""
    series: dict[tuple[str, str], list[Figure]] = {}
    for f in records:
        series.setdefault((f.doc_id, f.counted.lower() if f.origin == "table" else ""), []).append(f)
    complete = [k for k in sorted(series) if years and set(years) <= {f.year for f in series[k]}]
    if len(series) < 2 or not complete:
        return records
    best = max(complete, key=lambda k: rank(series[k]))  # first of a tie
    return series[best]


def _precise_by_year(records: list[Figure]) -> dict[int, Figure]:
    """Per year the most exact statement: no qualifier ('ruim', 'minder dan'), then a table row."""
    best: dict[int, Figure] = {}
    for f in sorted(records, key=lambda f: (bool(f.qualifier), len(f.quote), f.doc_id)):
        best.setdefault(f.year, f)
    return best


def _computed(kb: Composer, metric: str, figs: list[Figure], lang: str, series: bool) -> Composed:
    cites: list[Citation] = []
    ns = cite_figures(kb, figs, cites)
    parts = [f"{f.year}: {f.shown} [{n}]" for f, n in zip(figs, ns)]
    first, last = figs[0], figs[-1]
    head = (f"Ontwikkeling van het aantal {label(metric)}: " if series else f"Aantal {label(metric)}: ") if lang == "nl" \
        else (f"Development of the number of {label(metric, 'en')}: " if series else f"Number of {label(metric, 'en')}: ")
    calc = change_line(first.value, last.value, "".join(f"[{n}]" for n in dict.fromkeys((ns[-1], ns[0]))), lang,
                       (first.year, last.year))
    return Composed(head + "; ".join(parts) + ".\n" + calc, tuple(cites), tuple(figs), route="computed")


def change_line(a: float, b: float, marks: str, lang: str, between: tuple[int, int] | None = None) -> str:
    """The labelled computation of a change from a to b, in the one form `cite.verify` re-checks:
    "Berekend: b − a = d (p %) [n][m], afgenomen (tussen 2017 en 2022)."."""
    d = b - a
    if lang == "nl":
        span = f" tussen {between[0]} en {between[1]}" if between else ""
        return f"Berekend: {_formula(a, b, marks)}, {'afgenomen' if d < 0 else 'toegenomen'}{span}{_rounded(_change_pct(a, b), lang)}."
    span = f" between {between[0]} and {between[1]}" if between else ""
    return f"Computed: {_formula(a, b, marks)}, {'a decrease' if d < 0 else 'an increase'}{span}{_rounded(_change_pct(a, b), lang)}."


def _change_pct(a: float, b: float) -> float:
    """The change from a to b in percent of a, to one decimal (62,5 % is not 62 %); 0 when a is 0."""
    return round(100 * (b - a) / a, 1) if a else 0.0


def _rounded(pct: float, lang: str) -> str:
    """' (afgerond 17 %)' when a percentage has a decimal: people ask for whole percents."""
    if pct == int(pct):
        return ""
    whole = _fmt(float(round(abs(pct) + 1e-9)))  # half away from zero, as people round: 62,5 → 63
    return f" (afgerond {whole} %)" if lang == "nl" else f" (rounded {whole} %)"


def difference_line(a: float, b: float, marks: str, lang: str) -> str:
    """Two things of one moment compared: "Berekend: 1.175 − 1.029 = 146 (14,2 %) [1][2], het verschil."."""
    return f"Berekend: {_formula(a, b, marks)}, het verschil{_rounded(_change_pct(a, b), lang)}." if lang == "nl" else \
        f"Computed: {_formula(a, b, marks)}, the difference{_rounded(_change_pct(a, b), lang)}."


def _formula(a: float, b: float, marks: str) -> str:
    return f"{_fmt(b)} − {_fmt(a)} = {_fmt(b - a)} ({_fmt(_change_pct(a, b))} %) {marks}"


def _summed(kb: Composer, metric: str, figs: list[Figure], lang: str) -> Composed:
    """'Hoeveel … in 2020 en 2021 samen?': each year's value cited, then their sum."""
    cites: list[Citation] = []
    ns = cite_figures(kb, figs, cites)
    parts = "; ".join(f"{f.year}: {f.shown} [{n}]" for f, n in zip(figs, ns))
    head = f"Aantal {label(metric)}: " if lang == "nl" else f"Number of {label(metric, 'en')}: "
    calc = sum_line([f.value for f in figs], "".join(f"[{n}]" for n in ns), lang)
    return Composed(f"{head}{parts}.\n{calc}", tuple(cites), tuple(figs), route="computed")


def sum_line(values: list[float], marks: str, lang: str) -> str:
    """"Berekend: 1.366 + 1.175 = 2.541 [1][2], samen."."""
    formula = " + ".join(_fmt(v) for v in values) + f" = {_fmt(sum(values))} {marks}"
    return f"Berekend: {formula}, samen." if lang == "nl" else f"Computed: {formula}, together."


def share_line(part: float, whole: float, marks: str, lang: str) -> str:
    """"Berekend: 2.600.000 / 4.200.000 × 100 = 61,9 % [1][2] (afgerond 62 %)." (`cite.verify` re-checks it)."""
    pct = round(100 * part / whole, 1)
    rounded = _rounded(pct, lang)
    formula = f"{_fmt(part)} / {_fmt(whole)} × 100 = {_fmt(pct)} % {marks}"
    return f"Berekend: {formula}, het aandeel{rounded}." if lang == "nl" else f"Computed: {formula}, the share{rounded}."


def _fmt(value: float) -> str:
    """Dutch notation: thousands with dots, minus sign as '−'."""
    text = f"{abs(value):,.0f}".replace(",", ".") if value == int(value) else f"{abs(value):,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return ("−" if value < 0 else "") + text
