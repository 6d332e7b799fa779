"""The on-disk index: generations of (Chroma vectors, BM25, SQLite catalog), switched atomically.

index/CURRENT names the live generation. Ingest builds a new generation beside it and only
then rewrites CURRENT (os.replace), so a crash mid-ingest leaves the previous index intact and
vectors, BM25 and figures always come from the same generation.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import sqlite3
import time
from dataclasses import asdict
from pathlib import Path
from typing import Iterable

import chromadb
from chromadb.config import Settings as ChromaSettings
from llama_index.core.embeddings import BaseEmbedding
from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode
from llama_index.core.vector_stores import (
    FilterCondition,
    FilterOperator,
    MetadataFilter,
    MetadataFilters,
    VectorStoreQuery,
)
from llama_index.vector_stores.chroma import ChromaVectorStore

from .errors import IndexMissingError
from .lexical import LexicalIndex
from .types import Chunk, Document, Figure, PageSpan, Sentence

log = logging.getLogger(__name__)

COLLECTION = "sentences"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, title TEXT, kind TEXT, publisher TEXT, date TEXT,
    source_file TEXT, content_hash TEXT, text TEXT, pages TEXT, indexed_at REAL);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY, doc_id TEXT, ord INTEGER, char_start INTEGER, char_end INTEGER,
    page INTEGER, section TEXT, sentences TEXT);
CREATE TABLE IF NOT EXISTS figures (doc_id TEXT, record TEXT);
"""


def chroma_client(path: Path) -> chromadb.ClientAPI:
    """A local persistent client with telemetry off."""
    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))


def current_generation(index_dir: Path) -> Path:
    pointer = index_dir / "CURRENT"
    if not pointer.exists():
        raise IndexMissingError(str(index_dir))
    gen = index_dir / pointer.read_text(encoding="utf-8").strip()
    if not (gen / "catalog.sqlite").exists():
        raise IndexMissingError(str(index_dir))
    return gen


def new_generation(index_dir: Path) -> Path:
    index_dir.mkdir(parents=True, exist_ok=True)
    gen = index_dir / f"gen-{time.time_ns()}"
    gen.mkdir()
    return gen


def publish(index_dir: Path, gen: Path) -> None:
    """Make `gen` the live generation atomically, then remove older ones."""
    tmp = index_dir / "CURRENT.tmp"
    tmp.write_text(gen.name, encoding="utf-8")
    with tmp.open("rb") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, index_dir / "CURRENT")
    for old in index_dir.glob("gen-*"):
        if old != gen and old.is_dir():
            shutil.rmtree(old, ignore_errors=True)


class Generation:
    """Read and write access to one generation's catalog, vectors and BM25 index."""

    def __init__(self, path: Path, embed_model: BaseEmbedding) -> None:
        self.path = path
        self.embed_model = embed_model
        self.db = sqlite3.connect(str(path / "catalog.sqlite"), check_same_thread=False)
        self.db.executescript(_SCHEMA)
        self._client = chroma_client(path / "chroma")
        collection = self._client.get_or_create_collection(
            COLLECTION,
            embedding_function=None,  # never Chroma's default (it would download a model)
            metadata={"hnsw:space": "cosine"},
        )
        self.vectors = ChromaVectorStore(chroma_collection=collection)
        self._lexical: LexicalIndex | None = None

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
            "SELECT doc_id, title, kind, publisher, date, source_file, content_hash, text, pages "
            "FROM documents ORDER BY doc_id"
        ).fetchall()
        return [
            Document(*row[:8], pages=tuple(PageSpan(**p) for p in json.loads(row[8]))) for row in rows
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
    def remove_documents(self, doc_ids: Iterable[str]) -> None:
        for doc_id in doc_ids:
            self.vectors.delete(ref_doc_id=doc_id)
            for table in ("documents", "chunks", "figures"):
                self.db.execute(f"DELETE FROM {table} WHERE doc_id=?", (doc_id,))
        self.db.commit()

    def add_document(self, doc: Document, chunks: list[Chunk], figures: list[Figure]) -> int:
        """Embed and store one document's sentences; returns how many vectors were written."""
        nodes = []
        for chunk in chunks:
            for i, s in enumerate(chunk.sentences):
                nodes.append(
                    TextNode(
                        id_=f"{chunk.chunk_id}:{i}",
                        text=s.text,
                        metadata={
                            "doc_id": doc.doc_id,
                            "chunk_id": chunk.chunk_id,
                            "kind": doc.kind,
                            "year": doc.year or 0,
                            "char_start": s.char_start,
                        },
                        relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=doc.doc_id)},
                    )
                )
        vectors = self.embed_model.get_text_embedding_batch([n.text for n in nodes])
        for node, vec in zip(nodes, vectors):
            node.embedding = vec
        for start in range(0, len(nodes), 1000):
            self.vectors.add(nodes[start : start + 1000])
        self.db.execute(
            "INSERT OR REPLACE INTO documents VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                doc.doc_id, doc.title, doc.kind, doc.publisher, doc.date, doc.source_file,
                doc.content_hash, doc.text, json.dumps([asdict(p) for p in doc.pages]), time.time(),
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
        return len(nodes)

    def rebuild_lexical(self, chunks: list[Chunk]) -> None:
        index = LexicalIndex.build([c.chunk_id for c in chunks], [c.text for c in chunks])
        index.save(self.path / "bm25")
        self._lexical = index

    # ---------------------------------------------------------------- reading
    @property
    def lexical(self) -> LexicalIndex:
        if self._lexical is None:
            self._lexical = LexicalIndex.load(self.path / "bm25")
        return self._lexical

    def dense_search(
        self, query_vector: list[float], k: int, kinds: list[str] | None = None,
        years: tuple[int, int] | None = None,
    ) -> list[tuple[str, int, float]]:
        """(chunk_id, sentence char_start, cosine) for the k nearest sentences."""
        filters = []
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
        self.db.close()
