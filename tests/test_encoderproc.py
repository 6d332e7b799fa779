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


def test_write_nodes_stores_what_llama_index_add_stores(tmp_path):
    """write_nodes hands Chroma the encoder's float32 rows; the stored ids, vectors (bit for bit),
    metadata and texts are those of ChromaVectorStore.add with the same vectors as Python lists."""
    import numpy as np
    from llama_index.vector_stores.chroma import ChromaVectorStore

    from assistant.blocks import normalise
    from assistant.chunking import chunk_document
    from assistant.corpus import describe, read_pages
    from assistant.store import chroma_client
    from assistant.vectorwrite import nodes, write_nodes

    path = tmp_path / "doc.txt"
    path.write_text("Proefdocument\n\n" + " ".join(TEXTS[:40]) + "\n", encoding="utf-8")
    doc, blocks = normalise(describe(path, {}), read_pages(path))
    batch = list(nodes(doc, chunk_document(doc, blocks, 40, 200, 1)))
    vectors = np.random.default_rng(3).standard_normal((len(batch), 512)).astype(np.float32)
    stored = []
    for name, write in (("viallama", lambda s: s.add([n.model_copy(update={"embedding": v.tolist()})
                                                       for n, v in zip(batch, vectors)])),
                        ("viarows", lambda s: write_nodes(s, batch, list(vectors)))):
        client = chroma_client(tmp_path / name)
        store = ChromaVectorStore(chroma_collection=client.get_or_create_collection(name, embedding_function=None))
        write(store)
        stored.append(store.client.get(include=["embeddings", "metadatas", "documents"]))
        client.close()
    assert stored[0]["ids"] == stored[1]["ids"] and len(stored[0]["ids"]) == len(batch)
    assert stored[0]["metadatas"] == stored[1]["metadatas"] and stored[0]["documents"] == stored[1]["documents"]
    assert np.asarray(stored[0]["embeddings"]).tobytes() == np.asarray(stored[1]["embeddings"]).tobytes()
