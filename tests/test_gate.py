"""The learned answerability gate and numbered section headings, on a council letter written for these
tests (tests/data/regio3) and phrasings that are in no gold set."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.gate import GATE_FEATURES, load_gate
from assistant.train_gate import best_threshold
from tests.test_frames import _ingested, linde  # noqa: F401 (fixture)


@pytest.fixture(scope="module")
def council(tmp_path_factory):
    return _ingested(tmp_path_factory, "regio3")


def test_the_shipped_gate_matches_the_code_and_separates_strong_from_weak_evidence():
    gate = load_gate()
    assert len(gate.coef) == len(GATE_FEATURES)
    strong = np.asarray(gate.mean) + np.sign(gate.coef) * np.asarray(gate.scale)
    weak = np.asarray(gate.mean) - np.sign(gate.coef) * np.asarray(gate.scale)
    assert gate.passes(strong) and not gate.passes(weak)


def test_the_threshold_is_the_cut_with_most_right_decisions():
    probs = np.array([0.1, 0.2, 0.3, 0.6, 0.7, 0.9])
    labels = np.array([0, 0, 1, 0, 1, 1])
    assert best_threshold(probs, labels) == (0.3, 5 / 6)


@pytest.mark.slow
def test_an_answer_in_a_sentence_that_points_back_passes_the_gate(council):
    answer = council.ask("Welke organisatie gaat het wekelijkse overzicht van vrije gezinshuisplekken beheren?")
    assert not answer.refused and "Bureau Plaatsingen Veluwe" in answer.answer


@pytest.mark.slow
def test_a_question_the_letter_does_not_answer_is_refused(council):
    answer = council.ask("Hoeveel kost een nieuwe fietsenstalling bij het gemeentehuis?")
    assert answer.refused


@pytest.mark.slow
def test_a_numbered_heading_is_no_list_item_and_the_named_list_is_answered(council):
    sentences = [s.text for s in council.composer.sentences[next(iter(council.docs))]]
    assert "2. De aanpak" not in " ".join(s for s in sentences if s != "2. De aanpak")  # not glued to its prose
    answer = council.ask("Welke drie sporen kent de aanpak van Heuvelrug-Oost?")
    for item in ("Thuis waar het kan", "Dichtbij en klein", "Vaste gezichten"):
        assert item in answer.answer
    assert "Onderwerp" not in answer.answer and "Aanleiding" not in answer.answer


@pytest.mark.slow
def test_a_word_for_the_metric_finds_the_row_and_a_sub_row_only_when_asked(council):
    beds = council.ask("Hoeveel bedden waren er op de laatste dag van 2024?")  # 'bedden' names capacity
    assert "31" in beds.answer and "14" not in beds.answer.split("[")[0]
    small = council.ask("Hoeveel kleinschalige plaatsen waren er in 2024?")
    assert not small.refused and "14" in small.answer


@pytest.mark.slow
def test_a_change_in_percent_is_computed_from_the_counts_not_a_share(council):
    answer = council.ask("Met hoeveel procent daalde het aantal gesloten plaatsingen van 2022 op 2024?")
    assert "Berekend: 9 − 15 = −6 (−40 %)" in answer.answer


def test_two_values_of_one_sentence_are_a_change_only_when_they_count_the_same_thing():
    from assistant.steps.derive import _pair_in

    assert _pair_in("er werkten 23 groepsleiders en 8 gedragswetenschappers in 2023.", [2022, 2023]) is None
    assert _pair_in("er waren 41 separaties (2022: 52), een daling van 21 procent.", [2022, 2023]) == (("52", 52.0), ("41", 41.0))
    assert _pair_in("In 2024 waren het 812 jongeren, tegen 934 een jaar eerder.", [2023, 2024]) == (("934", 934.0), ("812", 812.0))


@pytest.mark.slow
def test_a_heading_over_bullets_introduces_the_list_it_names(council):
    answer = council.ask("Aan welke kwaliteitseisen moeten aanbieders in Heuvelrug-Oost voldoen?")
    for item in ("hooguit zes jeugdigen", "eigen mentor", "binnen een dag"):
        assert item in answer.answer


@pytest.mark.parametrize("question, noun", [
    ("Aan welke kwaliteitseisen moeten aanbieders voldoen?", "kwaliteitseis"),  # not the verb after it
    ("Met welke bouwstenen wil de regio plaatsingen voorkomen?", "bouwsteen"),
    ("Welke drie sporen kent de aanpak?", "spoor"),
    ("Welke organisatie beheert het overzicht?", None),  # singular: one name is asked, not a list
])
def test_the_listed_noun_is_the_first_plural_noun_after_welke(question, noun):
    from assistant.steps.enumerate import listed_noun

    assert listed_noun(question) == noun


@pytest.mark.slow
def test_a_question_the_document_asks_itself_is_answered_by_what_follows_it(council):
    answer = council.ask("Waarom gaat het openen van de extra gezinshuisplekken zo langzaam?")
    assert "te weinig gezinshuisouders" in answer.answer


@pytest.mark.slow
def test_which_body_made_the_document_is_its_publisher_where_the_text_names_it(linde):
    answer = linde.ask("Welke instantie heeft het bezoek aan De Linde uitgevoerd?")
    assert answer.route == "metadata" and answer.citations[0].quote == linde.docs[answer.citations[0].doc_id].publisher
