"""The browser front door (Dutch UI): chat with checkable sources, the figures, the documents.

Only presentation lives here. Answers, follow-up resolution, exports and passages come from
the `assistant` package; every text from a question or a document is HTML-escaped before it
is shown, so markup in them stays inert.
"""

from __future__ import annotations

import atexit
import html
import json
import logging
import re
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import altair as alt
import gradio as gr
import pandas as pd
from starlette.middleware import Middleware

from assistant import history
from assistant.assistant import Assistant
from assistant.conversation import resolve
from assistant.display import dutch_number, filter_summary, period_label, place
from assistant.errors import AssistantError
from assistant.export import (answer_markdown, citation_markdown, conversation_markdown, excel_csv, export_filename,
                              fact_sheet, figure_rows, public_urls)
from assistant.reference import public_url, source_parts, where
from assistant.feedback import add_report, feedback_path
from assistant.fileaccess import OwnerGuard, current_user, hand_out, user_folder
from assistant.figstore import label
from assistant.followups import suggestions
from assistant.history import Conversation, Turn
from assistant.pageview import PageView, page_offset, page_view
from assistant.passage import around
from assistant.retrieve import Filters
from assistant.settings import Settings
from assistant.types import Answer, Citation

log = logging.getLogger(__name__)

EXAMPLES = [
    "Hoeveel plaatsingen waren er in 2021?",
    "Hoe ontwikkelde het aantal plaatsingen zich sinds 2017?",
    "Wat zijn de knelpunten die de inspectie noemt?",
    "Hoeveel separeerruimtes waren er per 1 januari 2023?",
]
CHART_METRICS = ["plaatsingen", "unieke_jongeren", "plaatsen", "separeerruimtes"]
STATUS_NL = {"single": "één bron", "corroborated": "bevestigd", "same_source": "zelfde brontabel",
             "consistent": "verenigbaar", "distinct": "andere context", "conflict": "conflict"}
STATUS_COLOURS = {"één bron": "#64748b", "bevestigd": "#15803d", "zelfde brontabel": "#475569",
                  "verenigbaar": "#2563eb", "andere context": "#a16207", "conflict": "#dc2626"}
FIGURE_HEADERS = {"metric": "Metriek", "period": "Periode", "value": "Waarde", "unit": "Eenheid",
                  "qualifier": "Kwalificatie", "scope": "Reikwijdte", "status": "Status", "title": "Bron",
                  "place": "Plaats", "quote": "Citaat"}
DOC_HEADERS = {"title": "Titel", "kind": "Soort", "date": "Datum", "publisher": "Uitgever", "signatory": "Ondertekend door",
               "doc_number": "Kenmerk of nummer", "url": "Openbare URL", "scope": "Reikwijdte", "pages": "Pagina's", "chunks": "Chunks",
               "indexed_at": "Geïndexeerd op"}
ALL = "Alle"
EXPORT_DIR = Path(tempfile.mkdtemp(prefix="jzp-export-"))
atexit.register(shutil.rmtree, EXPORT_DIR, True)
EXPORT_TTL = 600
STATIC = Path(__file__).resolve().parent / "static"  # app.css and app.js (citation links, copy, context)


class Loader:
    """Builds the Assistant in the background, so the page is up (showing 'loading') meanwhile."""

    def __init__(self, factory: Callable[[], Assistant]) -> None:
        self._ready = threading.Event()
        self._assistant: Assistant | None = None
        self.error: str | None = None
        threading.Thread(target=self._load, args=(factory,), daemon=True).start()

    def _load(self, factory: Callable[[], Assistant]) -> None:
        try:
            self._assistant = factory()
        except AssistantError as exc:
            self.error = str(exc)
        except Exception:
            log.exception("assistent kon niet laden")
            self.error = "De assistent kon niet starten; zie de serverlog voor details."
        finally:
            self._ready.set()

    def get(self) -> Assistant:
        self._ready.wait()
        if self._assistant is None:
            raise gr.Error(self.error or "De assistent is niet beschikbaar.", title="Fout")
        return self._assistant


# ---------------------------------------------------------------- chat rendering
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


def _source_card(assistant: Assistant, t: int, c: Citation) -> str:
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
            body = "".join(_source_card(assistant, t, c) for c in turn.answer.citations)
        is_open = " open" if t == len(turns) - 1 else ""
        blocks.append(f'<details class="beurt"{is_open}><summary>Bronnen bij: {esc(turn.resolved)}</summary>{body}</details>')
    return "".join(blocks)


def _export(assistant: Assistant, turns: list[Turn]):
    last = next((t.answer for t in reversed(turns) if t.answer is not None), None)
    if last is None:
        return gr.update(value="", visible=False), gr.update(value=None, visible=False)
    text = answer_markdown(last, assistant.docs)
    return gr.update(value=text, visible=True), gr.update(value=_write_export(export_filename(last), text), visible=True)


def export_path(name: str) -> Path:
    """A fresh file in the current user's export folder (fileaccess: per user when a login is on);
    exports older than EXPORT_TTL seconds (long downloaded, Gradio serves its own copy) are removed
    first, so the folder never grows without bound."""
    for old in EXPORT_DIR.glob("*/*"):
        if time.time() - old.stat().st_mtime > EXPORT_TTL:
            shutil.rmtree(old, ignore_errors=True)
    path = user_folder(EXPORT_DIR, current_user()) / uuid.uuid4().hex / name
    path.parent.mkdir()
    return path


def page_header(view: PageView) -> str:
    where_text = f"pagina {view.page}" if view.page else "zonder paginanummers"
    found = "" if view.image is None or view.highlighted or not view.quote else (
        '<p class="leeg">Het citaat kon op deze pagina niet worden aangewezen.</p>')
    return (f'<h3 class="pagina-titel">{esc(view.title)}</h3><p class="bron-meta">{esc(view.file.name)} · '
            f"{where_text}</p>{found}")


def page_text_html(view: PageView) -> str:
    marked = f'<mark id="pagina-citaat">{esc(view.quote)}</mark>' if view.quote else ""
    return f'<div class="pagina-tekst" tabindex="0">{esc(view.before)}{marked}{esc(view.after)}</div>'


def original_copy(path: Path) -> str:
    """A copy of an original document to download: the document folders themselves are never served."""
    copy = export_path(path.name)
    shutil.copyfile(path, copy)
    return hand_out(copy)


def _write_export(name: str, text: str) -> str:
    path = export_path(name)
    path.write_text(text, encoding="utf-8")
    return hand_out(path)


def conversation_exports(assistant: Assistant, turns: list[Turn]):
    """The whole conversation as Markdown and as a journalist's fact sheet (downloads)."""
    answers = [t.answer for t in turns if t.answer is not None]
    if not answers:
        return gr.update(value=None, visible=False), gr.update(value=None, visible=False)
    sheet = fact_sheet(answers, assistant.docs, public_urls(assistant.settings.corpus_dir))
    return (gr.update(value=_write_export("gesprek.md", conversation_markdown(answers, assistant.docs)), visible=True),
            gr.update(value=_write_export("feitenblad.md", sheet), visible=True))


def followup_choices(assistant: Assistant, turns: list[Turn]):
    last = turns[-1].answer if turns else None
    asked = suggestions(last, assistant.figure_groups) if last else []
    return gr.update(choices=asked, value=None, visible=bool(asked))


def _filters(kinds: list[str] | None, year_from: float, year_to: float, bounds: tuple[int, int]) -> Filters:
    years = (int(min(year_from, year_to)), int(max(year_from, year_to)))
    return Filters(tuple(kinds or ()), years if years != bounds else None)


# ---------------------------------------------------------------- figures and documents
def figures_selected(assistant: Assistant, metric: str, scope: str, status: str, search: str) -> list[dict]:
    """The statements the filters select, disagreements first (they need a look); raw values."""
    rows = figure_rows(assistant.figure_groups(None if metric == ALL else metric, None, None if scope == ALL else scope))
    needle = (search or "").strip().lower()
    rows = [r for r in rows if (status == ALL or STATUS_NL.get(r["status"], r["status"]) == status)
            and (not needle or needle in (r["quote"] + " " + r["title"]).lower())]
    return sorted(rows, key=lambda r: r["status"] != "conflict")


def figures_frame(rows: list[dict]) -> pd.DataFrame:
    shown = [{**r, "status": STATUS_NL.get(r["status"], r["status"]), "place": place(r["page"], r["section"])}
             for r in rows]
    return pd.DataFrame(shown, columns=[*FIGURE_HEADERS, "doc_id", "page", "section"])


def _clip(text: str, limit: int) -> str:
    """Shortened for a table cell; the CSV download keeps the full text."""
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + " …"


def figures_table(frame: pd.DataFrame):
    shown = frame[list(FIGURE_HEADERS)].assign(
        metric=frame["metric"].map(label), period=frame["period"].map(period_label, na_action="ignore"),
        value=frame["value"].map(dutch_number), title=frame["title"].map(lambda t: _clip(t, 70)),
        quote=frame["quote"].map(lambda q: _clip(q, 120))).fillna("")
    shown = shown.rename(columns=FIGURE_HEADERS)
    return shown.style.apply(  # text colour too: the row must stay readable in dark mode
        lambda row: ["background-color: #fee2e2; color: #7f1d1d" if row["Status"] == "conflict" else ""] * len(row),
        axis=1)


def conflicts_html(frame: pd.DataFrame) -> str:
    """Where sources disagree, said in words above the table (the rows are also marked red)."""
    clashes = frame[frame["status"] == STATUS_NL["conflict"]]
    items = [
        f"{esc(label(metric))}{f' ({esc(period_label(period))})' if period else ''}: " + " · ".join(
            esc(f"{r.qualifier} {dutch_number(r.value)} ({r.place})".strip()) for r in rows.itertuples())
        for (metric, period), rows in clashes.fillna({"period": ""}).groupby(["metric", "period"])
    ]
    if not items:
        return ""
    return (f'<div class="conflicten"><strong>Bronnen spreken elkaar tegen</strong> bij {"; ".join(items)}. '
            "De rijen staan rood gemarkeerd.</div>")


def figures_csv(rows: list[dict]) -> str:
    path = export_path("cijfers.csv")
    path.write_text(excel_csv(rows), encoding="utf-8")
    return hand_out(path)


def figure_chart(assistant: Assistant, metric: str) -> alt.LayerChart:
    """The metric over time: a line through the most precise value per period, and one point per
    distinct statement whose hover names every source that makes it."""
    groups = [g for g in assistant.figure_groups(metric) if g.period]
    national = [g for g in groups if g.scope == "landelijk"] or groups
    statements: dict[tuple, list] = {}
    for g in national:
        for f in g.figures:
            statements.setdefault((g.period, f.value, f.qualifier, g.status), []).append(f)
    points = pd.DataFrame([
        {"Periode": period_label(period), "Waarde": value, "Zoals geschreven": f"{qualifier} {figs[0].raw or f'{value:g}'}".strip(),
         "Status": STATUS_NL.get(status, status), "Citaat": _clip(figs[0].quote, 220),
         "Bron": " | ".join(f"{f.title} ({where(f.page, f.section)})" for f in figs)}
        for (period, value, qualifier, status), figs in statements.items()
    ], columns=["Periode", "Waarde", "Zoals geschreven", "Status", "Bron", "Citaat"])
    line = pd.DataFrame([{"Periode": period_label(g.period), "Waarde": g.primary.value} for g in national])
    # Periods are labels ('2021', 'per 1 januari 2023') in time order, not dates spread over an axis.
    order = [period_label(p) for p in sorted({g.period for g in national})]
    x = alt.X("Periode:O", sort=order, title=None, axis=alt.Axis(labelAngle=0, labelLimit=120))
    y_axis = alt.Axis(labelExpr="replace(format(datum.value, ',d'), ',', '.')")
    base = alt.Chart(line).mark_line(color="#1e3a8a").encode(
        x=x, y=alt.Y("Waarde:Q", title=label(metric), axis=y_axis))
    colours = alt.Scale(domain=list(STATUS_COLOURS), range=list(STATUS_COLOURS.values()))
    dots = alt.Chart(points).mark_circle(size=110, opacity=0.9).encode(
        x=x, y="Waarde:Q", color=alt.Color("Status:N", scale=colours, legend=alt.Legend(orient="bottom")),
        tooltip=["Periode", "Zoals geschreven", "Status", "Bron", "Citaat"],
    )
    # SVG, so that each point is an element a test (or a screen reader) can find.
    return (base + dots).properties(width="container", height=300, title=label(metric),
                                    usermeta={"embedOptions": {"renderer": "svg", "actions": False}})


def chart_choices(assistant: Assistant) -> list[tuple[str, str]]:
    periods: dict[str, set] = {}
    for f in assistant.figures():
        if f.period:
            periods.setdefault(f.metric, set()).add(f.period)
    metrics = [m for m in CHART_METRICS if m in periods] + sorted(
        m for m, p in periods.items() if len(p) > 1 and m not in CHART_METRICS)
    return [(label(m), m) for m in metrics]


def documents_frame(assistant: Assistant) -> pd.DataFrame:
    return pd.DataFrame(assistant.document_stats(), columns=list(DOC_HEADERS)).rename(columns=DOC_HEADERS)


# ---------------------------------------------------------------- the app
def build(loader: Loader) -> gr.Blocks:
    with gr.Blocks(title="JeugdzorgPlus-assistent", analytics_enabled=False) as demo:
        turns = gr.State([])
        stored = gr.BrowserState([], storage_key="jeugdzorgplus-gesprekken")  # history, in this browser only
        current = gr.State("")  # id of the conversation on screen ('' until its first answer)
        bounds = gr.State((0, 0))
        gr.Markdown("## JeugdzorgPlus-assistent\nVragen over gesloten jeugdhulp. Elk antwoord citeert letterlijk "
                    "uit de brondocumenten; staat het er niet in, dan zegt de assistent dat.")
        loading = gr.HTML('<div class="laden">De modellen en de index worden geladen…</div>')
        # Filled by static/app.js from a source card's "Toon originele pagina"; outside the tabs, which
        # are only drawn once visited.
        page_request = gr.Textbox(elem_id="pagina-verzoek", elem_classes=["verborgen"], show_label=False, container=False)
        with gr.Tabs(overflow_behavior="wrap") as tabs:  # on a phone every tab stays reachable
            with gr.Tab("Chat", id="chat"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=3):
                        chat = gr.Chatbot(
                            label="Gesprek", show_label=False, height=520, elem_id="gesprek", buttons=[],
                            feedback_options=None,
                            placeholder="**Stel een vraag over gesloten jeugdhulp**<br>of kies een voorbeeld.",
                            examples=[{"text": q} for q in EXAMPLES], group_consecutive_messages=False,
                        )
                        box = gr.Textbox(label="Uw vraag", placeholder="Even geduld: de modellen worden geladen…",
                                         interactive=False, elem_id="vraag", submit_btn="Vraag")
                        active = gr.HTML("", elem_id="actieve-filters")
                        followups = gr.Radio(label="Vervolgvragen", choices=[], visible=False, elem_id="vervolgvragen")
                        with gr.Row():
                            copy_answer = gr.Button("Kopieer antwoord", size="sm", variant="secondary",
                                                    elem_id="kopieer-antwoord")
                            edit_last = gr.Button("Bewerk laatste vraag", size="sm", variant="secondary",
                                                  elem_id="bewerk-vraag")
                        with gr.Accordion("Meld een fout in het laatste antwoord", open=False, elem_id="meld-fout"):
                            report_text = gr.Textbox(label="Wat klopt er niet? (optioneel)", lines=2,
                                                     elem_id="melding-tekst")
                            report_send = gr.Button("Verstuur melding", size="sm", elem_id="verstuur-melding")
                            report_status = gr.HTML(elem_id="melding-status")
                        with gr.Accordion("Filters (soort document, jaar)", open=False):
                            kinds = gr.CheckboxGroup(label="Soort document (niets aangevinkt = alle)", choices=[])
                            with gr.Row():
                                year_from = gr.Slider(label="Van jaar", step=1, interactive=True)
                                year_to = gr.Slider(label="Tot en met jaar", step=1, interactive=True)
                        with gr.Row():
                            new_chat = gr.Button("Nieuw gesprek", size="sm", variant="secondary")
                            download = gr.DownloadButton("Exporteer antwoord (.md)", size="sm", visible=False,
                                                         elem_id="exporteer")
                            conv_download = gr.DownloadButton("Exporteer gesprek (.md)", size="sm", visible=False,
                                                              elem_id="exporteer-gesprek")
                            facts_download = gr.DownloadButton("Feitenblad (.md)", size="sm", visible=False,
                                                               elem_id="feitenblad")
                        past = gr.Dropdown(label="Eerdere gesprekken (bewaard in deze browser)", choices=[],
                                           elem_id="eerdere-gesprekken")
                        with gr.Accordion("Exporteer antwoord als tekst (Markdown, om te plakken)", open=False):
                            export_md = gr.Code(language="markdown", show_label=False, visible=False,
                                                elem_id="export-md", max_lines=18)
                    with gr.Column(scale=2):
                        gr.Markdown("### Bronnen")
                        sources = gr.HTML(NO_SOURCES, elem_id="bronnen", js_on_load=None)
            with gr.Tab("Cijfers", id="cijfers") as figures_tab:
                with gr.Row():
                    metric = gr.Dropdown(label="Metriek", choices=[ALL], value=ALL, elem_id="filter-metriek")
                    scope = gr.Dropdown(label="Reikwijdte", choices=[ALL], value=ALL)
                    status = gr.Dropdown(label="Status", choices=[ALL, *STATUS_NL.values()], value=ALL)
                    search = gr.Textbox(label="Zoek in citaat of bron")
                conflicts = gr.HTML(elem_id="conflicten")
                table = gr.Dataframe(elem_id="cijfertabel", interactive=False, wrap=True, max_height=420,
                                     column_widths=["11%", "7%", "7%", "8%", "7%", "7%", "8%", "14%", "10%", "21%"])
                csv_button = gr.DownloadButton("Download CSV (gefilterde tabel)", size="sm", elem_id="csv")
                chart_metric = gr.Dropdown(label="Grafiek van", choices=[], elem_id="grafiek-keuze")
                gr.Markdown("Beweeg over een punt voor bron, plaats en citaat. De lijn volgt de meest precieze "
                            "waarde per periode; de kleur zegt of de bronnen het eens zijn.")
                chart = gr.Plot(elem_id="grafiek", show_label=False)
            with gr.Tab("Documenten", id="documenten"):
                docs_table = gr.Dataframe(elem_id="documenten", interactive=False, wrap=True,
                                          column_widths=["46%", "13%", "10%", "8%", "8%", "15%"])
                gr.Markdown("Een toegevoegd document wordt meteen geïndexeerd en is daarna direct doorzoekbaar "
                            "in de chat en de cijfers. Een leeg, onleesbaar of ander soort bestand wordt geweigerd "
                            "en verandert niets.")
                upload = gr.File(label="Document toevoegen: PDF, TXT of Markdown", elem_id="upload")
                upload_status = gr.HTML(elem_id="upload-status")
                with gr.Row(equal_height=True):
                    doc_pick = gr.Dropdown(label="Bekijk het origineel van", choices=[], elem_id="document-keuze", scale=3)
                    page_pick = gr.Number(label="Pagina", value=1, minimum=1, precision=0, scale=1)
                    show_doc = gr.Button("Toon pagina", variant="secondary", scale=1)
            with gr.Tab("Origineel", id="pagina"):
                page_head = gr.HTML('<p class="leeg">Kies "Toon originele pagina" bij een bron, of een document '
                                    "onder Documenten.</p>", elem_id="pagina-kop")
                with gr.Row():
                    back_to_chat = gr.Button("Terug naar de chat", size="sm", variant="secondary")
                    original = gr.DownloadButton("Download het originele bestand", size="sm", visible=False,
                                                 elem_id="origineel")
                page_image = gr.Image(type="pil", show_label=False, visible=False, elem_id="pagina-beeld",
                                      interactive=False, buttons=[])
                page_text = gr.HTML(visible=False, elem_id="pagina-tekst")

        def figures_view(m: str, s: str, st: str, q: str):
            rows = figures_selected(loader.get(), m, s, st, q)
            frame = figures_frame(rows)
            return figures_table(frame), figures_csv(rows), conflicts_html(frame)

        def refresh_corpus():
            assistant = loader.get()
            years = sorted({d.year for d in assistant.documents() if d.year})
            lo, hi = (years[0], years[-1]) if years else (2000, 2030)
            kinds_seen = sorted({d.kind for d in assistant.documents()})
            scopes = sorted({f.scope for f in assistant.figures()})
            metrics = sorted(assistant.figure_store.metrics())
            choices = chart_choices(assistant)
            return (
                gr.update(choices=kinds_seen), gr.update(minimum=lo, maximum=hi, value=lo),
                gr.update(minimum=lo, maximum=hi, value=hi), (lo, hi),
                gr.update(choices=[ALL, *((label(m), m) for m in metrics)]), gr.update(choices=[ALL, *scopes]),
                gr.update(choices=choices, value=choices[0][1] if choices else None),
                documents_frame(assistant),
                gr.update(choices=[(d.title, d.doc_id) for d in assistant.documents()]),
            )

        corpus_outputs = [kinds, year_from, year_to, bounds, metric, scope, chart_metric, docs_table, doc_pick]

        def show_page(doc_id: str, start: int, end: int):
            assistant = loader.get()
            doc = assistant.docs.get(doc_id)
            if doc is None:
                raise gr.Error("Dit document staat niet (meer) in de index.", title="Fout")
            try:
                view = page_view(doc, start, end, (assistant.settings.corpus_dir, assistant.settings.uploads))
            except AssistantError as exc:
                raise gr.Error(str(exc), title="Fout") from exc
            return (gr.Tabs(selected="pagina"), page_header(view), gr.update(value=original_copy(view.file), visible=True),
                    gr.update(value=view.image, visible=view.image is not None),
                    gr.update(value=page_text_html(view), visible=True))

        def page_from_card(request: str):
            doc_id, start, end = (json.loads(request) if request else {}).get("cite", ["", 0, 0])[:3]
            return show_page(doc_id, int(start), int(end))

        def page_from_documents(doc_id: str | None, page: float | None):
            if not doc_id:
                raise gr.Error("Kies eerst een document.", title="Fout")
            at = page_offset(loader.get().docs[doc_id], int(page or 1))
            return show_page(doc_id, at, at)

        def show_conversation(conversation: Conversation | None, saved: list[Conversation]):
            """Chat, sources and downloads of `conversation` (None: an empty one), and the history list."""
            assistant = loader.get()
            done = list(conversation.turns) if conversation else []
            return (chat_messages(done), sources_html(assistant, done), done, conversation.id if conversation else "",
                    *_export(assistant, done), *conversation_exports(assistant, done),
                    gr.update(choices=history.choices(saved), value=None), followup_choices(assistant, done))

        def on_load(stored_value):
            """Open the box once the models are there, with the newest stored conversation restored."""
            try:
                loader.get()
            except gr.Error:
                return (gr.update(value=f'<div class="laden fout">{esc(loader.error or "")}</div>'), gr.skip(),
                        *([gr.skip()] * len(conversation_outputs)))
            saved = history.load(stored_value)
            return (gr.update(visible=False),
                    gr.update(interactive=True, placeholder="Bijv. Hoeveel plaatsingen waren er in 2021?"),
                    *show_conversation(saved[0] if saved else None, saved))

        def remember(done: list[Turn], conversation_id: str, stored_value):
            conversation = Conversation(conversation_id or Conversation.new().id).with_turns(done)
            new_value = history.save(stored_value, conversation)
            return (new_value, conversation.id, gr.update(choices=history.choices(history.load(new_value)), value=None),
                    *conversation_exports(loader.get(), done))

        def open_conversation(conversation_id: str | None, stored_value):
            saved = history.load(stored_value)
            chosen = next((c for c in saved if c.id == conversation_id), None)
            return show_conversation(chosen, saved) if chosen else tuple(gr.skip() for _ in conversation_outputs)

        def respond(question: str, earlier: list[Turn], k, y0, y1, yb, conversation_id: str, stored_value
                    ) -> Iterator[tuple]:
            assistant = loader.get()
            previous = next((t.resolved for t in reversed(earlier) if t.answer is not None), None)
            resolved = resolve(question.strip(), previous)
            filters = _filters(k, y0, y1, yb)
            turn = Turn(question.strip(), resolved, filters=filter_summary(filters))
            try:
                for partial in assistant.ask_stream(resolved, filters):
                    live = [*earlier, replace(turn, answer=partial)]
                    yield (chat_messages(live, streaming=True), sources_html(assistant, [*earlier, turn]),
                           *(gr.skip() for _ in chat_outputs[2:]))
                done = [*earlier, replace(turn, answer=partial)]
            except AssistantError as exc:
                done = [*earlier, replace(turn, error=str(exc))]
            yield (chat_messages(done), sources_html(assistant, done), done, "", *_export(assistant, done),
                   *remember(done, conversation_id, stored_value), followup_choices(assistant, done))

        def pick_example(evt: gr.SelectData) -> str:
            return evt.value["text"]

        def edit_last_question(done: list[Turn], conversation_id: str, stored_value):
            """Take the last question back into the box, to change and send it again."""
            if not done:
                return (*(gr.skip() for _ in conversation_outputs), gr.skip())
            shown = show_conversation(Conversation(conversation_id, tuple(done[:-1])), history.load(stored_value))
            return (*shown, done[-1].question)

        def send_report(done: list[Turn], comment: str):
            last = next((t.answer for t in reversed(done) if t.answer is not None), None)
            if last is None:
                return '<div class="fout">Er is nog geen antwoord om te melden.</div>', gr.skip()
            try:
                report = add_report(feedback_path(loader.get().settings.index_dir), last, comment)
            except AssistantError as exc:
                return f'<div class="fout">{esc(str(exc))}</div>', gr.skip()
            return (f'<div class="melding-ok" role="status">Bedankt: uw melding (nr. {report.id}) over '
                    f"“{esc(last.question)}” is opgeslagen.</div>"), ""

        def clear(stored_value):
            return show_conversation(None, history.load(stored_value))

        def add_document(file: str | None, progress=gr.Progress()):
            if not file:
                return gr.skip(), *([gr.skip()] * len(corpus_outputs))
            assistant = loader.get()
            path = Path(file)
            try:
                report = assistant.add_file(path, path.name, lambda f, msg: progress(f, desc=msg))
            except AssistantError as exc:
                return f'<div class="fout">{esc(str(exc))}</div>', *([gr.skip()] * len(corpus_outputs))
            finally:
                path.unlink(missing_ok=True)  # Gradio's cached copy: accepted files live in the upload area
            if report.errors and not report.added:
                return f'<div class="fout">{esc(" ".join(report.errors))}</div>', *([gr.skip()] * len(corpus_outputs))
            added = ", ".join(report.added) or path.name
            message = f'<div class="melding-ok">Toegevoegd en direct doorzoekbaar: {esc(added)}.</div>'
            return message, *refresh_corpus()

        def show_filters(k, y0, y1, yb) -> str:
            summary = filter_summary(_filters(k, y0, y1, yb))
            return f'<p class="filter-actief" role="status">Filter actief: {esc(summary)}</p>' if summary else ""

        def draw_chart(m: str | None):
            return figure_chart(loader.get(), m) if m else None

        ui = {"api_visibility": "private"}  # only `ask` below is an API; the rest serves this page
        chat_outputs = [chat, sources, turns, box, export_md, download, stored, current, past, conv_download,
                        facts_download, followups]
        conversation_outputs = [chat, sources, turns, current, export_md, download, conv_download, facts_download, past,
                                followups]
        chat_inputs = [box, turns, kinds, year_from, year_to, bounds, current, stored]
        figure_io = ([metric, scope, status, search], [table, csv_button, conflicts])
        # The question box opens after on_load; nothing later in this chain may touch the chat or its
        # sources, or a quick first answer would lose its source cards (seen on a loaded machine).
        demo.load(on_load, stored, [loading, box, *conversation_outputs], **ui).then(
            refresh_corpus, None, corpus_outputs, **ui).then(
            figures_view, *figure_io, **ui)
        box.submit(respond, chat_inputs, chat_outputs, **ui)
        followups.input(lambda q: q, followups, box, **ui).then(respond, chat_inputs, chat_outputs, **ui)
        copy_answer.click(None, js="() => window.kopieerAntwoord()")
        edit_last.click(edit_last_question, [turns, current, stored], [*conversation_outputs, box], **ui)
        report_send.click(send_report, [turns, report_text], [report_status, report_text], **ui)
        past.input(open_conversation, [past, stored], conversation_outputs, **ui)
        page_outputs = [tabs, page_head, original, page_image, page_text]
        scroll_to_quote = "() => document.querySelector('#pagina-citaat')?.scrollIntoView({block: 'center'})"
        page_request.change(page_from_card, page_request, page_outputs, **ui).then(None, js=scroll_to_quote)
        show_doc.click(page_from_documents, [doc_pick, page_pick], page_outputs, **ui)
        back_to_chat.click(lambda: gr.Tabs(selected="chat"), None, tabs, **ui)
        # User events only: the page-load chain sets the sliders one by one, and a change event in
        # between would validate one slider's old value against the other's new range.
        kinds.input(show_filters, [kinds, year_from, year_to, bounds], active, **ui)
        for slider in (year_from, year_to):
            slider.release(show_filters, [kinds, year_from, year_to, bounds], active, **ui)
        chat.example_select(pick_example, None, box, **ui).then(respond, chat_inputs, chat_outputs, **ui)
        new_chat.click(clear, stored, conversation_outputs, **ui)
        chat.clear(clear, stored, conversation_outputs, **ui)  # the chat's own bin icon
        for control in (metric, scope, status):
            control.change(figures_view, *figure_io, **ui)
        search.submit(figures_view, *figure_io, **ui)
        # Drawn when the tab is visible: a chart laid out while hidden gets zero width.
        chart_metric.change(draw_chart, chart_metric, chart, **ui)
        figures_tab.select(draw_chart, chart_metric, chart, **ui)
        upload.upload(add_document, upload, [upload_status, *corpus_outputs], **ui).then(
            figures_view, *figure_io, **ui).then(lambda: None, None, upload, **ui)

        def ask_api(question: str) -> dict:
            """Answer one question; returns the Answer JSON of ARCHITECTURE.md (same as `ask --json`)."""
            try:
                return loader.get().ask(question).to_dict()
            except AssistantError as exc:
                raise gr.Error(str(exc), title="Fout") from exc

        gr.api(ask_api, api_name="ask", concurrency_limit=4)
    return demo


def app_theme() -> gr.themes.Base:
    """Soft, with accents and labels dark enough for WCAG AA (4.5:1) in light and dark mode."""
    return gr.themes.Soft(
        font=["Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "DejaVu Sans", "sans-serif"],
        font_mono=["ui-monospace", "Menlo", "monospace"],
    ).set(
        color_accent="*primary_700",
        block_label_text_color="*primary_800", block_label_text_color_dark="white",
        block_label_background_fill_dark="*primary_700",
        block_title_text_color="*primary_800", block_title_text_color_dark="white",
        body_text_color_subdued="*neutral_600", body_text_color_subdued_dark="*neutral_300",
        input_placeholder_color="*neutral_500", input_placeholder_color_dark="*neutral_400",
        link_text_color="*secondary_700", link_text_color_dark="*secondary_300",
    )


def main(host: str = "127.0.0.1", port: int = 7860,
         auth: list[tuple[str, str]] | Callable[[str, str], bool] | None = None) -> None:
    theme = app_theme()
    script = f"<script>{(STATIC / 'app.js').read_text(encoding='utf-8')}</script>"
    build(Loader(Assistant)).launch(server_name=host, server_port=port, theme=theme, css_paths=[STATIC / "app.css"],
                                    head=script, footer_links=["api"], auth=auth,
                                    max_file_size=f"{Settings().max_upload_mb}mb",  # enforced while streaming in
                                    app_kwargs={"middleware": [Middleware(OwnerGuard)]})  # per-user files


if __name__ == "__main__":
    main()
