"""The scorer itself, on hand-made answers: right, wrong, refused, misquoted, number formats."""

from __future__ import annotations

from assistant.cite import make_citation
from assistant.evaluation import GoldItem, matches, score_answer
from assistant.types import Answer

FIGURE = GoldItem("t1", "Hoeveel plaatsingen waren er in 2017?", "figure", ("1.924",), ("kamerbrief-2023",))
NONE = GoldItem("t2", "Hoeveel plaatsingen waren er in 2026?", "unanswerable", (), ())


def _answer(text: str, citations=(), refused: bool = False) -> Answer:
    return Answer(question="q", answer=text, refused=refused, refusal_reason="r" if refused else None,
                  citations=tuple(citations))


def _cite(assistant, needle: str, doc_id: str = "kamerbrief-2023"):
    doc = assistant.docs[doc_id]
    start = doc.text.index(needle)
    return make_citation(1, doc, start, start + len(needle), "")


def test_number_matching_is_format_aware_and_strict():
    assert matches("1.924", "In 2017 waren er 1924 plaatsingen")
    assert matches("1924", "In 2017: 1.924 plaatsingen")
    assert matches("33,5 mln", "een bedrag van 33.500.000 euro")
    assert not matches("circa 700", "circa 696 plaatsen")
    assert not matches("1.924", "In 2017: 1.925 plaatsingen")
    assert matches("Horizon", "met jeugdhulpaanbieder horizon")


def test_right_answer_with_verbatim_quote(assistant):
    cite = _cite(assistant, "2017 1.924")
    score = score_answer(FIGURE, _answer("In 2017: 1.924 plaatsingen [1].", [cite]), assistant.docs)
    assert score == {"correct": True, "citation_support": True, "faithful": True}


def test_wrong_number_is_wrong_and_unsupported(assistant):
    cite = _cite(assistant, "2018 1.720")
    score = score_answer(FIGURE, _answer("In 2017: 1.720 plaatsingen [1].", [cite]), assistant.docs)
    assert score["correct"] is False and score["citation_support"] is False and score["faithful"] is True


def test_refusals_scored_both_ways(assistant):
    assert score_answer(NONE, _answer("Dit kan ik niet beantwoorden.", refused=True), assistant.docs)["correct"]
    assert not score_answer(NONE, _answer("Er waren 12 plaatsingen."), assistant.docs)["correct"]
    assert not score_answer(FIGURE, _answer("Dit kan ik niet beantwoorden.", refused=True), assistant.docs)["correct"]


def test_misquote_fails_faithfulness(assistant):
    cite = _cite(assistant, "2017 1.924")
    doctored = cite.__class__(**{**cite.to_dict(), "quote": "2017 1.924 plaatsingen"})
    score = score_answer(FIGURE, _answer("In 2017: 1.924 plaatsingen [1].", [doctored]), assistant.docs)
    assert score["correct"] is True and score["faithful"] is False
