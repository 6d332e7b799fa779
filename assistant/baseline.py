"""The plain llama-index recipe a user would write instead of this project, for side-by-side
measurement: VectorStoreIndex over Chroma with the same embedder, llama-index's default
chunking and default retriever (top-2), no BM25, no figures store, no refusal gate.

No LLM is involved: the "answer" is the text of the retrieved nodes, which is the most a
generator could ground on. That makes the baseline's answer accuracy an upper bound for the
recipe (the local 0.5B model only loses from there) and its refusal accuracy zero.
"""

from __future__ import annotations

import time
from pathlib import Path

import chromadb
from chromadb.config import Settings as ChromaSettings
from llama_index.core import Document as LIDocument
from llama_index.core import StorageContext, VectorStoreIndex
from llama_index.vector_stores.chroma import ChromaVectorStore

from .models import load_embedder
from .settings import Settings
from .store import Generation, current_generation
from .types import Answer, Citation, Document


class LlamaIndexBaseline:
    """Same `ask` shape as Assistant, so the evaluation scores both the same way."""

    def __init__(self, settings: Settings, workdir: Path) -> None:
        self.embedder = load_embedder(settings.embedder)
        gen = Generation(current_generation(settings.index_dir), self.embedder)
        self.docs: dict[str, Document] = {d.doc_id: d for d in gen.documents()}
        gen.close()
        client = chromadb.PersistentClient(str(workdir), settings=ChromaSettings(anonymized_telemetry=False))
        if "baseline" in {c.name for c in client.list_collections()}:
            client.delete_collection("baseline")
        collection = client.create_collection("baseline", embedding_function=None)
        storage = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
        t0 = time.perf_counter()
        self.index = VectorStoreIndex.from_documents(
            [LIDocument(text=d.text, metadata={"doc_id": d.doc_id}, id_=d.doc_id) for d in self.docs.values()],
            storage_context=storage, embed_model=self.embedder,
        )
        self.build_seconds = time.perf_counter() - t0
        self.retriever = self.index.as_retriever()  # llama-index default: similarity_top_k=2

    def ask(self, question: str) -> Answer:
        t0 = time.perf_counter()
        nodes = self.retriever.retrieve(question)
        citations = []
        for n, hit in enumerate(nodes, start=1):
            doc = self.docs[hit.node.metadata["doc_id"]]
            text = hit.node.get_content()
            start = doc.text.find(text)
            citations.append(Citation(
                n=n, doc_id=doc.doc_id, title=doc.title, page=doc.page_at(max(start, 0)), section="",
                quote=text, char_start=start, char_end=start + len(text) if start >= 0 else -1,
            ))
        answer = "\n".join(f"{c.quote} [{c.n}]" for c in citations)
        return Answer(question=question, answer=answer, refused=False, refusal_reason=None,
                      citations=tuple(citations), route="llamaindex",
                      timings={"total_ms": (time.perf_counter() - t0) * 1000})

    def ranks(self, question: str, is_gold) -> int | None:
        """Rank of the first retrieved node that `is_gold(doc_id, text)` accepts (top 10)."""
        for rank, hit in enumerate(self.index.as_retriever(similarity_top_k=10).retrieve(question), start=1):
            if is_gold(hit.node.metadata["doc_id"], hit.node.get_content()):
                return rank
        return None
