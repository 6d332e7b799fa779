"""Generations on disk: create, publish atomically, and prune what nobody uses any more.

The generation before the live one is kept until the next publish, so readers that have not
switched yet (other threads, other app workers sharing the index) keep working.

A process that opens a generation for reading holds a shared lock on its lease file until it
closes it; prune takes that lock exclusively (without waiting) before deleting a folder, so a
generation an app worker still reads is never pulled from under it (the cause of Chroma's
intermittent "unable to open database file" after other processes published). The kernel drops
the locks of a process that dies, so a crashed reader never pins a generation for ever.
"""

from __future__ import annotations

import errno
import fcntl
import logging
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from chromadb.errors import NotFoundError

from .store import LEASE, chroma_client, collection_name, live_name

log = logging.getLogger(__name__)

@contextmanager
def unused(gen: Path) -> Iterator[bool]:
    """True (and the lease locked against new readers) when no process holds `gen` open."""
    try:
        fh = (gen / LEASE).open("rb")
    except FileNotFoundError:
        yield True
        return
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        yield True


def new_generation(index_dir: Path) -> Path:
    index_dir.mkdir(parents=True, exist_ok=True)
    gen = index_dir / f"gen-{time.time_ns()}"
    gen.mkdir()
    (gen / LEASE).touch()
    return gen


@contextmanager
def ingest_lock(index_dir: Path) -> Iterator[None]:
    """One ingest at a time per index, across threads and processes; the kernel releases the
    lock when its holder dies, so a killed ingest never blocks the next one."""
    index_dir.mkdir(parents=True, exist_ok=True)
    with (index_dir / "ingest.lock").open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        yield


def discard(gen: Path, chroma_url: str | None = None) -> None:
    """Delete a generation: its server collection first, so a failure leaves the folder to retry."""
    if chroma_url:
        try:
            chroma_client(gen / "chroma", chroma_url).delete_collection(collection_name(gen))
        except NotFoundError:
            pass
        except Exception as exc:  # the server may be gone; the next ingest tries again
            log.warning("collectie %s niet verwijderd: %s", collection_name(gen), exc)
            return
    shutil.rmtree(gen, ignore_errors=True)


def _generations(index_dir: Path) -> list[Path]:
    """Generation folders, oldest first (names carry their creation time in ns)."""
    gens = [p for p in index_dir.glob("gen-*") if p.is_dir() and p.name[4:].isdigit()]
    return sorted(gens, key=lambda p: int(p.name[4:]))


def prune(index_dir: Path, chroma_url: str | None = None) -> None:
    """Remove what killed ingests left (generations newer than the live one) and every generation
    older than the one before it. Call only while holding `ingest_lock`."""
    live = live_name(index_dir)
    gens = _generations(index_dir)
    older = [g for g in gens if live and live[4:].isdigit() and int(g.name[4:]) < int(live[4:])]
    keep = {live, older[-1].name if older else None}
    for gen in gens:
        if gen.name not in keep:
            with unused(gen) as free:
                if free:
                    discard(gen, chroma_url)
                else:
                    log.info("generatie %s is nog in gebruik en blijft tot de volgende ingest staan", gen.name)


def _fsync_tree(folder: Path) -> None:
    """Flush a finished generation to disk before anything points at it."""
    for path in [*folder.rglob("*"), folder]:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def publish(index_dir: Path, gen: Path, chroma_url: str | None = None) -> None:
    """Make `gen` the live generation atomically, keep the one before it, remove older ones."""
    _fsync_tree(gen)
    tmp = index_dir / "CURRENT.tmp"
    tmp.write_text(gen.name, encoding="utf-8")
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / "CURRENT")
    fd = os.open(index_dir, os.O_RDONLY)
    try:
        os.fsync(fd)  # the rename itself survives a power cut
    finally:
        os.close(fd)
    prune(index_dir, chroma_url)


def carry_over(live: Path, gen: Path, chroma_url: str | None = None) -> None:
    """Start `gen` as a copy of `live`'s files (the server collection is copied by Generation)."""
    size = sum(p.stat().st_size for p in live.rglob("*") if p.is_file())
    if shutil.disk_usage(gen).free < size * 1.2:  # copytree would fail half-way with a list of errors
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(gen.parent))
    for item in live.iterdir():
        if chroma_url and item.name == "chroma" or item.name == LEASE:
            continue
        copy = shutil.copytree if item.is_dir() else shutil.copy2
        copy(item, gen / item.name)
