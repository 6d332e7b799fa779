"""Querying the figures: by metric/period/scope, grouped so that corroboration and conflicts
between sources are visible, plus routing of figure questions and a llama-index FunctionTool."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from llama_index.core.tools import FunctionTool

from .nlp import AANTAL_CUE, counted_phrase
from .types import Figure
from .vocabulary import counted_after, event_noun, metric_for

# Question words → metric (checked in order, specific first). Dutch and English.
QUESTION_METRICS: list[tuple[str, str]] = [
    (r"unieke|unique|individuele|verschillende jongeren", "unieke_jongeren"),
    (r"separeer|seclusion|isolation", "separeerruimtes"),
    (r"plaatsingen|plaatsing|placements?|geplaatst|placed", "plaatsingen"),
    (r"plaatsen|plekken|capaciteit|capacity|places|beds", "plaatsen"),
    (r"accommodaties|accommodations|facilities", "accommodaties"),
    (r"aanbieders|providers", "aanbieders"),
    (r"locaties|locations|sites", "locaties"),
    (r"organisaties|organi[sz]ations", "organisaties"),
    (r"gemeenten|municipalities", "gemeenten"),
    (r"regio'?s\b|regions", "regios"),
    (r"begeleiders|supervisors", "begeleiders"),
    (r"maanden|months|hoe lang|how long|duur|duration", "duur_maanden"),
    (r"jongeren|jeugdigen|young people|youths?|children", "jeugdigen"),
]
_CHANGE_WORDS = [
    (r"afgebouwd|afgebouwde|afbouw|reduced|dismantled|phased out", "_afgebouwd"),
    (r"\bleeg\b|leegstand|niet meer in gebruik|empty|vacant|unused", "_leeg"),
    (r"bijgekomen|bij gekomen|erbij|nieuw|added|new", "_bijgekomen"),
]
_BUDGET = r"budget|euro|€|geld|bedrag|miljoen|mln|kost|prijs|tarie|money|funding|fund|amount|cost|price|spuk|uitkering"
_BUDGET_TOPICS = [
    (r"frictie|friction|transition costs", "budget_frictiekosten"),
    (r"separeer|seclusion", "budget_separeerruimtes"),
    (r"spuk|specifieke uitkering|vastgoed|real estate|property", "budget_spuk"),
]
# Nouns that count different things in different sentences ("de drie regio's van NHN", "11 regio's
# JeugdzorgPlus"): differing values without a period are distinct contexts, not a conflict.
CONTEXT_METRICS = {"gemeenten", "regios", "jeugdigen", "organisaties", "begeleiders", "locaties"}
_PCT = r"procent|percent|%|percentage"
_TARGET = r"doel|ambitie|target|goal|ambition|streven"
TREND = r"ontwikkel|verloop|trend|sinds|since|over de jaren|door de jaren|develop|evolv|changed|veranderd|gedaald|gestegen|afgenomen|toegenomen|per jaar|each year|every year|reeks|series"

METRIC_LABELS = {
    "plaatsingen": ("plaatsingen in de gesloten jeugdhulp", "placements in closed youth care"),
    "unieke_jongeren": ("unieke jongeren in de gesloten jeugdhulp", "unique young people in closed youth care"),
    "plaatsen": ("plaatsen (capaciteit) in de gesloten jeugdhulp", "places (capacity) in closed youth care"),
    "plaatsen_afgebouwd": ("plaatsen afgebouwd", "places phased out"),
    "plaatsen_leeg": ("plaatsen leeg / niet meer in gebruik", "places empty / no longer in use"),
    "plaatsen_bijgekomen": ("plaatsen bijgekomen", "places added"),
    "separeerruimtes": ("separeerruimtes in gebruik", "seclusion rooms in use"),
    "separeerruimtes_afgebouwd": ("separeerruimtes afgebouwd", "seclusion rooms phased out"),
    "budget_frictiekosten": ("budget regeling frictiekosten", "budget for friction costs"),
    "budget_spuk": ("budget specifieke uitkering (SPUK) vastgoedtransitie", "SPUK real-estate transition budget"),
    "budget_separeerruimtes": ("geld voor afbouw separeerruimtes", "money for closing seclusion rooms"),
    "duur_maanden": ("maanden (duur)", "months (duration)"),
    "duur_maanden_deel": ("maanden (deel van die duur)", "months (part of that duration)"),
}


_SUFFIX_LABELS = {"_daling_pct": " (daling in procent)", "_pct": " (procent)", "_doel": " (doel)", "_deel": " (deel)"}


def label(metric: str, lang: str = "nl") -> str:
    """Readable name of a metric; an open-vocabulary metric (a lemma) is shown as written."""
    if metric in METRIC_LABELS:
        nl, en = METRIC_LABELS[metric]
        return en if lang == "en" else nl
    for suffix, text in _SUFFIX_LABELS.items():
        if metric.endswith(suffix) and metric != suffix:
            return label(metric[: -len(suffix)], lang) + text
    return metric.replace("_", " ")


def same_source(a: Figure, b: Figure, figures: list[Figure]) -> bool:
    """Do two table figures from different documents come from one table copied by both? Their
    documents then give the same value for the same metric in at least three periods."""
    if a.origin != "table" or b.origin != "table" or a.doc_id == b.doc_id:
        return False
    cells = [{(f.period, f.value) for f in figures if f.doc_id == d and f.metric == a.metric and f.origin == "table"}
             for d in (a.doc_id, b.doc_id)]
    return len(cells[0] & cells[1]) >= 3


def _compatible(a: Figure, b: Figure) -> bool:
    """Do two statements agree, allowing for 'circa 700' style rounding and 'ruim'/'minder dan' bounds?"""
    if a.value == b.value and a.qualifier == b.qualifier:
        return True
    for x, y in ((a, b), (b, a)):
        q = x.qualifier
        if q in ("minder dan", "onder de", "tot onder de") and y.value < x.value and not y.qualifier:
            return True
        if q in ("meer dan", "ruim", "boven de") and y.value > x.value and not y.qualifier:
            return y.value <= x.value * 1.1
        if q in ("circa", "ca.", "ongeveer", "rond", "zo'n", "bijna") and not y.qualifier:
            unit = 10 ** (len(str(int(x.value))) - len(str(int(x.value)).rstrip("0"))) if x.value else 1
            return abs(x.value - y.value) <= unit / 2
    return False


_SUBGROUP = re.compile(r"\b(?:met|zonder|waarvan|jonger|ouder|boven|onder|tot)\b.*", re.I)


def subgroup(f: Figure) -> str:
    """The part of the population a table row counts ('Jeugdigen met jeugdbescherming' → 'met
    jeugdbescherming'); '' when it counts the whole (or the figure comes from running text)."""
    part = _SUBGROUP.search(f.counted) if f.origin == "table" else None
    return part.group(0).lower().strip() if part else ""


@dataclass(frozen=True)
class FigureGroup:
    """All statements for one metric/period/scope, with whether the sources agree."""

    metric: str
    period: str | None
    scope: str
    figures: tuple[Figure, ...]
    copied: frozenset[str] = frozenset()  # doc_ids whose figures here copy another document's table

    @property
    def status(self) -> str:
        """'single', 'corroborated' (same value from independent sources), 'same_source' (same
        value, but the documents copy one table), 'consistent', 'conflict' (independent documents
        disagree about the same thing, period and scope) or 'distinct' (the statements count
        different things: other row labels, other spans in one document, context nouns)."""
        figs = self.figures
        if len(figs) == 1:
            return "single"
        if all(f.value == figs[0].value and f.qualifier == figs[0].qualifier for f in figs):
            return "same_source" if self.copied and self.independent_sources == 1 else "corroborated"
        clashes = [(a, b) for a in figs for b in figs if a is not b and not _compatible(a, b)]
        if not clashes:
            return "consistent"
        if self.metric in CONTEXT_METRICS and self.period is None:
            return "distinct"
        if all(a.doc_id == b.doc_id or subgroup(a) != subgroup(b) for a, b in clashes):
            return "distinct"  # one document about different spans, or rows counting other things
        return "conflict"

    @property
    def independent_sources(self) -> int:
        """How many documents state this independently (copies of one table count once)."""
        return len({f.doc_id for f in self.figures} - self.copied)

    @property
    def primary(self) -> Figure:
        """The most exact statement (no qualifier), from a table before running text."""
        return sorted(self.figures, key=lambda f: (bool(f.qualifier), len(f.quote)))[0]


class FigureStore:
    def __init__(self, figures: list[Figure]) -> None:
        self.figures = figures

    def metrics(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for f in self.figures:
            counts[f.metric] += 1
        return dict(sorted(counts.items()))

    def query(self, metric: str | None = None, period: str | int | None = None, scope: str | None = None,
              doc_ids: set[str] | None = None) -> list[Figure]:
        period = str(period) if period is not None else None
        return [
            f for f in self.figures
            if (metric is None or f.metric == metric)
            and (period is None or (f.period or "").startswith(period) or (f.period or "").endswith(period))
            and (scope is None or scope.lower() in f.scope.lower())
            and (doc_ids is None or f.doc_id in doc_ids)
        ]

    def groups(self, figures: list[Figure]) -> list[FigureGroup]:
        by_key: dict[tuple, list[Figure]] = defaultdict(list)
        for f in figures:
            by_key[f.key].append(f)
        return [
            FigureGroup(m, p, s, tuple(fs), self._copied(fs))
            for (m, p, s), fs in sorted(by_key.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2]))
        ]

    def _copied(self, figures: list[Figure]) -> frozenset[str]:
        """Documents in a group whose table copies the table of a document listed before them."""
        docs = sorted({f.doc_id for f in figures})
        first = {d: next(f for f in figures if f.doc_id == d) for d in docs}
        return frozenset(b for i, b in enumerate(docs) for a in docs[:i]
                         if same_source(first[a], first[b], self.figures))

    def as_tool(self) -> FunctionTool:
        """The store as a llama-index tool an agent or LLM can call."""

        def figures_lookup(metric: str | None = None, year: int | None = None, scope: str | None = None) -> list[dict]:
            """Placement and capacity figures of Dutch gesloten jeugdhulp with verbatim source quotes.
            metric: e.g. plaatsingen, unieke_jongeren, plaatsen, separeerruimtes, budget_frictiekosten."""
            return [f.to_dict() for f in self.query(metric, year, scope)]

        return FunctionTool.from_defaults(fn=figures_lookup, name="figures_lookup")


# A figure question asks for an amount or a development; "hoe vaak", "wanneer", "welke" do not.
# How a figure is asked for ('hoeveel', 'ontwikkeling'), and the nouns that are figures themselves: a
# table row is labelled 'Capaciteit', never 'hoeveel'.
FIGURE_ASK = (r"\b(?:hoeveel|aantal|how many|how much|number of|procent|percentage|cijfers?|figures?|hoe lang|how long"
              r"|hoe groot|how large)\b|" + TREND)
FIGURE_INTENT = r"\b(?:capaciteit|capacity|budget|bedrag)\b|" + FIGURE_ASK
_COUNTED = re.compile(r"\b(?:" + AANTAL_CUE + r"|hoeveel|how many|how much|(?:het |the )?(?:aantal|number of))\s+((?:\S+\s*){1,4})")
# Asking how often, when, or what figures are based on is not asking for the figure itself.
_NOT_A_COUNT = r"\b(?:hoe vaak|how often|wanneer|when|welke datum|which date|gebaseerd|based on|waarop|which system|welk systeem)\b"


def _metric_in(text: str) -> str | None:
    return next((m for p, m in QUESTION_METRICS if re.search(r"\b(?:" + p + r")", text)), None)


def _open_metric(words: str) -> str | None:
    """The metric of a counted noun outside the known groups ('hoeveel meldingen' → 'melding')."""
    found = counted_after(" " + words)
    return found.metric if found else None


def _after_percent(q: str) -> str:
    """The words after 'welk percentage / hoeveel procent (van de)'."""
    m = re.search(r"\b(?:percentage|procent|percent)\s+(?:van\s+)?(?:de\s+|het\s+|alle\s+)?(.*)", q)
    return m.group(1) if m else ""


def question_metrics(question: str) -> list[str]:
    """Metrics a question asks about, most specific first; empty when it is not a figure question.
    'Bij hoeveel organisaties zijn alle separeerruimtes gesloten?' counts organisaties: the noun
    after 'hoeveel' decides, and a counted noun the store does not hold means no figure route."""
    q = question.lower()
    out: list[str] = []
    if event := event_noun(q):  # "hoe vaak werd … afgezonderd": how many afzonderingen
        return [metric_for([], event)]
    if not re.search(FIGURE_INTENT, q) or re.search(_NOT_A_COUNT, q):
        return []
    if re.search(_BUDGET, q):
        # Money without a known topic (a price per day, a salary) is not something the store holds.
        return [m for p, m in _BUDGET_TOPICS if re.search(p, q)]
    if re.search(r"\b(?:hoe lang|how long)\b", q):
        return ["duur_maanden"]
    counted = _COUNTED.search(q)
    if counted and not re.search(_PCT, counted.group(1)):
        base = _metric_in(" ".join(counted_phrase(question))) or _open_metric(counted.group(1))
    else:
        base = _metric_in(q) or _open_metric(_after_percent(q))
    if base is None:
        return []
    if re.search(_PCT, q):
        return [base + "_daling_pct", base + "_pct"]
    if base in ("plaatsen", "separeerruimtes"):
        out += [base + suffix for p, suffix in _CHANGE_WORDS if re.search(p, q)]
    if base == "jeugdigen":
        out.append("unieke_jongeren")
    if re.search(_TARGET, q):
        out.insert(0, base + "_doel")
    return out + [base]
