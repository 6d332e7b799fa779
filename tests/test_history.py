"""Conversations kept in the browser and the exports of a whole conversation."""

from __future__ import annotations

import json
import re

from assistant import history
from assistant.__main__ import main
from assistant.feedback import add_report, feedback_path, reports
from assistant.followups import suggestions
from assistant.export import claims, conversation_markdown, fact_sheet, public_urls
from assistant.reference import long_date
from assistant.history import Conversation, Turn, answer_from_dict


def test_answer_and_conversation_survive_json(assistant):
    answer = assistant.ask("Hoeveel plaatsingen waren er in 2021?")
    assert answer_from_dict(answer.to_dict()).to_dict() == answer.to_dict()
    first = Conversation.new().with_turns([Turn("Hoeveel plaatsingen waren er in 2021?", answer.question, answer)])
    second = Conversation.new().with_turns([Turn("x", "x", error="Fout")])
    stored = history.save(history.save([], first), second)
    assert [c.id for c in history.load(stored)] == [second.id, first.id]  # newest first
    assert history.load(stored)[1].to_dict() == first.to_dict()
    assert history.save(stored, Conversation(first.id)) == [second.to_dict()]  # an emptied one is dropped
    assert history.load([{"id": "kapot"}, "onzin", *stored]) == history.load(stored)  # unreadable entries skipped
    assert history.load(None) == []
    label = dict((v, k) for k, v in history.choices(history.load(stored)))[first.id]
    assert re.fullmatch(r"Hoeveel plaatsingen waren er in 2021\? · \d\d-\d\d-\d{4} \d\d:\d\d · 1 vraag", label)


def test_fact_sheet_gives_every_claim_its_checkable_source(assistant, tmp_path):
    answers = [assistant.ask("Hoeveel plaatsingen waren er in 2021?"), assistant.ask("Wie is de burgemeester van Atlantis?")]
    (tmp_path / "manifest.toml").write_text(
        '[[document]]\nfile = "a.txt"\nid = "kamerbrief-2023"\nurl = "https://example.org/brief"\n', encoding="utf-8")
    urls = public_urls(tmp_path)
    assert urls == {"kamerbrief-2023": "https://example.org/brief"}
    sheet = fact_sheet(answers, assistant.docs, urls)
    found = claims(answers[0])
    assert found and not claims(answers[1])  # a refusal claims nothing
    assert sheet.count("## Bewering ") == len(found)
    for claim, cited in found:
        assert f"**{claim}**" in sheet and "[" not in claim
        for c in cited:
            doc = assistant.docs[c.doc_id]
            block = sheet[sheet.index(f"- Document: {c.title}"):]
            assert all(f"> {line}" in sheet for line in c.quote.splitlines())
            assert block.startswith(f"- Document: {c.title}\n- Uitgever: {doc.publisher}\n- Datum: {long_date(c.date)}\n")
            assert f"- SHA-256: {doc.content_hash}" in block
    assert "- URL: https://example.org/brief" in sheet
    assert not any(d.source_file in sheet for d in assistant.docs.values())  # no internal file names
    whole = conversation_markdown(answers, assistant.docs)
    assert whole.startswith("# Gesprek\n\n## Vraag\n\nHoeveel plaatsingen") and whole.count("## Vraag") == 2


def test_reported_errors_are_stored_and_listed_by_the_cli(assistant, tmp_path, monkeypatch, capsys):
    answer = assistant.ask("Hoeveel plaatsingen waren er in 2021?")
    path = feedback_path(tmp_path / "index")
    assert path == tmp_path / "feedback.sqlite" and reports(path) == []
    report = add_report(path, answer, "  Het jaartal klopt niet.  ")
    assert reports(path) == [report]
    assert report.comment == "Het jaartal klopt niet." and report.citations == tuple(c.to_dict() for c in answer.citations)
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "index"))
    assert main(["feedback"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"#1 {report.created} — Hoeveel plaatsingen waren er in 2021?\n  antwoord: {answer.answer}\n")
    assert "melding: Het jaartal klopt niet." in out and f"“{answer.citations[0].quote}”" in out
    assert main(["feedback", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["comment"] == "Het jaartal klopt niet."


def test_follow_ups_come_from_the_answer(assistant):
    answer = assistant.ask("Hoeveel plaatsingen waren er in 2021?")
    asked = suggestions(answer, assistant.figure_groups)
    assert asked[:2] == ["Hoeveel plaatsingen in de gesloten jeugdhulp waren er in 2020?",
                         "Hoeveel plaatsingen in de gesloten jeugdhulp waren er in 2022?"]  # nearest other years
    section = next(c.section for c in answer.citations if c.section)
    assert f"Wat staat er verder in '{section}'?" in asked
    assert suggestions(assistant.ask("Wie is de burgemeester van Atlantis?"), assistant.figure_groups) == []
