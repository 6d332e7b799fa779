"""What the chat shows: answers with linked [n] marks, source cards with the quote in context, and the
original page. Every text from a question or a document is HTML-escaped, so markup in them stays inert."""

from __future__ import annotations

import html
import json
import re

from assistant.assistant import Assistant
from assistant.export import citation_markdown
from assistant.history import Turn
from assistant.pageview import PageView
from assistant.passage import around
from assistant.reference import public_url, source_parts
from assistant.types import Answer, Citation


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def _answer_html(answer: Answer, t: int, complete: bool, filters: str = "") -> str:
    # The chat's sanitiser keeps only href and class: static/app.js names each [n] and previews it
    # from its source card.
    text = re.sub(
        r"\[(\d+)\]",
        lambda m: f'<a class="cite" href="#bron-{t}-{m[1]}">[{m[1]}]</a>',
        esc(answer.answer),
    ).replace("\n", "<br>")
    if answer.refused:
        reason = f"<br><small>Reden: {esc(answer.refusal_reason or '')}</small>" if complete else ""
        if complete and filters:
            reason += (f'<br><small class="filter-let-op">Let op: er staat een filter aan ({esc(filters)}). '
                       "Zet de filters uit en vraag opnieuw om in alle documenten te zoeken.</small>")
        return f'<div class="weigering"><strong>Geen antwoord.</strong> {text}{reason}</div>'
    return f'<div class="antwoord-tekst">{text}{"" if complete else " …"}</div>'


def chat_messages(turns: list[Turn], streaming: bool = False) -> list[dict]:
    messages: list[dict] = []
    for t, turn in enumerate(turns):
        read_as = f'<div class="opgevat">Opgevat als: {esc(turn.resolved)}</div>' if turn.resolved != turn.question else ""
        messages.append({"role": "user", "content": f'<div class="vraag-tekst">{esc(turn.question)}</div>{read_as}'})
        if turn.error:
            reply = f'<div class="fout">{esc(turn.error)}</div>'
        elif turn.answer is None:
            reply = '<div class="antwoord-tekst">…</div>'
        else:
            reply = _answer_html(turn.answer, t, not (streaming and t == len(turns) - 1), turn.filters)
        messages.append({"role": "assistant", "content": reply})
    return messages


def _link(url: str) -> str:
    """A document's public address as a link that opens beside the app (only http(s) addresses are read)."""
    href = url if url.startswith(("http://", "https://")) else f"https://{url}"
    return f'<a class="bron-url" href="{esc(href)}" target="_blank" rel="noopener noreferrer">{esc(url)}</a>'


def source_card(assistant: Assistant, t: int, c: Citation) -> str:
    doc = assistant.docs.get(c.doc_id)
    url = public_url(c, doc)
    meta = " · ".join([esc(p) for p in source_parts(c, doc) if p != url] + ([_link(url)] if url else []))
    page_button = "" if doc is None else (
        f'<button type="button" class="open-pagina" data-cite="{esc(json.dumps([c.doc_id, c.char_start, c.char_end]))}">'
        "Toon originele pagina</button>")
    if doc is None:  # the document was re-indexed away since the answer; show the quote alone
        quote, context = f"<mark>{esc(c.quote)}</mark>", ""
    else:
        snip, wide = around(doc, c.char_start, c.char_end), around(doc, c.char_start, c.char_end, 1500, False)
        quote = (f"{'… ' if snip.clipped_start else ''}{esc(snip.before)}<mark>{esc(snip.quote)}</mark>"
                 f"{esc(snip.after)}{' …' if snip.clipped_end else ''}")
        context = (
            '<details class="context"><summary>Toon in context</summary><div class="context-tekst">'
            f"{'… ' if wide.clipped_start else ''}{esc(wide.before)}<mark>{esc(wide.quote)}</mark>"
            f"{esc(wide.after)}{' …' if wide.clipped_end else ''}</div></details>"
        )
    return (
        f'<article class="bron" id="bron-{t}-{c.n}" tabindex="-1" aria-label="Bron {c.n}"><div class="bron-kop"><span class="bron-nr">[{c.n}]</span>'
        f'{esc(c.title)}</div><div class="bron-meta">{meta}</div>'
        f'<blockquote class="bron-citaat">{quote}</blockquote><div class="bron-acties">'
        f'<button type="button" class="kopieer" data-copy="{esc(citation_markdown(c, doc))}">Kopieer bron</button>'
        f'{page_button}<button type="button" class="terug">Terug naar het antwoord</button>'
        f"{context}</div></article>"
    )


NO_SOURCES = '<p class="leeg">Hier verschijnen de bronnen van het antwoord, met het letterlijke citaat.</p>'


def sources_html(assistant: Assistant, turns: list[Turn]) -> str:
    """Source cards per answer, newest first and open; older answers folded away."""
    if not turns:
        return NO_SOURCES
    blocks = []
    for t in range(len(turns) - 1, -1, -1):
        turn = turns[t]
        if turn.answer is None or turn.error:
            body = '<p class="leeg">Bronnen verschijnen zodra het antwoord klaar is.</p>' if not turn.error else ""
        elif turn.answer.refused:
            body = f'<div class="weigering">Geen bronnen: {esc(turn.answer.refusal_reason or "")}</div>'
        else:
            body = "".join(source_card(assistant, t, c) for c in turn.answer.citations)
        is_open = " open" if t == len(turns) - 1 else ""
        blocks.append(f'<details class="beurt"{is_open}><summary>Bronnen bij: {esc(turn.resolved)}</summary>{body}</details>')
    return "".join(blocks)


def page_header(view: PageView) -> str:
    where_text = f"pagina {view.page}" if view.page else "zonder paginanummers"
    found = "" if view.image is None or view.highlighted or not view.quote else (
        '<p class="leeg">Het citaat kon op deze pagina niet worden aangewezen.</p>')
    return (f'<h3 class="pagina-titel">{esc(view.title)}</h3><p class="bron-meta">{esc(view.file.name)} · '
            f"{where_text}</p>{found}")


def page_text_html(view: PageView) -> str:
    marked = f'<mark id="pagina-citaat">{esc(view.quote)}</mark>' if view.quote else ""
    return f'<div class="pagina-tekst" tabindex="0">{esc(view.before)}{marked}{esc(view.after)}</div>'
