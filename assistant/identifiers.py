"""A document's own number and public address, read from its text: the Kamerstuk number of a
parliamentary paper ("Kamerstukken II 2023/24, 31 839, nr. 1021"), the number of answers to
Kamervragen in the Aanhangsel van de Handelingen, a ministry's kenmerk, and a URL the document
gives for itself. Journalists paste these into a citation, so only the document's *own*
identifiers count: its header, its footer line or a labelled line, never a Kamerstuk it refers to."""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADER_LINES = 40  # how far into the raw text a parliamentary paper's header reaches
OFFICIAL = "https://zoek.officielebekendmakingen.nl/"

_YEARS = r"(?P<y1>(?:19|20)\d\d)\s*[–-]\s*(?P<y2>(?:19|20)?\d\d)"
_VERGADERJAAR = re.compile(r"\bvergaderjaar\s+" + _YEARS, re.I)
_DOSSIER = r"(?P<dossier>\d{2}\s?\d{3})(?:[ -](?P<suffix>[A-Z]{1,6}))?"
# "kst-31839-1021", "kst-36200-XVI-5": the publication id in the footer of every page.
_KST_ID = re.compile(r"\bkst-(?P<dossier>\d{5,6})(?:-(?P<suffix>[A-Z]{1,6}))?-(?P<nr>\d{1,5})\b")
_AH_ID = re.compile(r"\bah-(?P<house>tk|ek)-(?P<y1>\d{4})(?P<y2>\d{4})-(?P<nr>\d{1,5})\b")
# The footer line "Tweede Kamer, vergaderjaar 2023–2024, 31 839, nr. 1021".
_FOOTER = re.compile(r"\b(?P<house>Tweede|Eerste) Kamer,\s+vergaderjaar\s+" + _YEARS + r",\s+" + _DOSSIER
                     + r",\s+nr\.\s*(?P<nr>\d{1,5})\b")
# A header line that names the paper itself: "Kamerstuk 31 839, nr. 1021", "Kamerstukken II 2023/24, 31 839,
# nr. 1021", "Kamerstuknummer: 31839-1021". Only at the start of a line: inside a sentence it is a reference.
_CITED = re.compile(r"^\s*Kamerstuk(?:ken|nummer)?\s*:?\s*(?:(?P<house>I{1,2})\s+)?(?:" + _YEARS.replace("[–-]", "[/–-]")
                    + r",?\s+)?" + _DOSSIER + r"(?:,?\s*nr\.?\s*|-)(?P<nr>\d{1,5})\b", re.M)
# The header of a parliamentary paper: the dossier line ("31 839   Jeugdzorg"), then "Nr. 1021  BRIEF VAN …".
_DOSSIER_HEAD = re.compile(r"^\s*(?P<dossier>\d{2} \d{3})(?: (?P<suffix>[A-Z]{1,6}))?\s+(?P<title>[A-Z]\S.{1,150})$")
_NR_LINE = re.compile(r"^\s*Nr\.\s*(?P<nr>\d{1,5})\b\s*(?P<rest>.*)$")
_AANHANGSEL = re.compile(r"^\s*Aanhangsel van de Handelingen\b(?P<rest>.*)$", re.I)
_AH_NUMBER = re.compile(r"^\s*(?:Nr\.\s*)?(?P<nr>\d{1,5})\s*$")
_AH_CITED = re.compile(r"\b(?P<house>I{1,2})\s+" + _YEARS.replace("[–-]", "[/–-]") + r",?\s+nr\.?\s*(?P<nr>\d{1,5})\b")
_LABEL = re.compile(r"[A-Z][a-z]+(?: [a-z]+){0,2}:?")  # "Uw brief", "Bijlagen", "Betreft:"
_KENMERK = re.compile(r"\b(?:Ons kenmerk|Kenmerk|Referentie|Onze referentie)\s*:?\s*\n?\s*(?P<code>[\dA-Z][\w\-/.]{4,}\w)")
_KAMERVRAGEN = re.compile(r"\b(?P<code>20\d\dZ\d{4,6})\b")
_LABELLED = re.compile(r"^(?:Kamerstuk|Aanhangsel|Handelingen|kenmerk|nr\.)", re.I)
# "Vindplaats: https://…", "Dit rapport is te downloaden via www.…": the document's own address.
_URL = r"((?:https?://|www\.)[^\s<>\"')\]]+[^\s<>\"')\].,;:])"
_OWN_URL = re.compile(r"(?:^|\n)\s*(?:Vindplaats|URL|Permalink|Online|Publicatie|Webversie|Digitale versie)\s*:?\s*"
                      + _URL + r"|\b(?:te vinden|te downloaden|te raadplegen|gepubliceerd|beschikbaar|staat)\s+"
                      r"(?:op|via)\s+(?:de website\s+)?" + _URL, re.I)


@dataclass(frozen=True)
class PaperHeader:
    """What the header of a parliamentary paper says about it: its number and what it is."""

    number: str  # "Kamerstukken II 2023/24, 31 839, nr. 1021"
    url: str  # its page on officielebekendmakingen.nl
    dossier_title: str = ""  # "Jeugdzorg"
    paper: str = ""  # "BRIEF VAN DE STAATSSECRETARIS VAN …" as printed after "Nr. 1021"


def _session(y1: str | None, y2: str | None) -> str:
    """'2023', '2024' → '2023/24', the form a Kamerstuk citation uses."""
    return f"{y1}/{y2[-2:]}" if y1 and y2 else ""


def _house(raw_head: str, given: str | None = None) -> str:
    if given:
        return {"Tweede": "II", "Eerste": "I"}.get(given, given)
    return "I" if re.search(r"\bEerste Kamer\b", raw_head) else "II"


def kamerstuk(dossier: str, suffix: str | None, nr: str, house: str = "II", session: str = "") -> PaperHeader:
    """A Kamerstuk number in citation form, with its publication page."""
    digits = re.sub(r"\s", "", dossier)
    spaced = f"{digits[:-3]} {digits[-3:]}" + (f" {suffix}" if suffix else "")
    number = (f"Kamerstukken {house} {session}, {spaced}, nr. {int(nr)}" if session
              else f"Kamerstuk {spaced}, nr. {int(nr)}")
    return PaperHeader(number, f"{OFFICIAL}kst-{digits}{'-' + suffix if suffix else ''}-{int(nr)}.html")


def aanhangsel(nr: str, house: str, y1: str | None, y2: str | None) -> PaperHeader:
    """Answers to Kamervragen as printed in the Aanhangsel van de Handelingen."""
    session = _session(y1, y2)
    number = f"Aanhangsel van de Handelingen {house}{' ' + session if session else ''}, nr. {int(nr)}"
    url = ""
    if y1 and y2 and len(y2) == 4:
        url = f"{OFFICIAL}ah-{'ek' if house == 'I' else 'tk'}-{y1}{y2}-{int(nr)}.html"
    return PaperHeader(number, url)


def read_paper(raw: str) -> PaperHeader | None:
    """The Kamerstuk or Aanhangsel number a document carries as its own, or None."""
    lines = raw.splitlines()[:HEADER_LINES]
    head = "\n".join(lines)
    year = _VERGADERJAAR.search(head)
    y1, y2 = (year.group("y1"), year.group("y2")) if year else (None, None)
    if y2 and len(y2) == 2:
        y2 = y1[:2] + y2
    house, session = _house(head), _session(y1, y2)
    for i, line in enumerate(lines):
        dossier = _DOSSIER_HEAD.match(line)
        nr = next((_NR_LINE.match(l) for l in lines[i + 1:i + 7] if _NR_LINE.match(l)), None) if dossier else None
        if dossier and nr:
            found = kamerstuk(dossier.group("dossier"), dossier.group("suffix"), nr.group("nr"), house, session)
            return PaperHeader(found.number, found.url, dossier.group("title").strip(), nr.group("rest").strip())
        if _AANHANGSEL.match(line):
            cited = _AH_CITED.search(line)
            if cited:
                return aanhangsel(cited.group("nr"), cited.group("house"), cited.group("y1"), _full_year(cited))
            number = next((_AH_NUMBER.match(l) for l in lines[i + 1:i + 6] if _AH_NUMBER.match(l)), None)
            if number:
                return aanhangsel(number.group("nr"), house, y1, y2)
    cited = next((m for m in _CITED.finditer(head) if not _after_label(head, m.start())), None)
    if cited:
        return kamerstuk(cited.group("dossier"), cited.group("suffix"), cited.group("nr"),
                         cited.group("house") or house, _session(cited.group("y1"), _full_year(cited)))
    return _from_ids(raw)


def _after_label(head: str, start: int) -> bool:
    """Does the line stand under a label such as 'Uw brief' or 'Bijlage'? Then it names another paper."""
    before = [line.strip() for line in head[:start].splitlines() if line.strip()]
    return bool(before) and bool(_LABEL.fullmatch(before[-1]))


def _full_year(m: re.Match) -> str | None:
    y1, y2 = m.group("y1"), m.group("y2")
    return y1[:2] + y2 if y1 and y2 and len(y2) == 2 else y2


def _from_ids(raw: str) -> PaperHeader | None:
    """The publication id or footer line that officielebekendmakingen.nl prints on each page."""
    footer = _FOOTER.search(raw)
    if footer:
        return kamerstuk(footer.group("dossier"), footer.group("suffix"), footer.group("nr"),
                         _house(raw, footer.group("house")), _session(footer.group("y1"), _full_year(footer)))
    kst = _KST_ID.search(raw)
    if kst:
        return kamerstuk(kst.group("dossier"), kst.group("suffix"), kst.group("nr"))
    ah = _AH_ID.search(raw)
    if ah:
        return aanhangsel(ah.group("nr"), "I" if ah.group("house") == "ek" else "II", ah.group("y1"), ah.group("y2"))
    return None


def read_number(raw: str) -> tuple[str, str]:
    """(document number, URL derived from it): a Kamerstuk or Aanhangsel number when the document
    is one (with a ministry kenmerk beside it when it has both), else the kenmerk or the Tweede
    Kamer's registration number of Kamervragen (2025Z01234); empty strings when it has none."""
    paper = read_paper(raw)
    code = _KENMERK.search(raw) or _KAMERVRAGEN.search(raw)
    if paper:
        return (f"{paper.number}, kenmerk {code.group('code')}" if code else paper.number), paper.url
    return (code.group("code") if code else ""), ""


def number_label(number: str) -> str:
    """How a document number reads in a citation: a bare code is a kenmerk ('kenmerk 3506927-1042412-J'),
    a Kamerstuk or Aanhangsel number already says what it is."""
    number = number.strip()
    if not number or _LABELLED.match(number):
        return number
    return f"kenmerk {number}"


def read_url(text: str) -> str:
    """The address a document gives for itself ('Vindplaats: https://…', 'te downloaden via www.…')."""
    found = _OWN_URL.search(text)
    if not found:
        return ""
    return found.group(1) or found.group(2)
