"""Figures store: quantitative statements (counts, capacity, budgets, percentages, durations)
extracted from tables and running text, each with its verbatim quote; queries and conflicts.

Rules are generic for Dutch policy prose: a number becomes a figure only when a known metric
noun, a currency or a percent sign is attached to it, or when it sits in a year table.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import ManifestError
from .nlp import MONTHS, NUMBER_WORDS, SCALE_WORDS, parse_number, states_value
from .types import Chunk, Document, Figure, Sentence

log = logging.getLogger(__name__)

# Metric nouns: (regex on lower-case text, metric, unit). Order matters: specific first.
METRIC_NOUNS: list[tuple[str, str, str]] = [
    (r"unieke jongeren|unique (?:young people|youths?|children)", "unieke_jongeren", "jongeren"),
    (r"plaatsingen|plaatsing|placements?", "plaatsingen", "plaatsingen"),
    (r"separeerruimtes?|separeerkamers?|seclusion rooms?|isolation rooms?", "separeerruimtes", "separeerruimtes"),
    (r"(?:gesloten )?plaatsen|plekken|capaciteit|capacity|places|beds", "plaatsen", "plaatsen"),
    (r"(?:jeugdzorg)?aanbieders|zorgaanbieders|providers", "aanbieders", "aanbieders"),
    (r"accommodaties|accommodations|facilities", "accommodaties", "accommodaties"),
    (r"locaties|locations|sites", "locaties", "locaties"),
    (r"(?:jeugdzorg)?organisaties|organisations|organizations", "organisaties", "organisaties"),
    (r"(?:coördinerende |coordinating )?gemeenten|municipalities", "gemeenten", "gemeenten"),
    (r"(?:jeugdhulp)?regio[’']s|regions|regio's", "regios", "regio's"),
    (r"jeugdigen|young people|youths", "jeugdigen", "jeugdigen"),
    (r"begeleiders|supervisors|carers", "begeleiders", "begeleiders"),
    (r"maanden|months", "duur_maanden", "maanden"),
]
# Words that turn a count into a change: (regex, suffix).
_CHANGE = [
    (r"afgebouwd|afgestoten|gesloten zijn|reduced|closed", "_afgebouwd"),
    (r"leeg|niet meer in gebruik|empty|vacant", "_leeg"),
    (r"bij ?gekomen|erbij|toegevoegd|added", "_bijgekomen"),
]
_BUDGET_TOPICS = [
    (r"frictiekosten", "budget_frictiekosten"),
    (r"separeerruimte", "budget_separeerruimtes"),
    (r"specifieke uitkering|spuk", "budget_spuk"),
]
# Sentences about ambitions state targets, not counts ("zo dicht mogelijk bij 0 plaatsingen in 2030").
_TARGET = r"ambitie|doelstelling|streven|zo dicht(?:bij)? mogelijk|naar nul"
_QUALIFIERS = r"circa|ca\.|ongeveer|ruim|bijna|minder dan|meer dan|onder de|boven de|tot onder de|rond|zo'n|maximaal|minimaal|gemiddeld"
_NUM = (
    r"(?P<cur>€\s?)?(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?(?:\s?-\s?\d+)?|"
    + "|".join(sorted((w for w in NUMBER_WORDS if w != "een"), key=len, reverse=True))
    + r")(?:\s?(?P<pct>%|procent)|\s(?P<scale>mln|miljoen|mld|miljard)\.?)?(?P<eur>\s(?:euro|EUR))?"
)
NUM_RE = re.compile(r"(?<![\w.,/€-])" + _NUM + r"(?![\w/]|\.\d|,\d)", re.IGNORECASE)
_DATE_AFTER = re.compile(r"^\s*(?:" + "|".join(MONTHS) + r")\b", re.I)
_PERIOD_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}(?:(?:in|per|op|tot)\s+(?:(?P<day>\d{1,2})\s+(?P<month>\w+)\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"|voor de periode\s+(?P<py1>(?:19|20)\d\d)\s?[–-]\s?(?P<py2>(?:19|20)\d\d))",
    re.I,
)
_PERIOD_BEFORE = re.compile(
    r"(?:(?P<prep>in|per|op|sinds|vanaf)\s+(?:(?P<day>\d{1,2})\s+(?P<month>[a-z]+)\s+)?(?P<year>(?:19|20)\d\d)"
    r"(?:\s?[–-]\s?(?P<year2>(?:19|20)\d\d))?|periode\s+(?P<py1>(?:19|20)\d\d)\s?[–-]\s?(?P<py2>(?:19|20)\d\d))",
    re.I,
)
_YEAR_HEADER = re.compile(r"^(?:[A-Za-z ]*\s)?((?:(?:19|20)\d\d\s*){2,})$")


def _value(m: re.Match) -> float:
    raw = m.group("num").lower()
    if raw in NUMBER_WORDS:
        value = float(NUMBER_WORDS[raw])
    elif re.fullmatch(r"\d+\s?-\s?\d+", raw):
        value = float(raw.split("-")[0])
    else:
        value = parse_number(raw)
    if m.group("scale"):
        value *= SCALE_WORDS[m.group("scale").lower()]
    return value


def _metric_near(text: str, before: bool) -> tuple[str, str] | None:
    """The metric noun right after a number (within 3 words), or the nearest one before it."""
    if before:
        best = None
        for pattern, metric, unit in METRIC_NOUNS:
            for m in re.finditer(r"\b(?:" + pattern + r")\b", text):
                if best is None or m.end() > best[0]:
                    best = (m.end(), metric, unit)
        return (best[1], best[2]) if best else None
    head = " ".join(text.split()[:4])
    for pattern, metric, unit in METRIC_NOUNS:
        if re.match(r"^(?:(?:van|hun|de|het|nog|extra|nieuwe|kleinschalige|gesloten|coördinerende|\w+e)\s+){0,2}(?:" + pattern + r")\b", head):
            return metric, unit
    return None


def _period(sentence: str, start: int, end: int) -> str | None:
    """Year or date a number refers to: 'in 2020' right after it, or the nearest before it in its clause."""
    after = _PERIOD_AFTER.match(sentence[end : end + 30])
    if after:
        if after.group("py1"):
            return f"{after.group('py1')}-{after.group('py2')}"
        return _date(after.group("year"), after.group("month"), after.group("day"))
    clause = re.split(r"[;:]|\.\s", sentence[:start])[-1]
    found = list(_PERIOD_BEFORE.finditer(clause))
    if not found:
        return None
    m = found[-1]
    if m.group("py1"):
        return f"{m.group('py1')}-{m.group('py2')}"
    if m.group("year2"):
        return f"{m.group('year')}-{m.group('year2')}"
    if m.group("prep").lower() == "sinds":
        # "sinds 2017 ... van ruim 1.900 gedaald naar ...": the 'van' value is the 2017 value.
        if re.search(r"\bvan\s+(?:(?:" + _QUALIFIERS + r")\s+)?$", clause.lower()):
            return m.group("year")
        return f"sinds {m.group('year')}"
    return _date(m.group("year"), m.group("month"), m.group("day"))


def _date(year: str, month: str | None, day: str | None) -> str:
    if month and month.lower() in MONTHS and day:
        return f"{year}-{MONTHS[month.lower()]:02d}-{int(day):02d}"
    return year


def _qualifier(sentence: str, start: int, raw: str = "") -> str:
    """'circa', 'ruim', ... before the number; a range such as '3-4' is its own qualifier."""
    if re.fullmatch(r"\d+\s?-\s?\d+", raw):
        return raw.replace(" ", "")
    m = re.search(r"(?:^|\s)(" + _QUALIFIERS + r")\s*$", sentence[:start].lower())
    return m.group(1) if m else ""


def _scope(doc: Document, sentence: str) -> str:
    region = re.search(r"\bregio\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)*)", sentence)
    if region:
        return f"regio {region.group(1)}"
    return "regio" if doc.kind == "regiovisie" else "landelijk"


@dataclass
class _TableState:
    caption: str = ""
    years: list[str] | None = None
    header_start: int | None = None  # where the year header row starts: quotes run from there


def _figure(doc: Document, chunk_of: dict[int, Chunk], s: Sentence, metric: str, value: float,
            unit: str, period: str | None, qualifier: str, section: str, raw: str = "") -> Figure:
    chunk = chunk_of.get(s.char_start)
    return Figure(
        metric=metric, value=value, unit=unit, period=period, scope=_scope(doc, s.text),
        qualifier=qualifier, doc_id=doc.doc_id, title=doc.title, page=doc.page_at(s.char_start),
        section=section or (chunk.section if chunk else ""), quote=s.text,
        char_start=s.char_start, char_end=s.char_end, raw=raw.strip(),
    )


def _labelled_row(text: str) -> tuple[str, list[str]] | None:
    """A table row "label 1.234 980 …" as (label, values). Token-based rather than a regex:
    nested quantifiers over digit runs backtrack exponentially on long numbers (an uploaded
    document could stall ingest)."""
    tokens = text.split()
    n = len(tokens)
    while n and re.fullmatch(r"[\d.,]+", tokens[n - 1]):
        n -= 1
    label = " ".join(tokens[:n])
    return (label, tokens[n:]) if n < len(tokens) and re.search(r"[A-Za-z]", label) else None


def _table_figures(doc, chunk_of, s: Sentence, state: _TableState) -> list[Figure]:
    text = s.text.strip()
    header = _YEAR_HEADER.match(text)
    if header:
        state.years = header.group(1).split()
        state.header_start = s.char_start
        return []
    row = re.match(r"^((?:19|20)\d\d)\s+([\d.,]+)$", text)
    if row and state.caption:
        noun = _metric_near(state.caption.lower(), before=True)
        if noun:
            return [_figure(doc, chunk_of, s, noun[0], parse_number(row.group(2)), noun[1], row.group(1), "", state.caption, row.group(2))]
        return []
    labelled = _labelled_row(text)
    if labelled and state.years:
        label, values = labelled
        noun = _metric_near(label.lower(), before=True)
        if noun and len(values) == len(state.years):
            # The quote spans header row to data row, so it states the years as well as the values.
            span = Sentence(doc.text[state.header_start : s.char_end], state.header_start, s.char_end)
            return [
                _figure(doc, chunk_of, span, noun[0], parse_number(v), noun[1], y, "", state.caption, v)
                for y, v in zip(state.years, values)
            ]
    return []


def _text_figures(doc, chunk_of, s: Sentence) -> list[Figure]:
    out = []
    low = s.text.lower()
    for m in NUM_RE.finditer(s.text):
        if re.fullmatch(r"(?:19|20)\d\d", m.group("num")) or _DATE_AFTER.match(s.text[m.end():]):
            continue
        value = _value(m)

        def figure(metric: str, unit: str, m: re.Match = m, value: float = value) -> Figure:
            return _figure(doc, chunk_of, s, metric, value, unit, _period(s.text, m.start(), m.end()),
                           _qualifier(s.text, m.start(), m.group("num")), "", m.group(0))

        rest = low[m.end():]
        if m.group("cur") or m.group("eur") or re.match(r"^\s*euro\b", rest):
            metric = next((name for p, name in _BUDGET_TOPICS if re.search(p, low)), "budget")
            out.append(figure(metric, "euro"))
            continue
        if m.group("pct"):
            noun = _metric_near(low[: m.start()], before=True)
            if noun:
                change = "_daling_pct" if re.search(r"afgenomen|daalde|gedaald|daling|minder", low) else "_pct"
                out.append(figure(noun[0] + change, "%"))
            continue
        noun = _metric_near(rest, before=False)
        if noun is None and m.group("num")[0].isdigit() and re.search(r"\b(?:aantal|van|naar|dat er)\s+(?:(?:" + _QUALIFIERS + r")\s+)?$", low[: m.start()]):
            noun = _metric_near(low[: m.start()], before=True)
        if noun is None:
            continue
        metric, unit = noun
        if re.search(r"\b(?:waarvan|daarvan)\b[^,;]*$", low[: m.start()]):
            metric += "_deel"  # "8 maanden, waarvan 3-4 maanden ...": a part of the figure before it
        if value == 0 or re.search(_TARGET, low[max(0, m.start() - 80) : m.end() + 40]):
            metric += "_doel"
        clause_after = re.split(r"[;,.]\s", rest)[0]
        for pattern, suffix in _CHANGE:
            if metric in ("plaatsen", "separeerruimtes") and re.search(pattern, clause_after + " " + low[: m.start()][-60:]):
                metric += suffix
                break
        out.append(figure(metric, unit))
    return out


def extract_figures(doc: Document, chunks: list[Chunk]) -> list[Figure]:
    """All figures of one document, in text order, de-duplicated across chunk overlaps."""
    chunk_of: dict[int, Chunk] = {}
    sentences: dict[int, Sentence] = {}
    for chunk in chunks:
        for s in chunk.sentences:
            sentences.setdefault(s.char_start, s)
            chunk_of.setdefault(s.char_start, chunk)
    state = _TableState()
    out: list[Figure] = []
    for start in sorted(sentences):
        s = sentences[start]
        if re.match(r"^\s*(?:Tabel|Table|Overzicht)\b", s.text, re.I):
            state = _TableState(caption=s.text)
            continue
        table = _table_figures(doc, chunk_of, s, state)
        if table or _YEAR_HEADER.match(s.text.strip()):
            out += table
            continue
        if not re.match(r"^(?:19|20)\d\d\s", s.text):
            state = _TableState() if not s.text[:1].isdigit() else state
        out += _text_figures(doc, chunk_of, s)
    return out


def load_curated(path: Path, docs: dict[str, Document]) -> list[Figure]:
    """Reviewed corrections and additions from corpus/figures.toml. Each entry must quote its
    document verbatim and the quote must state the value; otherwise the file is rejected."""
    if not path.exists():
        return []
    try:
        entries = tomllib.loads(path.read_text(encoding="utf-8")).get("figure", [])
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ManifestError(str(path), str(exc)) from exc
    out = []
    for i, entry in enumerate(entries, start=1):
        missing = {"metric", "value", "doc_id", "quote"} - entry.keys()
        if missing:
            raise ManifestError(str(path), f"[[figure]] nr. {i} mist {', '.join(sorted(missing))}")
        doc = docs.get(entry["doc_id"])
        if doc is None:
            log.warning("%s: document %s is niet geïndexeerd; cijfer nr. %d overgeslagen", path, entry["doc_id"], i)
            continue
        quote, value = entry["quote"], float(entry["value"])
        if quote not in doc.text:
            raise ManifestError(str(path), f"[[figure]] nr. {i}: het citaat staat niet letterlijk in {doc.doc_id}")
        if not states_value(quote, value):
            raise ManifestError(str(path), f"[[figure]] nr. {i}: het citaat noemt de waarde {entry['value']} niet")
        start = doc.text.index(quote)
        out.append(
            Figure(
                metric=entry["metric"], value=value, unit=entry.get("unit", ""),
                period=str(entry["period"]) if "period" in entry else None, scope=entry.get("scope", "landelijk"),
                qualifier=entry.get("qualifier", ""), doc_id=doc.doc_id, title=doc.title,
                page=doc.page_at(start), section=entry.get("section", ""), quote=quote,
                char_start=start, char_end=start + len(quote), source="curated", raw=entry.get("raw", ""),
            )
        )
    return out
