"""Reports of a wrong answer ("Meld een fout"), kept locally in SQLite beside the index.

The team reviews them with `python -m assistant feedback`. A report keeps the question, the
answer and its citations as shown, so it can be checked even after the index has changed.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from .errors import AssistantError
from .types import Answer

SCHEMA = """CREATE TABLE IF NOT EXISTS report (
    id INTEGER PRIMARY KEY AUTOINCREMENT, created TEXT NOT NULL, question TEXT NOT NULL,
    answer TEXT NOT NULL, refused INTEGER NOT NULL, citations TEXT NOT NULL, comment TEXT NOT NULL)"""
MAX_COMMENT = 2000


class FeedbackError(AssistantError):
    """The report could not be stored."""


@dataclass(frozen=True)
class Report:
    id: int
    created: str
    question: str
    answer: str
    refused: bool
    citations: tuple[dict, ...]
    comment: str


def feedback_path(index_dir: Path) -> Path:
    """Beside the index folder, so that rebuilding the index (which replaces the folder) keeps them."""
    return index_dir.parent / "feedback.sqlite"


def _connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute(SCHEMA)
    return conn


def add_report(path: Path, answer: Answer, comment: str) -> Report:
    """Store a report about `answer`; the comment says what is wrong (may be empty)."""
    created = dt.datetime.now().isoformat(timespec="seconds")
    comment = comment.strip()[:MAX_COMMENT]
    citations = json.dumps([c.to_dict() for c in answer.citations], ensure_ascii=False)
    try:
        with closing(_connect(path)) as conn, conn:
            cursor = conn.execute(
                "INSERT INTO report (created, question, answer, refused, citations, comment) VALUES (?, ?, ?, ?, ?, ?)",
                (created, answer.question, answer.answer, int(answer.refused), citations, comment))
    except sqlite3.Error as exc:
        raise FeedbackError(f"De melding kon niet worden opgeslagen ({exc}).") from exc
    return Report(cursor.lastrowid, created, answer.question, answer.answer, answer.refused,
                  tuple(json.loads(citations)), comment)


def reports(path: Path) -> list[Report]:
    """All stored reports, oldest first ([] when nothing was reported yet)."""
    if not path.exists():
        return []
    with closing(_connect(path)) as conn:
        rows = conn.execute("SELECT id, created, question, answer, refused, citations, comment FROM report ORDER BY id")
        return [Report(i, c, q, a, bool(r), tuple(json.loads(cit)), m) for i, c, q, a, r, cit, m in rows]
