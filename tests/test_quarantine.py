"""An upload whose ingest was killed (out of memory, SIGKILL) never poisons later ingests: the next
ingest sets it aside in quarantine with a note and indexes everything else (issue 16)."""

from __future__ import annotations

import subprocess
import sys

from assistant.quarantine import quarantine_dir
from assistant.store import Generation, current_generation

from .conftest import ROOT
from .test_bounded import one_line
from .test_crash import Ingest, crash_settings  # noqa: F401  (fixture)


def test_killed_upload_is_quarantined_and_later_ingests_work(crash_settings, tmp_path):
    settings, env = crash_settings
    big = tmp_path / "groot.txt"
    big.write_text(one_line(400_000) + "\n", encoding="utf-8")  # embedding it takes several seconds
    run = Ingest(env, [str(big)])
    assert run.kill_at(0, 2.0) == "killed"
    placed = settings.uploads / "groot.txt"
    assert placed.exists()  # what a killed ingest leaves behind

    good = tmp_path / "goed.txt"
    good.write_text("De gemeente Quarantainedorp opent in 2025 een kleinschalige woonvoorziening.", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "assistant", "ingest", str(good)], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=300)
    assert "quarantaine" in out.stderr and "groot.txt" in out.stderr and "Traceback" not in out.stderr
    assert not placed.exists()
    kept = [p.name for p in quarantine_dir(settings).iterdir()]
    assert any(n.endswith("groot.txt") for n in kept) and any(n.endswith(".reden.txt") for n in kept)
    gen = Generation(current_generation(settings.index_dir), None, vectors=False)
    try:
        docs = gen.document_hashes()
    finally:
        gen.close()
    assert "goed" in docs and "groot" not in docs and len(docs) == 6
    again = subprocess.run([sys.executable, "-m", "assistant", "ingest"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=300)
    assert again.returncode == 0 and "quarantaine" not in again.stderr
