"""A source as a journalist cites it: title, kind, publisher and signatory, date, document number,
place in the document and public address — "Kamerbrief, Ministerie van VWS, 12 maart 2024,
kenmerk 3506927-1042412-J, p. 3, https://…". Source cards, exports and the CLI all build their
source line here, so a pasted citation reads the same wherever it was copied from."""

from __future__ import annotations

import datetime as dt

from .corpus import kind_label
from .display import MONTHS_NL
from .identifiers import number_label
from .types import Citation, Document

_UNNAMED_KINDS = {"", "overig"}  # a kind nobody gave says nothing in a citation


def where(page: int | None, section: str) -> str:
    """Page if the source has pages, else its section (plain text has no pages)."""
    if page:
        return f"p. {page}" + (f", {section}" if section else "")
    return section or "zonder paginanummer"


def long_date(value: str) -> str:
    """'2024-03-12' → '12 maart 2024'; a year or anything else stays as written."""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day.day} {MONTHS_NL[day.month - 1]} {day.year}"


def field(c: Citation, doc: Document | None, name: str) -> str:
    """A metadata field of the cited document: the citation's own copy, else the document's (a
    citation saved in the browser before these fields existed has none)."""
    return getattr(c, name, "") or (getattr(doc, name, "") if doc else "")


def author(c: Citation, doc: Document | None) -> str:
    """Publisher and signatory, the signatory left out when the publisher already names them
    ('…, staatssecretaris M. van Ooijen' names 'Maarten van Ooijen': the surname decides)."""
    publisher, signatory = field(c, doc, "publisher"), field(c, doc, "signatory")
    if signatory and signatory.split()[-1].lower() not in publisher.lower():
        return f"{publisher}, {signatory}" if publisher else signatory
    return publisher


def public_url(c: Citation, doc: Document | None, urls: dict[str, str] | None = None) -> str:
    """The public address: one given at export time (manifest) first, then the document's own."""
    return (urls or {}).get(c.doc_id) or field(c, doc, "url")


def source_parts(c: Citation, doc: Document | None, urls: dict[str, str] | None = None) -> list[str]:
    """Kind, publisher/signatory, date, number, place and URL, each only when known and not already
    in the title (the shipped titles say "(Kamerbrief, kenmerk …)" themselves)."""
    title = c.title.lower()
    kind = "" if c.kind.lower() in _UNNAMED_KINDS else kind_label(c.kind)
    number = field(c, doc, "doc_number")
    parts = [
        "" if kind.lower() in title else kind,
        author(c, doc),
        long_date(c.date),
        "" if not number or number.lower() in title else number_label(number),
        where(c.page, c.section),
        public_url(c, doc, urls),
    ]
    return [p for p in parts if p]


def reference(c: Citation, doc: Document | None = None, urls: dict[str, str] | None = None) -> str:
    """The whole source on one line, ready to paste: 'Title. Kamerbrief, Ministerie van …, p. 3, https://…'."""
    return f"{c.title.rstrip('.')}. " + ", ".join(source_parts(c, doc, urls))
