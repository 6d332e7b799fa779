"""Document metadata read from the document itself, for files without a manifest entry: title,
date, publisher, signatory and document number (kenmerk), plus where the date line and the
signer's name stand in the text, so an answer to "wie ondertekende" or "wanneer verscheen" can
quote them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .nlp import MONTHS

if TYPE_CHECKING:
    from .corpus import SourceFile

_DATE = r"(?P<day>\d{1,2})\s+(?P<month>" + "|".join(MONTHS) + r")\s+(?P<year>(?:19|20)\d\d)"
# "Den Haag, 12 maart 2024" / "'s-Gravenhage, …" / "Datum 12 maart 2024" / "Datum: 12 maart 2024"
_DATE_LINE = re.compile(
    r"(?:^|\n)(?P<line>(?:(?:Den Haag|'s-Gravenhage|Utrecht|Amsterdam|Rotterdam|[A-Z][a-z]+),\s*|Datum:?\s+)"
    + _DATE + r")\b", re.IGNORECASE)
_ROLE = r"(?i:(?:de|het)\s+(?:minister|staatssecretaris|inspecteur-generaal|directeur(?:-generaal)?|voorzitter|president|secretaris))"
# Initials ("mr. K.L. de Wit") or a first name ("Maarten van Ooijen"), particles, a capitalised surname.
_NAME = (r"(?:(?:mr|dr|drs|ir|prof|ing)\.\s*)*(?:(?:[A-Z]\.\s?){1,4}\s*|[A-Z][a-zà-ÿ]+\s+)"
         r"(?:(?:van|de|der|den|ter|ten|het|in 't|op)\s+)*[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?")
_SIGNATURE = re.compile(
    r"(?P<role>\b" + _ROLE + r"(?:\s+(?:voor|van)\s+(?P<org>[^\n]{3,90}?))?),\s*(?P<name>" + _NAME + r")\s*(?:\n|$)")
_KENMERK = re.compile(r"\b(?:Ons kenmerk|Kenmerk|Referentie)\s*:?\s*\n?\s*(?P<code>[\dA-Z][\w\-/.]{4,}\w)")
_KAMERVRAGEN = re.compile(r"\b(?P<code>20\d\dZ\d{4,6})\b")
_SUBJECT = re.compile(r"(?:^|\n)\s*(?:Betreft|Onderwerp)\s*:?\s+(?P<title>[^\n]{5,200})")
_LETTERHEAD = re.compile(r"^(?:Ministerie van [^\n]+|Inspectie [A-Z][^\n,]+|Algemene Rekenkamer|"
                         r"Centraal Bureau voor de Statistiek|Nederlands Jeugdinstituut|[A-Z][\w ]+ Rekenkamer)$", re.M)
_NOT_TITLE = re.compile(r"^(?:Ministerie|Aan de|Postbus|Datum|Den Haag|Kenmerk|Bijlage|Geachte|Tweede Kamer|Tabel|Figuur|"
                        r"www\.|https?:)",
                        re.IGNORECASE)


@dataclass(frozen=True)
class DocMetadata:
    """What a document says about itself; empty strings where it says nothing."""

    title: str = ""
    date: str = ""  # ISO date ("2024-03-12") or a year
    publisher: str = ""
    signatory: str = ""  # the name under "De Staatssecretaris van …,"; the role stands right before it
    doc_number: str = ""
    date_span: tuple[int, int] | None = None  # the date line in the text
    signatory_span: tuple[int, int] | None = None  # the signer's name in the text


def iso_date(day: str, month: str, year: str) -> str:
    return f"{year}-{MONTHS[month.lower()]:02d}-{int(day):02d}"


def pdf_date(raw: str | None) -> str:
    """PDF 'D:20240312…' dates as ISO."""
    m = re.match(r"D?:?((?:19|20)\d\d)(\d\d)(\d\d)", raw or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""


def useful_title(title: str | None) -> str:
    """A PDF's Title field, unless it is a word processor's file name ('Microsoft Word - brief.docx')."""
    title = (title or "").strip()
    if not title or re.search(r"\.(?:docx?|odt|pdf|rtf)$|^Microsoft Word|^untitled$", title, re.I):
        return ""
    return title


def read_metadata(text: str, raw: str = "") -> DocMetadata:
    """Metadata from a document's normalised `text` (spans refer to it); `raw` is its unnormalised
    text, which still holds the kenmerk block that normalisation drops as page furniture."""
    date = _DATE_LINE.search(text)
    signature = _last(_SIGNATURE.finditer(text))
    number = _KENMERK.search(raw or text) or _KAMERVRAGEN.search(raw or text)
    subject = _SUBJECT.search(text)
    letterhead = _LETTERHEAD.search(text[:1500])
    publisher = letterhead.group(0).strip() if letterhead else ""
    if not publisher and signature and signature.group("org") and signature.group("role").split()[1].lower() in (
            "minister", "staatssecretaris"):
        publisher = "Ministerie van " + signature.group("org").strip()
    return DocMetadata(
        title=subject.group("title").strip() if subject else _first_title_line(text),
        date=iso_date(date.group("day"), date.group("month"), date.group("year")) if date else "",
        publisher=publisher,
        signatory=signature.group("name").strip() if signature else "",
        doc_number=number.group("code") if number else "",
        date_span=(date.start("line"), date.end("line")) if date else None,
        signatory_span=(signature.start("name"), signature.start("name") + len(signature.group("name").strip()))
        if signature else None,
    )


def _last(matches) -> re.Match | None:
    found = None
    for found in matches:
        pass
    return found


def _first_title_line(text: str) -> str:
    """The first line that reads like a title: a few words, not letterhead, address or date."""
    for line in text.splitlines()[:8]:
        s = line.strip()
        if 10 <= len(s) <= 160 and 2 <= len(s.split()) <= 16 and s[-1] not in ".,;:" and not _NOT_TITLE.match(s) \
                and not _LETTERHEAD.match(s) and not is_date_line(s):
            return s
    return ""


def pdf_info(path: Path) -> dict[str, str]:
    """Title, author and creation date from a PDF's document information ({} for other files)."""
    if path.suffix.lower() != ".pdf":
        return {}
    try:
        from pypdf import PdfReader

        meta = PdfReader(str(path)).metadata
    except Exception:  # metadata is optional: a broken PDF is reported when its pages are read
        return {}
    if not meta:
        return {}
    return {"title": useful_title(meta.title), "author": (meta.author or "").strip(),
            "date": pdf_date(meta.get("/CreationDate"))}


def complete(source: SourceFile, text: str, raw: str) -> dict[str, Any]:
    """Document fields: the manifest first, then what the text says, then the PDF's own metadata,
    the file name as the last resort for a title. The spans always point into `text`."""
    found = read_metadata(text, raw)
    info = pdf_info(source.path)
    return {
        "title": source.title or info.get("title") or found.title or source.path.stem.replace("_", " ").replace("-", " "),
        "date": source.date or found.date or info.get("date", ""),
        "publisher": source.publisher or found.publisher or info.get("author", ""),
        "signatory": source.signatory or found.signatory,
        "doc_number": source.doc_number or found.doc_number,
        "url": source.url,
        "date_span": found.date_span,
        "signatory_span": found.signatory_span,
    }


def is_date_line(line: str) -> bool:
    """'Den Haag, 12 maart 2024' or 'Datum 12 maart 2024': a dateline, never a heading."""
    return bool(_DATE_LINE.fullmatch("\n" + line.strip()))


def is_letterhead(line: str) -> bool:
    """'Ministerie van …', 'Inspectie …': the sender printed at the top, never a section heading."""
    return bool(_LETTERHEAD.fullmatch(line.strip()))
