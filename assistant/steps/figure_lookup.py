"""Figure lookup: amount questions answered from the figures store, with every statement cited.

A record answers only when its context (quote, table caption, document title) covers what the
question says; a question about a change ('gesloten', 'afgebouwd') is not answered by a state.
"""

from __future__ import annotations

import functools
import math
import re
from typing import TYPE_CHECKING

from ..cite import make_citation
from ..figures import ACTION_SUFFIX
from ..figstore import FIGURE_INTENT, FigureGroup, label, question_metrics, subgroup
from ..nlp import MONTHS, YEAR_RE, canonical_numbers, content_terms, numbers_in, question_terms, to_dutch_terms, words, years_in
from ..frame import asked_years, cues, lemma
from ..tables import CAPTION_NUMBER
from ..types import Citation, Figure
from ..vocabulary import metric_for, naming_words, says_nothing
from ..answer import Composed
from .moments import at_moment, in_period, same_day, same_moment

if TYPE_CHECKING:
    from ..answer import Composer, Search
    from ..frame import Frame

# Share of a question's (idf-weighted) terms a figure's context must hold before the figure answers it.
FIGURE_CONTEXT_COVERAGE = 0.5
_VERB_ENDING = r"(?:de|te|den|ten|en)$"  # past tenses, infinitives and plural verb forms
_WHEN_IN_YEAR = re.compile(r"\b(?:eind|einde|begin|medio|ultimo|end of|start of|mid)\s+(?=(?:19|20)\d\d)", re.I)


# Questions a stored figure does not answer, whatever figure words they hold ("welke organisatie zet een
# monitor op over de capaciteit?").
NOT_FIGURES = {"person_org", "date", "definition", "explanation", "list"}


def step(kb: Composer, frame: Frame, lexical: str, lang: str, allowed: set[str] | None, search: Search) -> Composed | None:
    if frame.intent in NOT_FIGURES:
        return None
    metrics = question_metrics(lexical)
    if frame.action:  # "hoeveel separeerruimtes zijn er gesloten": a change, never the number in use
        suffix = ACTION_SUFFIX[frame.action]
        changes = [m for m in kb.figures.metrics() for base in metrics if m.startswith(base + "_") and m.endswith(suffix)]
        metrics = list(dict.fromkeys(m for m in metrics + changes if m.endswith(suffix)))
    return figure_answer(kb, lexical, lang, allowed, metrics)


def figure_answer(kb: Composer, question: str, lang: str, allowed_docs: set[str] | None,
                  metrics: list[str], keep_distinct: bool = False) -> Composed | None:
    """Answer from the figures store, or None to let retrieval answer: when the question is
    not about a stored metric, or says things (a source, a condition) no record's context holds."""
    if not metrics:
        return None
    from .table_cell import question_weights

    years = [y for y in asked_years(question) if str(y) not in kb.source_reference(question)[1]]
    row_weight = question_weights(kb, question, lang)
    for metric in metrics:
        every = kb.figures.query(metric, doc_ids=allowed_docs)
        have = {f.period for f in every if f.period}
        if years and have and not any(in_period(f, years) for f in every):
            continue  # the store lacks that year; a passage may still give it, and retrieval checks the year
        records = [f for f in every if fits(kb, question, f, lang) and _row_fits(kb, row_weight, f, question)
                   and states_asked_numbers(question, f)]
        if not records:
            continue
        if years:
            chosen = [f for f in records if (in_period(f, years) or (f.period is None and set(years_in(f.quote)) == set(years)))
                      and same_moment(question, f.period) and same_day(question, f)]  # no period: only its quote's one year
            if not chosen:
                continue  # no record for that year (or a metric without periods): retrieval decides
        else:
            chosen = records
        # a table's sub-row ('waarvan kleinschalige plaatsen') answers only a question that names that part
        chosen = [f for f in chosen if part_asked(kb, question, f)] or chosen
        if not keep_distinct and len(kb.figures.groups(chosen)) > 1 and all(f.origin == "table" for f in chosen):
            chosen = _closest(kb, question, chosen)  # table rows say by their labels what each one counts
            if any(g.status == "distinct" for g in kb.figures.groups(chosen)):
                continue  # which count is meant depends on the question's context: retrieval decides
        return figures_text(kb, metric, kb.figures.groups(chosen), lang)
    return None


def _closest(kb: Composer, question: str, records: list[Figure]) -> list[Figure]:
    """Of records that count different things, those from the source the question names, whose label
    adds the fewest words the question does not ask ('Kleinschalige plaatsen' when places are asked), at
    the moment it names ('begin 2021': 1 januari 2021), holding the most it does ask ('gezinshuis')."""
    match = kb.source_reference(question)[2]
    best = max((match.get(f.doc_id, 0.0) for f in records), default=0.0)
    records = [f for f in records if match.get(f.doc_id, 0.0) == best]

    notable = {t for t in _asked(question) if kb.idf.get(t, 0.0) >= math.log(2)}

    def key(f: Figure) -> tuple[int, bool, int]:
        named = set(content_terms(f.counted))  # 'gezinshuis' of a question about children in a gezinshuis
        return unasked(kb, question, f), not at_moment(question, f.period), -sum(kb.covered(t, named) for t in notable)

    least = min(map(key, records))
    return [f for f in records if key(f) == least]


def unasked(kb: Composer, question: str, f: Figure) -> int:
    """How many words of the record's label the question does not ask: 'Kleinschalige plaatsen' adds one
    to a question about places; the words naming its metric or its moment, a caption's 'Tabel 1', and
    words in most passages of the corpus ('jeugdhulp': idf under log 2) add none."""
    label = [w for w in words(CAPTION_NUMBER.sub("", f.counted)) if w not in MONTHS and not w[:1].isdigit()
             and not says_nothing(w) and metric_for([], w) != f.metric]
    asked = _asked(question)
    return sum(1 for t in content_terms(" ".join(label)) if kb.idf.get(t, 0.0) >= math.log(2) and not kb.covered(t, asked))


@functools.lru_cache(maxsize=256)  # asked again for every record a question weighs
def _asked(question: str) -> frozenset[str]:
    """The question's terms, English words read in their Dutch equivalents."""
    return frozenset(content_terms(to_dutch_terms(question)))



def part_asked(kb: Composer, question: str, f: Figure) -> bool:
    """A whole count, or a part of one ('met jeugdbescherming', 'waarvan kleinschalige plaatsen') whose
    words the question uses."""
    part = set(content_terms(subgroup(f).partition(" ")[2]))  # without its 'waarvan', 'met', 'jonger'…
    asked = set(content_terms(question))
    return all(kb.covered(t, asked) for t in part)


def fits(kb: Composer, question: str, f: Figure, lang: str, elsewhere: bool = False) -> bool:
    """Does the record's context (quote, table caption or section, document title) cover what
    the question says? A Dutch noun the corpus never uses ('wachttijd') counts against the record;
    absent verb forms ('telde', 'zaten') and untranslated English words are ignored."""
    return fit_score(kb, question, f, lang, elsewhere) >= FIGURE_CONTEXT_COVERAGE


def fit_score(kb: Composer, question: str, f: Figure, lang: str, elsewhere: bool = False) -> float:
    """The share of the question's weighted words the record's context covers (0 when a rare word
    of the question is missing from its whole document). With `elsewhere`, a table cell's words that only
    the rest of its document uses ('landelijk') count half: a series is read from a table whose caption
    says little, while a single figure must be about what is asked."""
    scaffold = re.sub(FIGURE_INTENT, " ", question, flags=re.IGNORECASE)  # "hoeveel", "ontwikkeling": not context
    scaffold = _WHEN_IN_YEAR.sub(" ", scaffold)  # "eind 2022" is a moment, like the year itself
    # 'volgens de brief van de staatssecretaris' names the record's document, not what it counts
    source = kb.source_words(question) if kb.source_reference(question)[2].get(f.doc_id, 0.0) > 0 else frozenset()
    from .table_cell import verbs_in

    verbs = _change_terms(scaffold)  # 'teruggelopen': how the question asks, not what it is about
    weight = {t: kb.idf.get(t, 0.0) for t in question_terms(scaffold, lang)
              if not YEAR_RE.fullmatch(t) and t not in source and t not in verbs}
    if lang == "nl":
        for w in words(scaffold):
            if not kb.known(w) and len(w) > 3 and not re.search(_VERB_ENDING, w) and content_terms(w) \
                    and content_terms(w)[-1] not in source:
                weight[content_terms(w)[-1]] = kb._idf_max / 2
    total = sum(weight.values())
    if not total:
        return 1.0
    # a table cell's own row label, not its quote (which runs from the header over the rows above it)
    own = f.counted if f.origin == "table" and f.counted else f.quote
    context = set(content_terms(f"{own} {f.section} {f.title} {kb.docs[f.doc_id].publisher}"))
    asking = {t for w in verbs_in(scaffold) for t in content_terms(w)}  # 'telde': rare, yet no word of the subject
    if any(kb.idf.get(t, 0.0) >= kb._rare_idf and t not in asking and not kb.covered(t, context | kb.doc_terms(f.doc_id))
           for t in weight):
        return 0.0  # a rare word of the question ('verstandelijke beperking') the record's whole document lacks
    # a word that names the record's metric ('bedden' for a 'Capaciteit' row of metric plaatsen) is covered
    naming = {t for w in naming_words(question, f.metric) for t in content_terms(w)}  # also 'unieke kinderen'
    document = kb.doc_terms(f.doc_id) if elsewhere and f.origin == "table" else set()
    covered = sum(w if t in naming or kb.covered(t, context) else w / 2 if kb.covered(t, document) else 0.0
                  for t, w in weight.items())
    return covered / total


@functools.lru_cache(maxsize=256)
def _change_terms(text: str) -> frozenset[str]:
    """The terms of the text's verbs of change ('teruggelopen', 'gestegen')."""
    return frozenset(t for w in words(text) if lemma(w) in cues()["change"]["verbs"] for t in content_terms(w))


# A number that names a part of a document or a day ('tabel 1', 'vraag 3', 'op 1 januari') constrains nothing counted.
_REFERENCE = re.compile(r"\b(?:tabel|bijlage|figuur|paragraaf|hoofdstuk|pagina|vraag|antwoord|aanbeveling|conclusie|table|"
                        r"annex|figure|page|question)\s+\d+|\b\d{1,2}\s+(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)


def asked_numbers(question: str) -> set[float]:
    """The numbers of a question that are not a year, a date or a reference ('onder de 14 jaar' → 14)."""
    text = _REFERENCE.sub(" ", question)
    return {v for v, a, b in numbers_in(text) if not YEAR_RE.fullmatch(text[a:b])
            and not text[b:b + 1].isalpha() and text[a - 1:a] != "["}  # not a leftover code ('[31m')


def states_asked_numbers(question: str, f: Figure) -> bool:
    """'Hoeveel kinderen onder de 14 jaar …': every number the question asks with must stand in the
    record's context; a count of all children does not answer it."""
    return asked_numbers(question) <= canonical_numbers(f"{f.quote} {f.counted} {f.section}")


def _row_fits(kb: Composer, weight: dict[str, float], f: Figure, question: str) -> bool:
    """A table cell answers only when its row label covers the question (weighted words from
    table_cell) as table_cell requires: half the question ('meisjes' of 'meisjes in een gezinshuis')
    picks the wrong row of the table."""
    from .table_cell import MIN_COVERAGE, coverage

    return f.origin != "table" or not weight or (coverage(kb, weight, f, question, elsewhere=False) or 0.0) >= MIN_COVERAGE


def cite_figures(kb: Composer, figs: list[Figure], cites: list[Citation]) -> list[int]:
    ns = []
    for f in figs:
        for c in cites:
            if c.doc_id == f.doc_id and c.char_start == f.char_start and c.char_end == f.char_end:
                ns.append(c.n)
                break
        else:
            c = make_citation(len(cites) + 1, kb.docs[f.doc_id], f.char_start, f.char_end, f.section)
            cites.append(c)
            ns.append(c.n)
    return ns


def figures_text(kb: Composer, metric: str, groups: list[FigureGroup], lang: str) -> Composed:
    groups = sorted(groups, key=lambda g: (g.period is None, g.period or ""), reverse=True)[:4]
    cites: list[Citation] = []
    lines = []
    for g in groups:
        figs = sorted(g.figures, key=lambda f: (bool(f.qualifier), f.doc_id))
        ns = cite_figures(kb, figs, cites)
        value_parts = []
        for f, n in zip(figs, ns):
            part = f"{f.qualifier + ' ' if f.qualifier and not f.qualifier[0].isdigit() else ''}{f.shown or f.quote}"
            value_parts.append((part, n, f))
        when = _period_text(g.period, lang, " ".join(f.quote for f in figs))
        lbl = label(metric, lang)
        if g.status in ("single", "corroborated", "same_source"):  # same_source: one table, copied
            f = figs[0]
            marks = "".join(f"[{n}]" for n in sorted(set(ns)))
            line = f"{when}{value_parts[0][0]} {lbl}{_scope_text(f.scope, lang)} {marks}"
            if g.status == "corroborated" and g.independent_sources > 1:
                line += " (bevestigd door meerdere bronnen)" if lang == "nl" else " (confirmed by several sources)"
        else:
            merged = _merge_parts(value_parts)
            if g.status == "conflict":
                intro = "De bronnen verschillen: " if lang == "nl" else "The sources differ: "
                joined = (" en " if lang == "nl" else " and ").join(f"{p} {m}" for p, m in merged)
                line = f"{intro}{when}{joined} {lbl}{_scope_text(figs[0].scope, lang)}"
            else:
                (p0, m0), *rest = merged
                others = ", ".join(f"{p} {m}" for p, m in rest)
                line = (f"{when}{p0} {lbl}{_scope_text(figs[0].scope, lang)} {m0}; "
                        + (f"elders omschreven als {others}" if lang == "nl" else f"elsewhere described as {others}"))
        lines.append(line.strip() + ".")
    figs_all = tuple(f for g in groups for f in g.figures)
    return Composed("\n".join(lines), tuple(cites), figs_all, route="figures")


def _merge_parts(parts: list[tuple[str, int, Figure]]) -> list[tuple[str, str]]:
    """Same wording from several citations becomes one value with all its markers: '1.924 [1][2]'."""
    marks: dict[str, list[int]] = {}
    for text, n, _ in parts:
        if n not in marks.setdefault(text, []):
            marks[text].append(n)
    return [(text, "".join(f"[{n}]" for n in ns)) for text, ns in marks.items()]


def _period_text(period: str | None, lang: str, quote: str) -> str:
    """'Per 31 december 2021: ' when the quote states that day; else 'Eind 2021: ': a table's peildatum
    often stands in its caption, outside the cited cell, and every number shown must be cited."""
    if not period:
        return ""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", period)
    if m and m.group(3).lstrip("0") not in re.findall(r"\d+", quote):
        if period.endswith("12-31"):
            return f"Eind {m.group(1)}: " if lang == "nl" else f"End of {m.group(1)}: "
        return f"In {m.group(1)}: "
    if m:
        month = [k for k, v in MONTHS.items() if v == int(m.group(2))][0 if lang == "nl" else -1]
        month = month if lang == "nl" else month.capitalize()
        return f"Per {int(m.group(3))} {month} {m.group(1)}: " if lang == "nl" else f"As of {int(m.group(3))} {month} {m.group(1)}: "
    if period.startswith("sinds"):
        return f"Sinds {period[6:]}: " if lang == "nl" else f"Since {period[6:]}: "
    return f"In {period}: " if lang == "nl" else f"In {period}: "


def _scope_text(scope: str, lang: str) -> str:
    if scope.startswith("regio "):
        return f" ({scope})"
    return ""
