"""Two-part questions: each part answered on its own, the answers joined with one numbering."""

from __future__ import annotations

import dataclasses
import re

from ..answer import Composed, refusal


_ORDINAL = {"nl": ("eerste", "tweede", "derde", "vierde"), "en": ("first", "second", "third", "fourth")}  # no digits: verify


def join(answers: list[Composed], lang: str) -> Composed:
    """One answer holding every part; a part without evidence says so instead of hiding it."""
    if all(a.refused for a in answers):
        return refusal(" / ".join(a.refusal_reason or "" for a in answers), lang)
    lines, cites, figures = [], [], []
    for i, a in enumerate(answers, start=1):
        if a.refused:
            lines.append(f"Over het {_ORDINAL['nl'][i - 1]} deel van de vraag vind ik niets in de documenten." if lang == "nl"
                         else f"The documents say nothing about the {_ORDINAL['en'][i - 1]} part of the question.")
            continue
        offset = len(cites)
        lines.append(re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + offset}]", a.text))
        cites += [dataclasses.replace(c, n=c.n + offset) for c in a.citations]
        figures += a.figures
    return Composed("\n".join(lines), tuple(cites), tuple(figures), route="parts")
