"""All tunable behaviour in one place; every field can be set as ASSISTANT_<NAME> in the environment."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="ignore")

    corpus_dir: Path = Field(ROOT / "corpus", description="Documents to ingest, with manifest.toml.")
    index_dir: Path = Field(ROOT / "index", description="Generated index (Chroma, BM25, catalog).")
    embedder: str = Field(
        "use",
        description="'use' (multilingual Universal Sentence Encoder, bundled), 'minilm' "
        "(bundled all-MiniLM-L6-v2, English baseline) or a local sentence-transformers folder.",
    )
    chunk_min_words: int = Field(150, description="Chunks grow to at least this many words.")
    chunk_max_words: int = Field(300, description="Chunks never exceed this many words (tables excepted).")
    chunk_overlap_sentences: int = Field(1, description="Sentences repeated at the start of the next chunk.")
    retrieval_mode: Literal["hybrid", "bm25", "dense"] = Field(
        "hybrid", description="Which retrievers feed the answer; hybrid fuses both with RRF."
    )
    top_k: int = Field(8, description="Chunks kept after fusion.")
    candidate_k: int = Field(30, description="Chunks each retriever returns before fusion.")
    rrf_k: float | None = Field(None, description="Reciprocal-rank-fusion constant; unset: the fitted one (data/fusion.json).")
    dense_weight: float | None = Field(None, description="Weight of the dense run in the fusion (BM25's is 1); unset: fitted.")
    answer_max_sentences: int = Field(3, description="Most evidence sentences an answer quotes.")
    max_upload_mb: int = Field(50, description="Largest document accepted for ingest.")
    max_question_chars: int = Field(2000, description="Longest question accepted.")
    host: str = Field("127.0.0.1", description="Address the web app binds to.")
    port: int = Field(7860, description="Port of the web app.")
    generator: Literal["none", "local", "openai"] = Field(
        "none", description="Who phrases retrieval answers: 'none' (grounded composer, measured best), 'local' "
        "(bundled Qwen 0.5B via llama-cpp-python, `make llm`) or 'openai' (an OpenAI-compatible server)."
    )
    llm_url: str | None = Field(None, description="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1.")
    llm_model: str = Field("qwen2.5-coder-0.5b-instruct", description="Model name sent to the endpoint.")
    llm_key: SecretStr | None = Field(None, description="API key for the endpoint, if it needs one.")
    upload_dir: Path | None = Field(
        None,
        description="Where uploaded documents are kept (default: 'uploads' beside index_dir). Outside the "
        "code tree and outside index/, so re-ingest or a rebuilt index never loses them; ingest reads it "
        "together with corpus_dir.",
    )
    chroma_url: str | None = Field(
        None,
        description="A Chroma server (e.g. http://127.0.0.1:8000, started with `chroma run`) for the vectors, "
        "one collection per index generation; catalog and BM25 stay in index_dir. Unset: a local folder.",
    )
    auth: SecretStr | None = Field(
        None, description="Web app login: 'user:pass', or the path of a file with one user:pass per line."
    )

    @property
    def uploads(self) -> Path:
        """The upload area, following index_dir when upload_dir is not set."""
        return self.upload_dir or self.index_dir.parent / "uploads"
