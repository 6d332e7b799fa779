"""Opening a published generation for reading: read-only, and checked, so damage is reported in
words (and repaired by the next ingest) instead of surfacing as a SQLite or Chroma traceback.

Published generations never change, so the catalog is opened read-only and immutable; Chroma
always opens its own database for writing, so on a read-only index its folder is read from a
private scratch copy.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import chromadb

from .errors import IndexDamagedError

TABLES = {"meta", "documents", "chunks", "figures"}


def open_catalog(path: Path) -> sqlite3.Connection:
    """The catalog of a published generation, read-only; IndexDamagedError when it is empty,
    malformed or lacks its tables."""
    gen = path.parent
    if path.stat().st_size == 0:
        raise IndexDamagedError(gen, "de catalogus is leeg (0 bytes)")
    try:
        db = sqlite3.connect(path.as_uri() + "?mode=ro&immutable=1", uri=True, check_same_thread=False)
        status = db.execute("PRAGMA quick_check").fetchone()[0]
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError as exc:
        raise IndexDamagedError(gen, f"de catalogus is onleesbaar: {exc}") from exc
    if status != "ok" or not TABLES <= tables:
        db.close()
        raise IndexDamagedError(gen, "de catalogus is onvolledig of beschadigd")
    return db


def readable_chroma(folder: Path) -> tuple[Path, tempfile.TemporaryDirectory | None]:
    """The folder to open Chroma on, and the scratch copy made when the index itself is read-only
    (removed on cleanup, or at exit). IndexDamagedError when the vectors folder is missing."""
    if not (folder / "chroma.sqlite3").is_file():
        raise IndexDamagedError(folder.parent, "de map met vectoren ontbreekt of is onvolledig")
    if os.access(folder, os.W_OK) and os.access(folder / "chroma.sqlite3", os.W_OK):
        return folder, None
    scratch = tempfile.TemporaryDirectory(prefix="jzp-vectoren-")
    return Path(shutil.copytree(folder, Path(scratch.name) / "chroma")), scratch


def check_vectors(collection: chromadb.Collection, expected: str | None, gen: Path) -> None:
    """The collection answers a query and holds as many vectors as ingest wrote."""
    try:
        count = collection.count()
        first = collection.get(limit=1, include=["embeddings"])
        if len(first["ids"]):
            collection.query(query_embeddings=first["embeddings"][:1], n_results=1)
    except Exception as exc:  # a damaged HNSW or SQLite file raises many types; all mean the same
        raise IndexDamagedError(gen, f"de vectoren zijn onleesbaar ({type(exc).__name__})") from exc
    if expected is not None and count != int(expected):
        raise IndexDamagedError(gen, f"er zijn {count} vectoren in plaats van {expected}")
