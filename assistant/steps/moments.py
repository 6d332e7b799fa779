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


def same_moment(question: str, period: str | None) -> bool:
    """'eind 2023' is not the peildatum 1 januari 2023 (that is the end of 2022)."""
    m = re.search(r"\b(?:eind|einde|ultimo|end of)\s+((?:19|20)\d\d)\b", question.lower())
    if not m or not period or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", period):
        return True
    year = int(m.group(1))
    return period in (f"{year}-12-31", f"{year + 1}-01-01")


def at_moment(question: str, period: str | None) -> bool:
    """A peildatum that is the moment the question names: 'begin 2021' → 2021-01-01, 'eind 2021' → 2021-12-31."""
    m = re.search(r"\b(begin|start of|eind|einde|ultimo|end of)\s+((?:19|20)\d\d)\b", question, re.I)
    if not m or not period:
        return False
    year = int(m.group(2))
    start = m.group(1).lower() in ("begin", "start of")
    return period in ((f"{year}-01-01",) if start else (f"{year}-12-31", f"{year + 1}-01-01"))
