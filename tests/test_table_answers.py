"""Answers from the tables users upload: a cost table in euros, rows whose labels differ by one
derived noun (plaatsingen, plaatsen), a table with a change column, and the document's own signer and
publication date. Documents in tests/data/regio5, written for these tests."""

from __future__ import annotations

import pytest

from tests.checks import assert_grounded
from tests.test_frames import _ingested


@pytest.fixture(scope="module")
def regio5(tmp_path_factory):
    return _ingested(tmp_path_factory, "regio5")


@pytest.mark.slow
def test_money_row_by_its_label_shown_in_euros(regio5):
    answer = regio5.ask("Wat gaf Duinwijk in 2024 uit aan ambulante jeugdhulp?")
    assert "€ 2.310.000" in answer.answer and answer.route == "figures"
    assert_grounded(answer, {d.doc_id: d for d in regio5.documents()})  # the euro sign is the caption's, no new number
    # every row shares the caption and the title ('jeugdhulp', 'Duinwijk'): the row label decides
    assert "€ 755.000" in regio5.ask("Hoeveel gaf Duinwijk in 2024 uit aan gesloten jeugdhulp?").answer


@pytest.mark.slow
def test_placements_are_not_places(regio5):
    answer = regio5.ask("plaatsingen kustregio 2023")
    assert "198" in answer.answer and "90" not in answer.answer


@pytest.mark.slow
def test_a_table_with_a_change_column_gives_its_year_cells(regio5):
    answer = regio5.ask("Hoeveel separaties waren er in 2024 in de Kustregio?")
    assert "143" in answer.answer and not answer.refused
    assert_grounded(answer, {d.doc_id: d for d in regio5.documents()})


@pytest.mark.slow
def test_signer_and_publication_date_from_the_document(regio5):
    signed = regio5.ask("Wie ondertekende het rapport van de rekenkamer Duinwijk?")
    assert "Joost van der Veen-Aalbers" in signed.answer and "voorzitter)" not in signed.answer
    published = regio5.ask("Op welke dag publiceerde het Kenniscentrum Kustregio de monitor?")
    assert "14 april 2026" in published.answer


@pytest.mark.slow
def test_lists_in_one_sentence_and_as_a_tables_row_labels(regio5):
    places = regio5.ask("Welke locaties heeft de Kustregio voor gesloten jeugdhulp?")
    assert all(name in places.answer for name in ("De Meeuw", "Het Duin", "De Branding"))
    posts = regio5.ask("In welke kostenposten deelt de rekenkamer de uitgaven van Duinwijk in?")
    assert all(p in posts.answer for p in ("Gesloten jeugdhulp", "Pleegzorg en gezinshuizen", "Ambulante jeugdhulp"))
    kinds = regio5.ask("Welke soorten maatregelen telt de monitor van de Kustregio?")
    assert all(k in kinds.answer for k in ("Separatie", "Fixatie", "Afzondering op eigen kamer"))


@pytest.mark.slow
def test_a_number_in_the_question_must_stand_with_the_figure(regio5):
    # no figure of separaties of children under 14: the count of all separaties does not answer it
    answer = regio5.ask("Hoeveel separaties van kinderen onder de 14 jaar waren er in 2024 in de Kustregio?")
    assert "143" not in answer.answer


@pytest.mark.slow
def test_a_place_only_one_document_names_scopes_the_answer_to_it(regio5):
    answer = regio5.ask("Wat is er volgens de Kustregio met de separaties gebeurd?")
    assert regio5.composer.naming_documents(answer.question) == {"monitor-kustregio"}  # retrieval looks only there
    assert regio5.composer.naming_documents("Wat is er met de separaties in de gesloten jeugdhulp gebeurd?") == set()
    assert "daalde het sterkst" in answer.answer
    assert {c.doc_id for c in answer.citations} == {"monitor-kustregio"}
