"""Citations and the number rule: quotes are verbatim spans; a number may only appear in an
answer sentence when a quote that sentence cites contains it."""

from __future__ import annotations

import re

from .nlp import YEAR_RE, canonical_numbers, numbers_in, parse_number
from .types import Citation, Document

_MARKER = re.compile(r"\[(\d+)\]")


def make_citation(n: int, doc: Document, start: int, end: int, section: str) -> Citation:
    quote = doc.text[start:end]
    return Citation(
        n=n, doc_id=doc.doc_id, title=doc.title, page=doc.page_at(start), section=section,
        quote=quote, char_start=start, char_end=end, kind=doc.kind, date=doc.date,
        publisher=doc.publisher, signatory=doc.signatory, doc_number=doc.doc_number, url=doc.url,
    )


def unsupported_numbers(sentence: str, quotes: list[str]) -> list[str]:
    """Numbers in `sentence` (markers excluded) that none of `quotes` states."""
    text = _MARKER.sub("", sentence)
    allowed: set[float] = set()
    for q in quotes:
        allowed |= canonical_numbers(q)
        allowed |= {float(y) for y in YEAR_RE.findall(q)}
    return [text[a:b] for value, a, b in numbers_in(text) if value not in allowed]


# "Berekend: 979 − 1.924 = −945 (−49 %) [2][1]": later value, earlier value, difference, change in percent.
_FORMULA = re.compile(r"(?P<b>−?[\d.,]+) − (?P<a>−?[\d.,]+) = (?P<d>−?[\d.,]+) \((?P<p>−?[\d.,]+) %\)")


_SUM = re.compile(r"(?P<terms>[\d.,]+(?: \+ [\d.,]+)+) = (?P<s>[\d.,]+)")
# "Berekend: 2.600.000 / 4.200.000 × 100 = 61,9 % [1][2]": part, whole, the share in percent to one decimal.
_SHARE = re.compile(r"(?P<a>[\d.,]+) / (?P<b>[\d.,]+) × 100 = (?P<p>[\d.,]+) %")


def _signed(text: str) -> float:
    return (-1 if text.startswith("−") else 1) * parse_number(text.lstrip("−"))


def computation_problems(line: str, by_n: dict[int, Citation]) -> list[str]:
    """A computed line must show its formula, cite quotes that state both inputs, and be right."""
    stated: set[float] = set()
    for n in _MARKER.findall(line):
        stated |= canonical_numbers(by_n[int(n)].quote) if int(n) in by_n else set()
    if total := _SUM.search(line):  # "Berekend: 1.366 + 1.175 = 2.541 [1][2]"
        terms = [_signed(t) for t in total.group("terms").split(" + ")]
        problems = [f"invoer {t:g} staat niet in de geciteerde bronnen" for t in terms if t not in stated]
        return problems + ([f"rekenfout in: {line}"] if abs(sum(terms) - _signed(total.group("s"))) > 1e-9 else [])
    if share := _SHARE.search(line):
        part, whole, pct = (parse_number(share.group(k)) for k in ("a", "b", "p"))
        problems = [f"invoer {share.group(k)} staat niet in de geciteerde bronnen" for k, v in (("a", part), ("b", whole))
                    if v not in stated]
        return problems + ([f"rekenfout in: {line}"] if not whole or round(100 * part / whole, 1) != pct else [])
    m = _FORMULA.search(line)
    if not m:
        return [f"berekening zonder controleerbare formule: {line}"]
    value = {k: _signed(v) for k, v in m.groupdict().items()}
    problems = [f"invoer {m.group(k)} staat niet in de geciteerde bronnen" for k in "ab" if value[k] not in stated]
    if abs(value["b"] - value["a"] - value["d"]) > 1e-9 or (
            value["a"] and round(100 * value["d"] / value["a"], 1) != value["p"]):
        problems.append(f"rekenfout in: {line}")
    return problems


def verify(answer: str, citations: list[Citation], docs: dict[str, Document]) -> list[str]:
    """Problems that must never reach a user: quotes not verbatim, markers without a source,
    numbers no cited quote contains. Empty list = the answer is sound."""
    problems = []
    by_n = {c.n: c for c in citations}
    for c in citations:
        if docs[c.doc_id].text[c.char_start : c.char_end] != c.quote:
            problems.append(f"citaat [{c.n}] is niet letterlijk")
    for line in answer.splitlines():
        if line.startswith("Berekend") or line.startswith("Computed"):
            problems += computation_problems(line, by_n)
            continue
        markers = [int(n) for n in _MARKER.findall(line)]
        for c in citations:  # naming a cited document ("Volgens 'Rapport 2024'") states no figure
            line = line.replace(c.title, "")
        if any(n not in by_n for n in markers):
            problems.append(f"verwijzing zonder bron in: {line}")
        quotes = [by_n[n].quote for n in markers if n in by_n]
        if numbers_in(_MARKER.sub("", line)) and not markers:
            problems.append(f"getal zonder bron in: {line}")
        elif bad := unsupported_numbers(line, quotes):
            problems.append(f"getal(len) {', '.join(bad)} staan niet in de geciteerde bron")
    return problems
