"""Gradio chat over the Assistant API (Dutch UI). No logic here beyond presentation."""

from __future__ import annotations

import html

import gradio as gr

from assistant.assistant import Assistant
from assistant.errors import AssistantError

EXAMPLES = [
    "Hoeveel gesloten plaatsingen waren er in 2022?",
    "Hoe ontwikkelde het aantal plaatsingen zich sinds 2017?",
    "Wat zijn de knelpunten die de inspectie noemt?",
    "Hoeveel separeerruimtes waren er per 1 januari 2023?",
]


def sources_html(answer) -> str:
    """Numbered source cards; all document text is escaped so it stays inert."""
    if answer.refused:
        return f"<div class='refusal'><b>Geen antwoord.</b> {html.escape(answer.refusal_reason or '')}</div>"
    cards = []
    for c in answer.citations:
        where = f"p. {c.page}" if c.page else html.escape(c.section or "")
        cards.append(
            f"<div class='source' id='bron-{c.n}'><b>[{c.n}] {html.escape(c.title)}</b> "
            f"<small>({html.escape(c.kind)}, {html.escape(c.date)}, {where})</small>"
            f"<blockquote>{html.escape(c.quote)}</blockquote></div>"
        )
    return "\n".join(cards)


def build(assistant: Assistant) -> gr.Blocks:
    def respond(question: str, history: list):
        history = history or []
        try:
            answer = assistant.ask(question)
        except AssistantError as exc:
            history += [{"role": "user", "content": question}, {"role": "assistant", "content": f"⚠️ {exc}"}]
            return history, "", ""
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.answer}]
        return history, sources_html(answer), ""

    with gr.Blocks(title="JeugdzorgPlus-assistent") as demo:
        gr.Markdown("## Vragen over gesloten jeugdhulp\nElk antwoord citeert letterlijk uit de brondocumenten.")
        with gr.Row():
            with gr.Column(scale=3):
                chat = gr.Chatbot(label="Gesprek", height=480)
                box = gr.Textbox(label="Uw vraag", placeholder="Bijv. Hoeveel plaatsingen waren er in 2022?")
                gr.Examples(EXAMPLES, inputs=box)
            with gr.Column(scale=2):
                sources = gr.HTML(label="Bronnen")
        box.submit(respond, [box, chat], [chat, sources, box])
    return demo


def main(host: str = "127.0.0.1", port: int = 7860) -> None:
    assistant = Assistant()
    build(assistant).launch(server_name=host, server_port=port)


if __name__ == "__main__":
    main()
