"""Arithmetic over two amounts a question describes in its own words: their difference, their sum and
one as a share of the other, each side cited and the computation checked. The document
(tests/data/regio6) was written for these tests; no gold set asks about it."""

from __future__ import annotations

import pytest

from assistant.cite import computation_problems
from assistant.steps.combine import combination
from assistant.steps.compute import change_line
from assistant.types import Citation
from tests.checks import assert_grounded
from tests.test_frames import _ingested, verify_problems


@pytest.fixture(scope="module")
def regio6(tmp_path_factory):
    return _ingested(tmp_path_factory, "regio6")


@pytest.mark.parametrize("question, op, sides", [
    ("Hoeveel groter is het bedrag voor de gezinshuizen dan het bedrag voor ambulante spoedhulp?", "difference",
     ("het bedrag voor de gezinshuizen", "het bedrag voor ambulante spoedhulp")),
    ("Hoeveel dragen het Rijk en de gemeenten samen bij?", "sum", ("Rijk", "gemeenten")),
    ("Als je het geld voor gezinshuizen en het geld voor scholing optelt, hoeveel is dat?", "sum",
     ("het geld voor gezinshuizen", "het geld voor scholing")),
    ("Welk percentage van het totale budget gaat naar ambulante spoedhulp?", "share",
     ("ambulante spoedhulp", "het totale budget")),
])
def test_the_two_sides_of_a_computation_are_read_from_the_question(question, op, sides):
    found = combination(question, "nl")
    assert found is not None and found.op == op and found.sides == sides


def test_a_side_that_is_a_moment_leaves_the_question_to_the_change_over_time():
    assert combination("Hoeveel hoger lagen de uitgaven van Havenstad in 2027 dan in 2026?", "nl") is None


@pytest.mark.slow
def test_difference_of_two_described_amounts(regio6):
    answer = regio6.ask("Hoeveel groter is het bedrag voor de gezinshuizen dan het bedrag voor ambulante spoedhulp?")
    assert "Berekend: 3.200.000 − 1.800.000 = 1.400.000" in answer.answer, answer.answer
    assert not verify_problems(regio6, answer)
    assert_grounded(answer, {d.doc_id: d for d in regio6.documents()})


@pytest.mark.slow
def test_sum_of_two_contributions_named_in_one_sentence(regio6):
    answer = regio6.ask("Hoeveel dragen het Rijk en de gemeenten samen bij?")
    assert "Berekend: 2.500.000 + 3.900.000 = 6.400.000" in answer.answer, answer.answer
    assert not verify_problems(regio6, answer)


@pytest.mark.slow
def test_share_of_a_part_in_the_whole(regio6):
    answer = regio6.ask("Welk percentage van het totale budget gaat naar ambulante spoedhulp?")
    assert "Berekend: 1.800.000 / 6.400.000 × 100 = 28,1 %" in answer.answer and "afgerond 28 %" in answer.answer
    assert not verify_problems(regio6, answer)


def test_a_share_line_is_checked_like_every_computation():
    cite = Citation(1, "d", "D", None, "", "€ 1,8 miljoen voor spoedhulp en in totaal € 6,4 miljoen", 0, 10)
    assert computation_problems("Berekend: 1.800.000 / 6.400.000 × 100 = 28,1 % [1], het aandeel.", {1: cite}) == []
    assert computation_problems("Berekend: 1.800.000 / 6.400.000 × 100 = 30 % [1], het aandeel.", {1: cite})
    assert computation_problems("Berekend: 1.900.000 / 6.400.000 × 100 = 29,7 % [1], het aandeel.", {1: cite})


def test_a_change_in_percent_is_also_given_rounded_to_whole_percents():
    assert change_line(1175, 979, "[1]", "nl").endswith("afgenomen (afgerond 17 %).")
    assert "afgerond" not in change_line(994, 696, "[1]", "nl")  # −30,0 %: already whole
