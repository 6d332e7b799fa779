"""Two counts of one moment compared: "Hoeveel plaatsingen waren er in 2021 meer dan unieke jongeren?".
Each side is asked as its own amount question through the whole engine, and when both come back as
one cited figure the difference is computed in the checked "Berekend" line (`cite.verify` re-checks it).
A comparison with another moment ("dan het jaar ervoor", "dan in 2018") is a change over time, which
`compute` and `derive` answer."""

from __future__ import annotations

import re

from ..answer import Composed
from ..frame import cues
from ..nlp import YEAR_RE, canonical_numbers, content_terms
from .compute import difference_line
from .parts import join


def contrast_questions(question: str, lang: str) -> tuple[str, str] | None:
    """The two amount questions a comparison of two things asks, or None."""
    data = cues()["contrast"]
    for pattern in data["patterns"]:
        if not (m := re.search(pattern, question, re.IGNORECASE)):
            continue
        a, b = (_thing(m.group(g), data) for g in ("a", "b"))
        if not a or not b:
            return None  # one side is a moment ("dan het jaar ervoor"): a change over time
        years = " ".join(sorted(set(YEAR_RE.findall(question))))
        when = (f" in {years}" if lang == "nl" else f" in {years}") if years else ""
        ask = "Hoeveel" if lang == "nl" else "How many"
        return f"{ask} {a}{when}?", f"{ask} {b}{when}?"
    return None


def _thing(side: str, data: dict) -> str:
    """What one side counts, without the verbs, fillers and moments around it; '' for a moment."""
    text = re.sub(r"\b(?:in\s+)?(?:19|20)\d\d\b", " ", side)
    text = re.sub(data["filler"], " ", text, flags=re.IGNORECASE)
    if not [t for t in content_terms(re.sub(data["moment"], " ", text, flags=re.IGNORECASE))]:
        return ""
    return " ".join(text.split())


def contrast(answers: list[Composed], lang: str) -> Composed | None:
    """Both sides' figures and their difference (first − second), or None when a side has no single value."""
    if any(a.refused or len({f.value for f in a.figures}) != 1 for a in answers):
        return None
    joined = join(answers, lang)
    marks = []
    for a in answers:  # the citation (after joining) whose quote states this side's value
        value = a.figures[0].value
        offset = sum(len(x.citations) for x in answers[:answers.index(a)])
        n = next((c.n + offset for c in a.citations if value in canonical_numbers(c.quote)), None)
        if n is None:
            return None
        marks.append(n)
    first, second = (a.figures[0].value for a in answers)
    line = difference_line(second, first, "".join(f"[{n}]" for n in dict.fromkeys(marks)), lang)
    return Composed(f"{joined.text}\n{line}", joined.citations, joined.figures, route="computed")
