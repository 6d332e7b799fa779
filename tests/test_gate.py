"""The learned answerability gate and numbered section headings, on a council letter written for these
tests (tests/data/regio3) and phrasings that are in no gold set."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.gate import GATE_FEATURES, load_gate
from assistant.train_gate import best_threshold
from tests.test_frames import _ingested


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
