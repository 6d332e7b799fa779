"""Input hygiene (issue 16): links and special files are refused, every --jsonl line gets exactly one
answer line, questions are normalised, and CSV and Markdown exports keep document text inert."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys

import pytest

from assistant.corpus import check_file, discover, read_pages
from assistant.errors import DocumentError, QuestionError
from assistant.export import answer_markdown, citation_markdown, rows_csv
from assistant.ingest import ingest
from assistant.settings import Settings
from assistant.uploads import add_upload

from .checks import Q2022, assert_grounded
from .conftest import ROOT

SECRET = "Het geheime wachtwoord van de beheerder luidt zwaardvis en mag nooit in een antwoord staan."


def cli(args: list[str], settings: Settings, stdin: bytes = b"") -> subprocess.CompletedProcess:
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(settings.corpus_dir),
           "ASSISTANT_INDEX_DIR": str(settings.index_dir)}
    return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=ROOT, env=env, input=stdin,
                          capture_output=True, timeout=300)


@pytest.fixture
def own(settings, tmp_path) -> Settings:
    shutil.copytree(settings.corpus_dir, tmp_path / "corpus")
    shutil.copytree(settings.index_dir, tmp_path / "index")
    return Settings(corpus_dir=tmp_path / "corpus", index_dir=tmp_path / "index")


# ---------------------------------------------------------------- links and special files
def test_symlink_given_to_ingest_is_refused(own, tmp_path):
    secret = tmp_path / "geheim.txt"
    secret.write_text(SECRET, encoding="utf-8")
    (tmp_path / "x.txt").symlink_to(secret)
    out = cli(["ingest", str(tmp_path / "x.txt")], own)
    assert out.returncode == 2 and b"symbolische link" in out.stderr and b"Traceback" not in out.stderr
    assert not own.uploads.exists() or not list(own.uploads.iterdir())


def test_symlink_inside_the_corpus_is_not_indexed(own, tmp_path):
    secret = tmp_path / "geheim.txt"
    secret.write_text(SECRET, encoding="utf-8")
    (own.corpus_dir / "x.txt").symlink_to(secret)
    report = ingest(own)
    assert not report.added
    assert all(s.path.name != "x.txt" for s in discover(own.corpus_dir))


def test_special_files_are_refused(tmp_path):
    fifo = tmp_path / "pijp.txt"
    os.mkfifo(fifo)  # reading it would block for ever
    with pytest.raises(DocumentError, match="geen gewoon bestand"):
        check_file(fifo, 1_000_000)
    link = tmp_path / "link.txt"
    link.symlink_to("/etc/hostname")
    with pytest.raises(DocumentError, match="symbolische link"):
        check_file(link, 1_000_000)


def test_directory_named_dotdot_gets_a_message(own):
    out = cli(["ingest", ".."], own)
    assert out.returncode == 2 and b"is een map" in out.stderr and b"Traceback" not in out.stderr


def test_same_stem_txt_and_md_get_a_clear_message(tmp_path):
    for suffix in (".txt", ".md"):
        (tmp_path / f"notitie{suffix}").write_text("Een korte notitie over de regio Utopia.", encoding="utf-8")
    with pytest.raises(DocumentError, match="dezelfde naam zonder extensie"):
        discover(tmp_path)


def test_same_stem_uploads_both_kept(own, tmp_path):
    placed = []
    for suffix in (".txt", ".md"):
        src = tmp_path / f"notitie{suffix}"
        src.write_text(f"Een korte notitie ({suffix}) over de regio Utopia en haar zorgboerderij.", encoding="utf-8")
        placed.append(add_upload(src, src.name, own))
    assert placed[0].stem != placed[1].stem
    assert len({s.doc_id for s in discover(own.uploads)}) == 2


def test_utf16_text_is_read(tmp_path):
    path = tmp_path / "kladblok.txt"
    path.write_text("In 2023 telde de regio Utopia zeventien plaatsingen.", encoding="utf-16")
    [(page, text)] = read_pages(path)
    assert "zeventien plaatsingen" in text


# ---------------------------------------------------------------- --jsonl
def test_jsonl_answers_every_line_with_one_line(settings):
    lines = [Q2022.encode(), b"\xff\xfe kapotte \xc3 regel", b"", b"   ", b"<script>alert(1)</script>",
             "Hoeveel plaatsingen waren er in 2021?".encode()]
    out = cli(["ask", "--jsonl"], settings, b"\n".join(lines) + b"\n")
    assert out.returncode == 0, out.stderr[-2000:]
    rows = [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]
    assert len(rows) == len(lines)
    assert "979" in rows[0]["answer"] and "answer" in rows[5]
    assert "UTF-8" in rows[1]["error"]
    assert all("leeg" in rows[i]["error"].lower() for i in (2, 3, 4))


# ---------------------------------------------------------------- questions
@pytest.mark.parametrize("question", ["Hoeveel plaatsingen waren er in 20\u200b22?",
                                      "Hoeveel plaatsingen waren er in ２０２２?",
                                      "<script>Hoeveel plaatsingen waren er in 2022?"])
def test_question_is_normalised(assistant, question):
    answer = assistant.ask(question)
    assert "2022" in answer.question and "979" in answer.answer
    assert_grounded(answer, assistant.docs)


def test_script_alone_is_still_empty(assistant):
    with pytest.raises(QuestionError, match="leeg"):
        assistant.ask("<script>alert('x')</script>")


# ---------------------------------------------------------------- exports
@pytest.mark.parametrize("cell", ['=HYPERLINK("http://example.invalid","klik")', "@SUM(1+1)", "+1+2", "-2+3"])
def test_csv_cells_cannot_be_formulas(cell):
    text = rows_csv([{"metric": "plaatsingen", "value": -3, "quote": cell, "title": cell}])
    row = text.splitlines()[1]
    assert f"'{cell[:1]}" in row and ",-3," in row  # numbers stay numbers


def test_markdown_exports_keep_document_markup_inert(assistant):
    answer = assistant.ask(Q2022)
    evil = "<script>alert(1)</script><img src=x onerror=alert(2)> [klik](javascript:alert(3))"
    c = dataclasses.replace(answer.citations[0], quote=evil, title=evil)
    bad = dataclasses.replace(answer, answer=answer.answer + " <b>vet</b>", citations=(c,), question=evil)
    for text in (answer_markdown(bad, assistant.docs), citation_markdown(c, assistant.docs[c.doc_id])):
        assert "<script>" not in text and "<img" not in text and "[klik](javascript" not in text
        assert "&lt;script&gt;" in text
    assert "[1]" in answer_markdown(bad, assistant.docs)


# ---------------------------------------------------------------- names and full disks
def test_long_names_that_collide_are_both_kept(own, tmp_path):
    name = "verslag-" + "a" * 242 + ".txt"  # 250 characters
    placed = []
    for n in range(2):
        src = tmp_path / f"bron{n}.txt"
        src.write_text(f"Versie {n} van een lang verslag over de regio Utopia en haar jeugdhulp.", encoding="utf-8")
        placed.append(add_upload(src, name, own))
    assert placed[0] != placed[1] and all(len(p.name) < 200 for p in placed)


def test_full_disk_is_a_dutch_message(own, tmp_path):
    """The index on a tmpfs just big enough for the live index: the ingest's copy runs out of space."""
    if os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("een kleine tmpfs aankoppelen kan alleen als root")
    size_kb = sum(p.stat().st_size for p in own.index_dir.rglob("*") if p.is_file()) // 1024 + 512
    doc = tmp_path / "extra.txt"
    doc.write_text("De gemeente Volschijf opent in 2025 een nieuwe gezinshuisvoorziening.", encoding="utf-8")
    disk = tmp_path / "disk"
    disk.mkdir()
    script = (f'mount -t tmpfs -o size={size_kb}k tmpfs "{disk}" && cp -a "{own.index_dir}" "{disk}/index" '
              f'&& exec "$@"')
    env = {**os.environ, "ASSISTANT_CORPUS_DIR": str(own.corpus_dir), "ASSISTANT_INDEX_DIR": str(disk / "index"),
           "ASSISTANT_UPLOAD_DIR": str(tmp_path / "uploads")}
    out = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", sys.executable, "-m", "assistant", "ingest",
                          str(doc)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if "unshare failed" in out.stderr or "permission denied" in out.stderr.lower():
        pytest.skip("geen mount namespace toegestaan")
    assert out.returncode == 2, out.stderr[-2000:]
    assert "schijf is vol" in out.stderr and "Traceback" not in out.stderr
