"""Ingest: corpus files → parsed, chunked, embedded documents in a fresh index generation.

Unchanged files (same content hash) are carried over without any embedding work; changed
files are replaced and deleted files removed. Nothing becomes visible until the new
generation is published, so a failed or killed ingest leaves the previous index as it was.
"""

from __future__ import annotations

import logging
import re
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from tqdm import tqdm

from .blocks import normalise
from .chunking import chunk_document
from .corpus import SourceFile, discover, drop_duplicates, read_pages
from .encoderproc import EncoderProcess
from .errors import DocumentError, IndexDamagedError, IndexMissingError
from .figures import extract_figures
from .quarantine import interrupted, mark, quarantine, unmark
from .settings import Settings
from .generations import carry_over, discard, ingest_lock, new_generation, prune, publish
from .store import Generation, current_generation
from .types import Chunk, Document
from .usemodel import return_freed_memory

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]

# Peak RSS per MB of text, with margin: `make bench` measures 50 MB of prose (one vector per chunk)
# at well under 1.5 GB in all, most of it parsing; 30 MB/MB keeps an estimate on the safe side.
MEMORY_PER_TEXT_MB = 30
# Bump when parsing, chunking or figure extraction changes: every document is then re-processed.
PIPELINE_VERSION = "23"


def index_signature(settings: Settings) -> str:
    """What the stored vectors, chunks and figures depend on besides the files themselves."""
    return (f"v{PIPELINE_VERSION}|{settings.embedder}|{settings.chunk_min_words}-"
            f"{settings.chunk_max_words}-{settings.chunk_overlap_sentences}|{settings.chroma_url or 'local'}")


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    vectors: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.removed)

    def summary(self) -> str:
        parts = [
            f"{len(self.added)} nieuw", f"{len(self.replaced)} vervangen",
            f"{len(self.removed)} verwijderd", f"{len(self.unchanged)} ongewijzigd",
            f"{self.vectors} zinnen ingebed",
        ]
        text = "Ingest klaar: " + ", ".join(parts) + "."
        for err in self.errors:
            text += f"\n  overgeslagen: {err}"
        return text


def available_mb() -> float | None:
    """Memory this process may still use: MemAvailable, capped by a cgroup limit; None if unknown."""
    try:
        meminfo = Path("/proc/meminfo").read_text(encoding="ascii")
        free = int(re.search(r"^MemAvailable:\s+(\d+) kB", meminfo, re.M).group(1)) / 1024
    except (OSError, AttributeError):
        return None
    try:
        limit = Path("/sys/fs/cgroup/memory.max").read_text(encoding="ascii").strip()
        used = int(Path("/sys/fs/cgroup/memory.current").read_text(encoding="ascii"))
        if limit != "max":
            free = min(free, (int(limit) - used) / 2**20)
    except (OSError, ValueError):
        pass
    return free


def memory_needed_mb(size_bytes: int) -> float:
    """Peak memory an ingest of one file of this size needs beyond what is loaded already,
    from `make bench` measurements (parsing and Chroma's in-memory vectors); a PDF holds less text than its size."""
    return MEMORY_PER_TEXT_MB * size_bytes / 1e6


def ensure_memory(source: SourceFile) -> None:
    """Refuse before reading what cannot fit, instead of ending in the OOM killer."""
    size = source.path.stat().st_size * (0.25 if source.path.suffix.lower() == ".pdf" else 1.0)
    need, free = memory_needed_mb(int(size)), available_mb()
    if free is not None and need > free:
        raise DocumentError(source.path.name, f"verwerken vraagt naar schatting {need:,.0f} MB werkgeheugen en "
                            f"er is nu {free:,.0f} MB vrij. Splits het document of maak geheugen vrij.")


def parse(source: SourceFile, settings: Settings) -> tuple[Document, list[Chunk]]:
    """Read, normalise and chunk one file; DocumentError when it holds no usable text."""
    return_freed_memory()
    ensure_memory(source)
    pages = read_pages(source.path, settings.max_upload_mb * 1_000_000)
    doc, blocks = normalise(source, pages)
    if len(doc.text.split()) < 3:
        raise DocumentError(source.path.name, "er is geen leesbare tekst gevonden.")
    chunks = chunk_document(
        doc, blocks, settings.chunk_min_words, settings.chunk_max_words, settings.chunk_overlap_sentences
    )
    return doc, chunks


def ingest(settings: Settings, sources: list[SourceFile] | None = None, progress: Progress | None = None,
           strict: bool = False, encoder: EncoderProcess | None = None) -> IngestReport:
    """Bring the index in line with `sources` (default: the corpus folder plus the upload area).
    One ingest runs at a time per index; it first clears what a killed ingest left behind. The
    encoder process starts first (or is the caller's, started sooner still): its model loads while
    this process reads the index and the files."""
    return_freed_memory()
    with ingest_lock(settings.index_dir), nullcontext(encoder) if encoder else EncoderProcess(settings.embedder) as enc:
        prune(settings.index_dir, settings.chroma_url)
        return _ingest(settings, sources, progress, strict, enc)


def _add(store: Generation, source: SourceFile, settings: Settings, flush: bool) -> int:
    """Parse, embed and store one file; its text and chunks are freed on return, before the next."""
    doc, chunks = parse(source, settings)
    return store.add_document(doc, chunks, extract_figures(doc, chunks), flush=flush)


def _open_live(settings: Settings) -> tuple[Path | None, Generation | None]:
    """The live generation, checked; (None, None) when there is none or it is damaged, so this
    ingest rebuilds everything from the corpus and the upload area."""
    try:
        live = current_generation(settings.index_dir)
        return live, Generation(live, None, settings.chroma_url)
    except IndexMissingError:
        return None, None
    except IndexDamagedError as exc:
        log.warning("%s De index wordt nu opnieuw opgebouwd.", exc)
        return None, None


def _ingest(settings: Settings, sources: list[SourceFile] | None, progress: Progress | None,
            strict: bool, encoder: EncoderProcess) -> IngestReport:
    report = IngestReport()
    if (killed := interrupted(settings)) is not None:
        report.errors.append(quarantine(killed, "de vorige verwerking ervan werd afgebroken (geheugen op of "
                                        "proces gestopt).", settings))
    unmark(settings)
    if sources is None:
        sources = discover(settings.corpus_dir, settings.uploads, problems=report.errors)
    sources, duplicates = drop_duplicates(sources)
    report.errors += [str(e) for e in duplicates]
    live, old = _open_live(settings)
    same_embedder = old is not None and old.meta("signature") == index_signature(settings)
    known = old.document_hashes() if old and same_embedder else {}
    if old:
        old.close()

    wanted = {s.doc_id: s for s in sources}
    todo = [s for s in sources if known.get(s.doc_id, (None, None))[1] != s.content_hash]
    report.unchanged = [d for d in wanted if d in known and known[d][1] == wanted[d].content_hash]
    report.removed = [d for d in known if d not in wanted]
    if not todo and not report.removed and live is not None:
        return report

    gen = new_generation(settings.index_dir)
    store: Generation | None = None
    try:
        reuse = live if live and same_embedder else None
        if reuse:
            carry_over(reuse, gen, settings.chroma_url)
        store = Generation(gen, None, settings.chroma_url, create=True, encoder=encoder)
        if reuse and settings.chroma_url:
            store.copy_vectors(reuse)
        store.set_meta("signature", index_signature(settings))
        store.remove_documents(report.removed + [s.doc_id for s in todo if s.doc_id in known])
        bar = tqdm(todo, desc="documenten", unit="doc", disable=not todo or progress is not None)
        for i, source in enumerate(bar):
            if progress:
                progress(i / max(len(todo), 1), f"{source.path.name} verwerken")
            uploaded = source.path.parent == settings.uploads
            if uploaded:
                store.flush_vectors()  # what fails from here on is this upload's alone
                mark(source.path, settings)
            try:
                report.vectors += _add(store, source, settings, flush=uploaded)
            except DocumentError as exc:
                if strict:
                    raise
                report.errors.append(str(exc))
                log.warning("%s", exc)
                continue
            except Exception as exc:  # an upload must never block the next ingest: set it aside
                if not uploaded or strict:
                    raise
                store.discard_vectors()
                if not encoder.alive:  # the upload killed it: the next documents get a fresh one
                    encoder.restart()
                store.remove_documents([source.doc_id])  # only what this file added
                report.errors.append(quarantine(source.path, f"de verwerking mislukte ({type(exc).__name__}).",
                                                settings))
                continue
            finally:
                if uploaded:
                    unmark(settings)
            (report.replaced if source.doc_id in known else report.added).append(source.doc_id)
        store.flush_vectors()
        store.set_meta("vectors", str(store.vectors.client.count()))
        store.close_vectors()  # Chroma's in-memory HNSW goes before BM25 is built: a lower peak
        store.rebuild_lexical()
        store.close()
    except BaseException:
        if store is not None:  # no write may still be running into the folder about to go
            store.discard_vectors()
            store.close()
        discard(gen, settings.chroma_url)
        raise
    publish(settings.index_dir, gen, settings.chroma_url)
    if progress:
        progress(1.0, "klaar")
    return report
