"""Small frozen records passed between the pipeline steps (ingest → index → retrieve → answer → cite)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class PageSpan:
    """Where one page lies in a document's normalised text."""

    page: int
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Document:
    """A parsed, normalised document: `text` is what every quote and offset refers to."""

    doc_id: str
    title: str
    kind: str
    publisher: str
    date: str
    source_file: str
    content_hash: str
    text: str
    pages: tuple[PageSpan, ...] = ()
    signatory: str = ""  # who signed ("De Staatssecretaris van …," block), from the manifest or the text
    doc_number: str = ""  # kenmerk or Kamerstuk number
    url: str = ""  # public address of the document (manifest field `url`, or read from the document)
    scope: str = ""  # whose figures it gives: "landelijk", "regio Twente", "gemeente Ede" (see scope.py)
    date_span: tuple[int, int] | None = None  # where the date line stands in `text`
    signatory_span: tuple[int, int] | None = None  # where the signer's name stands in `text`

    EXTRA = ("signatory", "doc_number", "url", "scope", "date_span", "signatory_span")

    def extra(self) -> dict[str, Any]:
        """The metadata fields beyond the catalog's fixed columns, for storing as one JSON value."""
        return {name: getattr(self, name) for name in self.EXTRA}

    @staticmethod
    def read_extra(data: dict[str, Any]) -> dict[str, Any]:
        """Stored extra fields back as constructor arguments (JSON turns the spans into lists)."""
        return {k: tuple(v) if k.endswith("_span") and v else v for k, v in data.items() if k in Document.EXTRA}

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date[:4].isdigit() else None

    def page_at(self, offset: int) -> int | None:
        """Page holding character `offset`, or None when the source has no page information."""
        for span in self.pages:
            if span.char_start <= offset < span.char_end:
                return span.page
        return None


@dataclass(frozen=True)
class Sentence:
    """A sentence (or table row / list item) of a document, with offsets into `Document.text`."""

    text: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Chunk:
    """A retrieval unit: consecutive sentences of one document under one section heading."""

    chunk_id: str
    doc_id: str
    text: str
    char_start: int
    char_end: int
    page: int | None
    section: str
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True)
class Hit:
    """A chunk found by retrieval, with the scores that found it."""

    chunk: Chunk
    score: float
    rank: int
    bm25_rank: int | None = None
    dense_rank: int | None = None
    dense_score: float | None = None


@dataclass(frozen=True)
class Citation:
    """One numbered source: a verbatim quote with its exact place in the document."""

    n: int
    doc_id: str
    title: str
    page: int | None
    section: str
    quote: str
    char_start: int
    char_end: int
    kind: str = ""
    date: str = ""
    # The cited document's metadata, so every front end (and a saved conversation) can cite it in full.
    publisher: str = ""
    signatory: str = ""
    doc_number: str = ""  # kenmerk, Kamerstuk or Aanhangsel number
    url: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Figure:
    """One quantitative statement found in the corpus, with its provenance."""

    metric: str
    value: float
    unit: str
    period: str | None
    scope: str
    qualifier: str
    doc_id: str
    title: str
    page: int | None
    section: str
    quote: str
    char_start: int
    char_end: int
    source: str = "extracted"
    raw: str = ""  # the number exactly as written in the quote, e.g. "1.924" or "€ 180 mln."
    counted: str = ""  # what is counted, as written: "kleinschalige voorzieningen", a table row label
    origin: str = "text"  # "text" (running text) or "table" (a table cell)

    @property
    def year(self) -> int | None:
        return int(self.period[:4]) if self.period and self.period[:4].isdigit() else None

    @property
    def shown(self) -> str:
        """The number as an answer shows it: as written, with the euro sign a money table's cells leave
        to their caption ('Uitgaven (kosten in euro)': 7.010.000 → € 7.010.000)."""
        if self.unit == "euro" and self.raw and not re.search(r"€|euro|mln|miljoen|mld|miljard", self.raw, re.I):
            return f"€ {self.raw}"
        return self.raw

    @property
    def key(self) -> tuple[str, str | None, str]:
        return (self.metric, self.period, self.scope)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["year"] = self.year
        if self.value == int(self.value):
            data["value"] = int(self.value)
        return data


@dataclass(frozen=True)
class Answer:
    """What every front end shows: the answer text with [n] markers and its sources."""

    question: str
    answer: str
    refused: bool
    refusal_reason: str | None
    citations: tuple[Citation, ...] = ()
    figures: tuple[Figure, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)
    language: str = "nl"
    route: str = "retrieval"
    verification: dict[str, int] | None = None  # generated answers: sentences kept/repaired/dropped

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract of ARCHITECTURE.md (plus `verification` for generated answers)."""
        extra = {"verification": self.verification} if self.verification is not None else {}
        return {
            "question": self.question,
            "answer": self.answer,
            "refused": self.refused,
            "refusal_reason": self.refusal_reason,
            "citations": [c.to_dict() for c in self.citations],
            "figures": [f.to_dict() for f in self.figures],
            "timings": {k: round(v, 1) for k, v in self.timings.items()},
            **extra,
        }
