"""The page's frame: the Assistant loaded in the background while the page shows "loading", and a theme
that stays readable in light and dark mode."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

import gradio as gr

from assistant.assistant import Assistant
from assistant.errors import AssistantError

log = logging.getLogger(__name__)


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
