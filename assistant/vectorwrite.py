"""Embedding a document and writing its vectors: batched, overlapped, in bounded memory.

Why a module of its own: this is where ingest spends its time and memory. Three things keep both
in check:

* The encoder runs in a child process (encoderproc.py) with up to IN_FLIGHT texts queued, so it
  never waits for this process: while it encodes, this process parses the next document, fills the
  catalog and writes earlier vectors to Chroma, without competing for the encoder's GIL.
* Chroma writes of EMBED_BATCH vectors, across document boundaries: a write costs ~80 ms whatever
  its size, so many small documents do not pay that fixed cost each. The encoder's float32 rows go
  to Chroma as they are (write_nodes), not as lists of Python floats that Chroma turns back into
  an array: 512 float objects per vector were a few seconds of this process's CPU per 80,000
  sentences, taken from the encoder's core.
* One vector per sentence, except in a huge document (more than MAX_SENTENCE_VECTORS sentences):
  there one vector per chunk. Chroma keeps every vector in memory (HNSW, about 5 KB each with
  its bookkeeping), so a 50 MB upload with ~370,000 sentences would need ~2 GB; per chunk it is
  a tenth of that. Retrieval max-pools vectors per chunk anyway, and BM25, the figures and the
  answer steps (which embed candidate sentences at question time) still see every sentence.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Iterable

import numpy as np
from llama_index.core.schema import MetadataMode, NodeRelationship, RelatedNodeInfo, TextNode
from llama_index.core.vector_stores.utils import node_to_metadata_dict
from llama_index.vector_stores.chroma import ChromaVectorStore

from .types import Chunk, Document

if TYPE_CHECKING:
    from .encoderproc import EncoderProcess

EMBED_BATCH = 512  # texts per encoder request (at most) and vectors per Chroma write
IN_FLIGHT = 2 * EMBED_BATCH  # texts queued at the encoder: a second or two of its work, a few MB at most
# Above this many sentences a document gets one vector per chunk. The shipped corpus has at most
# a few hundred sentences per document; 20,000 sentences is about 2.7 MB of prose (~100 MB of HNSW).
MAX_SENTENCE_VECTORS = 20_000


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


def write_nodes(store: ChromaVectorStore, batch: list[TextNode], vectors: list[np.ndarray]) -> None:
    """What ChromaVectorStore.add writes (same ids, metadata, documents), with the vectors as one
    float32 array: bit-identical to the rows the encoder returned."""
    metadatas = []
    for node in batch:
        metadata = node_to_metadata_dict(node, remove_text=True, flat_metadata=store.flat_metadata)
        metadatas.append({k: "" if v is None else v for k, v in metadata.items()})
    store.client.add(ids=[n.node_id for n in batch], embeddings=np.stack(vectors), metadatas=metadatas,
                     documents=[n.get_content(metadata_mode=MetadataMode.NONE) for n in batch])


@dataclass
class _Request:
    """One batch of a document's vectors, sent to the encoder. Texts the previous batch of the same
    document holds (a chunk's overlap sentence) are not sent: they take that batch's vectors."""

    batch: list[TextNode]
    texts: list[str]
    vectors: Future
    previous: _Request | None
    collected: dict[str, np.ndarray] = field(default_factory=dict)  # text → vector, once collected


class VectorWriter:
    """Embeds documents in the encoder process and writes their vectors to Chroma in batches of
    EMBED_BATCH that may span documents. At most IN_FLIGHT texts wait for the encoder and fewer than
    EMBED_BATCH vectors for Chroma, so memory stays bounded. `flush` makes everything added so far
    durable; `discard` drops what is not."""

    def __init__(self, store: ChromaVectorStore, encoder: EncoderProcess) -> None:
        self.store = store
        self.encoder = encoder
        self._requests: deque[_Request] = deque()
        self._queued = 0  # texts sent to the encoder and not yet collected
        self._buffer: list[TextNode] = []
        self._vectors: list[np.ndarray] = []  # the buffered nodes' vectors, row for row

    def add(self, doc: Document, chunks: list[Chunk]) -> int:
        """Queue one document's vectors at the encoder; returns how many. Returns before they are
        encoded: what is queued is collected (and written) as later documents are added, or by flush."""
        added = 0
        previous: _Request | None = None
        for batch in batched(nodes(doc, chunks), EMBED_BATCH):
            seen = {n.text for n in previous.batch} if previous else set()
            texts = list(dict.fromkeys(n.text for n in batch if n.text not in seen))
            previous = _Request(batch, texts, self.encoder.submit(texts), previous)
            self._requests.append(previous)
            self._queued += len(texts)
            added += len(batch)
            while self._queued > IN_FLIGHT:
                self._collect()
        return added

    def _collect(self) -> None:
        """Wait for the oldest request's vectors (raises what the encoder raised) and write full batches."""
        request = self._requests.popleft()
        self._queued -= len(request.texts)
        known = dict(request.previous.collected) if request.previous else {}  # collected before: in order
        request.previous = None  # only the request right after needs this one's vectors
        known.update(zip(request.texts, request.vectors.result()))
        request.collected = {n.text: known[n.text] for n in request.batch}
        self._buffer += request.batch
        self._vectors += [request.collected[n.text] for n in request.batch]
        while len(self._buffer) >= EMBED_BATCH:
            write_nodes(self.store, self._buffer[:EMBED_BATCH], self._vectors[:EMBED_BATCH])
            self._buffer, self._vectors = self._buffer[EMBED_BATCH:], self._vectors[EMBED_BATCH:]

    def flush(self) -> None:
        """Encode and write everything queued; raises what the encoder or Chroma raised."""
        while self._requests:
            self._collect()
        if self._buffer:
            write_nodes(self.store, self._buffer, self._vectors)
            self._buffer, self._vectors = [], []

    def discard(self) -> None:
        """Drop what is queued or unwritten (the caller then deletes the failed document's vectors)."""
        self._requests.clear()
        self._queued = 0
        self._buffer, self._vectors = [], []
