"""List questions on a document written for these tests: the list closest to the question as a whole
(its heading and items), and each item quoted with the sentences of its own line."""

from __future__ import annotations

import pytest

from tests.test_frames import _ingested


@pytest.fixture(scope="module")
def esdoorn(tmp_path_factory):
    """An inspection note with two headed bullet lists, written for these tests."""
    return _ingested(tmp_path_factory, "regio4")


@pytest.mark.slow
def test_the_list_whose_heading_means_what_is_asked(esdoorn):
    answer = esdoorn.ask("Welke zaken gaan volgens de inspectie goed bij De Esdoorn?")
    assert not answer.refused
    text = answer.answer
    assert "eigen mentor" in text and "school op het terrein" in text and "Ouders worden" in text
    assert "registratie van afzonderingen" not in text  # the other list: what must improve


@pytest.mark.slow
def test_an_item_is_quoted_with_the_sentences_of_its_line(esdoorn):
    answer = esdoorn.ask("Welke punten moeten er volgens de inspectie beter bij De Esdoorn?")
    quotes = [c.quote for c in answer.citations]
    assert ("• De registratie van afzonderingen is onvolledig. In het overzicht van januari ontbraken drie "
            "afzonderingen.") in quotes
    assert any("nachtdienst" in q for q in quotes) and not any("eigen mentor" in q for q in quotes)
    doc = esdoorn.docs[answer.citations[0].doc_id]
    assert all(doc.text[c.char_start:c.char_end] == c.quote for c in answer.citations)


@pytest.mark.slow
def test_a_list_numbered_without_dots_is_a_list(esdoorn):
    answer = esdoorn.ask("Welke afspraken maakten de inspectie en de aanbieder over De Esdoorn?")
    for item in ("1 De aanbieder stuurt", "2 Elke groep krijgt", "3 De gedragswetenschapper"):
        assert item in answer.answer
