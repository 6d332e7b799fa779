"""Shared fixtures: the real corpus ingested once into a temp index with the real embedder and Chroma."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant.assistant import Assistant
from assistant.ingest import ingest
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parent.parent


def make_settings(tmp: Path, corpus: Path | None = None) -> Settings:
    corpus_dir = tmp / "corpus"
    if not corpus_dir.exists():
        shutil.copytree(corpus or ROOT / "corpus", corpus_dir)
    return Settings(corpus_dir=corpus_dir, index_dir=tmp / "index")


@pytest.fixture(scope="session")
def settings(tmp_path_factory) -> Settings:
    s = make_settings(tmp_path_factory.mktemp("shared"))
    ingest(s)
    return s


@pytest.fixture(scope="session")
def assistant(settings) -> Assistant:
    return Assistant(settings)
