"""Arithmetic over two described amounts: "Hoeveel plaatsingen waren er in 2021 meer dan unieke
jongeren?", "Hoeveel miljoen groter is het frictiekostenbudget dan de vastgoedregeling?", "Hoeveel
trekken OCW en VWS samen uit?", "Welk percentage van het budget gaat naar de woonvoorziening?".

Each side is asked as its own amount question through the whole engine; its value is the one cited
figure, or the number of its cited quote that stands with the side's own words. The difference, sum or
share is then computed in a checked "Berekend" line (`cite.verify` re-checks inputs and arithmetic).
A comparison with another moment ("dan het jaar ervoor", "dan in 2018") is a change over time, which
`compute` and `derive` answer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..answer import Composed
from ..answertype import MONEY_WRITTEN
from ..frame import cues
from ..nlp import DATE_RE, YEAR_RE, canonical_numbers, content_terms, numbers_in
from .compute import difference_line, share_line, sum_line
from .parts import join

_ASKS_MONEY = re.compile(r"€|\beuro\b|\bmln\b|\bmiljoen\b|\bmiljard\b|\bgeld\b|\bbudget\w*|\bbedrag\w*|\bkost\w*", re.I)
# Where one amount's clause ends: "€ 3,2 miljoen voor gezinshuizen, € 1,8 miljoen voor spoedhulp en € 1,4 miljoen …"
_CLAUSE = re.compile(r"[;:,]\s|\s+(?:en|maar|terwijl)\s+(?=€|\d)", re.I)


@dataclass(frozen=True)
class Combination:
    op: str  # "difference" (first − second), "sum" or "share" (first as a percentage of second)
    questions: tuple[str, str]  # the amount question of each side
    sides: tuple[str, str]  # what each side names, to find its number in a quote


def combination(question: str, lang: str) -> Combination | None:
    """The two amount questions a comparison, sum or share of two things asks, or None."""
    data = cues()["contrast"]
    ask = "Hoeveel" if lang == "nl" else "How many"
    for pattern in data["patterns"]:
        if m := re.search(pattern, question, re.IGNORECASE):
            a, b = (_thing(m.group(g), data) for g in ("a", "b"))
            if not a or not b:
                return None  # one side is a moment ("dan het jaar ervoor"): a change over time
            years = " ".join(sorted(set(YEAR_RE.findall(question))))
            when = f" in {years}" if years else ""
            return Combination("difference", (f"{ask} {a}{when}?", f"{ask} {b}{when}?"), (a, b))
    for op in ("difference", "sum", "share"):
        for pattern in data[f"described_{op}"]:
            if m := re.search(pattern, question, re.IGNORECASE):
                return _described(op, question, m, lang)
    return None


def _described(op: str, question: str, m: re.Match, lang: str) -> Combination | None:
    """Sides named with their own words and years ('het budget van de vastgoedregeling uit 2021').
    A pair inside the question ('trekken OCW en VWS samen uit voor …') keeps the question around it."""
    a, b = (" ".join(m.group(g).split()) for g in ("a", "b"))
    data = cues()["contrast"]
    if not _thing(a, data) or not _thing(b, data):
        return None  # a side is a moment ("dan in 2022"): a change over time
    if "rest" in m.groupdict() and m.group("rest") is not None:
        head, tail = question[:m.start("a")], question[m.end("b"):]
        tail = re.sub(data["together"], " ", tail, flags=re.IGNORECASE)
        questions = tuple(" ".join(f"{head}{side}{tail}".split()) for side in (a, b))
    else:
        ask = "Hoeveel is" if lang == "nl" else "How much is"
        questions = (f"{ask} {a}?", f"{ask} {b}?")
    if op == "share":  # "welk percentage van <geheel> gaat naar <deel>": the part (of that whole) first
        part = f"{'Hoeveel van' if lang == 'nl' else 'How much of'} {a} {' '.join(m.group('verb').split())} {b}?"
        questions, (a, b) = (part, questions[0]), (b, a)
    return Combination(op, questions, (a, b))  # type: ignore[arg-type]


def _thing(side: str, data: dict) -> str:
    """What one side counts, without the verbs, fillers and moments around it; '' for a moment."""
    text = re.sub(r"\b(?:in\s+)?(?:19|20)\d\d\b", " ", side)
    text = re.sub(data["filler"], " ", text, flags=re.IGNORECASE)
    if not [t for t in content_terms(re.sub(data["moment"], " ", text, flags=re.IGNORECASE))]:
        return ""
    return " ".join(text.split())


def combine(found: Combination, answers: list[Composed], lang: str) -> Composed | None:
    """Both sides' cited values and their difference, sum or share, or None when a side has no single value."""
    if any(a.refused for a in answers):
        return None
    money = any(_ASKS_MONEY.search(q) for q in found.questions)  # each side's question holds its side
    values = [_value(a, side, money) for a, side in zip(answers, found.sides)]
    if any(v is None for v in values) or values[0] == values[1]:
        return None
    if answers[0].text == answers[1].text:  # one passage states both values: quoted once
        joined, marks = answers[0], [n for _, n in values]
    else:
        joined = join(answers, lang)
        marks = [n + sum(len(x.citations) for x in answers[:i]) for i, (_, n) in enumerate(values)]  # after joining
    (first, _), (second, _) = values
    refs = "".join(f"[{n}]" for n in dict.fromkeys(marks))
    if found.op == "sum":
        line = sum_line([first, second], refs, lang)
    elif found.op == "share":
        line = share_line(first, second, refs, lang)
    else:
        line = difference_line(second, first, refs, lang)
    return Composed(f"{joined.text}\n{line}", joined.citations, joined.figures, route="computed")


def _value(answer: Composed, side: str, money: bool) -> tuple[float, int] | None:
    """(value, citation number) of one side: its one cited figure, or the number of a cited quote
    that stands in the clause naming the side (the first quote when no clause names it)."""
    if answer.figures:
        if len({f.value for f in answer.figures}) != 1:
            return None
        value = answer.figures[0].value
        n = next((c.n for c in answer.citations if value in canonical_numbers(c.quote)), None)
        return None if n is None else (value, n)
    terms = set(content_terms(side))
    scored = [((len(terms & set(content_terms(_clause(c.quote, start)))) / max(len(terms), 1), -c.n), value)
              for c in answer.citations for value, start, _ in _amounts(c.quote, money)]  # ((coverage, -citation), value)
    if not scored:
        return None
    top = max(key for key, _ in scored)
    values = {value for key, value in scored if key == top}
    return (values.pop(), -top[1]) if len(values) == 1 else None  # two numbers stand equally with the side: which one?


def _amounts(quote: str, money: bool) -> list[tuple[float, int, int]]:
    """The amounts a quote states: no years, dates or percentages; money asked, only sums of money."""
    dates = [m.span() for m in DATE_RE.finditer(quote)]
    out = []
    for value, start, end in numbers_in(quote):
        raw, after = quote[start:end], quote[end:end + 10]
        if YEAR_RE.fullmatch(raw.strip()) or any(a <= start < b for a, b in dates) or re.match(r"\s*(?:%|procent)", after):
            continue
        if money and not MONEY_WRITTEN.search(quote[max(0, start - 2):end + 8]):
            continue
        out.append((value, start, end))
    return out


def _clause(quote: str, at: int) -> str:
    """The clause of a quote around a position: split at ';', ':', ', ' and an 'en' before the next amount."""
    starts = [0, *(m.end() for m in _CLAUSE.finditer(quote))]
    begin = max(s for s in starts if s <= at)
    ends = [m.start() for m in _CLAUSE.finditer(quote) if m.start() > at]
    return quote[begin:min(ends, default=len(quote))]
