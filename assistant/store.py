"""The on-disk index: generations of (Chroma vectors, BM25, SQLite catalog), switched atomically.

index/CURRENT names the live generation. Ingest builds a new generation beside it and only
then rewrites CURRENT (os.replace), so a crash mid-ingest leaves the previous index intact and
vectors, BM25 and figures always come from the same generation (creating, publishing and
pruning them: generations.py). A published generation is only read: it is opened read-only, under
a lease, and checked (integrity.py). With a Chroma server (settings.chroma_url) each generation is
one collection named after it, created and deleted together with its folder.
"""

from __future__ import annotations

import json
import logging
import fcntl
import math
import sqlite3
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterable
from urllib.parse import urlsplit

import chromadb
from chromadb.config import Settings as ChromaSettings
from chromadb.errors import ChromaError, NotFoundError
from llama_index.core.embeddings import BaseEmbedding
from llama_index.core.vector_stores import (
    FilterCondition,
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
    VectorStoreQuery,
)
from llama_index.vector_stores.chroma import ChromaVectorStore

from .errors import IndexDamagedError, IndexMissingError, VectorStoreError
from .integrity import check_vectors, open_catalog, readable_chroma
from .lexical import LexicalIndex
from .types import Chunk, Document, Figure, PageSpan, Sentence
from .vectorwrite import VectorWriter

if TYPE_CHECKING:
    from .encoderproc import EncoderProcess

log = logging.getLogger(__name__)

COLLECTION = "sentences"  # local: one Chroma folder per generation holds this collection
REMOTE_PREFIX = "jzp-"  # server: one collection per generation, named REMOTE_PREFIX + folder name
_COPY_BATCH = 1000
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, title TEXT, kind TEXT, publisher TEXT, date TEXT,
    source_file TEXT, content_hash TEXT, text TEXT, pages TEXT, indexed_at REAL, extra TEXT);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY, doc_id TEXT, ord INTEGER, char_start INTEGER, char_end INTEGER,
    page INTEGER, section TEXT, sentences TEXT);
CREATE TABLE IF NOT EXISTS figures (doc_id TEXT, record TEXT);
"""


def chroma_client(path: Path, url: str | None = None) -> chromadb.ClientAPI:
    """A client for the Chroma server at `url`, else a local persistent one in `path`; no telemetry."""
    settings = ChromaSettings(anonymized_telemetry=False)
    if not url:
        return chromadb.PersistentClient(path=str(path), settings=settings)
    parts = urlsplit(url)
    https = parts.scheme == "https"
    try:
        return chromadb.HttpClient(host=parts.hostname or "localhost", port=parts.port or (443 if https else 8000),
                                   ssl=https, settings=settings)
    except Exception as exc:  # chromadb reports a dead server as ValueError or an httpx error
        raise VectorStoreError(f"De Chroma-server {url} is niet bereikbaar ({exc}).") from exc


def collection_name(gen: Path) -> str:
    return REMOTE_PREFIX + gen.name


LEASE = "lease"  # readers hold a shared lock on it; prune deletes only what nobody holds


def hold_lease(gen: Path) -> IO[bytes] | None:
    """A shared lock on `gen`'s lease file, held until the returned file is closed; None for a
    generation without one (made by an older version, so not protected)."""
    try:
        fh = (gen / LEASE).open("rb")
    except FileNotFoundError:
        return None
    fcntl.flock(fh, fcntl.LOCK_SH)
    return fh


def live_name(index_dir: Path) -> str | None:
    """Folder name of the live generation, None before the first ingest."""
    pointer = index_dir / "CURRENT"
    return pointer.read_text(encoding="utf-8").strip() if pointer.exists() else None


def current_generation(index_dir: Path) -> Path:
    name = live_name(index_dir)
    if not name or not (index_dir / name / "catalog.sqlite").exists():
        raise IndexMissingError(str(index_dir))
    return index_dir / name


class Generation:
    """Read and write access to one generation's catalog, vectors and BM25 index."""

    def __init__(self, path: Path, embed_model: BaseEmbedding | None, chroma_url: str | None = None,
                 create: bool = False, vectors: bool = True, encoder: EncoderProcess | None = None) -> None:
        """`create` opens a new generation for writing (ingest), whose documents `encoder` embeds.
        Otherwise the generation is published: it is opened read-only under a lease (so no ingest
        prunes it meanwhile) and checked, IndexDamagedError naming what is broken. `vectors=False`
        opens the catalog only."""
        self.path = path
        self.embed_model = embed_model
        self.encoder = encoder
        self._lease = None if create else hold_lease(path)
        self._scratch: tempfile.TemporaryDirectory | None = None
        self._client: chromadb.ClientAPI | None = None
        self._lexical: LexicalIndex | None = None
        self._writer: VectorWriter | None = None
        self.vectors: ChromaVectorStore | None = None
        try:
            if create:
                self.db = sqlite3.connect(str(path / "catalog.sqlite"), check_same_thread=False)
                # No fsync per commit (one per document cost ~2 s in 200 documents): publish fsyncs the
                # whole generation before CURRENT names it, and an unpublished one is discarded anyway.
                self.db.execute("PRAGMA synchronous=OFF")
                self.db.executescript(_SCHEMA)
            else:
                self.db = open_catalog(path / "catalog.sqlite")
            if vectors:
                self._open_vectors(chroma_url, create)
        except BaseException:
            self.close()
            raise

    def _open_vectors(self, chroma_url: str | None, create: bool) -> None:
        folder = self.path / "chroma"
        if not create and not chroma_url:
            folder, self._scratch = readable_chroma(folder)
        try:
            self._client = chroma_client(folder, chroma_url)
            collection = self._collection(chroma_url, create)
        except (ChromaError, ValueError, AttributeError) as exc:
            if chroma_url:  # a server problem, reported as such by chroma_client and _collection
                raise
            # a damaged local database: Chroma says "could not connect to tenant" or fails in its cleanup
            raise IndexDamagedError(self.path, f"de vectoren zijn onleesbaar ({type(exc).__name__})") from exc
        self.vectors = ChromaVectorStore(chroma_collection=collection)
        if not create:
            check_vectors(collection, self.meta("vectors"), self.path)
            if len(self.lexical.chunk_ids) != self.db.execute("SELECT count(*) FROM chunks").fetchone()[0]:
                raise IndexDamagedError(self.path, "de BM25-index hoort niet bij de catalogus")

    def _collection(self, chroma_url: str | None, create: bool) -> chromadb.Collection:
        name = collection_name(self.path) if chroma_url else COLLECTION
        if not create:
            try:
                return self._client.get_collection(name, embedding_function=None)
            except NotFoundError as exc:
                if not chroma_url:
                    raise IndexDamagedError(self.path, "de vectorcollectie ontbreekt") from exc
                raise VectorStoreError(
                    f"De vectoren van indexgeneratie {self.path.name} ontbreken"
                    + (f" op de Chroma-server {chroma_url}" if chroma_url else "")
                    + ". Voer `python -m assistant ingest` uit met dezelfde ASSISTANT_CHROMA_URL."
                ) from exc
        return self._client.get_or_create_collection(
            name,
            embedding_function=None,  # never Chroma's default (it would download a model)
            # a wide search beam: on corpora of this size the approximate index then finds the same
            # neighbours every build, so an answer does not change between two ingests of the same files
            metadata={"hnsw:space": "cosine", "hnsw:construction_ef": 200, "hnsw:search_ef": 200},
        )

    def copy_vectors(self, live: Path) -> None:
        """Copy the live generation's server collection into this one (the server has no fork)."""
        source = self._client.get_collection(collection_name(live), embedding_function=None)
        target = self.vectors.client
        for offset in range(0, source.count(), _COPY_BATCH):
            batch = source.get(limit=_COPY_BATCH, offset=offset, include=["embeddings", "metadatas", "documents"])
            target.add(ids=batch["ids"], embeddings=batch["embeddings"], metadatas=batch["metadatas"],
                       documents=batch["documents"])

    # ---------------------------------------------------------------- catalog
    def meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))
        self.db.commit()

    def document_hashes(self) -> dict[str, tuple[str, str]]:
        """doc_id → (source file name, content hash)."""
        rows = self.db.execute("SELECT doc_id, source_file, content_hash FROM documents")
        return {d: (f, h) for d, f, h in rows}

    def documents(self) -> list[Document]:
        rows = self.db.execute(
            "SELECT doc_id, title, kind, publisher, date, source_file, content_hash, text, pages, extra "
            "FROM documents ORDER BY doc_id"
        ).fetchall()
        return [
            Document(*row[:8], pages=tuple(PageSpan(**p) for p in json.loads(row[8])),
                     **Document.read_extra(json.loads(row[9] or "{}"))) for row in rows
        ]

    def indexed_at(self) -> dict[str, float]:
        return dict(self.db.execute("SELECT doc_id, indexed_at FROM documents"))

    def chunks(self, docs: dict[str, Document]) -> list[Chunk]:
        out = []
        rows = self.db.execute(
            "SELECT chunk_id, doc_id, char_start, char_end, page, section, sentences FROM chunks "
            "ORDER BY doc_id, ord"
        )
        for cid, did, start, end, page, section, sents in rows:
            sentences = tuple(
                Sentence(docs[did].text[a:b], a, b) for a, b in json.loads(sents)
            )
            out.append(Chunk(cid, did, docs[did].text[start:end], start, end, page, section, sentences))
        return out

    def figures(self) -> list[Figure]:
        return [Figure(**json.loads(r)) for (r,) in self.db.execute("SELECT record FROM figures")]

    # ---------------------------------------------------------------- writing
    def flush_vectors(self) -> None:
        """Make every vector added so far durable (raises what the writer raised)."""
        if self._writer is not None:
            self._writer.flush()

    def discard_vectors(self) -> None:
        """Drop vectors added but not yet written (after a failed document; see VectorWriter.discard)."""
        if self._writer is not None:
            self._writer.discard()

    def remove_documents(self, doc_ids: Iterable[str]) -> None:
        self.flush_vectors()
        for doc_id in doc_ids:
            self.vectors.delete(ref_doc_id=doc_id)
            for table in ("documents", "chunks", "figures"):
                self.db.execute(f"DELETE FROM {table} WHERE doc_id=?", (doc_id,))
        self.db.commit()

    def add_document(self, doc: Document, chunks: list[Chunk], figures: list[Figure], flush: bool = True) -> int:
        """Queue one document's vectors for the encoder (vectorwrite: batched, in bounded memory) and
        store its catalog rows; returns how many vectors it has. `flush=False` lets them be encoded and
        written while the next documents are parsed (flush_vectors before relying on them)."""
        if self._writer is None:
            self._writer = VectorWriter(self.vectors, self.encoder)
        written = self._writer.add(doc, chunks)
        if flush:
            self._writer.flush()
        self.db.execute(
            "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc.doc_id, doc.title, doc.kind, doc.publisher, doc.date, doc.source_file,
                doc.content_hash, doc.text, json.dumps([asdict(p) for p in doc.pages]), time.time(),
                json.dumps(doc.extra(), ensure_ascii=False),
            ),
        )
        self.db.executemany(
            "INSERT OR REPLACE INTO chunks VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    c.chunk_id, c.doc_id, i, c.char_start, c.char_end, c.page, c.section,
                    json.dumps([(s.char_start, s.char_end) for s in c.sentences]),
                )
                for i, c in enumerate(chunks)
            ],
        )
        self.db.executemany(
            "INSERT INTO figures VALUES (?, ?)",
            [(f.doc_id, json.dumps(asdict(f), ensure_ascii=False)) for f in figures],
        )
        self.db.commit()
        return written

    def rebuild_lexical(self) -> None:
        """BM25 over every chunk in the catalog, read as (id, text) only: no sentence objects."""
        ids, texts = [], []
        for doc_id, text in self.db.execute("SELECT doc_id, text FROM documents ORDER BY doc_id"):
            for cid, start, end in self.db.execute(
                    "SELECT chunk_id, char_start, char_end FROM chunks WHERE doc_id=? ORDER BY ord", (doc_id,)):
                ids.append(cid)
                texts.append(text[start:end])
        index = LexicalIndex.build(ids, texts)
        index.save(self.path / "bm25")
        self._lexical = index

    def close_vectors(self) -> None:
        """Release the vector store (and the memory of its index) while the catalog stays open."""
        self.flush_vectors()
        if self._client is not None:
            self._client.close()
            self._client, self.vectors, self._writer = None, None, None

    # ---------------------------------------------------------------- reading
    @property
    def lexical(self) -> LexicalIndex:
        if self._lexical is None:
            try:
                self._lexical = LexicalIndex.load(self.path / "bm25")
            except Exception as exc:  # missing or truncated files raise OSError, ValueError, JSON errors...
                raise IndexDamagedError(self.path, f"de BM25-index is onleesbaar ({type(exc).__name__})") from exc
        return self._lexical

    def dense_search(
        self, query_vector: list[float], k: int, kinds: list[str] | None = None,
        years: tuple[int, int] | None = None, doc_ids: list[str] | None = None,
    ) -> list[tuple[str, int, float]]:
        """(chunk_id, sentence char_start, cosine) for the k nearest sentences."""
        filters = []
        if doc_ids:
            filters.append(MetadataFilter(key="doc_id", value=doc_ids, operator=FilterOperator.IN))
        if kinds:
            filters.append(MetadataFilter(key="kind", value=kinds, operator=FilterOperator.IN))
        if years:
            filters.append(MetadataFilter(key="year", value=years[0], operator=FilterOperator.GTE))
            filters.append(MetadataFilter(key="year", value=years[1], operator=FilterOperator.LTE))
        result = self.vectors.query(
            VectorStoreQuery(
                query_embedding=query_vector,
                similarity_top_k=k,
                filters=MetadataFilters(filters=filters, condition=FilterCondition.AND) if filters else None,
            )
        )
        out = []
        for node, sim in zip(result.nodes or [], result.similarities or []):
            # llama-index reports exp(-cosine distance); turn it back into a cosine.
            cosine = 1.0 + math.log(max(sim, 1e-12))
            out.append((node.metadata["chunk_id"], int(node.metadata["char_start"]), cosine))
        return out

    def close(self) -> None:
        """Close everything opened, release the lease, drop the scratch copy; safe to call twice."""
        if getattr(self, "db", None) is not None:
            self.db.close()
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._lease is not None:
            self._lease.close()
            self._lease = None
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None
