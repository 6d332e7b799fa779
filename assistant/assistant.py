"""The one API that the CLI, the web app and the evaluation call."""

from __future__ import annotations

import dataclasses
import logging
import re
import threading
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from .answer import Composed, Composer, idf_table, refusal
from .steps.figure_lookup import fits
from .generate import load_generator, prompt
from .grounding import Grounder, passages, split_generated
from .cite import verify
from .errors import QuestionError
from .corpus import kind_label
from .figstore import FigureGroup, FigureStore, question_metrics
from .figures import load_curated
from .ingest import IngestReport, ingest
from .models import load_embedder
from .nlp import content_terms, detect_language, to_dutch_terms, words
from .retrieve import Filters, Retriever, fusion_for
from .settings import Settings
from .store import Generation, current_generation, live_name
from .types import Answer, Document, Figure, Sentence
from .uploads import add_upload

log = logging.getLogger(__name__)

# Control characters, zero-width and bidirectional-override characters: invisible, never meant.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
# Markup is never part of a question: HTML (scripts with their content) and Markdown emphasis.
_SCRIPT = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|$)", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_EMPHASIS = re.compile(r"\*\*|__|`+")
FIGURE_PASSAGES = 3  # figure records a generator sees beside the retrieved passages


class Assistant:
    """Load once, then ask many questions. Thread-safe for concurrent `ask` calls, also while an
    ingest runs: each question works on one consistent snapshot of the index, and a generation
    published by another process (CLI ingest, another app worker) is picked up on the next question."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        self.embedder = load_embedder(self.settings.embedder)
        self._lock = threading.RLock()  # guards swapping the loaded index, held only briefly
        self._ingest_lock = threading.RLock()  # one ingest or reload at a time
        self._retired: Generation | None = None  # the previous generation, closed one swap later
        self._sentence_cache: dict[str, np.ndarray] = {}
        self._generate_lock = threading.Lock()
        self.generator = load_generator(self.settings)
        self._load()

    def _load(self) -> None:
        gen = Generation(current_generation(self.settings.index_dir), self.embedder, self.settings.chroma_url)
        docs = {d.doc_id: d for d in gen.documents()}
        chunks = gen.chunks(docs)
        figures = gen.figures() + load_curated(self.settings.corpus_dir / "figures.toml", docs)
        chunk_terms = [set(content_terms(c.text)) for c in chunks]
        vocabulary = {w for d in docs.values() for w in words(d.text)}
        sentences: dict[str, dict[int, Sentence]] = {d: {} for d in docs}
        for c in chunks:
            for s in c.sentences:
                sentences[c.doc_id].setdefault(s.char_start, s)
        by_id = {c.chunk_id: c for c in chunks}
        # a heading opens its chunk: "1. Waar staan we?" looks like a list item, but heads a section
        headings = frozenset((c.doc_id, c.sentences[0].char_start) for c in chunks
                             if c.sentences and c.section and c.sentences[0].text.strip() == c.section.strip())
        figure_store = FigureStore(figures)
        retriever = Retriever(
            gen, by_id, {d.doc_id: (d.kind, d.year) for d in docs.values()},
            self.settings.retrieval_mode, self.settings.candidate_k, fusion_for(self.settings.rrf_k, self.settings.dense_weight),
        )
        composer = Composer(
            docs, {d: [v[k] for k in sorted(v)] for d, v in sentences.items()}, figure_store,
            idf_table(chunk_terms), vocabulary, self._embed_sentences,
            self.settings.answer_max_sentences, headings,
        )
        with self._lock:  # questions see either the old index or the new one, never a mix
            self.gen, self.docs, self.chunks = gen, docs, by_id
            self.figure_store, self.retriever, self.composer = figure_store, retriever, composer

    def _reload(self) -> None:
        """Load the live generation; the old one stays open until the next swap, so questions
        already running on it finish normally."""
        old = self.gen
        self._load()
        if self._retired is not None:
            self._retired.close()
        self._retired = old

    def _follow_live(self) -> None:
        """Switch to a generation someone else published; skipped while this process ingests."""
        live = live_name(self.settings.index_dir)
        if live == self.gen.path.name or not self._ingest_lock.acquire(blocking=False):
            return
        try:
            if live_name(self.settings.index_dir) != self.gen.path.name:
                self._reload()
        finally:
            self._ingest_lock.release()

    def _embed_sentences(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self._sentence_cache]
        if missing:
            for t, v in zip(missing, self.embedder.get_text_embedding_batch(missing)):
                self._sentence_cache[t] = np.asarray(v, dtype=np.float32)
        return np.stack([self._sentence_cache[t] for t in texts]) if texts else np.zeros((0, 1))

    # ------------------------------------------------------------------ asking
    def clean_question(self, question: str) -> str:
        """The question as plain text: invisible characters, HTML and Markdown emphasis removed.
        QuestionError when it is empty, too long or written in a script the documents do not use."""
        question = question or ""
        if len(question) > self.settings.max_question_chars:  # judged before any work on it
            raise QuestionError(
                f"De vraag is te lang ({len(question)} tekens); houd het onder "
                f"{self.settings.max_question_chars} tekens."
            )
        # Zero-width characters and soft hyphens vanish ("20\u200b22" is 2022); NFKC folds look-alikes
        # such as full-width digits ("２０２２") and ligatures into plain characters.
        question = unicodedata.normalize("NFKC", re.sub("[\u00ad\u200b-\u200d\u2060\ufeff]", "", question))
        # A script with its content is no question; an unclosed <script> tag before a question is
        # only a tag (dropping everything after it would call the question empty).
        closed = re.search(r"</(?:script|style)\s*>", question, re.IGNORECASE)
        question = _CONTROL.sub(" ", question)
        question = _EMPHASIS.sub("", _TAG.sub(" ", _SCRIPT.sub(" ", question) if closed else question))
        question = re.sub(r"[ \t]+", " ", question).strip()
        if not question:
            raise QuestionError("Stel een vraag: de invoer is leeg.")
        letters = [c for c in question if c.isalpha()]
        if letters and not any(unicodedata.name(c, "").startswith("LATIN") for c in letters):
            raise QuestionError("Stel de vraag in het Nederlands of het Engels; de documenten zijn Nederlandstalig.")
        return question

    def ask(self, question: str, filters: Filters = Filters()) -> Answer:
        """Answer with verbatim citations, or refuse with a reason."""
        *_, answer = self._answers(question, filters)
        return answer

    def ask_stream(self, question: str, filters: Filters = Filters()) -> Iterator[Answer]:
        """The answer growing sentence by sentence, for the chat UI; the last item is complete.
        With a generator, only sentences that passed verification are ever shown."""
        yield from self._answers(question, filters)

    def _answers(self, question: str, filters: Filters) -> Iterator[Answer]:
        t0 = time.perf_counter()
        question = self.clean_question(question)
        composed, lang, retrieve_ms, docs, composer = self._compose(question, filters)
        timings = {"retrieve_ms": retrieve_ms}
        if self.generator is None or composed.refused or composed.route != "retrieval" or not composed.evidence:
            answer = self._finish(question, composed, lang, docs, t0, timings)
            parts = re.split(r"(?<=[.!?])\s+(?=\S)", answer.answer)
            for i in range(1, len(parts)):
                yield dataclasses.replace(answer, answer=" ".join(parts[:i]), citations=(), figures=())
            yield answer
            return
        records = self._figure_records(question, lang, composer, docs, filters)
        grounder = Grounder(passages(composed.evidence, records, docs, composer.neighbour), question, lang)
        pending = ""
        with self._generate_lock:  # one model context: generations take turns
            for piece in self.generator.stream(prompt(question, lang, grounder.evidence)):
                timings.setdefault("first_token_ms", (time.perf_counter() - t0) * 1000)
                done, pending = split_generated(pending + piece)
                for sentence in done:
                    if grounder.add(sentence):
                        timings.setdefault("first_sentence_ms", (time.perf_counter() - t0) * 1000)
                        yield Answer(question=question, answer=grounder.text, refused=False, refusal_reason=None,
                                     citations=tuple(grounder.citations), language=lang, route="generated")
        grounder.finish(pending)
        if grounder.lines:
            composed = Composed(grounder.text, tuple(grounder.citations), route="generated")
        else:
            log.info("generator: geen zin overeind gebleven, antwoord van de composer")
        log.info("verificatie %s", grounder.counts)
        yield self._finish(question, composed, lang, docs, t0, timings, grounder.counts)

    @staticmethod
    def _figure_records(question: str, lang: str, composer: Composer, docs: dict[str, Document],
                        filters: Filters) -> list[Figure]:
        """Figure records of the metrics a retrieval question names, where their context fits the
        question: the generator sees them beside the passages (the store alone could not decide)."""
        q = to_dutch_terms(question) if lang == "en" else question
        return [f for m in question_metrics(q) for f in composer.figures.query(m)
                if filters.allows(docs[f.doc_id].kind, docs[f.doc_id].year) and fits(composer, q, f, lang)
                ][:FIGURE_PASSAGES]

    def _compose(self, question: str, filters: Filters) -> tuple[Composed, str, float, dict[str, Document], Composer]:
        """The grounded composer's answer (or refusal): every gate runs here, before any generator."""
        self._follow_live()
        with self._lock:
            docs, composer, retriever = self.docs, self.composer, self.retriever
        lang = detect_language(question)
        allowed = {d for d, doc in docs.items() if filters.allows(doc.kind, doc.year)}
        timing = {"retrieve_ms": 0.0}

        def search(text: str, doc_ids: set[str] | None = None) -> tuple[list, np.ndarray]:
            t1 = time.perf_counter()
            qvec = np.asarray(self.embedder.get_query_embedding(text), dtype=np.float32)
            lexical = to_dutch_terms(text) if lang == "en" else text
            scoped = dataclasses.replace(filters, doc_ids=tuple(sorted(doc_ids))) if doc_ids else filters
            hits = retriever.search(lexical, qvec.tolist(), self.settings.top_k, scoped)
            timing["retrieve_ms"] += (time.perf_counter() - t1) * 1000
            return hits, qvec

        composed = composer.compose(question, lang, allowed, search)
        retrieve_ms = timing["retrieve_ms"]
        return composed, lang, retrieve_ms, docs, composer

    def _finish(self, question: str, composed: Composed, lang: str, docs: dict[str, Document], t0: float,
                timings: dict[str, float], verification: dict[str, int] | None = None) -> Answer:
        """The final check every answer passes, whoever wrote it: verbatim quotes, cited numbers."""
        problems = verify(composed.text, list(composed.citations), docs)
        if problems:
            log.warning("antwoord afgekeurd door verificatie: %s", problems)
            composed = refusal("Het antwoord kon niet met letterlijke bronnen worden onderbouwd.", lang)
        total = (time.perf_counter() - t0) * 1000
        return Answer(
            question=question, answer=composed.text, refused=composed.refused,
            refusal_reason=composed.refusal_reason, citations=composed.citations,
            figures=composed.figures, language=lang, route=composed.route, verification=verification,
            timings={**timings, "answer_ms": total - timings["retrieve_ms"], "total_ms": total},
        )

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
            {"doc_id": d.doc_id, "title": d.title, "kind": kind_label(d.kind), "date": d.date,
             "publisher": d.publisher, "signatory": d.signatory, "doc_number": d.doc_number, "url": d.url,
             "scope": d.scope,
             "pages": len({p.page for p in d.pages}) or None, "chunks": counts.get(d.doc_id, 0),
             "indexed_at": time.strftime("%Y-%m-%d %H:%M", time.localtime(indexed.get(d.doc_id, 0)))}
            for d in self.documents()
        ]

    def add_file(self, src: Path, name: str | None = None, progress=None) -> IngestReport:
        """Validate an uploaded file, store it in the upload area under a safe name and index it.
        On any error (DocumentError with a Dutch message) the upload area and index are unchanged."""
        with self._ingest_lock:
            target = add_upload(src, name or src.name, self.settings)
            try:
                return self.ingest(progress)
            except BaseException:
                target.unlink(missing_ok=True)
                raise

    def ingest(self, progress=None) -> IngestReport:
        """Re-index the corpus folder and upload area, then switch to the result without a restart;
        questions keep being answered from the previous index meanwhile."""
        with self._ingest_lock:
            report = ingest(self.settings, progress=progress)
            if report.changed or live_name(self.settings.index_dir) != self.gen.path.name:
                self._reload()
        return report
