"""Figures store: quantitative statements (counts, capacity, budgets, percentages, durations)
extracted from tables and running text, each with its verbatim quote.

Open vocabulary: a number becomes a figure when a counted noun follows it (any noun, lemmatised;
see vocabulary.py), when a currency or percent sign is attached to it, or when it sits in a table.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import replace
from pathlib import Path

from .errors import ManifestError
from .frame import action_in
from .nlp import MONTHS, NUMBER_WORDS, SCALE_WORDS, SPACED_THOUSANDS, parse_number, states_value, words
from .scope import sentence_scope
from .tables import HEADING_SEP, SCALES, Cell, read_tables
from .types import Chunk, Document, Figure, Sentence
from .vocabulary import WORD, Counted, counted_after, counted_in, is_category, known_metric

log = logging.getLogger(__name__)

# Words that turn a count into a change: (regex, suffix).
_CHANGE = [
    (r"afgebouwd|afgestoten|gesloten zijn|reduced|closed", "_afgebouwd"),
    (r"leeg|niet meer in gebruik|empty|vacant", "_leeg"),
    (r"bij ?gekomen|erbij|toegevoegd|added", "_bijgekomen"),
]
ACTION_SUFFIX = {"removed": "_afgebouwd", "added": "_bijgekomen"}  # the names the answer steps look for
_BUDGET_TOPICS = [
    (r"frictiekosten", "budget_frictiekosten"),
    (r"separeerruimte", "budget_separeerruimtes"),
    (r"specifieke uitkering|spuk", "budget_spuk"),
]
# A table whose cells are amounts of money: its caption, header or row label says so.
_MONEY_CONTEXT = r"€|\beuro\b|\bbedrag\w*|\bkosten\b|\bbudget\w*|\buitgaven\b|\bbegro\w*"
# Sentences about ambitions state targets, not counts ("zo dicht mogelijk bij 0 plaatsingen in 2030").
# "In 2024 waren dat er 38", "een jaar later waren het er nog 30": a number referring back to what the sentence
# before counted.
_BACK_REFERENCE = r"\b(?:dat|dit|het|die)\s+(?:er\s+)?(?:(?:nog|maar|al|ruim|bijna|ongeveer|circa)\s+)?$"
_TARGET = r"ambitie|doelstelling|streven|zo dicht(?:bij)? mogelijk|naar nul"
_QUALIFIERS = r"circa|ca\.|ongeveer|ruim|bijna|minder dan|meer dan|onder de|boven de|tot onder de|rond|zo'n|maximaal|minimaal|gemiddeld"
_NUM = (
    r"(?P<cur>€\s?)?(?P<num>" + SPACED_THOUSANDS + r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?(?:\s?-\s?\d+)?|"
    + "|".join(sorted((w for w in NUMBER_WORDS if w not in ("een", "één")), key=len, reverse=True))
    + r")(?:\s?(?P<pct>%|procent)|\s(?P<scale>mln|miljoen|mld|miljard|duizend)\.?)?(?P<eur>\s(?:euro|EUR))?"
)
NUM_RE = re.compile(r"(?<![\w.,/€-])" + _NUM + r"(?![\w/]|\.\d|,\d)", re.IGNORECASE)
_DATE_AFTER = re.compile(r"^\s*(?:" + "|".join(MONTHS) + r")\b", re.I)
_PERIOD_AFTER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,2}(?:(?:in|per|op|tot)\s+(?:(?P<day>\d{1,2})\s+(?P<month>\w+)\s+)?(?P<year>(?:19|20)\d\d)\b"
    r"|voor de periode\s+(?P<py1>(?:19|20)\d\d)\s?[–-]\s?(?P<py2>(?:19|20)\d\d))",
    re.I,
)
_PERIOD_BEFORE = re.compile(
    r"(?:(?P<prep>in|per|op|over|sinds|vanaf|eind|einde|ultimo|medio|begin)\s+(?:(?P<day>\d{1,2})\s+(?P<month>[a-z]+)\s+)?(?P<year>(?:19|20)\d\d)"
    r"(?:\s?[–-]\s?(?P<year2>(?:19|20)\d\d))?|periode\s+(?P<py1>(?:19|20)\d\d)\s?[–-]\s?(?P<py2>(?:19|20)\d\d))",
    re.I,
)


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


def value_of(raw: str) -> float | None:
    """The value a number as written states ("1.924", "€ 33,5 mln", "12 duizend", "40%")."""
    m = NUM_RE.fullmatch(raw.strip())
    return _value(m) if m else None


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


def _figure(doc: Document, chunk_of: dict[int, Chunk], s: Sentence, metric: str, value: float, unit: str,
            period: str | None, qualifier: str, raw: str, counted: str = "", origin: str = "text") -> Figure:
    chunk = chunk_of.get(s.char_start)
    return Figure(
        metric=metric, value=value, unit=unit, period=period, scope=sentence_scope(s.text, doc.scope),
        qualifier=qualifier, doc_id=doc.doc_id, title=doc.title, page=doc.page_at(s.char_start),
        section=chunk.section if chunk else "", quote=s.text, char_start=s.char_start,
        char_end=s.char_end, raw=raw.strip(), counted=counted, origin=origin,
    )


def _cell_figure(doc: Document, chunk_of: dict[int, Chunk], cell: Cell) -> Figure | None:
    """A table cell as a figure: the row label (else the caption, else the first thing the header row
    counts: 'in verblijf op 31 december' in a table of jongeren) says what is counted."""
    span = Sentence(doc.text[cell.quote_start:cell.quote_end], cell.quote_start, cell.quote_end)
    period = _peildatum(cell.caption + " " + cell.label, cell.period)
    context = f"{cell.label} {cell.caption} {cell.head}".lower()
    if "€" in cell.raw or re.search(_MONEY_CONTEXT, context):  # '€ 35,9 mln', a row of 'Kosten in euro'
        value = value_of(cell.raw if "€" in cell.raw else "€ " + cell.raw)
        scale = next((w for w in re.findall(r"[a-z]+", context) if w in SCALES), None)  # 'Bedrag (x mln)'
        if value is not None and scale and not re.search(r"[a-z]", cell.raw):
            value *= SCALE_WORDS[scale]
        metric, unit = next((name for p, name in _BUDGET_TOPICS if re.search(p, context)), "budget"), "euro"
    else:
        counted = counted_in(cell.label) or counted_in(cell.caption)
        headed = counted_in(cell.head.split(HEADING_SEP, 1)[-1]) if cell.head else None
        if is_category(counted, headed):
            counted = replace(headed, phrase=cell.label)
        if counted is None:
            return None
        pct = cell.raw.endswith("%") or "%" in cell.label or "procent" in cell.label.lower()
        metric, unit = counted.metric + ("_pct" if pct else ""), "%" if pct else counted.phrase.lower()
        value = parse_number(cell.raw.rstrip("%"))
    if value is None:
        return None
    figure = _figure(doc, chunk_of, span, metric, value, unit, period, "", cell.raw, cell.label, "table")
    return replace(figure, section=cell.caption or figure.section)


def _peildatum(text: str, year: str) -> str:
    """A column year with a day in the caption or label ('op 31 december') is that date."""
    day = re.search(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\b", text, re.I)
    return _date(year, day.group(2), day.group(1)) if day else year


def _counted_before(before: str) -> Counted | None:
    """What a number refers back to: 'het aantal plaatsingen daalde van 1.924 naar …', or for a
    percentage the nearest counted noun before it in its clause ('de bezetting was 85%')."""
    clause = re.split(r"[;:]|[.,]\s", before)[-1]
    aantal = list(re.finditer(r"\b(?:aantal|totaal)\s+", clause, re.I))
    if aantal:  # the last one: "… met 39% en het aantal unieke jongeren daalde … met 33%"
        return counted_after(clause[aantal[-1].end():])
    for m in reversed(list(WORD.finditer(before))):  # "… separeerruimtes in gebruik; … zijn dat er 27"
        if known_metric(m.group(0)):
            return counted_after(before[m.start():])
    article = list(re.finditer(r"\b(?:de|het)\s+(?=\w)", clause, re.I))
    return counted_after(clause[article[-1].end():]) if article else None


def _text_figures(doc: Document, chunk_of: dict[int, Chunk], s: Sentence, previous: Figure | None = None) -> list[Figure]:
    out = []
    low = s.text.lower()
    for m in NUM_RE.finditer(s.text):
        if re.fullmatch(r"(?:19|20)\d\d", m.group("num")) or _DATE_AFTER.match(s.text[m.end():]):
            continue
        if m.start() == 0 and re.match(r"^\s+[A-Z]", s.text[m.end():]):
            continue  # a footnote or list number ("2 Idem, p4.", "8 Arrangementen …"), not a count
        value, rest, before = _value(m), s.text[m.end():], s.text[: m.start()]
        if re.search(r"\b(?:per|op de|op elke|op iedere|per elke)\s*$", before, re.I):
            continue  # "3,9 op de 10 duizend jongeren": the denominator of a rate, not a count

        def figure(metric: str, unit: str, counted: str = "", m: re.Match = m, value: float = value) -> Figure:
            return _figure(doc, chunk_of, s, metric, value, unit, _period(s.text, m.start(), m.end()),
                           _qualifier(s.text, m.start(), m.group("num")), m.group(0), counted)

        if m.group("cur") or m.group("eur") or re.match(r"^\s*euro\b", rest, re.I):
            metric = next((name for p, name in _BUDGET_TOPICS if re.search(p, low)), "budget")
            out.append(figure(metric, "euro"))
            continue
        if m.group("pct"):
            of = re.match(r"^\s*(?:van|of)\s+(?:de|het|alle|the)?\s*(.*)", rest, re.I)
            noun = (counted_after(of.group(1)) if of else None) or _counted_before(before)
            if noun:
                change = "_daling_pct" if re.search(r"afgenomen|daalde|gedaald|daling|minder", low) else "_pct"
                out.append(figure(noun.metric + change, "%", noun.phrase))
            continue
        noun = counted_after(rest)
        if noun is None and m.group("num")[0].isdigit() and re.search(
                r"\b(?:aantal|van|naar|dat er)\s+(?:(?:" + _QUALIFIERS + r")\s+)?$", before.lower()):
            noun = _counted_before(before)
        if noun is None and previous is not None and re.search(_BACK_REFERENCE, before.lower()) \
                and not re.match(r"\s*\w", rest):  # "waren dat er 38.": what the sentence before counted
            noun = Counted(previous.counted or previous.unit, previous.unit, re.sub(r"_(?:afgebouwd|bijgekomen|deel|doel)$", "", previous.metric))
        if noun is None:
            continue
        out.append(figure(_refine(noun.metric, low, m, rest.lower(), value), noun.phrase.lower(), noun.phrase))
    return out


def _refine(metric: str, low: str, m: re.Match, rest: str, value: float) -> str:
    """Suffixes that keep parts, targets and changes apart from the count itself."""
    if re.search(r"\b(?:waarvan|daarvan)\b[^,;]*$", low[: m.start()]):
        metric += "_deel"  # "8 maanden, waarvan 3-4 maanden ...": a part of the figure before it
    if value == 0 or re.search(_TARGET, low[max(0, m.start() - 80) : m.end() + 40]):
        metric += "_doel"
    clause_after = re.split(r"[;,.]\s", rest)[0]
    for pattern, suffix in _CHANGE:
        if metric in ("plaatsen", "separeerruimtes") and re.search(pattern, clause_after + " " + low[: m.start()][-60:]):
            return metric + suffix
    # any counted thing: a change verb in predicate position ("… 23 plekken verdwenen", "werden 4 groepen geopend")
    action = action_in(words(clause_after), "nl") or action_in(words(re.split(r"[;,.]\s", low[: m.start()])[-1]), "nl")
    return metric + ACTION_SUFFIX[action] if action else metric


def extract_figures(doc: Document, chunks: list[Chunk]) -> list[Figure]:
    """All figures of one document, in text order, de-duplicated across chunk overlaps."""
    chunk_of: dict[int, Chunk] = {}
    sentences: dict[int, Sentence] = {}
    for chunk in chunks:
        for s in chunk.sentences:
            sentences.setdefault(s.char_start, s)
            chunk_of.setdefault(s.char_start, chunk)
    ordered = [sentences[k] for k in sorted(sentences)]
    cells, table_lines = read_tables(ordered)
    out = [f for c in cells if (f := _cell_figure(doc, chunk_of, c))]
    previous: Figure | None = None
    for s in ordered:
        if s.char_start not in table_lines:
            # "In 2023 werden 47 jongeren geplaatst. In 2024 waren dat er 38.": the next sentence may count
            # the same thing without naming it; a figure in another paragraph does not carry over
            if previous is not None and "\n" in doc.text[previous.char_end:s.char_start]:
                previous = None
            found = _text_figures(doc, chunk_of, s, previous)
            out += found
            previous = next((f for f in reversed(found) if f.unit not in ("%", "euro")), previous)
    return sorted(out, key=lambda f: f.char_start)


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
