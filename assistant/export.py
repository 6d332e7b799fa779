"""Answers and figures in forms people paste elsewhere: Markdown for a story or fact check, CSV.

Each source carries a short content hash of the file it was quoted from, so a reader can
check later that the quote still comes from the same version of the document.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from pathlib import Path

from .corpus import load_manifest
from .figstore import FigureGroup
from .identifiers import number_label
from .reference import author, field, long_date, public_url, reference, source_parts, where
from .types import Answer, Citation, Document

HASH_CHARS = 12
FIGURE_COLUMNS = ["metric", "period", "value", "unit", "qualifier", "scope", "status", "title", "doc_id",
                  "page", "section", "quote"]


def short_hash(doc: Document | None) -> str:
    return doc.content_hash[:HASH_CHARS] if doc else "onbekend"


def inert(text: str) -> str:
    """Document or user text as Markdown that shows it literally: HTML markup escaped (a `<script>`
    in a source stays text in any editor or renderer), entities defused, link brackets escaped."""
    text = re.sub(r"&(?=#?\w+;)", "&amp;", text)  # only where it would start an entity: "af- & ombouw" stays
    return text.replace("<", "&lt;").replace(">", "&gt;").replace("[", "\\[").replace("]", "\\]")


def inert_answer(text: str) -> str:
    """The answer text with its markup escaped; its own [n] citation markers stay links to the sources."""
    return re.sub(r"\\\[(\d+)\\\]", r"[\1]", inert(text))


def safe_cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text starting with = + - @ (or a tab or carriage
    return) gets a leading apostrophe, as OWASP advises against formula injection."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def _blockquote(text: str) -> str:
    return "\n".join("> " + line if line.strip() else ">" for line in text.splitlines() or [""])


def citation_markdown(c: Citation, doc: Document | None) -> str:
    """One source as Markdown: number, title, then kind, publisher, date, document number, place and
    public URL as one citable line, the quote, and the file hash."""
    file = doc.source_file if doc else c.doc_id
    return (
        f"[{c.n}] **{inert(c.title)}** ({inert(', '.join(source_parts(c, doc)))})\n{_blockquote(inert(c.quote))}\n\n"
        f"Bestand: {inert(file)} · sha256 {short_hash(doc)}"
    )


def answer_markdown(answer: Answer, docs: Mapping[str, Document]) -> str:
    """The whole answer with its sources, ready to paste into a story or a fact check."""
    parts = [f"## Vraag\n\n{inert(answer.question)}", f"## Antwoord\n\n{inert_answer(answer.answer)}"]
    if answer.refused:
        parts.append(f"Reden: {inert(answer.refusal_reason or '')}")
    if answer.citations:
        parts.append("## Bronnen\n\n" + "\n\n".join(citation_markdown(c, docs.get(c.doc_id)) for c in answer.citations))
    return "\n\n".join(parts) + "\n"


def export_filename(answer: Answer) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", answer.question.lower()).strip("-")[:60].rstrip("-")
    return f"antwoord-{words or 'vraag'}.md"


def figure_rows(groups: list[FigureGroup]) -> list[dict]:
    """One flat row per statement, with whether its group's sources agree (`status`)."""
    return [
        {k: v for k, v in {**f.to_dict(), "status": g.status}.items() if k in FIGURE_COLUMNS}
        for g in groups for f in g.figures
    ]


def rows_csv(rows: list[dict], columns: list[str] = FIGURE_COLUMNS) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    writer.writerows({k: safe_cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def _excel_cell(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value == int(value) else str(value).replace(".", ",")
    return safe_cell(value)


def excel_csv(rows: list[dict], columns: list[str] = FIGURE_COLUMNS) -> str:
    """CSV that Dutch Excel opens as columns: semicolons, decimal commas, a BOM so UTF-8 is read
    as such, and empty cells (not 'nan' or '1.0') where a value is missing or whole."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", delimiter=";")
    writer.writeheader()
    writer.writerows({k: _excel_cell(v) for k, v in row.items()} for row in rows)
    return out.getvalue()


def conversation_markdown(answers: list[Answer], docs: Mapping[str, Document]) -> str:
    """Every answer of a conversation, in order, each with its sources (as `answer_markdown`)."""
    return "# Gesprek\n\n" + "\n---\n\n".join(answer_markdown(a, docs) for a in answers)


_CLAIM_END = re.compile(r"(?<=[.!?])\s+|\n+")
_MARKER = re.compile(r"\[(\d+)\]")


def claims(answer: Answer) -> list[tuple[str, list[Citation]]]:
    """The answer's statements that carry a source marker, each with the sources it cites."""
    by_n = {c.n: c for c in answer.citations}
    out = []
    for part in _CLAIM_END.split(answer.answer):
        cited = [by_n[int(n)] for n in dict.fromkeys(_MARKER.findall(part)) if int(n) in by_n]
        if cited:
            out.append((" ".join(_MARKER.sub("", part).split()), cited))
    return out


def public_urls(corpus_dir: Path) -> dict[str, str]:
    """Document id → public web address, from the optional `url` of a manifest entry."""
    return {e["id"]: e["url"] for e in load_manifest(corpus_dir).values() if e.get("url")}


def fact_sheet(answers: list[Answer], docs: Mapping[str, Document], urls: Mapping[str, str]) -> str:
    """Per claim what a journalist needs to check and cite it: the exact quote, title, publisher,
    date, document number, page, public address, the file's SHA-256 and the whole citation on one
    line, without internal file names. Document text is escaped as in the other exports."""
    parts = ["# Feitenblad", "Elke bewering met de letterlijke bron. Controleer de bron via de URL of, zonder URL, "
             "via titel en uitgever; de SHA-256 identificeert precies de gebruikte versie van het document."]
    number = 0
    for answer in answers:
        for claim, cited in claims(answer):
            number += 1
            lines = [f"## Bewering {number}", f"**{inert(claim)}**", f"Vraag: {inert(answer.question)}"]
            for c in cited:
                doc = docs.get(c.doc_id)
                lines += ["", _blockquote(inert(c.quote)), "",
                          f"- Document: {inert(c.title)}",
                          f"- Uitgever: {inert(author(c, doc) or 'onbekend')}",
                          f"- Datum: {long_date(c.date) or 'onbekend'}",
                          f"- Nummer: {inert(number_label(field(c, doc, 'doc_number')) or 'geen nummer bekend')}",
                          f"- Vindplaats: {inert(where(c.page, c.section))}",
                          f"- URL: {inert(public_url(c, doc, dict(urls)) or 'geen openbare URL bekend')}",
                          f"- SHA-256: {doc.content_hash if doc else 'onbekend'}",
                          f"- Bronvermelding: {inert(reference(c, doc, dict(urls)))}"]
            parts.append("\n".join(lines))
    if number == 0:
        parts.append("Dit gesprek bevat nog geen beweringen met een bron.")
    return "\n\n".join(parts) + "\n"
