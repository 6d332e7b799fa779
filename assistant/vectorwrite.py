"""Embedding a document and writing its vectors: batched, overlapped, in bounded memory.

Why a module of its own: this is where ingest spends its time and memory. Three things keep both
in check:

* Batches of EMBED_BATCH texts, across document boundaries: Chroma stores batch n (writer thread)
  while batch n+1 is encoded, so memory does not grow with the document, the embedder never waits
  for the disk, and many small documents do not pay Chroma's fixed cost per write each.
* One BLAS thread for the encoder (see models.USEEmbedding): a two-thread BLAS call stalls
  whenever another process holds one of the two cores. (Two single-threaded encoders side by side
  were measured too: no faster under load, since the tokenizer holds the GIL, and 110 MB more.)
* One vector per sentence, except in a huge document (more than MAX_SENTENCE_VECTORS sentences):
  there one vector per chunk. Chroma keeps every vector in memory (HNSW, about 5 KB each with
  its bookkeeping), so a 50 MB upload with ~370,000 sentences would need ~2 GB; per chunk it is
  a tenth of that. Retrieval max-pools vectors per chunk anyway, and BM25, the figures and the
  answer steps (which embed candidate sentences at question time) still see every sentence.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache
from itertools import islice
from typing import Iterable

from llama_index.core.embeddings import BaseEmbedding
from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode
from llama_index.vector_stores.chroma import ChromaVectorStore

from .types import Chunk, Document

log = logging.getLogger(__name__)
EMBED_BATCH = 512  # texts embedded and written together: bounds memory, keeps the embedder busy
# Above this many sentences a document gets one vector per chunk. The shipped corpus has at most
# a few hundred sentences per document; 20,000 sentences is about 2.7 MB of prose (~100 MB of HNSW).
MAX_SENTENCE_VECTORS = 20_000


_M_MMAP_THRESHOLD, _M_ARENA_MAX = -3, -8  # glibc mallopt parameters


@lru_cache(maxsize=1)
def return_freed_memory() -> None:
    """Let the C allocator give large freed buffers back instead of keeping them per thread.

    glibc raises its mmap threshold to the largest block freed so far, so the encoders' megabyte-sized
    numpy temporaries end up in per-thread heaps that only grow (measured: 85 MB over 3,800 chunk
    vectors; 35 MB with a fixed threshold). A fixed 128 kB threshold and two arenas undo that. Only
    affects how memory is held, never a result; once per process; a no-op without glibc."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, 128 * 1024)
        libc.mallopt(_M_ARENA_MAX, 2)
    except (OSError, AttributeError):
        log.debug("mallopt niet beschikbaar; geheugeninstelling overgeslagen")


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of `size` items (itertools.batched arrives only in Python 3.12)."""
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def per_chunk(chunks: list[Chunk]) -> bool:
    """Whether this document is embedded one vector per chunk (huge) instead of per sentence."""
    return sum(len(c.sentences) for c in chunks) > MAX_SENTENCE_VECTORS


def nodes(doc: Document, chunks: list[Chunk]) -> Iterator[TextNode]:
    """The vectors to write, text still unembedded: one per sentence, or one per chunk (per_chunk)."""
    whole = per_chunk(chunks)
    for chunk in chunks:
        pieces = [(chunk.text, chunk.char_start)] if whole else [(s.text, s.char_start) for s in chunk.sentences]
        for i, (text, start) in enumerate(pieces):
            yield TextNode(
                id_=f"{chunk.chunk_id}:{'c' if whole else i}",
                text=text,
                metadata={"doc_id": doc.doc_id, "chunk_id": chunk.chunk_id, "kind": doc.kind,
                          "year": doc.year or 0, "char_start": start},
                relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=doc.doc_id)},
            )


class VectorWriter:
    """Embeds documents and writes their vectors in batches of EMBED_BATCH that may span documents:
    a Chroma write costs ~80 ms whatever its size, so a 40-sentence document per call spent more
    time writing than embedding. At most one batch waits for the writer and one fills, so memory
    stays bounded. `flush` makes everything added so far durable; `discard` drops what is not."""

    def __init__(self, store: ChromaVectorStore, model: BaseEmbedding) -> None:
        self.store = store
        self.model = model
        self._buffer: list[TextNode] = []
        self._pending: Future | None = None

    def add(self, doc: Document, chunks: list[Chunk]) -> int:
        """Embed one document's vectors and queue them for writing; returns how many. A sentence
        repeated as a chunk's overlap is embedded once."""
        added = 0
        recent: dict[str, list[float]] = {}  # the previous batch's vectors: overlaps repeat them
        for batch in batched(nodes(doc, chunks), EMBED_BATCH):
            known = {**recent}
            todo = list(dict.fromkeys(n.text for n in batch if n.text not in known))
            known.update(zip(todo, self.model.get_text_embedding_batch(todo)))
            for node in batch:
                node.embedding = known[node.text]
            recent = {n.text: n.embedding for n in batch}
            added += len(batch)
            self._buffer += batch
            if len(self._buffer) >= EMBED_BATCH:
                self._submit(self._buffer[:EMBED_BATCH])
                self._buffer = self._buffer[EMBED_BATCH:]
        return added

    def _submit(self, batch: list[TextNode]) -> None:
        if self._pending is not None:
            self._pending.result()  # at most one batch waits for the disk: memory stays bounded
        self._pending = _writer_thread().submit(self.store.add, batch)

    def flush(self) -> None:
        """Write what is queued and wait for it; raises what the writer raised."""
        if self._buffer:
            self._submit(self._buffer)
            self._buffer = []
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def discard(self) -> None:
        """Drop what is queued and let a running write finish, whatever its outcome (the caller
        then deletes the failed document's vectors)."""
        self._buffer = []
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.exception()


@lru_cache(maxsize=1)
def _writer_thread() -> ThreadPoolExecutor:
    """The one writer thread, started once per process: starting it per document cost a third of
    a 200-document ingest (each start waits for the GIL)."""
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="vector-writer")
