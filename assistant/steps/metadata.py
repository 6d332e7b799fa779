"""Questions about a document itself: who signed it, when it is dated or was adopted, who made it,
answered from the document's own signature block, date line and publisher, quoted where they stand."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..answer import Composed
from ..cite import make_citation
from ..frame import cues
from ..answer import KIND_WORDS
from ..nlp import DATE_RE, content_terms, words
from ..types import Document

if TYPE_CHECKING:
    from ..answer import Composer, Search
    from ..frame import Frame

_PARTICLE = r"(?:van|de|der|den|ter|ten|het|in\s+'t)"
_HEAD_CHARS = 1500  # a document's date line stands on its first page


@lru_cache(maxsize=1)
def _signature() -> re.Pattern:
    name = rf"(?:(?:drs|dr|mr|ir|prof|ing)\.\s+)?(?:(?:[A-Z]\.)+\s*|[A-Z][\w'’-]*\s+)+(?:{_PARTICLE}\s+)*[A-Z][\w'’-]+"
    # an office in brackets ('drs. P. Hoekstra (voorzitter), K. Dijkstra en …') lists members, it does not sign
    return re.compile(rf"(?<!\()\b(?i:de\s+)?(?i:{cues()['metadata']['offices']})\b[^.\n)]{{0,80}}?,\s*(?P<name>{name})")


def step(kb: Composer, frame: Frame, lexical: str, lang: str, allowed: set[str] | None, search: Search) -> Composed | None:
    meta = cues()["metadata"]
    low = frame.text.lower()
    about_signing, about_dating = re.search(meta["signed"], low), re.search(meta["dated"], low)
    if frame.intent == "date" and (about_signing or about_dating):
        wants = "dated"  # "wanneer is de brief ondertekend / verschenen": the document's date
    elif frame.intent in ("person_org", "other") and about_signing:
        wants = "signed"
    elif re.search(meta["made_ask"], low) and re.search(meta["made_verbs"], low):
        wants = "made"  # "welke instantie heeft het vervolgonderzoek uitgevoerd": who published the document about it
    else:
        return None
    for doc in _documents(kb, lexical, allowed, search):
        # office and name together when the block reads so; else what ingest found (metadata.py)
        if wants == "signed":
            span = _signature_span(doc) or (tuple(doc.signatory_span) if doc.signatory_span else None)
        elif wants == "made":
            span = _publisher_span(doc)
        else:
            span = tuple(doc.date_span) if doc.date_span else _date_span(kb, doc)
        if span is not None:
            cite = make_citation(1, doc, span[0], span[1], "")
            return Composed(f"“{cite.quote}” [1]", (cite,), route="metadata")
    return None


def _documents(kb: Composer, lexical: str, allowed: set[str] | None, search: Search) -> list[Document]:
    """The document the question names ('de Kamerbrief van 2023'), else those retrieval ranks first."""
    _, _, match = kb.source_reference(lexical)
    best = max(match.values(), default=0.0)
    named = [kb.docs[d] for d, m in match.items() if m == best and best >= 0.5]
    if not named:  # "wie ondertekende de inspectiebrief": the question's own words name the document
        meta = cues()["metadata"]
        asked = re.sub(f"{meta['signed']}|{meta['dated']}|{meta['made_verbs']}", " ", lexical.lower())
        terms = set(content_terms(asked)) | {w for w in words(asked) if w in KIND_WORDS}
        match = kb.document_match(terms)
        best = max(match.values(), default=0.0)
        named = [kb.docs[d] for d, m in match.items() if m == best and best > 0]
    if named:
        return named
    hits, _ = search(lexical)
    return [kb.docs[d] for d in dict.fromkeys(h.chunk.doc_id for h in hits) if allowed is None or d in allowed]


def _publisher_span(doc: Document) -> tuple[int, int] | None:
    """Where the document names its publisher ('Inspectie Gezondheidszorg en Jeugd (IGJ)' or its part
    before a bracket or comma), first place first; None when it does not."""
    for name in dict.fromkeys(n.strip() for n in (doc.publisher, re.split(r"[(,]", doc.publisher)[0]) if n.strip()):
        if (at := doc.text.find(name)) >= 0:
            return at, at + len(name)
    return None


def _signature_span(doc: Document) -> tuple[int, int] | None:
    """Office and name of the last signature block ('… Welzijn en Sport, M. van Ooijen')."""
    found = list(_signature().finditer(doc.text))
    if not found:
        return None
    m = found[-1]
    return m.start(), m.end("name")


def _date_span(kb: Composer, doc: Document) -> tuple[int, int] | None:
    """The sentence holding the first full date on the document's first page."""
    m = DATE_RE.search(doc.text[:_HEAD_CHARS])
    if not m or not m.group(0)[0].isdigit():
        return None
    return next(((s.char_start, s.char_end) for s in kb.sentences.get(doc.doc_id, [])
                 if s.char_start <= m.start() < s.char_end), None)
