"""Which record is of the moment a question asks about: its year or period, the very day it names
('op 30 juni 2024'), the end of a year ('eind 2023' is 31 december 2023 or 1 januari 2024), the start."""

from __future__ import annotations

import re

from ..nlp import MONTHS
from ..types import Figure


def in_period(f: Figure, years: list[int]) -> bool:
    """A record for one of these years: its own year, or a period ending in (or since) the last one."""
    return f.year in years or (f.period or "").endswith(str(years[-1]))


def same_day(question: str, f: Figure) -> bool:
    """'op 30 juni 2024', 'on 30 June 2024': a record of that very day (its period or its quote), not
    another peildatum of the year."""
    if not (asked := _days(question)):
        return True
    if f.period and re.fullmatch(r"\d{4}-\d{2}-\d{2}", f.period):
        return f.period in asked
    return bool(asked & _days(f.quote))


def _days(text: str) -> set[str]:
    """The full dates a text names, as ISO dates ('30 juni 2024' → '2024-06-30')."""
    return {f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}" for m in _DAY.finditer(text)}


_DAY = re.compile(r"\b(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+((?:19|20)\d\d)\b", re.IGNORECASE)


_MOMENT = re.compile(r"\b(eind|einde|ultimo|end of|begin|start of)\s+((?:19|20)\d\d)\b", re.IGNORECASE)


def asked_moment(question: str, end_only: bool = False) -> tuple[bool, int] | None:
    """The (first, or first end-of-year) moment of a year a question names, as (its end?, year):
    'eind 2023' → (True, 2023), 'begin 2021' → (False, 2021); None when it names none."""
    moments = ((m.group(1).lower() not in ("begin", "start of"), int(m.group(2))) for m in _MOMENT.finditer(question))
    return next((x for x in moments if x[0] or not end_only), None)


def _moment_days(end: bool, year: int) -> tuple[str, ...]:
    """The peildata that are that moment: the end of a year is its 31 december or the next 1 januari."""
    return (f"{year}-12-31", f"{year + 1}-01-01") if end else (f"{year}-01-01",)


def same_moment(question: str, period: str | None) -> bool:
    """'eind 2023' is not the peildatum 1 januari 2023 (that is the end of 2022)."""
    moment = asked_moment(question, end_only=True)
    if not moment or not period or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return True
    return period in _moment_days(*moment)


def at_moment(question: str, period: str | None) -> bool:
    """A peildatum that is the moment the question names: 'begin 2021' → 2021-01-01, 'eind 2021' → 2021-12-31."""
    moment = asked_moment(question)
    return bool(moment and period) and period in _moment_days(*moment)


_YEAR_START = re.compile(r"(?:\b1 januari|\bbegin|\b1 january|start of)\s*$", re.IGNORECASE)
_YEAR_END = re.compile(r"(?:\b31 december|\beind\w*|ultimo|end of)\s*$", re.IGNORECASE)


def other_moment(question: str, text: str) -> bool:
    """'eind 2023' asked, but the text gives that year only as '1 januari 2023' (or 'begin 2023' asked and
    only '31 december 2023' given): another moment of the same year."""
    if not (moment := asked_moment(question)):
        return False
    wrong = _YEAR_START if moment[0] else _YEAR_END
    places = [y.start() for y in re.finditer(str(moment[1]), text)]
    return bool(places) and all(wrong.search(text[max(0, p - 15):p]) for p in places)
