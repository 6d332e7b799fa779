"""Document metadata read from the document itself, for files without a manifest entry: title,
date, publisher, signatory and document number (kenmerk), plus where the date line and the
signer's name stand in the text, so an answer to "wie ondertekende" or "wanneer verscheen" can
quote them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .identifiers import PaperHeader, read_number, read_paper, read_url
from .nlp import MONTHS
from .scope import document_scope

if TYPE_CHECKING:
    from .corpus import SourceFile

_DATE = r"(?P<day>\d{1,2})\s+(?P<month>" + "|".join(MONTHS) + r")\s+(?P<year>(?:19|20)\d\d)"
# "Den Haag, 12 maart 2024" / "'s-Gravenhage, …" / "Datum 12 maart 2024" / "Datum: 12 maart 2024"
# … "Datum notitie: …", "*CBS, nieuwsbericht. Gepubliceerd op 26 maart 2026.*": the day the document appeared.
_DATE_LINE = re.compile(
    r"(?:^|\n)(?P<line>(?:(?:Den Haag|'s-Gravenhage|Utrecht|Amsterdam|Rotterdam|[A-Z][a-z]+),\s*|"
    r"(?:Publicatie)?datum(?:\s+(?:notitie|rapport|brief|publicatie|vaststelling|ondertekening))?:?\s+)"
    + _DATE + r")\b", re.IGNORECASE)
_PUBLISHED = re.compile(r"\b(?P<line>(?:Gepubliceerd|Verschenen|Vastgesteld|Uitgegeven) op\s+" + _DATE + r")\b", re.IGNORECASE)
_ROLE = r"(?i:(?:de|het)\s+(?:minister|staatssecretaris|inspecteur-generaal|directeur(?:-generaal)?|voorzitter|president|secretaris))"
# Initials ("mr. K.L. de Wit") or a first name ("Maarten van Ooijen"), particles, a capitalised surname.
_NAME = (r"(?:(?:mr|dr|drs|ir|prof|ing)\.\s*)*(?:(?:[A-Z]\.\s?){1,4}\s*(?:\([A-Z][a-zà-ÿ]+\)\s+)?|"
         r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?\s+)"
         r"(?:(?:van|de|der|den|ter|ten|het|in 't|op)\s+)*[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?")
_SIGNATURE = re.compile(
    r"(?<!\()(?P<role>\b" + _ROLE + r"(?:\s+(?:voor|van)\s+(?P<org>[^\n]{3,90}?(?:,\n[^\n]{3,60}?)?))?),\s*(?P<name>" + _NAME + r")\s*(?:\n|$)")
# Local letters and reports sign name first, after the closing: "Met vriendelijke groet,\nRekenkamer X\n
# drs. Pieter-Jan Hoekstra, voorzitter" or "Namens het Bestuurlijk Overleg …,\nRuud Kamminga\nvoorzitter …".
_CLOSING = re.compile(r"^[ \t]*(?:Met vriendelijke groet|Hoogachtend|Namens\b[^\n]{3,120})[,.]?[ \t]*$", re.M | re.IGNORECASE)
_NAME_FIRST = re.compile(r"[ \t]*(?P<name>" + _NAME + r")\b(?![ \t]*(?:van|voor)\b)")
# "Betreft Voortgang …", "Onderwerp: …", or the label alone with the subject on the next line.
_SUBJECT = re.compile(r"(?:^|\n)[ \t]*(?:Betreft|Onderwerp)[ \t]*:?[ \t]*\n?[ \t]*(?P<title>[^\n]{5,200})")
# "Uitgever: Centraal Bureau voor de Statistiek (CBS), Den Haag": a publication that names its publisher.
_PUBLISHER_LINE = re.compile(r"(?:^|\n)[ \t]*(?:Uitgever|Uitgave|Uitgegeven door|Publisher)[ \t]*:[ \t]*(?P<name>[^,\n]{3,120})",
                             re.IGNORECASE)
# Kamervragen: "Vragen van het lid X (Partij) aan de staatssecretaris van … over … (ingezonden 3 februari 2025)."
# Their answers: "Antwoorden van de staatssecretaris van … op vragen van het lid X over … (ingezonden …)".
_QUESTIONS = re.compile(r"(?:^|\n)(?P<title>(?:Antwoorden? (?:van [^\n]{3,150}? )?op )?[Vv]ragen van (?:het lid|de leden) "
                        r"[^\n]{3,500}?\bover\b[^\n]{5,400}?)"
                        r"\s*\((?:ingezonden|ontvangen)\b")
_ORGANISATION = re.compile(r"(?P<name>[A-Z][\w-]*(?: [\w-]+){1,8}) \((?P<abbr>[A-Z]{2,8})\)")
_MINISTER_OF = re.compile(r"^(?P<role>.*?\b(?:minister|staatssecretaris)s?\s+(?:van|voor)\s+)(?P<ministry>.+)$")
_LETTERHEAD = re.compile(r"^(?:Ministerie van [^\n]+|Inspectie [A-Z][^\n,]+|Algemene Rekenkamer|"
                         r"Centraal Bureau voor de Statistiek|Nederlands Jeugdinstituut|[A-Z][\w ]+ Rekenkamer)$", re.M)
# Letterhead, address block, running header and page furniture: never a document's title.
_NOT_TITLE = re.compile(r"^(?:Ministerie|Aan de|Aan:|Van:|Postbus|Datum|Den Haag|Kenmerk|Ons kenmerk|Uw kenmerk|Uw brief|"
                        r"Onze referentie|Bijlage|Geachte|Tweede Kamer|Eerste Kamer|Staten-Generaal|Vergaderjaar|"
                        r"Aanhangsel van de Handelingen|Vragen gesteld door|Kamerstuk|Nr\.|Retouradres|Contactpersoon|"
                        r"Inlichtingen|Bezoekadres|Postadres|Verzonden|Kopie aan|t\.a\.v\.|Pagina \d|Inhoud|Colofon|"
                        r"Tabel|Figuur|www\.|https?:|\d{4} ?[A-Z]{2}\b|\d{2} \d{3}\b)",
                        re.IGNORECASE)
# The sender printed at the top of a local government's letter: "Gemeente Lingestad", "Rekenkamer Lingestad".
_SENDER = re.compile(r"^(?:Gemeente|Provincie|Regio|Jeugdregio|Rekenkamer(?:commissie)?|Waterschap) [A-Z][\w'-]+"
                     r"(?:[ -][A-Z][\w'-]+)*$", re.M)


# What a document is, read from how it presents itself when no manifest says so: answers to
# Kamervragen before letters (they are addressed to the Voorzitter too).
_KINDS = (
    ("kamervragen", re.compile(r"^(?:Vragen van (?:het lid|de leden)|Antwoorden? (?:op|van) (?:de )?(?:schriftelijke )?"
                               r"(?:Kamer)?vragen)|^(?:Antwoord(?: op)? )?[Vv]raag \d+\b|\bop vragen van (?:het lid|de leden)\b",
                               re.M)),
    ("kamerbrief", re.compile(r"\b(?:Aan de|De) [Vv]oorzitter van de (?:Tweede|Eerste) Kamer\b|^Geachte [Vv]oorzitter", re.M)),
    ("raadsbrief", re.compile(r"\bRaads(?:informatie)?brief\b|^Aan:? de (?:gemeente)?raden?\b", re.M | re.IGNORECASE)),
    ("inspectierapport", re.compile(r"\bInspectie Gezondheidszorg en Jeugd\b|^Inspectie(?:notitie|rapport)\b", re.M | re.IGNORECASE)),
    ("statistiek", re.compile(r"\bCentraal Bureau voor de Statistiek\b")),
    ("rapport", re.compile(r"\bRekenkamer\b")),
)


def read_kind(text: str) -> str:
    """The kind a document's opening shows (its first 3,000 characters), '' when none. Answers to
    Kamervragen are that, even when a letter sends them; otherwise the earliest cue decides: a
    council letter that cites the inspectorate is still a council letter."""
    head = text[:3000]
    found = sorted((kind != "kamervragen", m.start(), kind) for kind, cue in _KINDS if (m := cue.search(head)))
    return found[0][2] if found else ""


@dataclass(frozen=True)
class DocMetadata:
    """What a document says about itself; empty strings where it says nothing."""

    title: str = ""
    date: str = ""  # ISO date ("2024-03-12") or a year
    publisher: str = ""
    signatory: str = ""  # the name under "De Staatssecretaris van …,"; the role stands right before it
    doc_number: str = ""  # kenmerk, Kamerstuk or Aanhangsel number
    url: str = ""  # the public address the document gives, or its page on officielebekendmakingen.nl
    date_span: tuple[int, int] | None = None  # the date line in the text
    signatory_span: tuple[int, int] | None = None  # the signer's name in the text


def iso_date(day: str, month: str, year: str) -> str:
    return f"{year}-{MONTHS[month.lower()]:02d}-{int(day):02d}"


def pdf_date(raw: str | None) -> str:
    """PDF 'D:20240312…' dates as ISO."""
    m = re.match(r"D?:?((?:19|20)\d\d)(\d\d)(\d\d)", raw or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""


# What PDF tools write when nobody filled the field in (reportlab: "(anonymous)").
_PLACEHOLDER = r"^\(?(?:untitled|anonymous|unspecified|unknown|none)\)?$"


def useful_title(title: str | None) -> str:
    """A PDF's Title field, unless it is a word processor's file name ('Microsoft Word - brief.docx')."""
    title = (title or "").strip()
    if not title or re.search(r"\.(?:docx?|odt|pdf|rtf)$|^Microsoft Word|" + _PLACEHOLDER, title, re.I):
        return ""
    return title



def read_metadata(text: str, raw: str = "") -> DocMetadata:
    """Metadata from a document's normalised `text` (spans refer to it); `raw` is its unnormalised
    text, which still holds the kenmerk block and running footers that normalisation drops."""
    raw = raw or text
    # Normalising may join a header block into one paragraph; the raw lines still show the date
    # line and the signature block, and their strings are then found back in `text`.
    date = (_DATE_LINE.search(text) or _DATE_LINE.search(raw) or _PUBLISHED.search(text[:3000])
            or _PUBLISHED.search(raw[:3000]))
    signature = _last(_SIGNATURE.finditer(text)) or _last(_SIGNATURE.finditer(raw))
    number, paper_url = read_number(raw)
    named = _PUBLISHER_LINE.search(raw[:3000])
    publisher = named.group("name").strip() if named else _letterhead(text) or next(
        (line.strip() for line in text.splitlines()[:3] if is_organisation(line)), "")
    if not publisher and signature and signature.group("org") and signature.group("role").split()[1].lower() in (
            "minister", "staatssecretaris"):
        publisher = "Ministerie van " + signature.group("org").strip()
    name = signature.group("name").strip() if signature else _signed_after_closing(raw)
    return DocMetadata(
        title=read_title(text, raw, read_paper(raw)),
        date=iso_date(date.group("day"), date.group("month"), date.group("year")) if date else "",
        publisher=publisher,
        signatory=name,
        doc_number=number,
        url=read_url(raw) or paper_url,
        date_span=_span(text, date.group("line"), date.string is text and date.start("line")) if date else None,
        signatory_span=_span(text, name, signature is not None and signature.string is text and signature.start("name"))
        if name else None,
    )


def _letterhead(text: str) -> str:
    """The sender printed above the text: 'Ministerie van …', 'INSPECTIE GEZONDHEIDSZORG EN JEUGD' (as
    'Inspectie Gezondheidszorg en Jeugd'), 'Gemeente Lingestad', or an institute opening a line
    ('*Centraal Bureau voor de Statistiek (CBS), nieuwsbericht …*')."""
    lines = [line.strip().strip("*_ ") for line in text[:1500].splitlines() if line.strip()]
    for line in lines:
        line = _name_case(line)
        if _LETTERHEAD.fullmatch(line) or (line in lines[:4] and _SENDER.fullmatch(line)):
            return line
        opening = re.match(r"(?P<org>[^,.(]{6,80}?)(?: \([A-Z]{2,8}\))?[,.]", line)
        if opening and _LETTERHEAD.fullmatch(opening.group("org")):
            return opening.group(0)[:-1]
    return ""


def _signed_after_closing(raw: str) -> str:
    """The first person's name in the lines after the last closing formula, past the sender's own
    name ('Rekenkamer Valkenhaven') and role lines: who signed a letter that names its signer first."""
    closing = _last(_CLOSING.finditer(raw))
    if not closing:
        return ""
    for line in raw[closing.end():].splitlines()[:8]:
        line = line.strip()
        if not line or _SENDER.fullmatch(line) or _LETTERHEAD.fullmatch(_name_case(line)) \
                or re.match(_ROLE + r"\b", line, re.IGNORECASE):
            continue
        found = _NAME_FIRST.match(line)
        return found.group("name").strip() if found else ""
    return ""


def _span(text: str, found: str, at: int | bool) -> tuple[int, int] | None:
    """Where `found` stands in `text`: at `at` when it was found there, else its last occurrence."""
    start = at if at is not False else text.rfind(found)
    return (start, start + len(found)) if start >= 0 else None


def read_title(text: str, raw: str = "", paper: PaperHeader | None = None) -> str:
    """The title a reader would give: the subject line of a letter, the dossier and kind of a
    parliamentary paper ("Jeugdzorg; Brief van de staatssecretaris van …"), what Kamervragen are
    about, else the first line that reads like a title rather than a running header. The subject
    line is looked up in `raw`, where it is still a line of its own (normalising joins a letter's
    header block into one paragraph)."""
    subject = _SUBJECT.search(raw or text)
    if subject and re.search(r"[a-zà-ÿ]{3}", subject.group("title")) and not _NOT_TITLE.match(subject.group("title")):
        return subject.group("title").strip()
    if paper and paper.dossier_title:
        return "; ".join(p for p in (paper.dossier_title, _sentence_case(paper.paper)) if p)
    questions = _QUESTIONS.search(text)
    if questions:
        title = re.sub(r"\s*\([^)]*\)", "", questions.group("title"))  # party names
        title = re.sub(r"^(Antwoorden?) van .+? (op vragen)", r"\1 \2", title)  # who answers is the publisher
        return re.sub(r"\s+aan de\s.*?\s+over\s+", " over ", title, count=1).strip()
    return _first_title_line(text)


def _sentence_case(line: str) -> str:
    """'BRIEF VAN DE STAATSSECRETARIS VAN VOLKSGEZONDHEID, WELZIJN EN SPORT' as a title reads:
    'Brief van de staatssecretaris van Volksgezondheid, Welzijn en Sport'."""
    if not line.isupper():
        return line
    lower = line.lower()
    m = _MINISTER_OF.match(lower)
    if m:
        lower = m.group("role") + _name_case(m.group("ministry"))
    return lower[:1].upper() + lower[1:]


def _name_case(name: str) -> str:
    """'INSPECTIE GEZONDHEIDSZORG EN JEUGD' as a name is written: 'Inspectie Gezondheidszorg en Jeugd'."""
    if not name.isupper() and not name.islower():
        return name
    return " ".join(w if w in ("en", "van", "voor", "de", "het", "der") else w.capitalize() for w in name.lower().split())


def _last(matches) -> re.Match | None:
    found = None
    for found in matches:
        pass
    return found


def _first_title_line(text: str) -> str:
    """The first line that reads like a title: a few words, not letterhead, address or date; a
    one-word document type right above it ('INSPECTIENOTITIE') leads it."""
    previous = ""
    for line in [l for l in text.splitlines() if l.strip()][:20]:
        s = line.strip()
        if 10 <= len(s) <= 160 and 2 <= len(s.split()) <= 16 and s[-1] not in ".,;:" and not _NOT_TITLE.match(s) \
                and not _LETTERHEAD.match(_name_case(s)) and not _SENDER.match(s) and not is_date_line(s) \
                and not is_organisation(s):
            kind = re.fullmatch(r"[A-Z][A-Za-z]{5,}", previous)
            return f"{previous.capitalize()}: {s}" if kind and not _NOT_TITLE.match(previous) else s
        previous = s
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
    author = (meta.author or "").strip()
    return {"title": useful_title(meta.title), "author": "" if re.match(_PLACEHOLDER, author, re.I) else author,
            "date": pdf_date(meta.get("/CreationDate"))}


def complete(source: SourceFile, text: str, raw: str) -> dict[str, Any]:
    """Document fields: the manifest first, then what the text says, then the PDF's own metadata,
    the file name as the last resort for a title. The spans always point into `text`; the scope of
    its figures (a region, a municipality, the nation) follows from what the document says of itself."""
    found = read_metadata(text, raw)
    info = pdf_info(source.path)
    title = source.title or info.get("title") or found.title or source.path.stem.replace("_", " ").replace("-", " ")
    publisher = source.publisher or found.publisher or info.get("author", "")
    return {
        "title": title,
        "kind": source.kind if source.kind != "overig" else read_kind(text) or "overig",
        "date": source.date or found.date or info.get("date", ""),
        "publisher": publisher,
        "signatory": source.signatory or found.signatory,
        "doc_number": source.doc_number or found.doc_number,
        "url": source.url or found.url,
        "scope": source.scope or document_scope(title, publisher, text, source.kind),
        "date_span": found.date_span,
        "signatory_span": found.signatory_span,
    }


def is_organisation(line: str) -> bool:
    """'Landelijk Informatiepunt Jeugdbescherming (LIJ)': a name followed by its own initials is
    the organisation that publishes, printed above the title, not the title."""
    m = _ORGANISATION.fullmatch(line.strip())
    return bool(m) and "".join(w[0] for w in m.group("name").split() if w[0].isupper()) == m.group("abbr")


def is_date_line(line: str) -> bool:
    """'Den Haag, 12 maart 2024' or 'Datum 12 maart 2024': a dateline, never a heading."""
    return bool(_DATE_LINE.fullmatch("\n" + line.strip()))


def is_letterhead(line: str) -> bool:
    """'Ministerie van …', 'Inspectie …': the sender printed at the top, never a section heading."""
    return bool(_LETTERHEAD.fullmatch(line.strip()))
