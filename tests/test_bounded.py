"""Ingest in bounded memory (issue 16): length caps before embedding, batched embedding and writing.

A megabyte on one line without a full stop used to become one "sentence" whose embedding took
gigabytes; now every piece is capped, and memory does not grow with the document.
"""

from __future__ import annotations

import random

import pytest

from assistant.bench import _env, _run
from assistant.blocks import Block
from assistant.chunking import MAX_CHUNK_CHARS, MAX_SENTENCE_CHARS, cap_length, chunk_document, split_sentences
from assistant.corpus import SourceFile
from assistant.errors import DocumentError
from assistant.ingest import parse
from assistant.settings import Settings
from assistant.types import Document, Sentence


WORDS = ("jongeren", "gesloten", "jeugdhulp", "regio", "plaatsing", "zorgaanbieder", "kleinschalig",
         "voorziening", "gemeente", "inspectie", "afbouw", "verblijf")


def one_line(n_chars: int, seed: int = 3) -> str:
    rng = random.Random(seed)
    out: list[str] = []
    size = 0
    while size < n_chars:
        word = rng.choice(WORDS)
        out.append(word)
        size += len(word) + 1
    return " ".join(out)


def test_long_run_is_split_in_capped_pieces_with_exact_offsets():
    text = one_line(50_000)
    block = Block(text, 10, "para")
    pieces = split_sentences(block)
    assert len(pieces) > 50_000 // MAX_SENTENCE_CHARS
    assert all(len(p.text) <= MAX_SENTENCE_CHARS for p in pieces)
    assert all(text[p.char_start - 10 : p.char_end - 10] == p.text for p in pieces)
    assert " ".join(p.text for p in pieces) == text  # nothing lost between pieces


def test_run_without_spaces_is_cut_hard():
    pieces = cap_length(Sentence("x" * 2500, 0, 2500))
    assert [len(p.text) for p in pieces[:-1]] == [MAX_SENTENCE_CHARS] * (len(pieces) - 1)
    assert "".join(p.text for p in pieces) == "x" * 2500


def test_huge_table_is_split_into_capped_chunks():
    rows = [f"20{i % 90 + 10} {i} {i * 3}" for i in range(4000)]
    text = "\n".join(rows)
    blocks, pos = [], 0
    for row in rows:
        blocks.append(Block(row, pos, "row"))
        pos += len(row) + 1
    doc = Document("t", "t", "overig", "", "", "t.txt", "h", text, ())
    chunks = chunk_document(doc, blocks)
    assert len(chunks) > 1 and all(len(c.text) <= MAX_CHUNK_CHARS for c in chunks)


def test_one_line_file_ingests_in_bounded_memory(tmp_path):
    """A real `python -m assistant ingest` of 400 kB on one line: peak RSS under 1.5 GB (1 MB took
    4.4 GB before the caps; the bench measures 3 MB and a 50 MB upload)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "een-regel.txt").write_text(one_line(400_000) + "\n", encoding="utf-8")
    # The ingest process's own peak (VmHWM at its exit, as `make bench` measures it): wait4's
    # ru_maxrss would include this test process's peak, which Linux carries into a child.
    _, peak_mb = _run(["ingest"], _env(corpus, tmp_path / "index"))
    assert peak_mb < 1500, peak_mb


def test_upload_that_cannot_fit_is_refused_before_reading(tmp_path):
    """A (sparse) 10 TB text file: refused on its size against the free memory, never read."""
    path = tmp_path / "enorm.txt"
    with path.open("wb") as fh:
        fh.truncate(10**13)
    settings = Settings(corpus_dir=tmp_path, index_dir=tmp_path / "index", max_upload_mb=10**8)
    with pytest.raises(DocumentError, match="werkgeheugen"):
        parse(SourceFile(path, "enorm", "Enorm", "overig", "", "", "-"), settings)


def _prose(n_sentences: int, seed: int) -> str:
    rng = random.Random(seed)
    sentences = [" ".join(rng.choice(WORDS) for _ in range(12)).capitalize() + "." for _ in range(n_sentences)]
    return "\n\n".join(" ".join(sentences[i : i + 5]) for i in range(0, n_sentences, 5)) + "\n"


def test_huge_document_gets_one_vector_per_chunk(tmp_path, monkeypatch):
    """Above MAX_SENTENCE_VECTORS sentences a document is embedded per chunk (Chroma holds every
    vector in memory: per sentence a 50 MB upload needed ~2 GB); a smaller one keeps a vector per
    sentence. The catalog and BM25 still hold every sentence, and the huge document is still found
    by its meaning. The threshold is lowered here so a small file stands in for a huge one."""
    from assistant import vectorwrite
    from assistant.ingest import ingest
    from assistant.models import load_embedder
    from assistant.store import Generation, current_generation

    monkeypatch.setattr(vectorwrite, "MAX_SENTENCE_VECTORS", 150)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "groot.txt").write_text("Groot document\n\n" + _prose(400, 1), encoding="utf-8")
    (corpus / "klein.txt").write_text("Klein document\n\n" + _prose(60, 2), encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    report = ingest(settings, strict=True)
    gen = Generation(current_generation(settings.index_dir), None)
    try:
        docs = {d.doc_id: d for d in gen.documents()}
        chunks = gen.chunks(docs)
        stored = gen.vectors.client.get(include=["metadatas"])
        by_doc: dict[str, list[dict]] = {}
        for meta in stored["metadatas"]:
            by_doc.setdefault(meta["doc_id"], []).append(meta)
        big = [c for c in chunks if c.doc_id == "groot"]
        small = [c for c in chunks if c.doc_id == "klein"]
        assert sum(len(c.sentences) for c in big) > 150 >= sum(len(c.sentences) for c in small)
        assert sorted((m["chunk_id"], m["char_start"]) for m in by_doc["groot"]) == \
            sorted((c.chunk_id, c.char_start) for c in big)
        assert len(by_doc["klein"]) == sum(len(c.sentences) for c in small)
        assert report.vectors == len(stored["ids"]) == int(gen.meta("vectors"))
        assert sorted(gen.lexical.chunk_ids) == sorted(c.chunk_id for c in chunks)
        target = big[len(big) // 2]
        query = load_embedder(settings.embedder).get_query_embedding(target.text)
        assert gen.dense_search(query, 3)[0][0] == target.chunk_id
    finally:
        gen.close()
