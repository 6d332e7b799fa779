"""The embedder in a process of its own during ingest, so that encoding never waits for the GIL.

Why: in one process the encoder (a pure-Python tokenizer and many short numpy calls) shares the GIL
with everything else ingest does: parsing, figures, the catalog and Chroma's Python side. A thread
that gives the GIL up as often as numpy does gets it back only after the other thread's switch
interval, so a Chroma write thread slowed encoding far more than its own CPU time (bench: 55 % of
the bare embedder for 200 documents). In a child the encoder runs exactly as in the bare-embedder
bench, on a core of its own, while this process parses the next document and writes the vectors of
the previous batch; the model also loads there while this process is still starting up.

The child is `python -m assistant.encoderproc <embedder> <request fd> <reply fd>`. It loads the
model and encodes in the same calls as in-process embedding does (usemodel.py: bit-identical
vectors), then answers each list of texts with a float32 array, or with the error it raised, in
order, until the request pipe closes. Requests and replies travel as multiprocessing Connection
messages over pipes of their own, not stdin and stdout: whatever a library in the child prints
cannot corrupt them.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import threading
from collections import deque
from concurrent.futures import Future
from functools import partial
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Callable

import numpy as np

from .errors import AssistantError, ModelError
from .usemodel import encode_texts, open_use, return_freed_memory

_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)  # the child imports this very package
# Pipe buffers large enough for a whole reply (a float32 row of 2 KB per text): with Linux's default
# 64 kB the child stalled on every reply until this process's reader thread got the GIL (bench: a fifth
# of the encoder's time under load); Linux caps it at /proc/sys/fs/pipe-max-size, 1 MB by default.
_PIPE_BYTES = 1 << 20


def _pipe() -> tuple[int, int]:
    read, write = os.pipe()
    try:
        fcntl.fcntl(write, fcntl.F_SETPIPE_SZ, _PIPE_BYTES)
    except (AttributeError, OSError):  # not Linux, or a lower cap: the default buffer still works
        pass
    return read, write


class EncoderProcess:
    """A child process that embeds texts: `submit` returns at once with a Future of the vectors
    (float32, one row per text); results arrive in submission order. If the child dies, every
    waiting Future fails with a ModelError; `restart` starts a fresh one."""

    def __init__(self, embedder: str) -> None:
        self.embedder = embedder
        self._start()

    def _start(self) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [_PACKAGE_ROOT, os.environ.get("PYTHONPATH")]))}
        child_requests, self._requests = _pipe()
        self._replies, child_replies = _pipe()
        self._proc = subprocess.Popen([sys.executable, "-m", __name__, self.embedder, str(child_requests),
                                       str(child_replies)], env=env, pass_fds=(child_requests, child_replies))
        os.close(child_requests)
        os.close(child_replies)
        self._send = Connection(self._requests, readable=False)
        self._receive = Connection(self._replies, writable=False)
        self._waiting: deque[Future] = deque()
        self._failure: ModelError | None = None
        self._lock = threading.Lock()
        # Replies are read by a thread of their own: a request blocks while the child is busy, and the
        # child blocks on a reply nobody reads, so reading and writing on one thread could deadlock.
        self._reader = threading.Thread(target=self._read, name="encoder-reader", daemon=True)
        self._reader.start()

    @property
    def alive(self) -> bool:
        return self._failure is None

    def submit(self, texts: list[str]) -> Future:
        future: Future = Future()
        with self._lock:  # the reader fails everything waiting at once when the child is gone
            if self._failure is not None:
                future.set_exception(self._failure)
                return future
            self._waiting.append(future)
        try:
            self._send.send(texts)
        except OSError:  # the child is gone (or closed): the reader fails the Future
            pass
        return future

    def _read(self) -> None:
        while True:
            try:
                reply = self._receive.recv()
            except (EOFError, OSError):
                break
            future = self._waiting.popleft()
            if isinstance(reply, BaseException):
                future.set_exception(reply)
            else:
                future.set_result(reply)
        self._proc.kill()  # a no-op after a normal exit; never leaves a child blocked on a reply nobody reads
        code = self._proc.wait()
        with self._lock:
            self._failure = ModelError(f"Het inbedproces is gestopt (afsluitcode {code}) voordat alle zinnen "
                                       "waren ingebed; er is niets gepubliceerd, de vorige index blijft staan.")
            for future in self._waiting:
                future.set_exception(self._failure)
            self._waiting.clear()

    def restart(self) -> None:
        """A fresh child after this one died (an upload that killed it is quarantined, the ingest goes on)."""
        self.close()
        self._start()

    def close(self) -> None:
        """Stop the child; waiting Futures fail. Safe to call twice."""
        if not self._send.closed:
            self._send.close()
        self._proc.terminate()
        self._proc.wait()
        self._reader.join()
        self._receive.close()

    def __enter__(self) -> EncoderProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _as_error(exc: Exception) -> ModelError:
    """What the parent raises: not every exception survives pickling, a ModelError with a text does."""
    if isinstance(exc, AssistantError):
        return ModelError(str(exc))
    return ModelError(f"Inbedden mislukt ({type(exc).__name__}: {exc}).")


def _encoder(embedder: str) -> Callable[[list[str]], np.ndarray]:
    """The embedder's encode function. USE without llama-index (what models.load_embedder returns
    for "use", called the same way), so the model starts loading ~1.5 s sooner."""
    if embedder == "use":
        return partial(encode_texts, open_use())
    from .models import load_embedder

    model = load_embedder(embedder)
    return lambda texts: np.asarray(model.get_text_embedding_batch(texts), dtype=np.float32)


def _reply(encode: Callable[[list[str]], np.ndarray], texts: list[str]) -> np.ndarray | ModelError:
    try:
        return encode(texts)
    except Exception as exc:
        return _as_error(exc)


def main() -> None:
    """The child: load the model, then answer requests until the request pipe closes. A model that
    fails to load answers every request with that error, so the parent reports it in Dutch."""
    requests, replies = Connection(int(sys.argv[2]), writable=False), Connection(int(sys.argv[3]), readable=False)
    return_freed_memory()  # the encoder's large temporaries live here now
    try:
        encode: Callable[[list[str]], np.ndarray] | ModelError = _encoder(sys.argv[1])
    except Exception as exc:
        encode = _as_error(exc)
    while True:
        try:
            texts = requests.recv()
        except EOFError:
            return
        replies.send(encode if isinstance(encode, ModelError) else _reply(encode, texts))


if __name__ == "__main__":
    main()
