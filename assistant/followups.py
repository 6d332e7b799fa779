"""Follow-up questions suggested under an answer, derived from what the answer cites: the same
figure in other years, what a source that disagrees says, and the rest of the cited section."""

from __future__ import annotations

from collections.abc import Callable

from .figstore import FigureGroup, label
from .types import Answer

MAX = 4


def _short(title: str) -> str:
    return title if len(title) <= 60 else title[:59].rsplit(" ", 1)[0] + " …"


def suggestions(answer: Answer, groups_of: Callable[[str], list[FigureGroup]]) -> list[str]:
    """At most `MAX` questions, none equal to the one just asked."""
    if answer.refused:
        return []
    out: list[str] = []
    cited_docs = {c.doc_id for c in answer.citations}
    for metric in dict.fromkeys(f.metric for f in answer.figures):
        groups = groups_of(metric)
        asked = {f.period for f in answer.figures if f.metric == metric}
        years = sorted({g.period for g in groups if g.period and g.period.isdigit() and g.period not in asked})
        anchor = max((int(p) for p in asked if p and p.isdigit()), default=None)
        if anchor is not None:
            years.sort(key=lambda y: abs(int(y) - anchor))
        out += [f"Hoeveel {label(metric)} waren er in {y}?" for y in years[:2]]
        for g in groups:
            if g.status == "conflict" and g.period in asked:
                other = next((f for f in g.figures if f.doc_id not in cited_docs), None)
                if other:
                    out.append(f"Wat zegt '{_short(other.title)}' over {label(metric)}?")
    section = next((c for c in answer.citations if c.section), None)
    if section:
        out.append(f"Wat staat er verder in '{section.section}'?")
    return [q for q in dict.fromkeys(out) if q != answer.question][:MAX]
