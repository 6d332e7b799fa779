"""The ingest encoder process (encoderproc.py): the same vectors as in-process embedding, every
vector written, and a child that dies fails the ingest in Dutch and leaves the published index as
it was (issues 14 and 16)."""

from __future__ import annotations

import pytest

from assistant.encoderproc import EncoderProcess
from assistant.errors import ModelError
from assistant.generations import _generations
from assistant.ingest import ingest
from assistant.models import load_embedder
from assistant.settings import Settings
from assistant.store import Generation, current_generation, live_name

TEXTS = [f"De gemeente Proefdorp plaatste in {2000 + i} precies {i * 7} jeugdigen in een gesloten setting."
         for i in range(150)]


def _corpus(tmp_path, docs: int) -> Settings:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for d in range(docs):
        body = "\n\n".join(f"Document {d} zegt in alinea {i} dat regio {d * 10 + i} {i + 3} plekken heeft."
                           for i in range(30))
        (corpus / f"doc-{d}.txt").write_text(f"Proefdocument {d}\n\n{body}\n", encoding="utf-8")
    return Settings(corpus_dir=corpus, index_dir=tmp_path / "index")


def test_child_vectors_are_bit_identical_to_in_process_ones():
    model = load_embedder("use")
    with EncoderProcess("use") as encoder:
        futures = [encoder.submit(TEXTS[i : i + 100]) for i in range(0, len(TEXTS), 100)] + [encoder.submit([])]
        replies = [f.result(timeout=120) for f in futures]
    expected = [model.get_text_embedding_batch(TEXTS[i : i + 100]) for i in range(0, len(TEXTS), 100)]
    assert [r.tolist() for r in replies[:-1]] == expected
    assert replies[-1].tolist() == []


def test_dead_child_fails_waiting_requests_and_restart_recovers():
    encoder = EncoderProcess("use")
    try:
        encoder._proc.kill()
        with pytest.raises(ModelError, match="inbedproces is gestopt"):
            encoder.submit(TEXTS[:3]).result(timeout=60)
        assert not encoder.alive
        encoder.restart()
        assert encoder.submit(TEXTS[:3]).result(timeout=120).shape == (3, 512)
    finally:
        encoder.close()


def test_ingest_writes_a_vector_for_every_sentence(tmp_path):
    settings = _corpus(tmp_path, 30)  # more than IN_FLIGHT texts, so requests queue and span documents
    report = ingest(settings)
    gen = Generation(current_generation(settings.index_dir), None)
    try:
        sentences = sum(len(c.sentences) for c in gen.chunks({d.doc_id: d for d in gen.documents()}))
        assert report.vectors == sentences == gen.vectors.client.count()
    finally:
        gen.close()


def test_encoder_that_dies_fails_the_ingest_and_keeps_the_published_index(tmp_path, capsys):
    settings = _corpus(tmp_path, 3)
    ingest(settings)
    live = live_name(settings.index_dir)
    (settings.corpus_dir / "nieuw.txt").write_text("Een nieuw document over 12 plekken in regio Proefdorp.\n",
                                                    encoding="utf-8")
    encoder = EncoderProcess("use")
    encoder._proc.kill()  # as if the OOM killer took it mid-ingest
    try:
        with pytest.raises(ModelError, match="vorige index blijft staan"):
            ingest(settings, encoder=encoder)
    finally:
        encoder.close()
    assert live_name(settings.index_dir) == live
    assert [g.name for g in _generations(settings.index_dir)] == [live]  # the new generation is gone
    assert ingest(settings).added == ["nieuw"]  # and the next ingest works
