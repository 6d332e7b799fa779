"""Definitions of acronyms: "Waar staat JIM voor?" is answered by the sentence that spells the
acronym out ("Jouw Ingebrachte Mentor (JIM)"), wherever it stands in the allowed documents."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..answer import Composed
from ..cite import make_citation

if TYPE_CHECKING:
    from ..answer import Composer, Search
    from ..frame import Frame

_ACRONYM = re.compile(r"\b([A-Z][A-Z0-9]{1,7})\b")


def step(kb: Composer, frame: Frame, lexical: str, lang: str, allowed: set[str] | None, search: Search) -> Composed | None:
    if frame.intent != "definition" or not (m := _ACRONYM.search(frame.text)):
        return None
    acronym = re.escape(m.group(1))
    spelled = re.compile(rf"\w[\w\s'’-]{{3,80}}\(\s*{acronym}\s*\)|\b{acronym}\s*\([^)]{{4,80}}\)")
    # else a name written out whose initials give the acronym ("Noord-Holland-Noord" for NHN)
    for test in (spelled.search, lambda text: _spells(text, m.group(1))):
        for doc_id, sentences in kb.sentences.items():
            if allowed is not None and doc_id not in allowed:
                continue
            for s in sentences:
                if test(s.text):
                    cite = make_citation(1, kb.docs[doc_id], s.char_start, s.char_end, "")
                    return Composed(f"“{s.text}” [1]", (cite,), route="define")
    return None


_CONNECTORS = {"en", "van", "de", "der", "het", "voor", "and", "of", "for", "the"}


def _spells(text: str, acronym: str) -> bool:
    """Do consecutive capitalised words (connectors skipped) have exactly these initials?"""
    words = [w for w in re.split(r"[\s/-]+", text) if w and w.lower() not in _CONNECTORS]
    for i in range(len(words) - len(acronym) + 1):
        window = words[i : i + len(acronym)]
        if all(w[:1] == c for w, c in zip(window, acronym)) and all(w[:1].isupper() for w in window):
            return True
    return False
