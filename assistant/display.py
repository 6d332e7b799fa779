"""How values read on screen for Dutch users: numbers, periods, places, active filters.

The web app shows these strings and the tests assert them, so they live here rather than in
app.py; the CLI and the JSON keep the raw values.
"""

from __future__ import annotations

import datetime as dt

from .retrieve import Filters

MONTHS_NL = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
             "oktober", "november", "december")


def dutch_number(value: float) -> str:
    """1175 → '1.175', 2.5 → '2,5' (Dutch separators)."""
    text = f"{value:,.0f}" if value == int(value) else f"{value:,.2f}".rstrip("0")
    return text.translate(str.maketrans(",.", ".,"))


def period_label(period: str | None) -> str:
    """A peildatum reads as a date ('2023-01-01' → 'per 1 januari 2023'); years and spans stay."""
    if not period:
        return ""
    try:
        day = dt.date.fromisoformat(period)
    except ValueError:
        return period
    return f"per {day.day} {MONTHS_NL[day.month - 1]} {day.year}"


def place(page: int | None, section: str) -> str:
    """Where in the document: the page when it has pages (a section label can be a letterhead)."""
    return f"p. {page}" if page else (section or "zonder paginanummer")


def filter_summary(filters: Filters) -> str:
    """The active filters in words, '' when none: a refusal under a filter must say so."""
    parts = []
    if filters.kinds:
        parts.append("soort document: " + ", ".join(filters.kinds))
    if filters.years:
        lo, hi = filters.years
        parts.append(f"jaar: {lo}" if lo == hi else f"jaren: {lo}–{hi}")
    return "; ".join(parts)
