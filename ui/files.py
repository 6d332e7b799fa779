"""Downloads: exports of an answer or conversation, the figures CSV and copies of originals, each in the
current user's own folder and removed after EXPORT_TTL seconds."""

from __future__ import annotations

import atexit
import shutil
import tempfile
import time
import uuid
from pathlib import Path

import gradio as gr

from assistant.assistant import Assistant
from assistant.export import (answer_markdown, conversation_markdown, excel_csv, export_filename, fact_sheet,
                              public_urls)
from assistant.fileaccess import current_user, hand_out, user_folder
from assistant.history import Turn

EXPORT_DIR = Path(tempfile.mkdtemp(prefix="jzp-export-"))
atexit.register(shutil.rmtree, EXPORT_DIR, True)
EXPORT_TTL = 600


def answer_export(assistant: Assistant, turns: list[Turn]):
    last = next((t.answer for t in reversed(turns) if t.answer is not None), None)
    if last is None:
        return gr.update(value="", visible=False), gr.update(value=None, visible=False)
    text = answer_markdown(last, assistant.docs)
    return gr.update(value=text, visible=True), gr.update(value=write_export(export_filename(last), text), visible=True)


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



def original_copy(path: Path) -> str:
    """A copy of an original document to download: the document folders themselves are never served."""
    copy = export_path(path.name)
    shutil.copyfile(path, copy)
    return hand_out(copy)


def write_export(name: str, text: str) -> str:
    path = export_path(name)
    path.write_text(text, encoding="utf-8")
    return hand_out(path)


def conversation_exports(assistant: Assistant, turns: list[Turn]):
    """The whole conversation as Markdown and as a journalist's fact sheet (downloads)."""
    answers = [t.answer for t in turns if t.answer is not None]
    if not answers:
        return gr.update(value=None, visible=False), gr.update(value=None, visible=False)
    sheet = fact_sheet(answers, assistant.docs, public_urls(assistant.settings.corpus_dir))
    return (gr.update(value=write_export("gesprek.md", conversation_markdown(answers, assistant.docs)), visible=True),
            gr.update(value=write_export("feitenblad.md", sheet), visible=True))


def figures_csv(rows: list[dict]) -> str:
    path = export_path("cijfers.csv")
    path.write_text(excel_csv(rows), encoding="utf-8")
    return hand_out(path)
