"""Conflict checks: "spreken de bronnen elkaar tegen over …?" answered from the figures store's own
grouping of statements about the same thing, period and scope, with a verdict line first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..answer import Composed
from ..figstore import question_metrics
from ..frame import cues
from .figure_lookup import figure_answer

if TYPE_CHECKING:
    from ..answer import Composer, Search
    from ..frame import Frame

_VERDICT = {
    "nl": ("De bronnen spreken elkaar hierover tegen.", "De bronnen spreken elkaar hierover niet tegen."),
    "en": ("The sources contradict each other on this.", "The sources do not contradict each other on this."),
}


def step(kb: Composer, frame: Frame, lexical: str, lang: str, allowed: set[str] | None, search: Search) -> Composed | None:
    if frame.intent != "conflict":
        return None
    context = cues()["intent_re"]["conflict"].sub(" ", lexical)  # "spreken … tegen": the ask, not context
    found = figure_answer(kb, context, lang, allowed, question_metrics(lexical), keep_distinct=True)
    if found is None or found.refused:
        return found
    groups = kb.figures.groups(list(found.figures))
    differ, agree = _VERDICT[lang]
    verdict = differ if any(g.status == "conflict" for g in groups) else agree
    return Composed(f"{verdict}\n{found.text}", found.citations, found.figures, route="compare")
