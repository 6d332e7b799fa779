"""The browser front door (Dutch UI): chat with checkable sources, the figures, the documents.

Only presentation lives here (the pieces it draws are in `ui/`). Answers, follow-up resolution,
exports and passages come from the `assistant` package.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import gradio as gr
from starlette.middleware import Middleware

from assistant import history
from assistant.assistant import Assistant
from assistant.conversation import resolve
from assistant.display import filter_summary
from assistant.errors import AssistantError
from assistant.feedback import add_report, feedback_path
from assistant.fileaccess import OwnerGuard
from assistant.figstore import label
from assistant.followups import suggestions
from assistant.history import Conversation, Turn
from assistant.pageview import page_offset, page_view
from assistant.retrieve import Filters
from assistant.settings import Settings
from ui.figures import (ALL, STATUS_NL, chart_choices, conflicts_html, documents_frame, figure_chart, figures_frame,
                        figures_selected, figures_table)
from ui.files import answer_export, conversation_exports, figures_csv, original_copy
from ui.render import NO_SOURCES, chat_messages, esc, page_header, page_text_html, sources_html
from ui.shell import Loader, app_theme

EXAMPLES = [
    "Hoeveel plaatsingen waren er in 2021?",
    "Hoe ontwikkelde het aantal plaatsingen zich sinds 2017?",
    "Wat zijn de knelpunten die de inspectie noemt?",
    "Hoeveel separeerruimtes waren er per 1 januari 2023?",
]
STATIC = Path(__file__).resolve().parent / "static"  # app.css and app.js (citation links, copy, context)


def followup_choices(assistant: Assistant, turns: list[Turn]):
    last = turns[-1].answer if turns else None
    asked = suggestions(last, assistant.figure_groups) if last else []
    return gr.update(choices=asked, value=None, visible=bool(asked))


def _filters(kinds: list[str] | None, year_from: float, year_to: float, bounds: tuple[int, int]) -> Filters:
    years = (int(min(year_from, year_to)), int(max(year_from, year_to)))
    return Filters(tuple(kinds or ()), years if years != bounds else None)


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
                    *answer_export(assistant, done), *conversation_exports(assistant, done),
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
            yield (chat_messages(done), sources_html(assistant, done), done, "", *answer_export(assistant, done),
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
