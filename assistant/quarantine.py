"""Quarantine: an upload whose processing failed or was killed leaves the upload area, so it can
never make later ingests fail; it waits beside the upload area with a note saying why.

Before ingest works on an uploaded file it writes its name to `index/processing.json` and removes
the note when the file is done. A note still there at the next ingest means the process died on
that file (out of memory, killed): the file goes into quarantine and the rest is ingested as usual.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

from .settings import Settings

log = logging.getLogger(__name__)


def quarantine_dir(settings: Settings) -> Path:
    """Beside the upload area, outside corpus and index: ingest never reads it."""
    return settings.uploads.with_name("quarantaine")


def quarantine(path: Path, reason: str, settings: Settings) -> str:
    """Move `path` out of the upload area with a note; returns the Dutch message for the user."""
    target_dir = quarantine_dir(settings)
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / f"{time.strftime('%Y%m%d-%H%M%S')}-{path.name}"
    os.replace(path, target)
    target.with_name(target.name + ".reden.txt").write_text(reason + "\n", encoding="utf-8")
    message = (f"Document '{path.name}' is in quarantaine gezet ({target}): {reason} "
               "De andere documenten zijn gewoon verwerkt; voeg het opnieuw toe om het nog eens te proberen.")
    log.warning("%s", message)
    return message


def _note(settings: Settings) -> Path:
    return settings.index_dir / "processing.json"


def mark(path: Path, settings: Settings) -> None:
    """Record that ingest is about to work on the uploaded file `path`."""
    note = _note(settings)
    tmp = note.with_suffix(".tmp")
    tmp.write_text(json.dumps({"file": path.name}), encoding="utf-8")
    os.replace(tmp, note)


def unmark(settings: Settings) -> None:
    _note(settings).unlink(missing_ok=True)


def interrupted(settings: Settings) -> Path | None:
    """The uploaded file a killed ingest was working on, if it is still in the upload area."""
    try:
        name = json.loads(_note(settings).read_text(encoding="utf-8"))["file"]
    except (FileNotFoundError, ValueError, KeyError, TypeError):
        return None
    path = settings.uploads / Path(name).name
    return path if path.is_file() else None
