"""Crash safety: a real `python -m assistant ingest` killed with SIGKILL at several points leaves a
complete, consistent index that answers as before (catalog, figures, BM25 and vectors always of
one generation), and the next ingest completes and clears what the killed ones left behind."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from assistant.assistant import Assistant
from assistant.settings import Settings

from .checks import Q2022, assert_consistent, assert_grounded
from .conftest import ROOT

CHANGED = "kamerbrief-2024-kamerdebat-gesloten-jeugdhulp.txt"
MARK = "De staatssecretaris noemde de pilot in Kraaiendonk een voorbeeld voor andere regio's."


class Ingest:
    """A CLI ingest subprocess whose progress (tqdm on stderr) can be waited for."""

    def __init__(self, env: dict[str, str], files: list[str] = ()) -> None:
        self.proc = subprocess.Popen([sys.executable, "-m", "assistant", "ingest", *files], env=env, cwd=ROOT,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.started = time.monotonic()
        self.output = b""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while chunk := self.proc.stderr.read1(4096):
            self.output += chunk

    def done(self) -> int:
        """Documents processed so far according to the progress bar; -1 before it appears."""
        return max((int(n) for n in re.findall(rb"(\d+)/\d+ \[", self.output)), default=-1)

    def kill_at(self, progress: int | None, delay: float, timeout: float = 120) -> str:
        """SIGKILL `delay` s after the progress bar reaches `progress` documents, or `delay` s after
        the start when progress is None. Returns 'killed', or 'finished' if it ended first."""
        deadline = time.monotonic() + timeout
        if progress is not None:
            while self.done() < progress:
                if self.proc.poll() is not None:
                    return "finished"
                assert time.monotonic() < deadline, self.output[-2000:]
                time.sleep(0.005)
            time.sleep(delay)
        else:
            time.sleep(max(0.0, self.started + delay - time.monotonic()))
        if self.proc.poll() is not None:
            return "finished"
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(timeout=30)
        return "killed"

    def finish(self) -> int:
        code = self.proc.wait(timeout=300)
        self._reader.join(timeout=10)
        return code


def check_live(settings: Settings, changed_expected: bool | None = None) -> str:
    """The live generation is complete and answers correctly; returns its name."""
    docs = assert_consistent(settings.index_dir)
    assert len(docs) == 5
    helper = Assistant(settings)
    try:
        answer = helper.ask(Q2022)
        assert "979" in answer.answer
        assert_grounded(answer, helper.docs)
        has_mark = MARK in helper.docs["kamerbrief-2024"].text
        if changed_expected is not None:
            assert has_mark == changed_expected
        return helper.gen.path.name
    finally:
        helper.gen.close()


def generations(index_dir: Path) -> set[str]:
    return {p.name for p in index_dir.glob("gen-*")}


@pytest.fixture
def crash_settings(settings, tmp_path) -> tuple[Settings, dict[str, str]]:
    shutil.copytree(settings.corpus_dir, tmp_path / "corpus")
    shutil.copytree(settings.index_dir, tmp_path / "index")
    local = Settings(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(local.corpus_dir), "ASSISTANT_INDEX_DIR": str(local.index_dir)}
    return local, env


# (documents done before the kill, or None for "since the start"; then a delay in seconds). The
# points cover start-up, copying the live generation, embedding, BM25, fsync, switch and cleanup.
INCREMENTAL_KILLS = [(None, 1.0), (0, 0.0), (1, 0.1)]
REBUILD_KILLS = [(2, 0.0), (5, 0.1)]


def test_killed_ingest_leaves_a_working_index(crash_settings):
    settings, env = crash_settings
    original = check_live(settings, changed_expected=False)
    path = settings.corpus_dir / CHANGED
    path.write_text(path.read_text(encoding="utf-8") + f"\n{MARK}\n", encoding="utf-8")
    outcomes = []
    ever_live = {original}

    # An incremental ingest (one changed file: copy the live generation, embed one document) ...
    for progress, delay in INCREMENTAL_KILLS:
        outcomes.append(Ingest(env).kill_at(progress, delay))
        ever_live.add(check_live(settings))
    # ... and a full rebuild (another chunk size changes the index signature: everything re-embedded).
    rebuild_env = {**env, "ASSISTANT_CHUNK_MAX_WORDS": "280"}
    for progress, delay in REBUILD_KILLS:
        outcomes.append(Ingest(rebuild_env).kill_at(progress, delay))
        ever_live.add(check_live(settings))
    assert outcomes.count("killed") >= 3, outcomes

    final = Ingest(rebuild_env)
    assert final.finish() == 0, final.output[-3000:].decode(errors="replace")
    live = check_live(settings, changed_expected=True)
    # Leftovers of killed runs are gone: only the live generation and the one before it remain,
    # and that one was live once (complete), never a killed run's half-built generation.
    kept = sorted(generations(settings.index_dir), key=lambda name: int(name[4:]))
    assert len(kept) == 2 and kept[-1] == live and kept[0] in ever_live, (kept, ever_live)
