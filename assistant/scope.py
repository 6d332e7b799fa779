"""Whose numbers a document gives: a region's, a municipality's or the whole country's.

Figures are compared like with like (figstore groups them by metric, period and scope), so a
regional report's "41 plekken" must not meet the national count of places. The scope is read from
the document itself — a place named in its title, its publisher, its addressee ("Aan de
gemeenteraad van …") or its cover — never from a list of known places.
"""

from __future__ import annotations

import re

NATIONAL = "landelijk"
REGIONAL_KINDS = {"regiovisie", "regioplan", "regiorapport"}  # regional by kind even when no place is named
COVER_LINES = 8  # lines at the top of a document that are its cover or letterhead
HEAD_CHARS = 1500  # where an addressee stands

# A place name as written: capitalised words, with particles inside ("Kop van Noord-Holland").
_NAME = r"[A-Z][\w'’-]+(?:[ ](?:van|aan|op|de|den|der|in|'t)[ ][A-Z][\w'’-]+|[ ][A-Z][\w'’-]+)*"
_NAMES = _NAME + r"(?:,[ ]" + _NAME + r")*(?:[ ]en[ ]" + _NAME + r")?"
_PLACE = re.compile(r"\b(?P<level>(?:[Jj]eugd)?[Rr]egio|[Gg]emeente|[Pp]rovincie)(?P<plural>['’]s)?:?[ ]"
                    r"(?P<names>" + _NAMES + r")")
_ADDRESSEE = re.compile(r"\b(?:(?P<council>gemeenteraad|raad van de gemeente|college van (?:burgemeester en wethouders|"
                        r"B&W|B en W))|(?P<province>Provinciale|Gedeputeerde) Staten)(?: van)?(?: de gemeente)?[ ]"
                        r"(?P<name>" + _NAME + r")")
# Sentence level, as figures have always been scoped: "in de regio Zuidwest", "gemeente Castricum".
_SENTENCE_PLACE = re.compile(r"\b(regio|gemeente|provincie)\s+([A-Z][\w-]+(?:\s[A-Z][\w-]+)*)")
_SENTENCE_NATIONAL = re.compile(r"\b(?:[Ll]andelijk|in (?:heel )?Nederland|in het hele land)\b")


def place_in(text: str) -> str:
    """The first region, municipality or province `text` names: "regio Veluwe-Oost",
    "regio's Alkmaar, Kop van Noord-Holland, Westfriesland", "gemeente Lingestad"; '' if none."""
    found = _PLACE.search(text)
    if not found:
        return ""
    level = found.group("level").lower().removeprefix("jeugd")
    plural = "'s" if found.group("plural") else ""
    return f"{level}{plural} {found.group('names')}"


def document_scope(title: str, publisher: str, text: str, kind: str) -> str:
    """The scope of a document's figures: the place its title, publisher, addressee or cover names;
    'regio' for a regional kind naming none; else national."""
    for source in (title, publisher):
        if place_in(source):
            return place_in(source)
    addressee = _ADDRESSEE.search(text[:HEAD_CHARS])
    if addressee:
        return f"{'provincie' if addressee.group('province') else 'gemeente'} {addressee.group('name')}"
    cover = place_in("\n".join(_cover(text)))
    if cover:
        return cover
    return "regio" if kind.lower() in REGIONAL_KINDS else NATIONAL


def _cover(text: str) -> list[str]:
    """The short lines at the top, before the first line of prose: a cover or letterhead."""
    lines = []
    for line in [l.strip() for l in text.splitlines() if l.strip()][:COVER_LINES]:
        if len(line) > 80 or line[-1] in ".!?," or line.startswith("Geachte"):
            break
        lines.append(line)
    return lines


def sentence_scope(sentence: str, doc_scope: str) -> str:
    """The scope of one figure: a place the sentence names, the nation when a regional document
    quotes a national number ("Landelijk daalde …"), else the document's own scope."""
    place = _SENTENCE_PLACE.search(sentence)
    if place:
        return f"{place.group(1)} {place.group(2)}"
    if doc_scope != NATIONAL and _SENTENCE_NATIONAL.search(sentence):
        return NATIONAL
    return doc_scope or NATIONAL
