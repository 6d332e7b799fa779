"""Self-repair (issue 16): a damaged live generation is named in Dutch and the next ingest rebuilds
it without manual steps; a read-only index answers; a generation in use is never pruned."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.assistant import Assistant
from assistant.errors import IndexDamagedError
from assistant.ingest import ingest
from assistant.settings import Settings
from assistant.store import Generation, current_generation

from .checks import Q2022
from .conftest import ROOT


@pytest.fixture
def own(settings, tmp_path) -> Settings:
    shutil.copytree(settings.corpus_dir, tmp_path / "corpus")
    shutil.copytree(settings.index_dir, tmp_path / "index")
    return Settings(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")


def garble(path: Path, start: int = 4096) -> None:
    data = bytearray(path.read_bytes())
    data[start : start + 8192] = os.urandom(min(8192, max(len(data) - start, 0)))
    path.write_bytes(bytes(data))


DAMAGE = {
    "catalogus onleesbaar": lambda g: garble(g / "catalog.sqlite"),
    "catalogus 0 bytes": lambda g: (g / "catalog.sqlite").write_bytes(b""),
    "catalogus kop kapot": lambda g: garble(g / "catalog.sqlite", 0),
    "bm25 weg": lambda g: shutil.rmtree(g / "bm25"),
    "bm25 ids afgekapt": lambda g: (g / "bm25" / "chunk_ids.json").write_text("[\"x\""),
    "chroma weg": lambda g: shutil.rmtree(g / "chroma"),
    "chroma sqlite kapot": lambda g: garble(g / "chroma" / "chroma.sqlite3", 0),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_damaged_generation_is_named_and_ingest_rebuilds_it(own, damage):
    DAMAGE[damage](current_generation(own.index_dir))
    with pytest.raises(IndexDamagedError, match="beschadigd.*python -m assistant ingest"):
        Assistant(own)
    report = ingest(own)  # no manual step: the same command as always
    assert len(report.added) == 5
    helper = Assistant(own)
    try:
        assert "979" in helper.ask(Q2022).answer
    finally:
        helper.gen.close()


def test_damaged_catalog_is_a_message_on_the_command_line(own):
    garble(current_generation(own.index_dir) / "catalog.sqlite")
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(own.corpus_dir), "ASSISTANT_INDEX_DIR": str(own.index_dir)}
    out = subprocess.run([sys.executable, "-m", "assistant", "ask", Q2022], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "beschadigd" in out.stderr


def _read_only(index: Path, command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    """Run `command` with `index` mounted read-only (root: a private mount namespace, where file
    permissions would not stop it), or with its write permissions removed (other users)."""
    if os.geteuid() == 0:
        if not shutil.which("unshare"):
            pytest.skip("unshare ontbreekt: geen alleen-lezen mount mogelijk")
        script = f'mount --bind "{index}" "{index}" && mount -o remount,ro,bind "{index}" "{index}" && exec "$@"'
        full = ["unshare", "-m", "sh", "-c", script, "sh", *command]
    else:
        subprocess.run(["chmod", "-R", "a-w", str(index)], check=True)
        full = command
    try:
        return subprocess.run(full, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    finally:
        subprocess.run(["chmod", "-R", "u+w", str(index)], check=True)


def test_read_only_index_answers(own):
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(own.corpus_dir), "ASSISTANT_INDEX_DIR": str(own.index_dir)}
    out = _read_only(own.index_dir, [sys.executable, "-m", "assistant", "ask", Q2022], env)
    if "Operation not permitted" in out.stderr or "unshare failed" in out.stderr:
        pytest.skip("geen mount namespace toegestaan")
    assert out.returncode == 0, out.stderr[-2000:]
    assert "979" in out.stdout


def test_generation_in_use_is_not_pruned(own):
    reader = Generation(current_generation(own.index_dir), None)
    held = reader.path
    try:
        doc = own.corpus_dir / "kamerbrief-2024-kamerdebat-gesloten-jeugdhulp.txt"
        for n in range(3):  # three publishes: without the lease, the held one goes at the second
            doc.write_text(doc.read_text(encoding="utf-8") + f"\nAanvulling {n} op het verslag.\n", encoding="utf-8")
            ingest(own)
        assert held.is_dir()
        assert reader.vectors.client.count() > 0 and reader.figures()
    finally:
        reader.close()
    ingest(own.model_copy(update={"chunk_max_words": 290}))  # the next ingest clears it
    assert not held.exists()
