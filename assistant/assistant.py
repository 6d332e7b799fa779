"""The one API that the CLI, the web app and the evaluation call."""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .answer import Composer, idf_table, refusal
from .cite import verify
from .corpus import check_file, describe, file_hash, slug
from .errors import DocumentError, QuestionError
from .figstore import FigureGroup, FigureStore
from .figures import load_curated
from .ingest import IngestReport, ingest
from .models import load_embedder
from .nlp import content_terms, detect_language, to_dutch_terms, words
from .retrieve import Filters, Retriever
from .settings import Settings
from .store import Generation, current_generation
from .types import Answer, Document, Figure, Sentence

log = logging.getLogger(__name__)

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


class Assistant:
    """Load once, then ask many questions. Thread-safe for concurrent `ask` calls."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.embedder = load_embedder(self.settings.embedder)
        self._lock = threading.RLock()
        self._sentence_cache: dict[str, np.ndarray] = {}
        self._load()

    def _load(self) -> None:
        gen = Generation(current_generation(self.settings.index_dir), self.embedder)
        docs = {d.doc_id: d for d in gen.documents()}
        chunks = gen.chunks(docs)
        figures = gen.figures() + load_curated(self.settings.corpus_dir / "figures.toml", docs)
        chunk_terms = [set(content_terms(c.text)) for c in chunks]
        vocabulary = {w for d in docs.values() for w in words(d.text)}
        sentences: dict[str, dict[int, Sentence]] = {d: {} for d in docs}
        for c in chunks:
            for s in c.sentences:
                sentences[c.doc_id].setdefault(s.char_start, s)
        with self._lock:
            self.gen = gen
            self.docs = docs
            self.chunks = {c.chunk_id: c for c in chunks}
            self.figure_store = FigureStore(figures)
            self.retriever = Retriever(
                gen, self.chunks, {d.doc_id: (d.kind, d.year) for d in docs.values()},
                self.settings.retrieval_mode, self.settings.candidate_k, self.settings.rrf_k,
            )
            self.composer = Composer(
                docs, {d: [v[k] for k in sorted(v)] for d, v in sentences.items()}, self.figure_store,
                idf_table(chunk_terms), vocabulary, self._embed_sentences,
                self.settings.min_support, self.settings.answer_max_sentences,
            )

    def _embed_sentences(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._sentence_cache]
        if missing:
            for t, v in zip(missing, self.embedder.get_text_embedding_batch(missing)):
                self._sentence_cache[t] = np.asarray(v, dtype=np.float32)
        return np.stack([self._sentence_cache[t] for t in texts]) if texts else np.zeros((0, 1))

    # ------------------------------------------------------------------ asking
    def clean_question(self, question: str) -> str:
        question = _CONTROL.sub(" ", question or "").strip()
        if not question:
            raise QuestionError("Stel een vraag: de invoer is leeg.")
        if len(question) > self.settings.max_question_chars:
            raise QuestionError(
                f"De vraag is te lang ({len(question)} tekens); houd het onder "
                f"{self.settings.max_question_chars} tekens."
            )
        return question

    def ask(self, question: str, filters: Filters = Filters()) -> Answer:
        """Answer with verbatim citations, or refuse with a reason."""
        t0 = time.perf_counter()
        question = self.clean_question(question)
        lang = detect_language(question)
        lexical_q = to_dutch_terms(question) if lang == "en" else question
        allowed = {d for d, doc in self.docs.items() if filters.allows(doc.kind, doc.year)}
        composed = None
        retrieve_ms = 0.0
        if anchor := self.composer.missing_anchor(question):
            composed = refusal(f"'{anchor}' komt in geen enkel document van het corpus voor.", lang)
        if composed is None:
            composed = self.composer.figure_answer(lexical_q, lang, allowed)
        if composed is None:
            t1 = time.perf_counter()
            qvec = np.asarray(self.embedder.get_query_embedding(question), dtype=np.float32)
            hits = self.retriever.search(lexical_q, qvec.tolist(), self.settings.top_k, filters)
            retrieve_ms = (time.perf_counter() - t1) * 1000
            composed = self.composer.text_answer(lexical_q, hits, qvec, lang)
        problems = verify(composed.text, list(composed.citations), self.docs)
        if problems:
            log.warning("antwoord afgekeurd door verificatie: %s", problems)
            composed = refusal("Het antwoord kon niet met letterlijke bronnen worden onderbouwd.", lang)
        total = (time.perf_counter() - t0) * 1000
        return Answer(
            question=question, answer=composed.text, refused=composed.refused,
            refusal_reason=composed.refusal_reason, citations=composed.citations,
            figures=composed.figures, language=lang, route=composed.route,
            timings={"retrieve_ms": retrieve_ms, "answer_ms": total - retrieve_ms, "total_ms": total},
        )

    def ask_stream(self, question: str, filters: Filters = Filters()) -> Iterator[Answer]:
        """The answer growing sentence by sentence, for the chat UI; the last item is complete."""
        answer = self.ask(question, filters)
        parts = re.split(r"(?<=[.!?])\s+(?=\S)", answer.answer)
        for i in range(1, len(parts)):
            yield dataclasses.replace(answer, answer=" ".join(parts[:i]), citations=(), figures=())
        yield answer

    # ------------------------------------------------------------------ figures & documents
    def figures(self, metric: str | None = None, period: str | int | None = None,
                scope: str | None = None) -> list[Figure]:
        return self.figure_store.query(metric, period, scope)

    def figure_groups(self, metric: str | None = None, period: str | int | None = None,
                      scope: str | None = None) -> list[FigureGroup]:
        return self.figure_store.groups(self.figures(metric, period, scope))

    def documents(self) -> list[Document]:
        return sorted(self.docs.values(), key=lambda d: d.doc_id)

    def document_stats(self) -> list[dict]:
        indexed = self.gen.indexed_at()
        counts: dict[str, int] = {}
        for c in self.chunks.values():
            counts[c.doc_id] = counts.get(c.doc_id, 0) + 1
        return [
            {"doc_id": d.doc_id, "title": d.title, "kind": d.kind, "date": d.date,
             "pages": len({p.page for p in d.pages}) or None, "chunks": counts.get(d.doc_id, 0),
             "indexed_at": time.strftime("%Y-%m-%d %H:%M", time.localtime(indexed.get(d.doc_id, 0)))}
            for d in self.documents()
        ]

    def add_file(self, src: Path, name: str | None = None, progress=None) -> IngestReport:
        """Validate an uploaded file, copy it into the corpus under a safe name and index it."""
        name = Path(name or src.name).name
        target = self.settings.corpus_dir / (slug(Path(name).stem) + Path(name).suffix.lower())
        check_file(src, self.settings.max_upload_mb * 1_000_000)
        digest = file_hash(src)
        for doc in self.docs.values():
            if doc.content_hash == digest:
                raise DocumentError(name, f"dit document staat al in het corpus als '{doc.title}'.")
        if target.exists():
            raise DocumentError(name, "er staat al een ander document met deze naam in het corpus.")
        from .ingest import parse  # validate fully before anything is written

        parse(describe(src, {}), self.settings)
        tmp = target.with_name(f".{target.name}.part")
        shutil.copyfile(src, tmp)
        os.replace(tmp, target)
        try:
            return self.ingest(progress)
        except BaseException:
            target.unlink(missing_ok=True)
            raise

    def ingest(self, progress=None) -> IngestReport:
        """Re-index the corpus folder and switch to the result without a restart."""
        with self._lock:
            report = ingest(self.settings, progress=progress)
            if report.changed:
                old = self.gen
                self._load()
                old.close()
        return report
