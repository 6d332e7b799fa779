"""Conversations as the browser keeps them (JSON in its local storage), so that a reload or a later
visit shows the same conversation with its sources, and earlier conversations can be reopened.

Nothing is stored on the server. Stored data may come from an older version of the app, or be
edited by hand: whatever cannot be read back is skipped rather than breaking the page.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, fields, replace
from typing import Any

from .types import Answer, Citation, Figure

KEEP = 30  # conversations kept per browser, newest first


@dataclass(frozen=True)
class Turn:
    """One exchange: what was typed, how it was read, the outcome, and the filters then active."""

    question: str
    resolved: str
    answer: Answer | None = None
    error: str | None = None
    filters: str = ""  # the active filters in words, '' when none

    def to_dict(self) -> dict[str, Any]:
        return {"question": self.question, "resolved": self.resolved, "error": self.error, "filters": self.filters,
                "answer": self.answer.to_dict() if self.answer else None}


def _known(cls: type, data: dict) -> dict:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in data.items() if k in names}


def answer_from_dict(data: dict) -> Answer:
    """The inverse of `Answer.to_dict` (the JSON contract)."""
    return Answer(**{
        **_known(Answer, data),
        "citations": tuple(Citation(**_known(Citation, c)) for c in data.get("citations", ())),
        "figures": tuple(Figure(**_known(Figure, f)) for f in data.get("figures", ())),
    })


def turn_from_dict(data: dict) -> Turn:
    answer = data.get("answer")
    return Turn(data["question"], data["resolved"], answer_from_dict(answer) if answer else None,
                data.get("error"), data.get("filters", ""))


@dataclass(frozen=True)
class Conversation:
    """A whole conversation under a stable id; `saved` is when its last answer arrived (ISO time)."""

    id: str
    turns: tuple[Turn, ...] = ()
    saved: str = ""

    @classmethod
    def new(cls) -> Conversation:
        return cls(uuid.uuid4().hex)

    @property
    def title(self) -> str:
        return self.turns[0].question if self.turns else "Nieuw gesprek"

    def with_turns(self, turns: list[Turn]) -> Conversation:
        return replace(self, turns=tuple(turns), saved=dt.datetime.now().isoformat(timespec="seconds"))

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "saved": self.saved, "turns": [t.to_dict() for t in self.turns]}


def load(stored: Any) -> list[Conversation]:
    """The conversations in browser storage, newest first; unreadable entries are left out."""
    conversations = []
    for item in stored if isinstance(stored, list) else []:
        try:
            conversations.append(Conversation(str(item["id"]), tuple(turn_from_dict(t) for t in item["turns"]),
                                              str(item.get("saved", ""))))
        except (KeyError, TypeError, ValueError):
            continue
    return sorted(conversations, key=lambda c: c.saved, reverse=True)


def save(stored: Any, conversation: Conversation) -> list[dict]:
    """Browser storage with `conversation` put first (replacing its older version); empty ones are not kept."""
    others = [c for c in load(stored) if c.id != conversation.id]
    kept = ([conversation] if conversation.turns else []) + others
    return [c.to_dict() for c in kept[:KEEP]]


def choices(conversations: list[Conversation]) -> list[tuple[str, str]]:
    """Dropdown entries: first question, when, and how many questions."""
    def when(c: Conversation) -> str:
        try:
            return dt.datetime.fromisoformat(c.saved).strftime("%d-%m-%Y %H:%M")
        except ValueError:
            return "onbekend"
    return [(f"{c.title} · {when(c)} · {len(c.turns)} vra{'ag' if len(c.turns) == 1 else 'gen'}", c.id)
            for c in conversations]
